// Renders each element in fr, en and es and in both themes, and saves PNGs to screenshots/:
// look at them before calling a change done. Usage: npm run build && node scripts/tools/screenshot.mjs
// `--readme`: one small PNG per element of custom-elements.json into docs/, for the README.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {readmeGallery, withGallery} from '../build/elements.mjs';
import {declarations as manifestDeclarations} from '../build/manifest.mjs';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath, missingChromium} from './chromium.mjs';
import {serve} from './serve.mjs';

if (!chromiumPath) {
  console.error(missingChromium);
  process.exit(1);
}
const readme = process.argv.includes('--readme');
const out = new URL(readme ? '../../docs/' : '../../screenshots/', import.meta.url).pathname;
mkdirSync(out, {recursive: true});
const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({executablePath: chromiumPath, args: chromiumArgs});
const page = await browser.newPage();
const cdp = await page.createCDPSession(); // Puppeteer's own emulation lacks forced-colors
await page.goto(`${base}/index.html`, {waitUntil: 'networkidle0'});

const declarations = manifestDeclarations();
/** The elements to shoot: the command line's (`node scripts/tools/screenshot.mjs "uclg-stats uclg-about"`), else all. */
const elements =
  process.argv[2] && !process.argv[2].startsWith('--')
    ? process.argv[2].split(' ')
    : declarations.map((d) => d.tagName);
const shots = [];
/** Every language: French, the source, and one per file of locales/ (scripts/build/translations.mjs). */
const languages = ['fr', ...(await import('../build/translations.mjs')).targetLocales()];
/** Extra attribute sets per element, shot in each language beside the plain ones. */
const variants = {
  'uclg-sections-map': [
    {highlight: 'africa', zoom: ''},
    {highlight: 'europe', zoom: ''},
  ],
};
for (const tag of readme ? [] : elements) {
  for (const lang of languages) {
    for (const extra of variants[tag] ?? []) {
      for (const width of [1240, 960]) shots.push({tag, width, attrs: {lang, theme: 'light', ...extra}});
    }
    for (const theme of ['light', 'dark']) {
      for (const width of [1240, 960, 320]) {
        shots.push({tag, width, attrs: {lang, theme}});
      }
    }
  }
}
for (const tag of readme ? [] : elements) {
  shots.push({tag, width: 960, attrs: {lang: 'en', theme: 'light'}, forced: true});
}
if (readme) {
  for (const {tagName} of declarations) {
    shots.push({tag: tagName, width: 720, attrs: {lang: 'en', theme: 'light'}, name: `${tagName}.png`});
  }
  const readmeFile = new URL('../../README.md', import.meta.url);
  writeFileSync(readmeFile, withGallery(readFileSync(readmeFile, 'utf8'), readmeGallery(declarations)));
} else if (elements.includes('uclg-contact')) {
  shots.push({tag: 'uclg-contact', width: 960, attrs: {lang: 'fr', theme: 'light', variant: 'compact'}});
}
if (!readme && elements.includes('uclg-commissions')) {
  shots.push({tag: 'uclg-commissions', width: 960, attrs: {lang: 'fr', theme: 'light', filter: 'urbaine'}});
  shots.push({tag: 'uclg-commissions', width: 320, attrs: {lang: 'en', theme: 'dark', filter: 'xyz'}});
}
if (!readme && elements.includes('uclg-about')) {
  shots.push({tag: 'uclg-about', width: 640, attrs: {lang: 'es', theme: 'light', topics: 'objectives mission'}});
}
for (const {tag, width, attrs, forced, name: fixed} of shots) {
  await page.setViewport({width, height: 400, deviceScaleFactor: 1});
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [
      {name: 'forced-colors', value: forced ? 'active' : 'none'},
      // The final state, not a frame of the zoom's animation.
      {name: 'prefers-reduced-motion', value: 'reduce'},
    ],
  });
  // The demo page enforces Trusted Types, so the element is built without innerHTML.
  await page.evaluate(
    (tag, attrs) => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
      const dark = attrs.theme === 'dark';
      document.body.replaceChildren(element);
      document.body.style.cssText = `margin:0;padding:16px;background:${dark ? '#0b0f14' : '#f4f6f8'}`;
    },
    tag,
    attrs,
  );
  await page.evaluate(() => new Promise(requestAnimationFrame));
  const element = await page.$(tag);
  const name =
    fixed ??
    `${[tag, ...Object.entries(attrs).map(([k, v]) => v || k), width, ...(forced ? ['forced-colors'] : [])].join('-')}.png`;
  await element.screenshot({path: out + name});
  console.log(name);
}
await browser.close();
server.close();
