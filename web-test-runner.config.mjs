// Browser tests: every element's own (src/elements/<tag>/<tag>.test.ts) and the shared ones
// (tests/**/*.test.ts), in Chromium, Firefox and WebKit (Debian's packages; see scripts/tools/browsers.mjs). `ENGINES=firefox` (or `chromium,webkit`, …) runs some of them.
import {readFileSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chosenOrExit, emulation, launchers} from './scripts/tools/browsers.mjs';

/**
 * `/tampered-dist/<file>`: dist/ as built, except the Spanish messages of the one-language bundles,
 * altered after the build as a compromised server would: the bundles must refuse them
 * (tests/bundles.test.ts).
 */
async function tamperedDist(context, next) {
  const file = /^\/tampered-dist\/([\w.-]+)$/.exec(context.path)?.[1];
  if (!file) return next();
  let body = readFileSync(new URL(`dist/${file}`, import.meta.url), 'utf8');
  if (file === 'uclg-messages.es.json') {
    const language = JSON.parse(body);
    language.messages['stats.title'] = 'Texto cambiado';
    body = JSON.stringify(language);
  }
  context.type = file.endsWith('.json') ? 'application/json' : 'text/javascript';
  context.body = body;
}

export default {
  middleware: [tamperedDist],
  files: ['tests/**/*.test.ts', 'src/elements/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'}), emulation],
  browsers: launchers(chosenOrExit()),
  // One page at a time in each browser: a background tab gets no animation frames, which tests of
  // rendering and of the count-up rely on, and only the foreground page has focus.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
};
