// Browser tests: every tests/**/*.test.ts file in Chromium, Firefox and WebKit (Debian's packages;
// see scripts/engines.mjs). `ENGINES=firefox` (or `chromium,webkit`, …) runs some of them.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {emulation, launchers, missing, selected} from './scripts/engines.mjs';

const names = selected();
const absent = missing(names);
if (absent) {
  console.error(absent);
  process.exit(1);
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'}), emulation],
  browsers: launchers(names),
  // One page at a time in each browser: a background tab gets no animation frames, which tests of
  // rendering and of the count-up rely on, and only the foreground page has focus.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
};
