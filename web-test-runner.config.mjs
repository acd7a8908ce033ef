// Browser tests: every tests/*.test.ts file in headless Chromium (Debian's package).
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {chromiumArgs, chromiumPath, missingChromium} from './scripts/chromium.mjs';

if (!chromiumPath) {
  console.error(missingChromium);
  process.exit(1);
}

/**
 * `executeServerCommand('forced-colors', {active})`: @web/test-runner-commands' emulateMedia goes
 * through Puppeteer, which does not know the forced-colors feature; Chromium's own protocol does.
 */
const forcedColors = {
  name: 'forced-colors',
  async executeCommand({command, payload, session}) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{name: 'forced-colors', value: payload.active ? 'active' : 'none'}],
    });
    return true;
  },
};

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'}), forcedColors],
  browsers: [chromeLauncher({launchOptions: {executablePath: chromiumPath, args: chromiumArgs}})],
  // One page at a time: a background tab gets no animation frames, which tests of rendering and
  // of the count-up rely on.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
};
