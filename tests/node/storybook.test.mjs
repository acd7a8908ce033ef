// Builds Storybook and opens every story in headless Chromium: each renders its element with no
// console error and no axe-core violation; every element of custom-elements.json has stories and a
// docs page listing what the manifest says about it; the toolbar's language and theme apply.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath} from '../../scripts/tools/chromium.mjs';
import {serve} from '../../scripts/tools/serve.mjs';
import {declarations} from '../../scripts/build/manifest.mjs';
import {axeViolations, open as openPage, shadowText} from './browser.mjs';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'uclg-storybook-'));
execFileSync(join(root, 'node_modules/.bin/storybook'), ['build', '-o', out, '--quiet'], {
  cwd: root,
  stdio: 'pipe',
  env: {...process.env, STORYBOOK_DISABLE_TELEMETRY: '1'},
});
const entries = Object.values(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).entries);
const stories = entries.filter((entry) => entry.type === 'story');
// The manifest Storybook read (see .storybook/main.ts: it remakes it when stale).
const elements = declarations(join(root, 'dist/custom-elements.json'));
const tagOf = (entry) => entry.title.split('/').pop();

let server;
let browser;
before(async () => {
  server = await serve(0, {root: out, policy: null});
  browser = await puppeteer.launch({executablePath: chromiumPath, args: chromiumArgs});
});
after(async () => {
  await browser?.close();
  server?.close();
  rmSync(out, {recursive: true, force: true});
});

const open = (query) => openPage(browser, `http://127.0.0.1:${server.address().port}/iframe.html?${query}`);

test('every element in custom-elements.json has stories and nothing else does', () => {
  const withStories = new Set(stories.map(tagOf));
  assert.ok(elements.length > 0);
  assert.deepEqual([...withStories].sort(), elements.map((e) => e.tagName).sort());
});

for (const story of stories) {
  test(`story ${story.id} renders its element, with no error and no axe violation`, async () => {
    const {page, errors} = await open(`id=${story.id}&viewMode=story`);
    const tag = tagOf(story);
    assert.ok((await shadowText(page, tag)).length > 20);
    assert.deepEqual(await axeViolations(page, tag), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

for (const element of elements) {
  test(`<${element.tagName}>'s docs page lists what the manifest documents`, async () => {
    const docs = entries.find((e) => e.type === 'docs' && tagOf(e) === element.tagName);
    assert.ok(docs, 'no docs page');
    const {page, errors} = await open(`id=${docs.id}&viewMode=docs`);
    await page.waitForSelector('.docblock-argstable', {timeout: 15000});
    // Categories are collapsed until clicked; their rows are in the table's text either way.
    const table = await page.$eval('.docblock-argstable', (t) => t.textContent);
    const names = [
      ...(element.attributes ?? []),
      ...(element.members ?? []).filter((m) => m.kind === 'field' && m.privacy === 'public' && !m.static),
      ...(element.events ?? []),
      ...(element.cssProperties ?? []),
      ...(element.cssParts ?? []),
    ].map((item) => item.name);
    for (const name of names) assert.ok(table.includes(name), `${name} missing from the docs table`);
    assert.match(await page.$eval('#storybook-docs', (d) => d.textContent), new RegExp(element.summary.slice(0, 20)));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`<${element.tagName}> follows the toolbar's language and theme`, async () => {
    const story = stories.find((s) => tagOf(s) === element.tagName && !s.id.endsWith('--dark'));
    const texts = {};
    for (const lang of ['fr', 'es']) {
      const {page, errors} = await open(`id=${story.id}&viewMode=story&globals=lang:${lang};theme:dark`);
      texts[lang] = await shadowText(page, element.tagName);
      const {theme, inherited} = await page.$eval(element.tagName, (e) => ({
        theme: e.getAttribute('theme'),
        inherited: e.closest('[lang]')?.lang,
      }));
      assert.equal(theme, 'dark');
      assert.equal(inherited, lang);
      assert.deepEqual(errors, []);
      await page.close();
    }
    assert.notEqual(texts.fr, texts.es);
  });
}

test('the introduction lists every element and gives the snippet of this version', async () => {
  const intro = entries.find((e) => e.type === 'docs' && e.title === 'Introduction');
  const {page, errors} = await open(`id=${intro.id}&viewMode=docs`);
  await page.waitForSelector('#storybook-docs h1', {timeout: 15000});
  const text = await page.$eval('#storybook-docs', (d) => d.textContent);
  const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const {tagName} of elements) assert.ok(text.includes(`<${tagName}>`), `${tagName} is not listed`);
  assert.ok(text.includes(`/v${version}/uclg-widgets.js`));
  assert.deepEqual(errors, []);
  await page.close();
});
