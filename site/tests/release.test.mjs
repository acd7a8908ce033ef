// The release (site/build/release.mjs) as a webmaster's host serves it: a folder written for
// http://widgets.example.org/ from the built dist/, its self-check, its host files, and the
// address mapped to a plain static server of the folder (Chromium's host resolver), where the
// Script, Frame and Link routes work from both channels.
import assert from 'node:assert/strict';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath} from '../../scripts/tools/chromium.mjs';
import {serve} from '../../scripts/tools/serve.mjs';
import {release} from '../build/release.mjs';
import {check} from '../build/self-check.mjs';
import {open, origin, shadowText} from '../../tests/node/browser.mjs';

const dist = new URL('../../dist/', import.meta.url).pathname;
const base = 'http://widgets.example.org/';
const temporary = mkdtempSync(join(tmpdir(), 'uclg-release-'));
const out = join(temporary, 'release');
const pages = join(temporary, 'member');
const {version, channel} = JSON.parse(readFileSync(join(dist, 'embed.json'), 'utf8'));
let host;
let member;
let browser;

before(async () => {
  await release({base, out, build: false});
  // The folder as a static host serves it, with no policy of its own; the member site elsewhere.
  host = await serve(0, {root: out, policy: null});
  mkdirSync(pages);
  member = await serve(0, {root: pages, policy: null});
  browser = await puppeteer.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, `--host-resolver-rules=MAP widgets.example.org:80 127.0.0.1:${host.address().port}`],
  });
});
after(async () => {
  await browser?.close();
  host?.close();
  member?.close();
  rmSync(temporary, {recursive: true, force: true});
});

test('a release passes its self-check and says so; a build for npm start does not call itself one', () => {
  assert.deepEqual(check(out), []);
  assert.deepEqual(JSON.parse(readFileSync(join(out, 'release.json'), 'utf8')), {
    version,
    base,
    pinned: `v${version}`,
    channel,
    publishable: true,
  });
  const [refusal] = check(dist);
  assert.match(refusal, /is not a release: built by `npm run build` for http:\/\/localhost:8000\//);
});

test('a release needs an address', async () => {
  await assert.rejects(release({base: undefined, build: false}), /say where the folder will be served from/);
  await assert.rejects(release({base: 'javascript:alert(1)', build: false}), /not an http\(s\) folder address/);
});

test('the self-check finds a file that is not the one its hash names, and a missing one', () => {
  const copy = join(temporary, 'tampered');
  cpSync(out, copy, {recursive: true});
  writeFileSync(join(copy, `v${version}`, 'uclg-stats.js'), '// not the release\n');
  rmSync(join(copy, channel, 'uclg-frame.css'));
  writeFileSync(join(copy, channel, 'uclg-messages.ru.json'), '{}');
  const problems = check(copy).join('\n');
  assert.match(
    problems,
    new RegExp(`${channel}/uclg-messages.json: uclg-messages.ru.json is missing or not the file it names`),
  );
  assert.match(problems, new RegExp(`embed.json: the integrity of v${version}/uclg-stats.js is not its file's`));
  assert.match(
    problems,
    new RegExp(`${channel}/embed/uclg-stats/en-light.html: <link href="../../uclg-frame.css"> names no file`),
  );
});

test('the host files: the pinned folder cached for a year, the moving one briefly, both open to other origins', () => {
  const headers = readFileSync(join(out, '_headers'), 'utf8');
  const rule = (path) => headers.split(/\n(?=\/)/).find((block) => block.startsWith(`${path}\n`)) ?? '';
  assert.match(
    rule(`/v${version}/*`),
    /Cache-Control: public, max-age=31536000, immutable\n\s+Access-Control-Allow-Origin: \*/,
  );
  assert.match(rule(`/${channel}/*`), /Cache-Control: public, max-age=300\n\s+Access-Control-Allow-Origin: \*/);
  assert.match(rule('/index.html'), /Cache-Control: public, max-age=300/);
  const nginx = readFileSync(join(out, 'nginx.conf'), 'utf8');
  assert.match(nginx, /application\/json json/);
  assert.match(
    nginx,
    new RegExp(
      `location \\^~ /v${version.replaceAll('.', '\\.')}/ \\{\\n  add_header Cache-Control "public, max-age=31536000, immutable"`,
    ),
  );
});

/** A member site's page made of `body`. */
function memberPage(name, body) {
  writeFileSync(
    join(pages, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Member</title></head><body>\n${body}\n</body></html>`,
  );
  return `${origin(member)}/${name}`;
}

test('served at its address, the configurator hands out code that works from both channels', async () => {
  const {page, errors} = await open(browser, base);
  await page.select('#element', 'uclg-stats');
  await page.select('#lang', 'es');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const code = (id) => page.$eval(`#${id}`, (c) => c.textContent);
  const pinned = await code('module-snippet');
  const frame = await code('frame-snippet');
  const link = await code('link-snippet');
  await page.click('#follow');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const following = await code('module-snippet');
  assert.deepEqual(errors, []);
  await page.close();
  assert.ok(pinned.includes(`src="${base}v${version}/uclg-stats.es.js" integrity="sha384-`), pinned);
  assert.ok(following.includes(`src="${base}${channel}/uclg-stats.es.js" crossorigin`), following);
  assert.ok(frame.startsWith(`<iframe src="${base}${channel}/frame/uclg-stats.html?lang=es"`), frame);
  assert.equal(link, `${base}${channel}/embed/uclg-stats/es-light.html`);

  for (const [name, snippet] of [
    ['pinned', pinned],
    ['following', following],
  ]) {
    const {page: site, errors: siteErrors} = await open(browser, memberPage(`${name}.html`, snippet));
    assert.match(await shadowText(site, 'uclg-stats'), /personas/, name);
    // Switched to a language its one-language bundle does not hold: loaded from the widgets' own
    // address (another origin than the member's), checked against the hashes, and shown.
    await site.$eval('uclg-stats', (stats) => stats.setAttribute('lang', 'ru'));
    await site.waitForFunction(() => document.querySelector('uclg-stats').shadowRoot.textContent.includes('городов'));
    const loaded = await site.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => url.includes('uclg-messages')),
    );
    const folder = name === 'pinned' ? `v${version}` : channel;
    assert.deepEqual(
      loaded.sort(),
      [`${base}${folder}/uclg-messages.json`, `${base}${folder}/uclg-messages.ru.json`].sort(),
    );
    assert.deepEqual(siteErrors, [], name);
    await site.close();
  }
  const {page: framed, errors: frameErrors} = await open(browser, memberPage('frame.html', frame));
  const inner = framed.frames().find((f) => f.url().startsWith(`${base}${channel}/frame/`));
  await inner.waitForFunction(() => document.querySelector('uclg-stats')?.shadowRoot?.textContent.includes('personas'));
  assert.deepEqual(frameErrors, []);
  await framed.close();
  // The Link's page, in each channel, under its own policy naming its folder at this address.
  for (const folder of [channel, `v${version}`]) {
    const {page: linked, errors: linkErrors} = await open(browser, `${base}${folder}/embed/uclg-stats/es-light.html`);
    assert.match(await shadowText(linked, 'uclg-stats'), /personas/, folder);
    assert.deepEqual(linkErrors, [], folder);
    await linked.close();
  }
});
