// What the Node tests that drive Chromium share: Chromium and two sites to load pages from,
// opening a page while collecting its errors, and reading what an element rendered.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before} from 'node:test';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath} from '../../scripts/tools/chromium.mjs';
import {serveFrames} from '../../site/build/frames.mjs';
import {serve} from '../../scripts/tools/serve.mjs';

const dist = new URL('../../dist/', import.meta.url).pathname;

/** The address of a server `serve()` started. */
export const origin = (server) => `http://127.0.0.1:${server.address().port}`;

/**
 * Starts, before the file's tests, Chromium and two sites, and stops them after: `strict` serves
 * dist/ with the strict CSP and Trusted Types (the widgets' host), its frame and Link pages written
 * for its address; `plain`, on another origin and
 * without any policy, is a member site serving its own pages from `pages` (a temporary folder,
 * never dist/, which package.json publishes; removed after), then dist/.
 */
export function useSites(prefix) {
  const sites = {pages: mkdtempSync(join(tmpdir(), prefix)), strict: null, plain: null, browser: null};
  before(async () => {
    sites.strict = await serveFrames(dist);
    sites.plain = await serve(0, {root: [sites.pages, dist], policy: null});
    sites.browser = await puppeteer.launch({executablePath: chromiumPath, args: chromiumArgs});
  });
  after(async () => {
    await sites.browser?.close();
    sites.strict?.close();
    sites.plain?.close();
    rmSync(sites.pages, {recursive: true, force: true});
  });
  return sites;
}

/**
 * Opens `url` in a new page (`init`, if given, runs in it before its own scripts); resolves with the
 * page and the errors it logs (CSP, SRI included).
 */
export async function open(browser, url, {init} = {}) {
  const page = await browser.newPage();
  if (init) await page.evaluateOnNewDocument(init);
  await page.setViewport({width: 1280, height: 900});
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A plain page asks for /favicon.ico, which neither dist/ nor Storybook has.
  page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '') && errors.push(m.text()));
  await page.goto(url, {waitUntil: 'networkidle0'});
  return {page, errors};
}

/** The text in the shadow root of the element `selector` finds, once it has rendered some. */
export async function shadowText(page, selector) {
  const text = await page.waitForFunction(
    (selector) => document.querySelector(selector)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim(),
    {timeout: 10000},
    selector,
  );
  return text.jsonValue();
}

const axe = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** What axe-core finds wrong in the page (or in what `selector` finds), as `rule: targets` lines. */
export async function axeViolations(page, selector) {
  await page.evaluate(axe);
  return page.evaluate(async (selector) => {
    const {violations} = await window.axe.run(selector ? document.querySelector(selector) : document);
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}
