// Browser tests: every element's own (src/elements/<tag>/<tag>.test.ts) and the shared ones
// (tests/**/*.test.ts), in Chromium, Firefox and WebKit (Debian's packages; see scripts/tools/browsers.mjs). `ENGINES=firefox` (or `chromium,webkit`, …) runs some of them.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chosenOrExit, emulation, launchers} from './scripts/tools/browsers.mjs';

export default {
  files: ['tests/**/*.test.ts', 'src/elements/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'}), emulation],
  browsers: launchers(chosenOrExit()),
  // One page at a time in each browser: a background tab gets no animation frames, which tests of
  // rendering and of the count-up rely on, and only the foreground page has focus.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
};
