// The embed page, served from dist/ with the strict CSP and Trusted Types of scripts/tools/serve.mjs, as a
// webmaster uses it: every element of custom-elements.json renders; the configurator's choices
// show in the live preview and in the snippets; the snippets carry the integrity hash of the
// versioned file they load; and a plain HTML page made of a snippet alone renders the widget,
// with the browser checking that hash.
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {declarations} from '../../scripts/build/manifest.mjs';
import {axeViolations, open as openPage, origin, shadowText, useSites} from '../../tests/node/browser.mjs';

const dist = new URL('../../dist/', import.meta.url);
const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
// The moving channel (v<major>/), which the Link and Frame routes hand out.
const {channel} = JSON.parse(readFileSync(new URL('../../dist/embed.json', import.meta.url), 'utf8'));
const elements = declarations(new URL('custom-elements.json', dist));
// What the build put in dist/, before any test runs.
const published = readdirSync(dist, {recursive: true}).sort();
// Snippet pages live in a temporary folder, removed afterwards, that the member site's server
// serves before dist/ (whose bundles the same-host snippets load).
const sites = useSites('uclg-snippets-');

const open = (url) => openPage(sites.browser, url);

/** Sets a form field's value as a person would, firing `input` and `change`. */
async function set(page, selector, value) {
  await page.$eval(
    selector,
    (field, value) => {
      if (field.type === 'checkbox') field.checked = value;
      else field.value = value;
      field.dispatchEvent(new Event('input', {bubbles: true}));
      field.dispatchEvent(new Event('change', {bubbles: true}));
    },
    value,
  );
  // The preview renders, then the snippets are written at its measured height.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const snippet = (page, kind) => page.$eval(`#${kind}-snippet`, (code) => code.textContent);
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

test('the embed page shows every element, under strict CSP, with no error and no axe violation', async () => {
  const {page, errors} = await open(`${origin(sites.strict)}/`);
  for (const {tagName} of elements) {
    await set(page, '#element', tagName);
    assert.ok((await shadowText(page, `#preview ${tagName}`)).length > 20, `${tagName} is empty`);
  }
  const offered = await page.$$eval('#element option', (options) => options.map((o) => o.value));
  assert.deepEqual(
    offered,
    elements.map((e) => e.tagName),
  );
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

for (const element of elements) {
  const tag = element.tagName;
  test(`<${tag}>: language, an attribute and a colour change the preview and the snippets`, async () => {
    const {page, errors} = await open(`${origin(sites.strict)}/`);
    await set(page, '#element', tag);
    await set(page, '#lang', 'fr');
    const fr = await shadowText(page, `#preview ${tag}`);
    await set(page, '#lang', 'es');
    const es = await shadowText(page, `#preview ${tag}`);
    assert.notEqual(es, fr, 'the preview did not change language');

    // Every element has `theme` (an enum in the manifest): dark changes the card's background.
    const background = () =>
      page.$eval(
        `#preview ${tag}`,
        (e) => getComputedStyle(e.shadowRoot.querySelector('[part~=base]')).backgroundColor,
      );
    const light = await background();
    await set(page, '#attr-theme', 'dark');
    assert.notEqual(await background(), light);

    // A public colour reaches what the element draws.
    await set(page, '#css--uclg-color-background', '#b3002d');
    assert.equal(await background(), 'rgb(179, 0, 45)');

    const height = await page.$eval(`#preview ${tag}`, (e) => Math.ceil(e.getBoundingClientRect().height));
    const expected = `<${tag} lang="es" theme="dark" style="display:block;min-height:${height}px;--uclg-color-background:#b3002d"></${tag}>`;
    for (const kind of ['module', 'classic']) {
      const text = await snippet(page, kind);
      assert.equal(text.split('\n')[1], expected, `${kind} snippet`);
      const [, src, hash] = text.match(/src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"/);
      assert.ok(src.startsWith(`${origin(sites.strict)}/v${version}/`), `${src} is not versioned`);
      const file = new URL(src).pathname.slice(1);
      assert.equal(hash, sha384(readFileSync(new URL(file, dist))), `${file}'s hash`);
    }
    assert.match(await snippet(page, 'module'), /^<script type="module" src=/);
    assert.match(await snippet(page, 'classic'), /^<script src="[^"]+\.classic\.js" .* defer><\/script>/);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the reserved height is the preview’s, at each width chosen for the widget', async () => {
  const {page} = await open(`${origin(sites.strict)}/`);
  const heights = [];
  for (const width of ['320', '960']) {
    await set(page, '#width', width);
    const reserved = Number((await snippet(page, 'module')).match(/min-height:(\d+)px/)[1]);
    const {shown, box} = await page.$eval('#preview', (preview) => ({
      shown: Math.ceil(preview.firstElementChild.getBoundingClientRect().height),
      box: preview.getBoundingClientRect().width,
    }));
    assert.equal(box, Number(width));
    assert.equal(reserved, shown);
    heights.push(reserved);
  }
  // Elements lay out by their own width (container queries), so the height changes with it.
  assert.notEqual(heights[0], heights[1]);
  await page.close();
});

test('the choices are kept in the address, to bookmark or share', async () => {
  const tag = elements.at(-1).tagName;
  const choices = `element=${tag}&width=480&where=script&lang=es&theme=dark&--uclg-color-background=%23b3002d`;
  const {page, errors} = await open(`${origin(sites.strict)}/#${choices}`);
  await page.waitForFunction((tag) => document.querySelector('#module-snippet').textContent.includes(tag), {}, tag);
  const preview = await page.$eval(`#preview ${tag}`, (e) => ({
    lang: e.getAttribute('lang'),
    theme: e.getAttribute('theme'),
    background: e.style.getPropertyValue('--uclg-color-background'),
  }));
  assert.deepEqual(preview, {lang: 'es', theme: 'dark', background: '#b3002d'});
  assert.equal(await page.$eval('#width', (s) => s.value), '480');
  await set(page, '#lang', 'en');
  assert.equal(await page.evaluate(() => location.hash), `#${choices.replace('lang=es', 'lang=en')}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('copying puts the snippet on the clipboard, or selects it when there is no clipboard', async () => {
  const permissions = ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write'];
  await sites.browser.defaultBrowserContext().overridePermissions(origin(sites.strict), permissions);
  const {page} = await open(`${origin(sites.strict)}/`);
  await page.bringToFront(); // the clipboard is for the focused page only
  await page.click('[data-copy="module-snippet"]');
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Copied'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippet(page, 'module'));

  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.click('[data-copy="classic-snippet"]');
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Selected'));
  assert.equal(await page.evaluate(() => getSelection().toString()), await snippet(page, 'classic'));
  await page.close();
});

/** Writes a plain HTML page holding only `body`, served by the member site's server. */
function plainPage(name, body) {
  writeFileSync(
    join(sites.pages, name),
    `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Member site</title></head>\n<body>\n${body}\n</body>\n</html>\n`,
  );
  return `${origin(sites.plain)}/${name}`;
}

for (const kind of ['module', 'classic']) {
  for (const where of ['same host', 'another host']) {
    test(`a page made of the ${kind} snippet alone, from ${where}, renders the widget`, async () => {
      const {page: configurator} = await open(`${origin(sites.strict)}/`);
      const tag = elements[0].tagName;
      await set(configurator, '#element', tag);
      await set(configurator, '#lang', 'en');
      // From the same host: the webmaster publishes dist/ on their own site and says where.
      if (where === 'same host') await set(configurator, '#base', `${origin(sites.plain)}/`);
      const text = await snippet(configurator, kind);
      await configurator.close();

      const {page, errors} = await open(plainPage(`${kind}-${where.replace(' ', '-')}.html`, text));
      assert.ok((await shadowText(page, tag)).length > 20);
      const {lang, display, minHeight, height} = await page.$eval(tag, (e) => ({
        lang: e.getAttribute('lang'),
        display: getComputedStyle(e).display,
        minHeight: parseFloat(e.style.minHeight),
        height: e.getBoundingClientRect().height,
      }));
      assert.equal(lang, 'en');
      assert.equal(display, 'block');
      assert.ok(minHeight > 0 && height >= minHeight);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
}

test('the browser refuses a bundle whose integrity hash does not match', async () => {
  const {page: configurator} = await open(`${origin(sites.strict)}/`);
  const text = await snippet(configurator, 'module');
  await configurator.close();
  const tampered = text.replace(
    /integrity="sha384-./,
    (start) => `${start.slice(0, -1)}${start.endsWith('A') ? 'B' : 'A'}`,
  );
  assert.notEqual(tampered, text);
  const {page, errors} = await open(plainPage('tampered.html', tampered));
  const defined = await page.evaluate((tag) => Boolean(customElements.get(tag)), elements[0].tagName);
  assert.equal(defined, false);
  assert.ok(
    errors.some((e) => /integrity/i.test(e)),
    errors.join('\n'),
  );
  await page.close();
});

test('a page made of the frame snippet alone shows the widget in a frame as tall as the widget', async () => {
  const {page: configurator} = await open(`${origin(sites.strict)}/`);
  await set(configurator, '#element', 'uclg-contact');
  await set(configurator, '#lang', 'es');
  await set(configurator, '#attr-variant', 'compact');
  const text = await snippet(configurator, 'frame');
  await configurator.close();
  assert.match(
    text,
    /^<iframe src="[^"]+\/frame\/uclg-contact\.html\?lang=es&amp;variant=compact" title="Secretariado Mundial" lang="es" data-uclg-frame style="display:block;width:100%;height:\d+px;border:0"><\/iframe>\n<script src="[^"]+\/uclg-frame-host\.js" integrity="sha384-[^"]+" crossorigin="anonymous" defer><\/script>$/,
  );

  const {page, errors} = await open(plainPage('frame-route.html', text));
  const frame = page.frames().find((f) => /\/v[^/]+\/frame\/uclg-contact\.html/.test(f.url()));
  const shown = await frame.waitForFunction(() =>
    document.querySelector('uclg-contact')?.shadowRoot?.textContent.includes('Teléfono'),
  );
  assert.ok(await shown.jsonValue());
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height === h, {}, content);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the frame snippet's title is the widget's heading in its language, and without a language the element's summary", async () => {
  const {page} = await open(`${origin(sites.strict)}/`);
  await set(page, '#element', 'uclg-stats');
  await set(page, '#lang', 'ar');
  const arabic = (await snippet(page, 'frame')).match(/ title="([^"]+)" lang="ar" /)?.[1];
  const heading = JSON.parse(readFileSync(new URL('frames.json', dist), 'utf8')).pages['uclg-stats/ar-light'].heading;
  assert.ok(heading && /[\u0600-\u06ff]/.test(heading), heading);
  assert.equal(arabic, heading);
  await set(page, '#lang', '');
  const summary = elements.find((e) => e.tagName === 'uclg-stats').summary;
  assert.match(
    await snippet(page, 'frame'),
    new RegExp(` title="UCLG: ${summary.replace(/[.'’]/g, '.')}" data-uclg-frame `),
  );
  await page.close();
});

test('the Link route hands out the address of a prebuilt page, and only of one that exists', async () => {
  const {page} = await open(`${origin(sites.strict)}/`);
  await set(page, '#element', 'uclg-sections-map');
  await set(page, '#lang', 'es');
  await set(page, '#attr-highlight', 'africa');
  await set(page, '#attr-zoom', true);
  const link = await snippet(page, 'link');
  assert.equal(link, `${origin(sites.strict)}/${channel}/embed/uclg-sections-map/es-light-africa.html`);
  const response = await fetch(link);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /<link rel="alternate" type="application\/json\+oembed"/);

  await set(page, '#css--uclg-color-background', '#b3002d');
  assert.match(await snippet(page, 'link'), /^There is no ready-made link for these choices: .* or use the Frame\.$/);
  assert.equal(await page.$eval('#link-copy', (b) => b.disabled), true);
  await page.close();
});

// Last, while every page written above still exists: dist/ is what package.json publishes.
test('the tests wrote nothing into dist/', () => {
  assert.deepEqual(readdirSync(dist, {recursive: true}).sort(), published);
});
