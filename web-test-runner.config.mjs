// Browser tests: every tests/**/*.test.ts file in Chromium, Firefox and WebKit (Debian's packages;
// see scripts/engines.mjs). `ENGINES=firefox` (or `chromium,webkit`, …) runs some of them.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chosenOrExit, emulation, launchers} from './scripts/engines.mjs';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'}), emulation],
  browsers: launchers(chosenOrExit()),
  // One page at a time in each browser: a background tab gets no animation frames, which tests of
  // rendering and of the count-up rely on, and only the foreground page has focus.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
};
