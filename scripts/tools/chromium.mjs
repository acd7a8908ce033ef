// Finds the Chromium that tests, screenshots and benchmarks drive, and the flags it needs here.
import {existsSync} from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The path of a Chromium binary, or undefined when none is installed. */
export const chromiumPath = candidates.find((path) => path && existsSync(path));

/** One line telling how to get a browser, for runs that found none. */
export const missingChromium =
  'No Chromium found (looked in /usr/bin and $CHROME_PATH): install it with `apt-get install -y chromium`.';

export const chromiumArgs = [
  // Chromium refuses to start as root without it; CI runs as root.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // No network here but the registries: keep Chromium from dialling out at start.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// `node scripts/tools/chromium.mjs`: fail fast, in one line, when there is no browser to test in.
if (import.meta.url === `file://${process.argv[1]}` && !chromiumPath) {
  console.error(missingChromium);
  process.exit(1);
}
