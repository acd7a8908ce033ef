// Shoots every regional section zoomed, with its detail module (dist/uclg-sections-map.<section>.js),
// light and dark, at 600 and 1280 px wide, into screenshots/zoomed-<section>-<theme>-<width>.png;
// `--fallback` shoots them without it (1:110m). Usage: npm run build && node scripts/tools/zoomed.mjs
import {mkdirSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath, missingChromium} from './chromium.mjs';
import {detailSections} from '../build/detail.mjs';
import {serve} from './serve.mjs';

if (!chromiumPath) {
  console.error(missingChromium);
  process.exit(1);
}
const fallback = process.argv.includes('--fallback');
const out = new URL('../../screenshots/', import.meta.url).pathname;
mkdirSync(out, {recursive: true});
const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({executablePath: chromiumPath, args: chromiumArgs});
try {
  const page = await browser.newPage();
  await page.emulateMediaFeatures([{name: 'prefers-reduced-motion', value: 'reduce'}]);
  await page.setRequestInterception(true);
  let body = '';
  page.on('request', (request) =>
    request.url() === `${base}/shot.html` ? request.respond({contentType: 'text/html', body}) : request.continue(),
  );
  for (const section of detailSections()) {
    for (const theme of ['light', 'dark']) {
      for (const width of [600, 1280]) {
        const detail = fallback ? '' : `<script type="module" src="/uclg-sections-map.${section}.js"></script>`;
        body = `<!doctype html><html lang="en" style="background:${theme === 'dark' ? '#111' : '#fff'}"><body style="margin:0">
<script type="module" src="/uclg-sections-map.js"></script>${detail}
<uclg-sections-map lang="en" theme="${theme}" highlight="${section}" zoom></uclg-sections-map></body></html>`;
        await page.setViewport({width, height: 900});
        await page.goto(`${base}/shot.html`, {waitUntil: 'networkidle0'});
        await page.waitForFunction(() => document.querySelector('uclg-sections-map')?.shadowRoot?.querySelector('svg'));
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        const map = await page.evaluateHandle(() =>
          document.querySelector('uclg-sections-map').shadowRoot.querySelector('[part="map"]'),
        );
        const name = `zoomed-${section}-${theme}-${width}${fallback ? '-110m' : ''}.png`;
        await map.screenshot({path: `${out}${name}`});
        console.log(name);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
