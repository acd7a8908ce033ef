// The frame and Link routes, from the built dist/: the prebuilt pages and their oEmbed documents,
// each element's frame page (frame/<tag>.html) and its parameters, both height protocols (WordPress's and the host
// script's), the facts without JavaScript, and links inside WordPress's sandbox. Host pages are
// served from another origin than the frames, as on a real site.
import assert from 'node:assert/strict';
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {frameWidth, phoneWidth, writeFrames} from '../build/frames.mjs';
import {declarations} from '../../scripts/build/manifest.mjs';
import {regionalSectionIds} from '../../dist/lib/data/sections.js';
import {origin, useSites} from '../../tests/node/browser.mjs';

const dist = new URL('../../dist/', import.meta.url);
const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const folder = `v${version}`;
const elements = declarations(new URL('custom-elements.json', dist));
const tags = elements.map((d) => d.tagName);
// `strict` serves dist/ with the strict CSP and Trusted Types: the frames' host; `plain`, another
// origin without any policy, is the member site embedding them.
const sites = useSites('uclg-frame-test-');

/** Opens `url`; resolves with the page, its errors and its warnings (frames' included). */
async function open(url, {width = 1000, javaScript = true} = {}) {
  const page = await sites.browser.newPage();
  await page.setViewport({width, height: 900});
  await page.setJavaScriptEnabled(javaScript);
  const errors = [];
  const warnings = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => {
    // A plain page asks for /favicon.ico, which dist/ does not have.
    if (m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '')) errors.push(m.text());
    if (m.type() === 'warn') warnings.push(m.text());
  });
  await page.goto(url, {waitUntil: 'networkidle0'});
  return {page, errors, warnings};
}

/** A member site's page holding `body` (and a script recording the messages its frames send). */
function hostPage(name, body) {
  writeFileSync(
    join(sites.pages, name),
    `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Member site</title>
<script>window.received = []; addEventListener('message', (e) => received.push({data: e.data, frame: [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === e.source)}));</script>
<style>body { margin: 0 } iframe { border: 0; display: block }</style></head>\n<body>\n${body}\n</body>\n</html>\n`,
  );
  return `${origin(sites.plain)}/${name}`;
}

/** A member site's page holding one frame of `src` (with `attributes`), opened once its widget has rendered. */
async function openFramed(name, src, attributes) {
  const opened = await open(hostPage(name, `<iframe ${attributes} src="${src}" title="x"></iframe>`));
  const frame = opened.page.frames().find((f) => f.url().split('#')[0] === src.split('#')[0]);
  await widgetText(frame);
  return {...opened, frame};
}

const pageUrl = (tag, name) => `${origin(sites.strict)}/${folder}/embed/${tag}/${name}.html`;
const frameOf = (page, pattern) => page.frames().find((f) => pattern.test(f.url()));
/** Waits until `frame`'s widget has rendered; resolves with its text. */
const widgetText = (frame) =>
  frame
    .waitForFunction(() => document.querySelector('body > *')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim(), {
      timeout: 10000,
    })
    .then((handle) => handle.jsonValue());
const heights = (page, frame = 0) =>
  page.evaluate((frame) => window.received.filter((r) => r.frame === frame).map((r) => r.data), frame);

test('a Link page and its oEmbed document exist for every element × fr/en/es × light/dark, and the map × section', () => {
  const names = [];
  for (const tag of tags) {
    for (const lang of ['fr', 'en', 'es']) {
      for (const theme of ['light', 'dark']) {
        names.push([tag, `${lang}-${theme}`]);
        if (tag === 'uclg-sections-map')
          for (const id of regionalSectionIds) names.push([tag, `${lang}-${theme}-${id}`]);
      }
    }
  }
  assert.equal(names.length, tags.length * 6 + 42);
  for (const [tag, name] of names) {
    for (const ext of ['html', 'json']) {
      assert.ok(existsSync(new URL(`${folder}/embed/${tag}/${name}.${ext}`, dist)), `${tag}/${name}.${ext} is missing`);
    }
  }
});

test('each oEmbed document is what WordPress keeps: rich, titled in its language, absolute URLs, measured size', () => {
  const titles = {};
  for (const tag of tags) {
    for (const lang of ['fr', 'en', 'es']) {
      const html = readFileSync(new URL(`${folder}/embed/${tag}/${lang}-light.html`, dist), 'utf8');
      const json = JSON.parse(readFileSync(new URL(`${folder}/embed/${tag}/${lang}-light.json`, dist), 'utf8'));
      assert.match(html, new RegExp(`<html lang="${lang}"`));
      const [, href] = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/);
      assert.equal(href, `http://localhost:8000/${folder}/embed/${tag}/${lang}-light.json`);
      assert.equal(json.version, '1.0');
      assert.equal(json.type, 'rich');
      assert.equal(json.provider_name, 'UCLG');
      assert.equal(json.provider_url, 'https://www.uclg.org');
      assert.equal(json.width, frameWidth);
      assert.ok(json.height >= 150 && Number.isInteger(json.height), `${tag} ${lang}: height ${json.height}`);
      assert.ok(
        html.includes(`<title>${json.title.replace(/&/g, '&amp;').replace(/'/g, "'")} · `),
        `${tag} ${lang}: <title>`,
      );
      // wp_filter_oembed_result keeps <blockquote>…</blockquote> then <iframe …></iframe>, nothing else.
      const match = json.html.match(
        /^<blockquote><a href="https:\/\/www\.uclg\.org">[^<]+<\/a>[^<]+<\/blockquote><iframe ([^>]+)><\/iframe>$/,
      );
      assert.ok(match, `${tag} ${lang}: ${json.html}`);
      assert.match(
        match[1],
        new RegExp(
          `^src="http://localhost:8000/${folder}/embed/${tag}/${lang}-light\\.html" width="100%" height="${json.height}" title="[^"]+"`,
        ),
      );
      (titles[tag] ??= new Set()).add(json.title);
    }
  }
  for (const tag of tags) assert.equal(titles[tag].size, 3, `${tag}'s title is the same in two languages`);
  const africa = JSON.parse(
    readFileSync(new URL(`${folder}/embed/uclg-sections-map/es-light-africa.json`, dist), 'utf8'),
  );
  assert.match(africa.title, /África$/);
});

test('every Link page fits WordPress’s 1000 px, at the oEmbed width and at a phone’s, in every language', () => {
  const measured = JSON.parse(readFileSync(new URL('frames.json', dist), 'utf8'));
  assert.equal(measured.unmeasured, undefined, 'the build measured the pages (it needs Chromium)');
  assert.deepEqual([measured.width, measured.phoneWidth], [frameWidth, phoneWidth]);
  const keys = Object.keys(measured.pages);
  assert.equal(
    keys.length,
    readdirSync(new URL(`${folder}/embed/`, dist), {recursive: true}).filter((f) => f.endsWith('.html')).length,
  );
  const over = keys.flatMap((key) => {
    const {height, phoneHeight} = measured.pages[key];
    assert.ok(Number.isInteger(height) && Number.isInteger(phoneHeight), `${key}: measured`);
    return height > 1000 || phoneHeight > 1000
      ? [`${key}: ${height} px at ${frameWidth}, ${phoneHeight} at ${phoneWidth}`]
      : [];
  });
  assert.deepEqual(over, []);
});

test('writeFrames rewrites the pages of a built dist for another address, without building', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'uclg-frames-'));
  try {
    cpSync(dist, copy, {recursive: true});
    await writeFrames({dist: copy, base: 'http://127.0.0.1:8080'});
    const json = JSON.parse(readFileSync(join(copy, folder, 'embed/uclg-stats/fr-light.json'), 'utf8'));
    assert.match(
      json.html,
      new RegExp(`<iframe src="http://127\\.0\\.0\\.1:8080/${folder}/embed/uclg-stats/fr-light\\.html"`),
    );
    const html = readFileSync(join(copy, folder, 'embed/uclg-stats/fr-light.html'), 'utf8');
    assert.ok(html.includes(`href="http://127.0.0.1:8080/${folder}/embed/uclg-stats/fr-light.json"`));
    // The measures of the build are kept.
    const built = JSON.parse(readFileSync(new URL(`${folder}/embed/uclg-stats/fr-light.json`, dist), 'utf8'));
    assert.equal(json.height, built.height);
  } finally {
    rmSync(copy, {recursive: true, force: true});
  }
});

test('without JavaScript, a Link page still gives the facts in its language and a link to uclg.org', async () => {
  const {page} = await open(pageUrl('uclg-stats', 'fr-light'), {javaScript: false});
  const text = await page.evaluate(() => document.body.innerText);
  assert.match(text, /Une voix forte et unie devant la communauté internationale/);
  assert.match(text, /5 milliards/);
  assert.match(text, /140\s+des 193 pays membres des Nations Unies/);
  // Where the facts come from and as of when, here and in the oEmbed document's text.
  assert.match(text, /Source\s:\sbrochure «\sCGLU – Qui sommes-nous\s\?\s» de 2015/);
  const oembed = JSON.parse(readFileSync(new URL(`${folder}/embed/uclg-stats/fr-light.json`, dist), 'utf8'));
  assert.match(oembed.html, /Source\s: brochure «\sCGLU – Qui sommes-nous\s\?\s» de 2015<\/blockquote>/);
  assert.equal(oembed.html.match(/Source\s:/g).length, 1);
  assert.equal(
    await page.$eval('a[href="https://www.uclg.org"]', (a) => a.textContent),
    'Cités et Gouvernements Locaux Unis — www.uclg.org',
  );
  await page.close();

  const {page: contact} = await open(pageUrl('uclg-contact', 'es-dark'), {javaScript: false});
  assert.equal(await contact.$eval('a[href^="mailto:"]', (a) => a.textContent), 'info@uclg.org');
  assert.match(await contact.evaluate(() => document.body.innerText), /Teléfono/);
  await contact.close();
});

test('a Link page shows its widget, sized as measured, under the strict CSP and Trusted Types', async () => {
  const {page, errors} = await open(pageUrl('uclg-sections-map', 'en-dark-europe'), {width: frameWidth});
  const frame = page.mainFrame();
  assert.match(await widgetText(frame), /UCLG's sections/);
  const json = JSON.parse(readFileSync(new URL(`${folder}/embed/uclg-sections-map/en-dark-europe.json`, dist), 'utf8'));
  const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  assert.ok(Math.abs(height - json.height) <= 2, `${height} against ${json.height}`);
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(background, 'rgb(21, 26, 33)');
  assert.deepEqual(errors, []);
  await page.close();
});

const framePage = (tag, query) => `${origin(sites.strict)}/${folder}/frame/${tag}.html?${query}`;

test('a frame page shows its element in the language, theme, options and colours its address asks for', async () => {
  const query = 'lang=es&theme=dark&order=brochure&no-heading&--uclg-color-background=%23b3002d';
  const {page, errors, warnings} = await open(framePage('uclg-commissions', query));
  const text = await widgetText(page.mainFrame());
  assert.match(text, /Filtrar los ámbitos/);
  const state = await page.evaluate(() => {
    const element = document.querySelector('uclg-commissions');
    return {
      lang: document.documentElement.lang,
      attributes: element.getAttributeNames().map((name) => `${name}=${element.getAttribute(name)}`),
      first: element.shadowRoot.querySelector('[part~="field"]').textContent.trim(),
      background: getComputedStyle(document.documentElement).backgroundColor,
      body: document.body.childElementCount,
    };
  });
  assert.equal(state.lang, 'es');
  assert.deepEqual(state.attributes, ['lang=es', 'theme=dark', 'order=brochure', 'no-heading=']);
  assert.equal(state.background, 'rgb(179, 0, 45)');
  assert.equal(state.body, 1, 'the page has nothing but the widget');
  assert.deepEqual(warnings, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('frame and Link pages say the language and direction of their widget on <html>, the copy note too', async () => {
  const link = readFileSync(new URL(`${folder}/embed/uclg-contact/ar-dark.html`, dist), 'utf8');
  assert.match(link, /<html lang="ar" dir="rtl" /);
  assert.match(
    readFileSync(new URL(`${folder}/embed/uclg-contact/ru-dark.html`, dist), 'utf8'),
    /<html lang="ru" dir="ltr" /,
  );

  const {page, errors} = await open(framePage('uclg-contact', 'lang=ar-EG'));
  await widgetText(page.mainFrame());
  await page.waitForFunction(() => document.documentElement.dir);
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [
    'ar',
    'rtl',
  ]);
  assert.deepEqual(errors, []);
  await page.close();

  // Without `lang`, the widget takes the reader's language, and the page says which.
  const english = await open(framePage('uclg-contact', 'theme=dark'));
  await widgetText(english.page.mainFrame());
  await english.page.waitForFunction(() => document.documentElement.dir);
  assert.deepEqual(await english.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [
    'en',
    'ltr',
  ]);
  await english.page.close();
});

test('a frame page: an unknown parameter warns once (even when repeated), naming it and what is accepted, and is ignored', async () => {
  // The element is the page's: an `element` parameter is no more than an unknown one.
  const query = 'element=uclg-about&lang=fr&colour=red&colour=blue&zoom=maybe';
  const {page, errors, warnings} = await open(framePage('uclg-stats', query));
  assert.match(await widgetText(page.mainFrame()), /Une voix forte et unie/);
  const stats = elements.find((d) => d.tagName === 'uclg-stats');
  const accepted = [...stats.attributes.map((a) => a.name), ...stats.cssProperties.map((p) => p.name)].join(', ');
  assert.match(accepted, /^(?=.*\blang\b)(?=.*\bfigures\b)(?=.*--uclg-color-accent)/);
  assert.deepEqual(
    warnings,
    ['element', 'colour', 'zoom'].map(
      (name) =>
        `UCLG widget frame <uclg-stats>: parameter "${name}" is not supported (accepted: ${accepted}); ignored.`,
    ),
  );
  assert.deepEqual(errors, []);
  await page.close();

  // A bad value is the element's to tell, once, as on any page; the page's background stays light.
  const bad = await open(framePage('uclg-sections-map', 'theme=neon&zoom=maybe'));
  await widgetText(bad.page.mainFrame());
  assert.deepEqual(bad.warnings, [
    'UCLG widget frame <uclg-sections-map>: zoom="maybe" is not supported (accepted: true, false, or no value); using false.',
    '<uclg-sections-map>: theme="neon" is not supported (accepted: light, dark, auto); using "light".',
  ]);
  assert.equal(
    await bad.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    'rgb(255, 255, 255)',
  );
  await bad.page.close();
});

test('a frame page writes nothing from its address as HTML', async () => {
  const attack = encodeURIComponent('"><img src=x onerror="document.title=1">');
  const {page, errors} = await open(framePage('uclg-about', `topics=${attack}&--uclg-font-family=${attack}`));
  await page.waitForFunction(() => document.querySelector('uclg-about')?.shadowRoot?.childElementCount, {
    timeout: 10000,
  });
  const found = await page.evaluate(() => ({
    images:
      document.querySelectorAll('img').length +
      document.querySelector('uclg-about').shadowRoot.querySelectorAll('img').length,
    title: document.title,
    topics: document.querySelector('uclg-about').getAttribute('topics'),
  }));
  assert.deepEqual(found, {images: 0, title: 'UCLG · CGLU', topics: '"><img src=x onerror="document.title=1">'});
  assert.deepEqual(errors, []);
  await page.close();
});

test('WordPress protocol: the height goes to the parent with the secret, on load, on change and when asked', async () => {
  const {page, errors, frame} = await openFramed(
    'wordpress.html',
    `${pageUrl('uclg-commissions', 'fr-light')}#?secret=Ab3dE6gH9k`,
    'sandbox="allow-scripts" security="restricted" width="600" height="400"',
  );
  await page.waitForFunction(() => window.received.some((r) => r.data.message === 'height'));
  const wordPress = async () => (await heights(page)).filter((d) => d.message === 'height');
  const first = (await wordPress()).at(-1);
  assert.equal(first.secret, 'Ab3dE6gH9k');
  const height = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  assert.equal(first.value, height);
  // The plain protocol speaks too, with the same height.
  assert.ok((await heights(page)).some((d) => d.type === 'uclg-widgets:height' && d.height === height));

  // Typing in the filter shows its matches: a new height is sent.
  await frame.evaluate(() => {
    const input = document.querySelector('uclg-commissions').shadowRoot.querySelector('input');
    input.value = 'finances';
    input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  });
  await page.waitForFunction(
    (h) => window.received.some((r) => r.data.message === 'height' && r.data.value !== h),
    {},
    height,
  );

  // `ready` with the right secret is answered; with another secret, it is not.
  const count = async () => (await wordPress()).length;
  const before = await count();
  await page.evaluate(() =>
    document.querySelector('iframe').contentWindow.postMessage({message: 'ready', secret: 'wrong00000'}, '*'),
  );
  await page.evaluate(() =>
    document.querySelector('iframe').contentWindow.postMessage({message: 'ready', secret: 'Ab3dE6gH9k'}, '*'),
  );
  await page.waitForFunction((n) => window.received.filter((r) => r.data.message === 'height').length > n, {}, before);
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal(await count(), before + 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('in a 1000-px frame (WordPress’s most), a taller widget scrolls inside it; a shorter one never does', async () => {
  for (const [tag, tall] of [
    ['uclg-commissions', true],
    ['uclg-stats', false],
  ]) {
    const url = hostPage(
      `clamp-${tag}.html`,
      `<iframe sandbox="allow-scripts" src="${pageUrl(tag, 'en-light')}#?secret=abc" width="320" height="200" title="x"></iframe>
<script>addEventListener('message', (e) => { if (e.data.message === 'height') document.querySelector('iframe').height = Math.min(1000, Math.max(200, e.data.value)); });</script>`,
    );
    const {page} = await open(url);
    const frame = frameOf(page, new RegExp(`embed/${tag}/`));
    await widgetText(frame);
    await page.waitForFunction(() => window.received.some((r) => r.data.message === 'height'));
    // The commissions' 22 fields, opened on a phone-wide column: taller than WordPress allows.
    if (tall) {
      await frame.evaluate(() =>
        document.querySelector('uclg-commissions').shadowRoot.querySelector('summary').click(),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 800));
    const state = await frame.evaluate(() => ({
      scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
      content: Math.ceil(document.documentElement.getBoundingClientRect().height),
      viewport: innerHeight,
      // A frame its host sizes shows no scrollbar; one taller than the host allows can scroll.
      overflow: getComputedStyle(document.documentElement).overflowY,
    }));
    assert.equal(state.scrolls, tall, `${tag}: ${JSON.stringify(state)}`);
    assert.equal(state.overflow, tall ? 'visible' : 'hidden', `${tag}: ${JSON.stringify(state)}`);
    if (tall) {
      assert.equal(state.viewport, 1000);
      // The last field is reachable.
      const last = await frame.evaluate(() => {
        const fields = document.querySelector('uclg-commissions').shadowRoot.querySelectorAll('[part~="field"]');
        fields[fields.length - 1].scrollIntoView();
        const box = fields[fields.length - 1].getBoundingClientRect();
        return box.bottom <= innerHeight && box.top >= 0;
      });
      assert.ok(last);
    } else {
      assert.equal(state.viewport, state.content);
    }
    await page.close();
  }
});

test('the host script sizes its frames, and ignores other windows and other shapes', async () => {
  const host = `${origin(sites.strict)}/${folder}/uclg-frame-host.js`;
  // Two impostors: a frame that is not a widget's, and a widget-marked frame sending wrong shapes;
  // each sends when the test says so, once the host script is surely listening.
  const impostor = (send) => {
    const post = send.map((m) => `parent.postMessage(${m}, '*');`).join('');
    return `data:text/html,${encodeURIComponent(`<script>addEventListener('message', (e) => { if (e.data === 'go') { ${post} } });</script>`)}`;
  };
  // Each would set a height if its shape were not checked (CSS itself takes `0px` and `700px`).
  const wrongShapes = [
    "{type: 'uclg-widgets:height', height: '700'}",
    "{type: 'uclg-widgets:height', height: 0}",
    "{type: 'other', height: 700}",
    "{message: 'height', value: 700}",
    "{type: 'uclg-widgets:height', height: Infinity}",
  ];
  const url = hostPage(
    'host-script.html',
    `<iframe src="${framePage('uclg-contact', 'lang=en')}" title="UCLG contact" style="width:100%;height:150px"></iframe>
<iframe src="${impostor(["{type: 'uclg-widgets:height', height: 700}"])}" title="other" style="height:150px"></iframe>
<iframe data-uclg-frame src="${impostor(wrongShapes)}" title="marked" style="height:150px"></iframe>
<script src="${host}" defer></script>`,
  );
  const {page, errors} = await open(url);
  const frame = frameOf(page, /frame\/uclg-contact\.html/);
  await widgetText(frame);
  await page.waitForFunction(() => document.querySelector('iframe').style.height !== '150px');
  await page.evaluate(() =>
    [...document.querySelectorAll('iframe')].slice(1).forEach((f) => f.contentWindow.postMessage('go', '*')),
  );
  await page.waitForFunction(
    (n) =>
      window.received.filter((r) => r.frame === 1).length === 1 &&
      window.received.filter((r) => r.frame === 2).length === n,
    {},
    wrongShapes.length,
  );
  // The page itself posting the right shape is not a frame of it.
  await page.evaluate(() => postMessage({type: 'uclg-widgets:height', height: 700}, '*'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const sizes = await page.$$eval('iframe', (all) => all.map((f) => f.style.height));
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  assert.deepEqual(sizes, [`${content}px`, '150px', '150px']);
  const box = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
  assert.equal(box, content);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the host script asks frames that loaded before it for their height', async () => {
  const url = hostPage(
    'host-late.html',
    `<iframe src="${pageUrl('uclg-stats', 'en-light')}" title="UCLG" style="width:100%;height:150px"></iframe>`,
  );
  const {page} = await open(url);
  const frame = frameOf(page, /uclg-stats/);
  await widgetText(frame);
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(await page.$eval('iframe', (f) => f.style.height), '150px');
  await page.addScriptTag({url: `${origin(sites.strict)}/${folder}/uclg-frame-host.js`});
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.waitForFunction((h) => document.querySelector('iframe').style.height === `${h}px`, {}, content);
  await page.close();
});

/**
 * Opens the contact Link page in `lang` inside WordPress's sandbox and clicks its link to uclg.org,
 * which cannot open there; resolves once the frame shows its note.
 */
async function clickInSandbox(lang) {
  const opened = await openFramed(
    `sandbox-${lang}.html`,
    `${pageUrl('uclg-contact', `${lang}-light`)}#?secret=abc`,
    'sandbox="allow-scripts" width="600" height="700"',
  );
  const link = await opened.frame.evaluateHandle(() =>
    document.querySelector('uclg-contact').shadowRoot.querySelector('a[href^="https://www.uclg.org"]'),
  );
  await link.click();
  await opened.frame.waitForSelector('.uclg-frame-note');
  return opened;
}

test('in WordPress’s sandbox, an Arabic page’s note reads right to left, and a click logs no error', async () => {
  const {page, errors, frame} = await clickInSandbox('ar');
  const note = await frame.evaluate(() => {
    const note = document.querySelector('.uclg-frame-note');
    const [text, input, button] = [note.querySelector('p'), note.querySelector('input'), note.querySelector('button')];
    return {
      lang: note.lang,
      direction: getComputedStyle(note).direction,
      text: text.textContent,
      // Right to left: the close button ends the line on the left of the address.
      buttonLeftOfField: button.getBoundingClientRect().right <= input.getBoundingClientRect().left,
    };
  });
  assert.deepEqual(note, {lang: 'ar', direction: 'rtl', text: note.text, buttonLeftOfField: true});
  assert.match(note.text, /[\u0600-\u06ff]/);
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.deepEqual(errors, []);
  await page.close();
});

test('a frame that no host sizes scrolls, once the host has had its chance', async () => {
  const {page, frame} = await openFramed('unsized.html', pageUrl('uclg-about', 'en-light'), 'width="600" height="200"');
  const state = () =>
    frame.evaluate(() => ({
      fits: document.documentElement.classList.contains('uclg-frame-fits'),
      overflow: getComputedStyle(document.documentElement).overflowY,
      scrollable: document.documentElement.scrollHeight > innerHeight,
    }));
  await frame.waitForFunction(() => !document.documentElement.classList.contains('uclg-frame-fits'), {timeout: 3000});
  assert.deepEqual(await state(), {fits: false, overflow: 'visible', scrollable: true});
  await page.close();
});

test('in WordPress’s sandbox, a link that cannot open shows its address to copy instead', async () => {
  const {page, frame} = await clickInSandbox('fr');
  const note = await frame.evaluate(() => {
    const note = document.querySelector('.uclg-frame-note');
    const input = note.querySelector('input');
    return {
      text: note.querySelector('p').textContent,
      value: input.value,
      focused: document.activeElement === input,
      selected: input.selectionStart === 0 && input.selectionEnd === input.value.length,
      lang: note.lang,
    };
  });
  assert.deepEqual(note, {
    text: 'Ce cadre ne peut pas le faire ici. Copiez cette adresse\u00a0:',
    value: 'https://www.uclg.org/',
    focused: true,
    selected: true,
    lang: 'fr',
  });
  assert.equal(page.url(), `${origin(sites.plain)}/sandbox-fr.html`, 'the page did not navigate');
  await frame.click('.uclg-frame-note button');
  assert.equal(await frame.$('.uclg-frame-note'), null);

  // The vCard cannot download there: the note gives the widget's own page, where it can.
  const vcard = await frame.evaluateHandle(() =>
    document.querySelector('uclg-contact').shadowRoot.querySelector('[part="vcard"]'),
  );
  await vcard.click();
  await frame.waitForSelector('.uclg-frame-note');
  assert.equal(await frame.$eval('.uclg-frame-note input', (i) => i.value), pageUrl('uclg-contact', 'fr-light'));
  await page.close();
});

test('outside a sandbox, a link opens in a new tab and leaves the frame as it was', async () => {
  const {page, frame} = await openFramed(
    'open-links.html',
    pageUrl('uclg-about', 'en-light'),
    'width="600" height="900"',
  );
  const opened = new Promise((resolve) => sites.browser.once('targetcreated', (target) => resolve(target.url())));
  const link = await frame.evaluateHandle(() =>
    document.querySelector('uclg-about').shadowRoot.querySelector('a[href^="http"]'),
  );
  const href = await link.evaluate((a) => a.href);
  await link.click();
  assert.equal(await opened, href);
  assert.match(frame.url(), /uclg-about\/en-light\.html$/);
  assert.equal(await frame.$('.uclg-frame-note'), null);
  await page.close();
});

test("a zoomed section's Link page and the map's frame page draw the section's finer map, with no warning", async () => {
  // Europe's finer map is cut to its view: Australia is not in it; the world's map has it.
  const drawn = (page) =>
    page.$eval('uclg-sections-map', async (map) => {
      await map.updateComplete;
      return {
        australia: Boolean(map.shadowRoot.querySelector('.place[data-id="AU"]')),
        monaco: Boolean(map.shadowRoot.querySelector('[data-id="MC"]')),
      };
    });
  for (const url of [
    pageUrl('uclg-sections-map', 'en-light-europe'),
    framePage('uclg-sections-map', 'highlight=europe&zoom'),
  ]) {
    const {page, errors, warnings} = await open(url, {width: frameWidth});
    // The module comes beside the element's bundle: its drawing may replace the world's a moment later.
    await page.waitForFunction(() => {
      const root = document.querySelector('uclg-sections-map')?.shadowRoot;
      return root?.querySelector('.place') && !root.querySelector('.place[data-id="AU"]');
    });
    assert.deepEqual(await drawn(page), {australia: false, monaco: true}, url);
    assert.deepEqual(warnings, [], url);
    assert.deepEqual(errors, [], url);
    await page.close();
  }
  // Not zoomed, the frame page loads no section's module: the world's map.
  const {page} = await open(framePage('uclg-sections-map', 'highlight=europe'), {width: frameWidth});
  await page.waitForFunction(() => document.querySelector('uclg-sections-map')?.shadowRoot?.querySelector('.place'));
  assert.deepEqual(await drawn(page), {australia: true, monaco: true});
  await page.close();
});
