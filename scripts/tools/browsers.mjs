// The three browser engines the tests run in, all from Debian's packages (no tool downloads a
// browser): how to find, launch and stop each, and how each emulates media features.
// `ENGINES=firefox,webkit` picks some; `node scripts/tools/browsers.mjs` checks they are installed.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import {chromiumArgs, chromiumPath} from './chromium.mjs';

const firefoxPath = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (path) => path && existsSync(path),
);
const webkitDriver = '/usr/bin/WebKitWebDriver';
const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const xvfb = '/usr/bin/Xvfb';

/** Every engine: what it needs on disk and which Debian packages provide it. */
const engines = {
  chromium: {label: 'Chromium', needs: [chromiumPath], packages: ['chromium']},
  firefox: {label: 'Firefox', needs: [firefoxPath], packages: ['firefox-esr']},
  webkit: {
    label: 'WebKit',
    // Xvfb only when there is no display to open MiniBrowser's window on.
    needs: [webkitDriver, miniBrowser, process.env.DISPLAY ? webkitDriver : xvfb],
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};

/** The engines `ENGINES` (comma- or space-separated) asks for; all of them when unset. */
function selected(names = process.env.ENGINES) {
  const chosen = names ? names.split(/[\s,]+/).filter(Boolean) : Object.keys(engines);
  const unknown = chosen.filter((name) => !(name in engines));
  if (unknown.length) {
    throw new Error(`ENGINES="${names}": unknown ${unknown.join(', ')} (accepted: ${Object.keys(engines).join(', ')})`);
  }
  return chosen;
}

/** One line naming the chosen engines that are not installed and the packages that provide them. */
function missing(names) {
  const absent = names.filter((name) => !engines[name].needs.every((path) => path && existsSync(path)));
  if (!absent.length) return undefined;
  const packages = absent.flatMap((name) => engines[name].packages);
  return (
    `Browser engine${absent.length > 1 ? 's' : ''} missing: ${absent.map((n) => engines[n].label).join(', ')}; ` +
    `install with \`apt-get install -y --no-install-recommends ${packages.join(' ')}\`, or run \`bash .ci/run\` ` +
    '(as root on Debian), which installs everything the tests need, then runs them.'
  );
}

/** A TCP port nobody listens on, for WebKitWebDriver. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts a child and resolves once `ready` says so; rejects if it dies first. */
function start(command, args, options, ready) {
  const child = spawn(command, args, options);
  let output = '';
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}) at start: ${output.trim()}`))),
  );
  return Promise.race([ready(child), exited]).then((value) => ({child, value}));
}

/** An X server of our own, on the first free display, for a machine without one. */
async function startXvfb() {
  const {child, value} = await start(
    xvfb,
    ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1920x1080x24'],
    {stdio: ['ignore', 'ignore', 'pipe', 'pipe']},
    (child) =>
      new Promise((resolve) => {
        let text = '';
        child.stdio[3].on('data', (chunk) => {
          text += chunk;
          if (text.includes('\n')) resolve(`:${text.trim()}`);
        });
      }),
  );
  return {child, display: value};
}

/** Polls WebKitWebDriver's status endpoint until it answers. */
async function driverReady(port) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

/** Kills a child we started and waits until it is gone. */
async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 3000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver, which this launcher starts on a free port (with
 * an Xvfb display when there is none: MiniBrowser has no headless mode) and stops at the end.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {binary: miniBrowser, args: ['--automation']},
        // Without it WebdriverIO asks for a BiDi session, which WebKitWebDriver rejects.
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.children = [];
    // Should the run end without stop() (an interrupted run), take the driver and display along.
    process.once('exit', () => this.children.forEach((child) => child.kill('SIGKILL')));
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const env = {...process.env};
    if (!env.DISPLAY) {
      const {child, display} = await startXvfb();
      this.children.push(child);
      env.DISPLAY = display;
    }
    this.options.port = await freePort();
    const {child} = await start(
      webkitDriver,
      [`--port=${this.options.port}`],
      {env, stdio: ['ignore', 'ignore', 'pipe']},
      () => driverReady(this.options.port),
    );
    this.children.unshift(child);
  }

  async stop() {
    await super.stop();
    for (const child of this.children.splice(0)) await stop(child);
  }
}

/** Launchers for @web/test-runner, one per chosen engine. */
export function launchers(names) {
  const make = {
    chromium: () => chromeLauncher({launchOptions: {executablePath: chromiumPath, args: chromiumArgs}}),
    firefox: () =>
      puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: firefoxPath,
          headless: true,
          // Lets the `emulate` command reach Firefox's preferences (see firefoxPrefs below).
          args: ['--remote-allow-system-access'],
        },
      }),
    webkit: () => new WebKitLauncher(),
  };
  return names.map((name) => make[name]());
}

/** Sets Firefox preferences from its privileged (chrome) scope, over Puppeteer's WebDriver BiDi. */
async function firefoxPrefs(page, prefs) {
  const connection = page.browser().connection;
  const tree = await connection.send('browsingContext.getTree', {'moz:scope': 'chrome', maxDepth: 0});
  const lines = Object.entries(prefs).map(([name, value]) =>
    value === undefined
      ? `Services.prefs.clearUserPref(${JSON.stringify(name)});`
      : `Services.prefs.setIntPref(${JSON.stringify(name)}, ${value});`,
  );
  const {result} = await connection.send('script.evaluate', {
    expression: lines.join('\n'),
    target: {context: tree.result.contexts[0].context},
    awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(`Firefox preferences: ${result.exceptionDetails.text}`);
}

const cdpMedia = new WeakMap();

/**
 * `executeServerCommand('emulate', {forcedColors, reducedMotion, colorScheme})`, each feature a
 * value or null to stop emulating it. Answers `{unsupported: reason}` where the engine cannot.
 * `forced-colors` `{active}` is the older name of one part of it.
 */
export const emulation = {
  name: 'emulate',
  async executeCommand({command, payload, session}) {
    if (command === 'forced-colors') {
      const result = await this.executeCommand({
        command: 'emulate',
        payload: {forcedColors: payload.active ? 'active' : null},
        session,
      });
      // Its callers do not look for `unsupported`: fail loudly rather than test unemulated colours.
      if (result.unsupported)
        throw new Error(`${result.unsupported}: skip the test there with emulate() from tests/helpers.ts`);
      return result;
    }
    if (command !== 'emulate') return undefined;
    const browser = session.browser;
    if (browser instanceof WebKitLauncher) {
      // MiniBrowser reads them from the desktop settings it starts with (`--dark-mode`, GTK's).
      return {unsupported: 'WebKitWebDriver has no command to emulate media features'};
    }
    const page = browser.getPage(session.id);
    if (browser.name === 'Firefox') {
      // Firefox's WebDriver BiDi has no media emulation yet; its preferences do the same, and
      // `document_color_use` 2 is the forced-colours (high contrast) mode itself.
      const prefs = {};
      if ('forcedColors' in payload)
        prefs['browser.display.document_color_use'] = payload.forcedColors === 'active' ? 2 : undefined;
      if ('reducedMotion' in payload)
        prefs['ui.prefersReducedMotion'] = payload.reducedMotion
          ? Number(payload.reducedMotion === 'reduce')
          : undefined;
      if ('colorScheme' in payload)
        prefs['ui.systemUsesDarkTheme'] = payload.colorScheme ? Number(payload.colorScheme === 'dark') : undefined;
      await firefoxPrefs(page, prefs);
      // Preferences reach the page's content process a moment later: wait until it sees them
      // (headless Firefox's own defaults, once cleared: no forced colours, motion, light).
      const queries = [
        'forcedColors' in payload && `(forced-colors: ${payload.forcedColors === 'active' ? 'active' : 'none'})`,
        'reducedMotion' in payload && `(prefers-reduced-motion: ${payload.reducedMotion ?? 'no-preference'})`,
        'colorScheme' in payload && `(prefers-color-scheme: ${payload.colorScheme ?? 'light'})`,
      ].filter(Boolean);
      await page.waitForFunction(
        (queries) => queries.every((query) => matchMedia(query).matches),
        {timeout: 5000},
        queries,
      );
      return true;
    }
    // Chromium's protocol knows every feature (Puppeteer's own emulation lacks forced-colors).
    // One call sets them all, so the page's current set is kept.
    const state = cdpMedia.get(page) ?? {cdp: await page.createCDPSession(), features: {}};
    cdpMedia.set(page, state);
    const names = {
      forcedColors: 'forced-colors',
      reducedMotion: 'prefers-reduced-motion',
      colorScheme: 'prefers-color-scheme',
    };
    for (const [key, name] of Object.entries(names)) if (key in payload) state.features[name] = payload[key] ?? '';
    await state.cdp.send('Emulation.setEmulatedMedia', {
      features: Object.entries(state.features).map(([name, value]) => ({name, value})),
    });
    return true;
  },
};

/** The engines `ENGINES` asks for, all installed; else ends the process with one line saying why. */
export function chosenOrExit() {
  try {
    const names = selected();
    const line = missing(names);
    if (!line) return names;
    console.error(line);
  } catch (error) {
    console.error(error.message);
  }
  process.exit(1);
}

// `node scripts/tools/browsers.mjs`: fail fast, before the build, when a chosen engine is not installed.
if (import.meta.url === `file://${process.argv[1]}`) chosenOrExit();
