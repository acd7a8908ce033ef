// Compares <uclg-sections-map> as two builds draw it, pixel by pixel: `node scripts/tools/pixels.mjs
// <other dist/>` (e.g. a build of main) against ./dist. Each build is served with the demo page's
// strict CSP and Trusted Types; the map is shot at 960 and 1240 px wide, plain, highlighted and
// zoomed, in the dark theme, with the tooltip shown by a hover and with a section focused from the
// keyboard. Prints the differing pixels of each shot and exits 1 if any differ. A change meant to
// be invisible (performance work) must leave every count at 0. `--save <dir>`: also writes this
// build's shots there, to look at.
import {writeFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath, missingChromium} from './chromium.mjs';
import {serve} from './serve.mjs';

const args = process.argv.slice(2);
const save = args.includes('--save') ? args.splice(args.indexOf('--save'), 2)[1] : undefined;
const [other] = args;
if (!other) {
  console.error('usage: node scripts/tools/pixels.mjs <dist/ of the build to compare with>');
  process.exit(2);
}
if (!chromiumPath) {
  console.error(missingChromium);
  process.exit(1);
}

/** The states shot, each at both widths. */
const shots = [
  {name: 'plain', attrs: {lang: 'en'}},
  {name: 'africa zoomed', attrs: {lang: 'fr', highlight: 'africa', zoom: ''}},
  {name: 'europe zoomed', attrs: {lang: 'es', highlight: 'europe', zoom: ''}},
  {name: 'dark', attrs: {lang: 'en', theme: 'dark'}},
  {name: 'hover Brazil', attrs: {lang: 'en'}, hover: 'BR'},
  {name: 'keyboard focus', attrs: {lang: 'en'}, keys: ['Tab', 'ArrowRight']},
];
const widths = [960, 1240];

const servers = await Promise.all([serve(0), serve(0, {root: other})]);
const bases = servers.map((s) => `http://127.0.0.1:${s.address().port}`);
const browser = await puppeteer.launch({executablePath: chromiumPath, args: chromiumArgs});

/** A PNG of the map in `state` at `width`, drawn by the build served at `base`. */
async function shoot(base, {attrs, hover, keys}, width) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({width, height: 900, deviceScaleFactor: 1});
  await page.emulateMediaFeatures([{name: 'prefers-reduced-motion', value: 'reduce'}]);
  await page.goto(`${base}/index.html`, {waitUntil: 'networkidle0'});
  await page.evaluate(async (attrs) => {
    const element = document.createElement('uclg-sections-map');
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    document.body.replaceChildren(element);
    document.body.style.cssText = `margin:0;padding:16px;background:${attrs.theme === 'dark' ? '#0b0f14' : '#f4f6f8'}`;
    await element.updateComplete;
    // Whatever the element does once the page is idle (names, outlines) is done before the shot.
    await new Promise((resolve) => setTimeout(resolve, 500));
  }, attrs);
  if (hover) {
    const box = await page.evaluate((id) => {
      const {x, y, width, height} = document
        .querySelector('uclg-sections-map')
        .shadowRoot.querySelector(`[data-id="${id}"]`)
        .getBoundingClientRect();
      return {x: x + width / 2, y: y + height / 2};
    }, hover);
    await page.mouse.move(box.x, box.y);
  }
  for (const key of keys ?? []) await page.keyboard.press(key);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const png = await (await page.$('uclg-sections-map')).screenshot({encoding: 'base64'});
  await context.close();
  return png;
}

/** How many pixels of two PNGs differ (every pixel, when their sizes differ). */
async function differing(a, b) {
  const page = await browser.newPage();
  const count = await page.evaluate(
    async (a, b) => {
      const pixels = async (base64) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([pixels(a), pixels(b)]);
      if (x.width !== y.width || x.height !== y.height) return Math.max(x.width * x.height, y.width * y.height);
      let n = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if (
          x.data[i] !== y.data[i] ||
          x.data[i + 1] !== y.data[i + 1] ||
          x.data[i + 2] !== y.data[i + 2] ||
          x.data[i + 3] !== y.data[i + 3]
        )
          n++;
      }
      return n;
    },
    a,
    b,
  );
  await page.close();
  return count;
}

const rows = {};
for (const shot of shots) {
  for (const width of widths) {
    const [ours, theirs] = [await shoot(bases[0], shot, width), await shoot(bases[1], shot, width)];
    if (save) writeFileSync(`${save}/${shot.name.replace(/ /g, '-')}-${width}.png`, Buffer.from(ours, 'base64'));
    rows[`${shot.name}, ${width} px`] = {'differing pixels': await differing(ours, theirs)};
  }
}
await browser.close();
servers.forEach((s) => s.close());
console.table(rows);
process.exit(Object.values(rows).some((r) => r['differing pixels'] > 0) ? 1 : 0);
