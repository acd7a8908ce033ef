// Builds Storybook and opens every story in headless Chromium: each renders its element, in its
// shadow root, with no error on the page.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath} from '../../scripts/chromium.mjs';
import {serve} from '../../scripts/serve.mjs';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'uclg-storybook-'));
execFileSync(join(root, 'node_modules/.bin/storybook'), ['build', '-o', out, '--quiet'], {
  cwd: root,
  stdio: 'pipe',
  env: {...process.env, STORYBOOK_DISABLE_TELEMETRY: '1'},
});
const stories = Object.values(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).entries).filter(
  (entry) => entry.type === 'story',
);

let server;
let browser;
before(async () => {
  server = await serve(0, {root: out, policy: null});
  browser = await puppeteer.launch({executablePath: chromiumPath, args: chromiumArgs});
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('Storybook has stories for every element', () => {
  const components = new Set(stories.map((s) => s.title.split('/').pop()));
  assert.deepEqual([...components].sort(), ['uclg-about', 'uclg-commissions', 'uclg-contact', 'uclg-sections-map', 'uclg-stats']);
});

for (const story of stories) {
  test(`story ${story.id} renders its element`, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '') && errors.push(m.text()));
    const url = `http://127.0.0.1:${server.address().port}/iframe.html?id=${story.id}&viewMode=story`;
    await page.goto(url, {waitUntil: 'networkidle0'});
    const tag = story.title.split('/').pop();
    const text = await page.waitForFunction(
      (tag) => document.querySelector(tag)?.shadowRoot?.textContent?.trim(),
      {timeout: 10000},
      tag,
    );
    assert.ok((await text.jsonValue()).length > 20);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
