// `npm run bench`: the built <uclg-sections-map> against two pages that draw the same coloured
// map with the same tooltip: the d3 page (plain d3-geo + topojson-client + world-atlas's full
// countries-110m.json, projected in the browser) and the fastest peer, jsVectorMap with its own
// world map (projected when the package was built); the three again with three maps on the page;
// then the element zoomed on Europe with its finer map against the element's world map. Headless
// Chromium, a fresh context and cold cache per run, the pages in turn, medians printed with their
// ratio to the d3 page's. Served gzip -9 compressed, as a web server would. Each load is traced
// (Chromium's `toplevel` category for tasks, `devtools.timeline` and `v8.execute` for what runs in
// them): script and style + layout until the map is painted, and every main-thread task from
// navigation until one second after, by when the element's idle-time work (names for the tooltip,
// section outlines for focus) is done. `TRACE=<dir>`: each page's first load's trace written there,
// for timeline.mjs.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {tmpdir} from 'node:os';
import {runInNewContext} from 'node:vm';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath, missingChromium} from '../chromium.mjs';
import {writeFrames} from '../../../site/build/frames.mjs';
import {benchRoutes, freshPage, routePages} from './routes.mjs';
import {SCRIPT, STYLE_LAYOUT, spans, tasks} from './trace-events.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
/** `TRACE=<dir>`: each page's first load's trace is written there, for timeline.mjs to break down. */
const TRACE = process.env.TRACE;
const traced = new Set();
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
const byName = Object.fromEntries(
  Object.entries(naturalEarthFeatures).map(([name, id]) => [name, sectionOfCountry(id)]),
);
const shared = {
  colour: Object.fromEntries(sections.map((s) => [s.id, s.colour.light])),
  name: Object.fromEntries(sections.map((s) => [s.id, english[s.id].name])),
};
// jsVectorMap's world map keys its regions by ISO alpha-2 code, but for the areas Natural Earth
// draws apart (`_0`, `_1`, `_2`), known by their names: read from the map file as the page gets it.
let jvmRegions;
runInNewContext(readFileSync(join(root, 'node_modules/jsvectormap/dist/maps/world.js'), 'utf8'), {
  jsVectorMap: {addMap: (_name, map) => (jvmRegions = map.paths)},
});
/** Each page's table, in the keys its map has. */
const table = (page) => `window.benchSections=${JSON.stringify(page)};`;
const virtual = {
  '/bench/sections.js': table({
    byId: Object.fromEntries(Object.entries(isoNumeric).map(([n, a]) => [n, sectionOfCountry(a)])),
    byName,
    ...shared,
  }),
  '/bench/jsvectormap-sections.js': table({
    byCode: Object.fromEntries(
      Object.entries(jvmRegions).map(([code, {name}]) => [code, sectionOfCountry(code) ?? byName[name] ?? null]),
    ),
    ...shared,
  }),
  ...routePages,
};
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

/** The pages compared, by the name of their file in scripts/tools/bench/, with their names in the tables. */
const pages = {baseline: 'd3 page', jsvectormap: 'jsVectorMap', element: 'uclg-sections-map'};

/** On each page: Brazil's shape, and its tooltip as it is while shown. */
const probes = {
  baseline: {shape: 'path[data-name="Brazil"]', tip: '.tip:not([hidden])'},
  jsvectormap: {shape: 'path[data-code="BR"]', tip: '.jvm-tooltip.active'},
  element: {shape: '[data-id="BR"]', tip: '[part="tooltip"]:not([hidden])'},
};

/** Moves the pointer onto Brazil and times the frame that shows the tooltip. */
async function hover(page, kind) {
  const centre = await page.evaluate(
    (kind, {shape, tip}) => {
      const root = kind === 'element' ? document.querySelector('uclg-sections-map').shadowRoot : document;
      const box = root.querySelector(shape).getBoundingClientRect();
      window.hovered = new Promise((resolve) => {
        let start;
        // Counts path rebuilds during the hover: attribute writes on shapes, added or removed nodes.
        let rebuilt = 0;
        const observer = new MutationObserver((records) => {
          rebuilt += records.filter((r) =>
            r.type === 'childList' ? r.target.closest?.('svg') : r.attributeName === 'd',
          ).length;
        });
        observer.observe(root.querySelector('svg'), {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['d'],
        });
        addEventListener(
          'pointermove',
          () => {
            start = performance.now();
            // The first frame whose rendering steps (style, layout, paint) ran with the tooltip shown:
            // a message posted from requestAnimationFrame arrives after that frame's rendering.
            const frame = () => {
              if (!root.querySelector(tip)?.textContent.includes('Bra')) return requestAnimationFrame(frame);
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
    },
    kind,
    probes[kind],
  );
  await page.mouse.move(centre[0], centre[1]);
  return page.evaluate(() => window.hovered);
}

/** How long after the map is painted tasks are still counted: the page settles (interactive). */
const SETTLE = 1000;
/** A task longer than this blocks input (the Long Tasks API's threshold). */
const LONG = 50;
/** Milliseconds that `covered` spans, less what the disjoint spans `less` share with them. */
const length = (covered, less = []) =>
  covered.reduce(
    (sum, s) =>
      sum +
      s.end -
      s.start -
      less.reduce((shared, l) => shared + Math.max(0, Math.min(s.end, l.end) - Math.max(s.start, l.start)), 0),
    0,
  ) / 1000;

/**
 * The page's main thread, from its trace: its tasks from navigation until `SETTLE` ms after
 * `painted` (the longest, how many were long, and the total blocking time, the part of each task
 * beyond 50 ms); and, until `painted`, the time in style and layout, and in script outside them
 * (a layout that script forces is style and layout).
 */
function mainThread(traceEvents, url, painted) {
  const start = traceEvents.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  const until = (ms) => (e) =>
    e.ph === 'X' &&
    e.pid === start.pid &&
    e.tid === start.tid &&
    e.ts + e.dur >= start.ts &&
    e.ts <= start.ts + ms * 1000;
  const durations = tasks(traceEvents.filter(until(painted + SETTLE))).map((s) => (s.end - s.start) / 1000);
  const toPaint = traceEvents.filter(until(painted));
  const styleLayout = spans(toPaint.filter((e) => STYLE_LAYOUT.includes(e.name)));
  return {
    longest: Math.max(...durations),
    long: durations.filter((d) => d > LONG).length,
    blocking: durations.reduce((sum, d) => sum + Math.max(0, d - LONG), 0),
    script: length(spans(toPaint.filter((e) => SCRIPT.includes(e.name))), styleLayout),
    styleLayout: length(styleLayout),
  };
}

async function run(kind, maps = 1) {
  const {context, page} = await freshPage(browser);
  await page.setViewport({width: 1000, height: 700});
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  // `zoomed`: the element zoomed on Europe, with Europe's finer map (its section module).
  const query = kind === 'zoomed' ? '?zoom=europe' : maps > 1 ? `?maps=${maps}` : '';
  const url = `${base}/bench/${kind === 'zoomed' ? 'element' : kind}.html${query}`;
  await page.tracing.start({categories: ['toplevel', 'blink.user_timing', 'devtools.timeline', 'v8.execute']});
  await page.goto(url);
  await page.waitForFunction(() => window.painted !== undefined, {timeout: 30000});
  const painted = await page.evaluate(() => window.painted);
  await new Promise((resolve) => setTimeout(resolve, SETTLE));
  const {traceEvents} = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  const thread = mainThread(traceEvents, url, painted);
  const name = `${kind}${maps > 1 ? `-${maps}` : ''}`;
  if (TRACE && !traced.has(name)) {
    traced.add(name);
    mkdirSync(TRACE, {recursive: true});
    writeFileSync(join(TRACE, `${name}.json`), JSON.stringify({url, painted, traceEvents}));
  }
  if (maps > 1 || kind === 'zoomed') {
    await context.close();
    return {painted, ...thread};
  }
  await page.evaluate(() => window.gc());
  const {JSHeapUsedSize} = await page.metrics();
  const nodes = await page.evaluate(countNodes);
  const {ms: hoverMs, rebuilt} = await hover(page, kind);
  await context.close();
  return {painted, ...thread, hoverMs, heap: JSHeapUsedSize, nodes, bytes, rebuilt};
}

const kinds = Object.keys(pages);
const results = Object.fromEntries(kinds.map((kind) => [kind, []]));
const three = Object.fromEntries(kinds.map((kind) => [kind, []]));
const zoomed = [];
for (let i = 0; i < RUNS; i++) {
  for (const kind of [...kinds.slice(i % kinds.length), ...kinds.slice(0, i % kinds.length)]) {
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
const count = (v) => String(v);
/** One row of a table: each measure's median over `runs`, with its ratio to the median over `reference`. */
const row = (runs, reference, measures) =>
  Object.fromEntries(
    measures.map(([label, key, show]) => {
      const value = median(runs.map((r) => r[key]));
      if (runs === reference) return [label, show(value)];
      const of = median(reference.map((r) => r[key]));
      return [label, `${show(value)} (${of ? `${(value / of).toFixed(2)}×` : '—'})`];
    }),
  );
/** A table with a row for each page, its measures' ratios to the d3 page's. */
const print = (results, measures) =>
  console.table(
    Object.fromEntries(
      Object.entries(pages).map(([kind, label]) => [label, row(results[kind], results.baseline, measures)]),
    ),
  );
/** Script and style + layout until the paint, and the tasks until a second after it. */
const work = [
  ['JS to painted', 'script', ms],
  ['style + layout', 'styleLayout', ms],
  ['longest task', 'longest', ms],
  ['tasks > 50 ms', 'long', count],
];
console.log(
  `${RUNS} runs of each page, in turn; medians, with the ratio to the d3 page's. Tasks counted until ${SETTLE} ms after the paint.`,
);
print(results, [
  ['gzip', 'bytes', (v) => `${(v / 1024).toFixed(1)} KiB`],
  ['painted', 'painted', ms],
  ...work,
  ['JS heap', 'heap', (v) => `${(v / 1024 / 1024).toFixed(2)} MiB`],
]);
print(results, [
  ['total blocking time', 'blocking', ms],
  ['pointer move → tooltip', 'hoverMs', ms],
  ['DOM nodes', 'nodes', count],
  ['paths rebuilt hovering', 'rebuilt', count],
]);
console.log('Three maps on one page, timed to the third map painted:');
print(three, [['painted', 'painted', ms], ...work, ['total blocking time', 'blocking', ms]]);
console.log('The map zoomed on Europe with its finer map (uclg-sections-map.europe.js), against the world map:');
const zoomedMeasures = [['painted', 'painted', ms], ...work, ['total blocking time', 'blocking', ms]];
console.table({
  world: row(results.element, results.element, zoomedMeasures),
  'zoomed, finer': row(zoomed, results.element, zoomedMeasures),
});

console.log(`\nThe Script, Frame and Link routes on the same host page (${RUNS} runs each, medians).`);
console.table(await benchRoutes(browser, base, RUNS, median));
await browser.close();
server.close();
rmSync(frames, {recursive: true, force: true});
