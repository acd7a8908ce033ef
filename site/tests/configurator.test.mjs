// The embed page as a member city's webmaster uses it: the tasks they come with, played choice by
// choice and counted, each result loaded in a plain page; the page in the reader's language; a
// control for each kind of option the manifest declares; what a Link cannot carry, greyed.
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {declarations} from '../../scripts/build/manifest.mjs';
import {importTs} from '../../scripts/build/import-ts.mjs';
import {axeViolations, open as openPage, origin, shadowText, useSites} from '../../tests/node/browser.mjs';
import {links as postedInWordPress} from './wordpress/links.mjs';

const dist = new URL('../../dist/', import.meta.url);
const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
// The moving channel (v<major>/), which the Link and Frame routes hand out.
const {channel} = JSON.parse(readFileSync(new URL('../../dist/embed.json', import.meta.url), 'utf8'));
const elements = declarations(new URL('custom-elements.json', dist));
const sites = useSites('uclg-configurator-');

/** The configurator, its browser saying the reader reads `languages` first. */
const open = (languages = ['en-US', 'en'], hash = '') =>
  openPage(sites.browser, `${origin(sites.strict)}/${hash}`, {
    init: `Object.defineProperty(navigator, 'languages', {get: () => ${JSON.stringify(languages)}});`,
  });

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * A webmaster's choices, counted: each `choose` is one click on a radio or checkbox, or one pick
 * in a list, as a person makes it (the events a browser fires).
 */
function chooser(page) {
  const made = [];
  const choose = async (selector, value) => {
    made.push(value === undefined ? selector : `${selector}=${value}`);
    if (value === undefined) await page.click(selector);
    else await page.select(selector, value);
    await page.evaluate(frames);
  };
  return {choose, made};
}

/** The snippet box of the route shown, and the route's name. */
const shownCode = (page) =>
  page.evaluate(() => {
    const panel = [...document.querySelectorAll('.panel')].find((p) => !p.hidden);
    return {route: panel.dataset.route, code: panel.querySelector('code').textContent};
  });

/** Writes a plain HTML page holding only `body`, served by the member site's server. */
function plainPage(name, body) {
  writeFileSync(
    join(sites.pages, name),
    `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Member site</title></head>\n<body>\n${body}\n</body>\n</html>\n`,
  );
  return `${origin(sites.plain)}/${name}`;
}

test('task: the Spanish map with Africa highlighted, in a WordPress post as an Author — a Link in four choices', async () => {
  const {page, errors} = await open();
  const {choose, made} = chooser(page);
  await choose('#where-wordpress-author');
  await choose('#element', 'uclg-sections-map');
  await choose('#lang', 'es');
  await choose('#attr-highlight', 'africa');
  assert.ok(made.length <= 4, made.join(', '));
  const {route, code} = await shownCode(page);
  assert.equal(route, 'link');
  assert.equal(code, `${origin(sites.strict)}/${channel}/embed/uclg-sections-map/es-light-africa.html`);
  assert.match(await page.$eval('#why', (p) => p.textContent), /WordPress/);
  assert.equal(await page.$eval('#link-copy', (b) => b.disabled), false);
  // That page is one the WordPress test posts as an Author and reads in a real WordPress.
  assert.ok(postedInWordPress.some((l) => `${l.tag}/${l.name}` === 'uclg-sections-map/es-light-africa'));
  assert.deepEqual(errors, []);
  await page.close();

  // The Link page shows what was chosen: the map in Spanish, Africa highlighted and zoomed.
  const {page: link, errors: linkErrors} = await openPage(sites.browser, code);
  assert.match(await shadowText(link, 'uclg-sections-map'), /África/);
  const shown = await link.$eval('uclg-sections-map', (map) => ({
    lang: map.getAttribute('lang'),
    highlight: map.getAttribute('highlight'),
    zoom: map.hasAttribute('zoom'),
  }));
  assert.deepEqual(shown, {lang: 'es', highlight: 'africa', zoom: true});
  assert.deepEqual(linkErrors, []);
  await link.close();
});

test('task: French stats, the first two figures, dark, on a site that takes scripts — a Script in five choices', async () => {
  const {page, errors} = await open();
  const {choose, made} = chooser(page);
  // The first question starts on the site that takes scripts: nothing to choose there.
  assert.equal(await page.$eval('#where-script', (r) => r.checked), true);
  await choose('#element', 'uclg-stats');
  await choose('#lang', 'fr');
  await choose('#attr-figures-cities');
  await choose('#attr-figures-associations');
  await choose('#attr-theme', 'dark');
  assert.ok(made.length <= 5, made.join(', '));
  const {route, code} = await shownCode(page);
  assert.equal(route, 'script');
  assert.match(
    code,
    // The bundle with that one language: the snippet's element names it.
    /^<script type="module" src="[^"]+\/uclg-stats\.fr\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>\n/,
  );
  assert.match(
    code,
    /<uclg-stats lang="fr" figures="cities associations" theme="dark" style="display:block;min-height:\d+px"><\/uclg-stats>$/,
  );
  assert.deepEqual(errors, []);
  await page.close();

  const {page: member, errors: memberErrors} = await openPage(sites.browser, plainPage('task-stats.html', code));
  await shadowText(member, 'uclg-stats');
  const shown = await member.$eval('uclg-stats', (stats) => ({
    figures: [...stats.shadowRoot.querySelectorAll('[data-figure]')].map((f) => f.dataset.figure),
    text: stats.shadowRoot.textContent.replace(/\s+/g, ' '),
    background: getComputedStyle(stats.shadowRoot.querySelector('[part~=base]')).backgroundColor,
  }));
  assert.deepEqual(shown.figures, ['cities', 'associations']);
  assert.match(shown.text, /villes, régions et métropoles/);
  assert.notEqual(shown.background, 'rgb(255, 255, 255)');
  assert.deepEqual(memberErrors, []);
  await member.close();
});

test("the page speaks the reader's language, right to left in Arabic, and can be switched", async () => {
  const {page, errors} = await open(['ar-EG', 'ar']);
  const state = () =>
    page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      title: document.querySelector('h1').textContent,
      where: document.querySelector('#where legend').textContent,
      chosen: document.querySelector('#page-lang').value,
    }));
  // The languages the build made, each named in itself.
  const {locales} = JSON.parse(readFileSync(new URL('embed.json', dist), 'utf8'));
  assert.deepEqual(await page.$$eval('#intro bdi', (names) => names.map((n) => n.lang)), locales);
  const arabic = await state();
  assert.deepEqual([arabic.lang, arabic.dir, arabic.chosen], ['ar', 'rtl', 'ar']);
  assert.match(arabic.title + arabic.where, /[\u0600-\u06ff]/);
  await page.select('#page-lang', 'fr');
  await page.evaluate(frames);
  const french = await state();
  assert.deepEqual([french.lang, french.dir, french.where], ['fr', 'ltr', 'Où allez-vous le coller\u00a0?']);
  // The page's language is the reader's, never part of the choices shared.
  assert.doesNotMatch(await page.evaluate(() => location.hash), /page|ui=/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a shared address opens in the sharer's choices and the reader's language", async () => {
  const hash = '#element=uclg-contact&where=cms&lang=pt&variant=compact&theme=dark';
  const {page, errors} = await open(['es-ES', 'es'], hash);
  await page.waitForFunction(() => document.querySelector('#frame-snippet').textContent.includes('uclg-contact'));
  const state = await page.evaluate(() => ({
    ui: document.documentElement.lang,
    route: [...document.querySelectorAll('.panel')].find((p) => !p.hidden).dataset.route,
    where: document.querySelector('input[name=where]:checked').value,
    preview: ['lang', 'variant', 'theme'].map((a) => document.querySelector('#preview uclg-contact').getAttribute(a)),
  }));
  assert.deepEqual(state, {ui: 'es', route: 'frame', where: 'cms', preview: ['pt', 'compact', 'dark']});
  assert.match(
    await page.$eval('#frame-snippet', (c) => c.textContent),
    /frame\/uclg-contact\.html\?lang=pt&amp;variant=compact&amp;theme=dark"/,
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('each option gets the control its type in the manifest calls for, its attribute named in small type', async () => {
  const {page, errors} = await open();
  for (const {tagName, attributes} of elements) {
    await page.select('#element', tagName);
    await page.evaluate(frames);
    for (const {name, type} of attributes.filter((a) => a.name !== 'lang')) {
      const control = await page.$eval(`#attr-${name}`, (field) => ({
        tag: field.localName,
        type: field.getAttribute('type'),
        role: field.getAttribute('role'),
        boxes: [...field.querySelectorAll('input[type=checkbox]')].map((b) => b.value),
        options: field.localName === 'select' ? [...field.options].map((o) => o.value) : [],
        named: field.closest('.field, p')?.querySelector('code.name')?.textContent,
      }));
      const kind = type.text;
      assert.equal(control.named, name, `${tagName} ${name}: its attribute's name`);
      if (kind === 'boolean') assert.deepEqual([control.type, control.role], ['checkbox', 'switch'], name);
      else if (kind === 'number') assert.equal(control.type, 'number', name);
      else if (/readonly \(/.test(kind)) {
        const ids = [...kind.matchAll(/'([^']+)'/g)].map((m) => m[1]);
        assert.deepEqual([control.tag, control.boxes], ['fieldset', ids], name);
      } else if (/^'/.test(kind)) {
        const ids = [...kind.matchAll(/'([^']+)'/g)].map((m) => m[1]);
        const none = kind.endsWith('| null') ? [''] : [];
        assert.deepEqual([control.tag, control.options], ['select', [...none, ...ids]], name);
      } else assert.equal(control.type, 'text', name);
    }
  }
  // The map's sections and the figures are named as the widget names them, in the widget's language.
  await page.select('#element', 'uclg-sections-map');
  await page.select('#lang', 'es');
  await page.evaluate(frames);
  const africa = await page.$eval('#attr-highlight option[value=africa]', (o) => o.textContent);
  assert.equal(africa, 'África');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a Link takes a language and theme a page exists for, and greys, saying why, what it cannot carry', async () => {
  const {page, errors} = await open(['fr']);
  await page.select('#element', 'uclg-stats');
  await page.select('#attr-theme', 'auto');
  await page.click('#where-wordpress-author');
  await page.evaluate(frames);
  const state = await page.evaluate(() => ({
    lang: document.querySelector('#lang').value,
    theme: document.querySelector('#attr-theme').value,
    pageLanguageOffered: !document.querySelector('#lang option[value=""]').disabled,
    autoOffered: !document.querySelector('#attr-theme option[value=auto]').disabled,
    figures: document.querySelector('#attr-figures-cities').disabled,
    headingLevel: document.querySelector('#attr-heading-level').disabled,
    reason: document.querySelector('#attr-heading-level-cannot').textContent,
    colours: document.querySelector('[id="css--uclg-color-accent"]').disabled,
    link: document.querySelector('#link-snippet').textContent,
  }));
  assert.deepEqual(
    {...state, reason: Boolean(state.reason)},
    {
      lang: 'fr',
      theme: 'light',
      pageLanguageOffered: false,
      autoOffered: false,
      figures: true,
      headingLevel: true,
      reason: true,
      colours: true,
      link: `${origin(sites.strict)}/${channel}/embed/uclg-stats/fr-light.html`,
    },
  );
  // The other ways are one click away, and take every choice again.
  await page.click('#route-frame-input');
  await page.evaluate(frames);
  assert.equal(await page.$eval('#attr-heading-level', (i) => i.disabled), false);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the preview shows a phone and the chosen width, each with the height the code reserves', async () => {
  const {page} = await open();
  await page.select('#element', 'uclg-stats');
  await page.select('#width', '960');
  await page.evaluate(frames);
  const views = await page.evaluate(() =>
    [
      ['#preview-phone', '#phone-reserved'],
      ['#preview', '#chosen-reserved'],
    ].map(([box, said]) => ({
      width: document.querySelector(box).getBoundingClientRect().width,
      height: Math.ceil(document.querySelector(box).firstElementChild.getBoundingClientRect().height),
      said: document.querySelector(said).textContent,
    })),
  );
  assert.deepEqual(
    views.map((v) => v.width),
    [360, 960],
  );
  for (const view of views) assert.ok(view.said.includes(`${view.height} px`), `${view.said} (${view.height})`);
  assert.notEqual(views[0].height, views[1].height);
  const reserved = Number((await page.$eval('#module-snippet', (c) => c.textContent)).match(/min-height:(\d+)px/)[1]);
  assert.equal(reserved, views[1].height);
  await page.close();
});

for (const [languages, where] of [
  [['fr'], 'wordpress-author'],
  [['ar'], 'cms'],
  [['zh-CN'], 'script'],
]) {
  test(`no axe violation, in ${languages[0]} with the ${where} answer`, async () => {
    const {page, errors} = await open(languages);
    await page.click(`#where-${where}`);
    await page.evaluate(frames);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('every option and custom property has its words, and every value its name, in every language', async () => {
  const [{attributeText, propertyText}, {catalogs}, {messagesIn, locales}] = await Promise.all([
    importTs('site/configurator/configurator-text.ts'),
    importTs('site/generated/catalogs.ts'),
    importTs('src/internal/localize.ts'),
  ]);
  const msgIn = messagesIn(catalogs);
  // Values the widget names itself (figures, sections) are checked above; the others need words here.
  const named = new Set(['figures', 'highlight']);
  for (const locale of locales) {
    const [attributes, properties] = [attributeText(msgIn(locale)), propertyText(msgIn(locale))];
    for (const {tagName, attributes: items = [], cssProperties = []} of elements) {
      for (const {name, type} of items.filter((a) => a.name !== 'lang')) {
        assert.ok(attributes[name]?.label, `${locale}: ${tagName} ${name} has no label`);
        const values = named.has(name) ? [] : [...type.text.matchAll(/'([^']+)'/g)].map((m) => m[1]);
        for (const value of values)
          assert.ok(attributes[name].values?.[value], `${locale}: ${name}=${value} has no name`);
      }
      for (const {name} of cssProperties) assert.ok(properties[name], `${locale}: ${name} has no label`);
    }
  }
});

test('Link and Frame follow updates (the moving channel); the Script stays pinned and checked unless asked to follow', async () => {
  const {page, errors} = await open();
  await page.select('#element', 'uclg-contact');
  await page.select('#lang', 'en');
  await page.evaluate(frames);
  const code = (id) => page.$eval(`#${id}`, (c) => c.textContent);
  assert.match(
    await code('module-snippet'),
    new RegExp(`src="[^"]+/v${version}/uclg-contact\\.en\\.js" integrity="sha384-`),
  );
  assert.match(
    await code('frame-snippet'),
    new RegExp(`^<iframe src="[^"]+/${channel}/frame/uclg-contact\\.html\\?lang=en"`),
  );
  // The host script that runs in the member's page stays pinned and checked.
  assert.match(
    await code('frame-snippet'),
    new RegExp(`<script src="[^"]+/v${version}/uclg-frame-host\\.js" integrity=`),
  );
  assert.match(await code('link-snippet'), new RegExp(`/${channel}/embed/uclg-contact/en-light\\.html$`));
  await page.click('#follow');
  await page.evaluate(frames);
  const followed = await code('module-snippet');
  assert.match(
    followed,
    new RegExp(
      `^<script type="module" src="[^"]+/${channel}/uclg-contact\\.en\\.js" crossorigin="anonymous"></script>`,
    ),
  );
  assert.match(await page.evaluate(() => location.hash), /&follow=/);
  assert.deepEqual(errors, []);
  await page.close();

  const {page: member, errors: memberErrors} = await openPage(sites.browser, plainPage('follow.html', followed));
  assert.match(await shadowText(member, 'uclg-contact'), /Telephone|Phone/);
  assert.deepEqual(memberErrors, []);
  await member.close();
});

test("a zoomed map's Script snippet loads its section's finer map too, with that file's own integrity", async () => {
  const {scriptFiles, scriptSnippet} = await importTs('site/configurator/snippets.ts');
  const embed = JSON.parse(readFileSync(new URL('embed.json', dist), 'utf8'));
  const choice = (attributes) => ({tag: 'uclg-sections-map', attributes, styles: [], minHeight: 0});
  const zoomed = choice([
    ['highlight', 'europe'],
    ['zoom', ''],
  ]);
  assert.deepEqual(scriptFiles(embed, zoomed), ['uclg-sections-map.js', 'uclg-sections-map.europe.js']);
  // With a language: the bundle with that one; a language no bundle is made for: every language.
  assert.deepEqual(scriptFiles(embed, choice([['lang', 'ar'], ...zoomed.attributes])), [
    'uclg-sections-map.ar.js',
    'uclg-sections-map.europe.js',
  ]);
  assert.deepEqual(scriptFiles(embed, choice([['lang', 'de']])), ['uclg-sections-map.js']);
  // Not zoomed, a worldwide section, a section without a module: the map's bundle only.
  for (const attributes of [
    [['highlight', 'europe']],
    [
      ['highlight', 'metropolitan'],
      ['zoom', ''],
    ],
    [['zoom', '']],
  ]) {
    assert.deepEqual(scriptFiles(embed, choice(attributes)), ['uclg-sections-map.js'], JSON.stringify(attributes));
  }
  const {createHash} = await import('node:crypto');
  const bytes = readFileSync(new URL(`${embed.folder}/uclg-sections-map.europe.js`, dist));
  const hash = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  assert.match(
    scriptSnippet(embed, 'https://example.org/', 'uclg-sections-map.europe.js'),
    new RegExp(`integrity="${hash.replace(/[+/]/g, '\\$&')}"`),
  );

  // On the page: the snippet a webmaster copies for the map zoomed on Europe.
  const {page, errors} = await open();
  const {choose} = chooser(page);
  await choose('#element', 'uclg-sections-map');
  await choose('#attr-highlight', 'europe');
  if (!(await page.$eval('#attr-zoom', (c) => c.checked))) await choose('#attr-zoom');
  const {code} = await shownCode(page);
  assert.match(code, /src="[^"]+\/uclg-sections-map\.js" integrity="sha384-[^"]+"/);
  assert.ok(code.includes(`uclg-sections-map.europe.js" integrity="${hash}"`), code);
  assert.deepEqual(errors, []);
  await page.close();
});
