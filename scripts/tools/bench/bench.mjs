// `npm run bench`: the built <uclg-sections-map> against a baseline page that draws the same
// coloured map with plain d3-geo + topojson-client + world-atlas's full countries-110m.json, and
// the same two with three maps on the page; then the element zoomed on Europe with its finer map
// against the element's world map. Headless Chromium, a fresh context and cold cache per
// run, pages alternating, medians printed with the ratio element / baseline. Served gzip -9
// compressed, as a web server would. Each load is traced (Chromium's `toplevel` category) to time
// every main-thread task from navigation until one second after the map is painted, by when the
// element's idle-time work (names for the tooltip, section outlines for focus) is done.
import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {tmpdir} from 'node:os';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath, missingChromium} from '../chromium.mjs';
import {writeFrames} from '../../../site/build/frames.mjs';
import {benchRoutes, routePages} from './routes.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
if (!chromiumPath) {
  console.error(missingChromium);
  process.exit(1);
}
const root = new URL('../../../', import.meta.url).pathname;

// The baseline's section table, from our data modules as built (`npm run bench` builds first):
// numeric ids, as the atlas has them, and the sections' names in English from the catalogs.
const lib = (path) => import(new URL(`../../../dist/lib/${path}`, import.meta.url));
const [{sections, sectionText}, {sectionOfCountry, naturalEarthFeatures}, {isoNumeric}, {msgIn}] = await Promise.all([
  lib('data/sections.js'),
  lib('data/countries.js'),
  lib('data/iso-numeric.js'),
  lib('internal/localize.js'),
]);
const english = sectionText(msgIn('en'));
const table = {
  byId: Object.fromEntries(Object.entries(isoNumeric).map(([n, a]) => [n, sectionOfCountry(a)])),
  byName: Object.fromEntries(Object.entries(naturalEarthFeatures).map(([name, id]) => [name, sectionOfCountry(id)])),
  colour: Object.fromEntries(sections.map((s) => [s.id, s.colour.light])),
  name: Object.fromEntries(sections.map((s) => [s.id, english[s.id].name])),
};
const virtual = {'/bench/sections.js': `window.benchSections=${JSON.stringify(table)};`, ...routePages};
const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json'};

const frames = mkdtempSync(join(tmpdir(), 'uclg-bench-frames-'));
const server = createServer((request, response) => {
  const path = normalize(new URL(request.url, 'http://x').pathname);
  let body = virtual[path];
  // The frame and Link pages as written for this server's address (their policy names it), then the rest.
  const files = [
    ...(path.startsWith('/dist/') ? [join(frames, path.slice('/dist/'.length))] : []),
    join(root, path.startsWith('/bench/') ? `scripts/tools${path}` : path),
  ];
  const file = body === undefined && files.find((f) => statSync(f, {throwIfNoEntry: false})?.isFile());
  if (body === undefined) {
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    body = readFileSync(file);
  }
  response.writeHead(200, {
    'Content-Type': `${types[extname(path)] ?? 'application/octet-stream'}; charset=utf-8`,
    'Content-Encoding': 'gzip',
    'Cache-Control': 'no-store',
  });
  response.end(gzipSync(body, {level: 9}));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
await writeFrames({dist: join(root, 'dist'), base: `${base}/dist/`, out: frames});

const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  args: [...chromiumArgs, '--js-flags=--expose-gc'],
});

/** Every node a page holds, shadow trees included. */
const countNodes = () => {
  let n = 0;
  const visit = (node) => {
    n++;
    if (node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(document);
  return n;
};

/** Moves the pointer onto Brazil and times the frame that shows the tooltip. */
async function hover(page, kind) {
  const centre = await page.evaluate((kind) => {
    const shape =
      kind === 'element'
        ? document.querySelector('uclg-sections-map').shadowRoot.querySelector('[data-id="BR"]')
        : [...document.querySelectorAll('path')].find((p) => p.dataset.name === 'Brazil');
    const box = shape.getBoundingClientRect();
    window.hovered = new Promise((resolve) => {
      const tip = () =>
        kind === 'element'
          ? document.querySelector('uclg-sections-map').shadowRoot.querySelector('[part="tooltip"]')
          : document.querySelector('.tip');
      let start;
      // Counts path rebuilds during the hover: attribute writes on shapes, added or removed nodes.
      let rebuilt = 0;
      const observer = new MutationObserver((records) => {
        rebuilt += records.filter((r) =>
          r.type === 'childList' ? r.target.closest?.('svg') : r.attributeName === 'd',
        ).length;
      });
      const svg =
        kind === 'element'
          ? document.querySelector('uclg-sections-map').shadowRoot.querySelector('svg')
          : document.querySelector('svg');
      observer.observe(svg, {subtree: true, childList: true, attributes: true, attributeFilter: ['d']});
      addEventListener(
        'pointermove',
        () => {
          start = performance.now();
          // The first frame whose rendering steps (style, layout, paint) ran with the tooltip shown:
          // a message posted from requestAnimationFrame arrives after that frame's rendering.
          const frame = () => {
            if (tip().hidden || !tip().textContent.includes('Bra')) return requestAnimationFrame(frame);
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              observer.disconnect();
              resolve({ms: performance.now() - start, rebuilt});
            };
            channel.port2.postMessage(0);
          };
          requestAnimationFrame(frame);
        },
        {capture: true, once: true},
      );
    });
    return [box.x + box.width / 2, box.y + box.height / 2];
  }, kind);
  await page.mouse.move(centre[0], centre[1]);
  return page.evaluate(() => window.hovered);
}

/** How long after the map is painted tasks are still counted: the page settles (interactive). */
const SETTLE = 1000;
/** A task longer than this blocks input (the Long Tasks API's threshold). */
const LONG = 50;
/** The trace events of a main-thread task, and of the microtask checkpoint that ends it. */
const TASK = ['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint'];
/** How close (µs) a checkpoint follows its task's event (traced: within 45). */
const ADJACENT = 50;

/**
 * The page's main-thread tasks from navigation until `SETTLE` ms after `painted`: the longest,
 * and the total blocking time (the part of each task beyond 50 ms).
 */
function tasks(traceEvents, url, painted) {
  const start = traceEvents.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  const end = start.ts + (painted + SETTLE) * 1000;
  // A task's microtasks (promise continuations: what `await` resumes) run in a checkpoint traced
  // just after the task's own event: both together are the task, as the Long Tasks API counts it.
  const spans = [];
  for (const e of traceEvents
    .filter((e) => TASK.includes(e.name) && e.ph === 'X' && e.pid === start.pid && e.tid === start.tid)
    .filter((e) => e.ts + e.dur >= start.ts && e.ts <= end)
    .sort((a, b) => a.ts - b.ts)) {
    const last = spans.at(-1);
    const follows = e.name === TASK[1] && e.ts < last?.end + ADJACENT;
    if (last && (e.ts < last.end || follows)) last.end = Math.max(last.end, e.ts + e.dur);
    else spans.push({start: e.ts, end: e.ts + e.dur});
  }
  const durations = spans.map((s) => (s.end - s.start) / 1000);
  return {longest: Math.max(...durations), blocking: durations.reduce((sum, d) => sum + Math.max(0, d - LONG), 0)};
}

async function run(kind, maps = 1) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({width: 1000, height: 700});
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  // `zoomed`: the element zoomed on Europe, with Europe's finer map (its section module).
  const query = kind === 'zoomed' ? '?zoom=europe' : maps > 1 ? `?maps=${maps}` : '';
  const url = `${base}/bench/${kind === 'baseline' ? 'baseline' : 'element'}.html${query}`;
  await page.tracing.start({categories: ['toplevel', 'blink.user_timing']});
  await page.goto(url);
  await page.waitForFunction(() => window.painted !== undefined, {timeout: 30000});
  const painted = await page.evaluate(() => window.painted);
  await new Promise((resolve) => setTimeout(resolve, SETTLE));
  const {traceEvents} = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  const {longest, blocking} = tasks(traceEvents, url, painted);
  if (maps > 1 || kind === 'zoomed') {
    await context.close();
    return {painted, longest, blocking};
  }
  await page.evaluate(() => window.gc());
  const {JSHeapUsedSize} = await page.metrics();
  const nodes = await page.evaluate(countNodes);
  const {ms: hoverMs, rebuilt} = await hover(page, kind);
  await context.close();
  return {painted, longest, blocking, hoverMs, heap: JSHeapUsedSize, nodes, bytes, rebuilt};
}

const results = {baseline: [], element: []};
const three = {baseline: [], element: []};
const zoomed = [];
for (let i = 0; i < RUNS; i++) {
  for (const kind of i % 2 ? ['element', 'baseline'] : ['baseline', 'element']) {
    results[kind].push(await run(kind));
    three[kind].push(await run(kind, 3));
  }
  zoomed.push(await run('zoomed'));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (v) => `${v.toFixed(1)} ms`;
const rows = [
  ['navigation → map painted', 'painted', ms],
  ['longest main-thread task', 'longest', ms],
  ['total blocking time', 'blocking', ms],
  ['pointer move → tooltip shown', 'hoverMs', (v) => `${v.toFixed(1)} ms`],
  ['JS heap after render', 'heap', (v) => `${(v / 1024 / 1024).toFixed(2)} MiB`],
  ['DOM nodes', 'nodes', (v) => String(v)],
  ['bytes transferred (gzip)', 'bytes', (v) => `${(v / 1024).toFixed(1)} KiB`],
  ['paths rebuilt while hovering', 'rebuilt', (v) => String(v)],
];
const print = (results, rows) =>
  console.table(
    Object.fromEntries(
      rows.map(([label, key, show]) => {
        const b = median(results.baseline.map((r) => r[key]));
        const e = median(results.element.map((r) => r[key]));
        return [label, {baseline: show(b), 'uclg-sections-map': show(e), ratio: b ? (e / b).toFixed(2) : '—'}];
      }),
    ),
  );
console.log(`${RUNS} runs of each page, alternating; medians. Tasks counted until ${SETTLE} ms after the paint.`);
print(results, rows);
console.log('Three maps on one page:');
print(three, [
  ['navigation → third map painted', 'painted', ms],
  ['longest main-thread task', 'longest', ms],
  ['total blocking time', 'blocking', ms],
]);
console.log('The map zoomed on Europe with its finer map (uclg-sections-map.europe.js), against the world map:');
console.table(
  Object.fromEntries(
    [
      ['navigation → map painted', 'painted'],
      ['longest main-thread task', 'longest'],
      ['total blocking time', 'blocking'],
    ].map(([label, key]) => {
      const [world, europe] = [median(results.element.map((r) => r[key])), median(zoomed.map((r) => r[key]))];
      return [label, {world: ms(world), 'zoomed, finer': ms(europe), ratio: world ? (europe / world).toFixed(2) : '—'}];
    }),
  ),
);

console.log(`\nThe Script, Frame and Link routes on the same host page (${RUNS} runs each, medians).`);
console.table(await benchRoutes(browser, base, RUNS, median));
await browser.close();
server.close();
rmSync(frames, {recursive: true, force: true});
