// The three routes of issue "Embed anywhere" on the same host page: an article with the widget in
// its middle, embedded once by each route as the embed page's configurator hands it out:
// - script: the element and its bundle;
// - frame: the Frame route's snippet, the element's frame page (frame/<tag>.html) with the options
//   in its address, and the host script;
// - link: what an oEmbed consumer puts in the page for the Link route's prebuilt page, the `html` of
//   its oEmbed document (a blockquote of the facts, then the frame); WordPress adds its own script.
// Measured from the host page's navigation to the widget painted (inside the frame, for the other
// two), with the bytes and the requests it took; "request rounds" is the longest chain of requests
// each made by the one before (page → bundle is 2). Aim: the Frame route at most one round and
// 5 KB gzip more than the Script route.
import {readFileSync} from 'node:fs';
import {importTs} from '../../build/import-ts.mjs';

const root = new URL('../../../', import.meta.url);
const {version} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const folder = `/dist/v${version}`;
const embed = JSON.parse(readFileSync(new URL('dist/embed.json', root), 'utf8'));
const {bundles} = embed;
const {scriptFiles} = await importTs('site/configurator/snippets.ts');

/** The widgets compared, as a member site shows them; `link` names the prebuilt page of the same choice. */
const widgets = [
  {tag: 'uclg-stats', attributes: [['lang', 'fr']], link: 'uclg-stats/fr-light'},
  {
    tag: 'uclg-sections-map',
    attributes: [
      ['lang', 'es'],
      ['highlight', 'africa'],
      ['zoom', ''],
    ],
    link: 'uclg-sections-map/es-light-africa',
  },
];
const routes = ['script', 'frame', 'link'];

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** A `<script>` tag as the configurator writes it (site/configurator/embed.ts), with its integrity hash. */
const script = (file, kind) =>
  `<script${kind === 'module' ? ' type="module"' : ''} src="${folder}/${file}" integrity="${bundles[file].integrity}" crossorigin="anonymous"${kind === 'module' ? '' : ' defer'}></script>`;

/**
 * The module scripts of the Script route, as the configurator chooses them: the element's bundle
 * with its one language, and a zoomed map's section module.
 */
const files = ({tag, attributes}) => scriptFiles(embed, {tag, attributes, styles: [], minHeight: 0});

/** Each route's snippet for a widget. */
function snippets({tag, attributes, link}) {
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`)).join('');
  const query = new URLSearchParams(attributes).toString();
  const {html} = JSON.parse(readFileSync(new URL(`dist/v${version}/embed/${link}.json`, root), 'utf8'));
  return {
    // With the section's finer map when zoomed, as the configurator's snippet loads it: the frame
    // and Link pages load it too.
    script: `${files({tag, attributes})
      .map((file) => script(file, 'module'))
      .join('\n')}\n<${tag}${attrs} style="display:block;min-height:400px"></${tag}>`,
    frame: `<iframe src="${escape(`${folder}/frame/${tag}.html?${query}`)}" title="UCLG" data-uclg-frame style="width:100%;height:400px;border:0"></iframe>
${script('uclg-frame-host.js', 'classic')}`,
    // The document's absolute URLs are for where dist/ is published; here it is the bench's server.
    link: html.replace(/src="[^"]*\/v[^/]+\//, `src="${folder}/`),
  };
}

const article = (snippet) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A member city's news</title>
<link rel="stylesheet" href="/bench/bench.css"></head>
<body><main style="max-width: 640px"><h1>Our city joins UCLG</h1>
<p>The city council voted to join United Cities and Local Governments this week.</p>
${snippet}
<p>Read more about the network's sections and commissions on its site.</p></main></body></html>`;

/** The host pages, by path, for the bench's server. */
export const routePages = Object.fromEntries(
  widgets.flatMap((widget) =>
    Object.entries(snippets(widget)).map(([route, snippet]) => [
      `/bench/route-${route}-${widget.tag}.html`,
      article(snippet),
    ]),
  ),
);

/**
 * Run in every frame before its scripts: when a UCLG widget has rendered, marks the end of the
 * next frame's rendering, in the top page's clock (`window.widgetPainted` of the frame that holds it).
 */
function markWidgetPainted() {
  addEventListener('DOMContentLoaded', async () => {
    const element = document.querySelector('uclg-stats, uclg-sections-map');
    if (!element) return;
    await customElements.whenDefined(element.localName);
    await element.updateComplete;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.widgetPainted = performance.timeOrigin + performance.now();
      };
      channel.port2.postMessage(0);
    });
  });
}

/**
 * A page in a browser context of its own (nothing cached or shared with the loads before), once
 * the browser is quiet: a new context opens a window whose own UI (the omnibox popup, a WebUI
 * page) loads in another renderer, 120 to 460 ms of CPU in its first second, which on a 2-core
 * machine took the cores from the page measured (timeline.mjs prints it last).
 */
export async function freshPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return {context, page};
}

async function run(browser, base, path) {
  const {context, page} = await freshPage(browser);
  await page.setViewport({width: 1000, height: 800});
  await page.setCacheEnabled(false);
  await page.evaluateOnNewDocument(markWidgetPainted);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  let bytes = 0;
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({request, initiator}) => {
    const by = initiator.url ?? initiator.stack?.callFrames?.[0]?.url ?? initiator.stack?.parent?.callFrames?.[0]?.url;
    requests.set(request.url, (requests.get(by) ?? 0) + 1);
  });
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await page.goto(`${base}${path}`);
  const painted = async () => {
    for (const frame of page.frames()) {
      const at = await frame.evaluate(() => window.widgetPainted).catch(() => undefined);
      if (at) return at;
    }
    return undefined;
  };
  let at;
  for (let tries = 0; !(at = await painted()) && tries < 600; tries++) await new Promise((r) => setTimeout(r, 10));
  if (!at) throw new Error(`${path}: the widget never painted`);
  const origin = await page.evaluate(() => performance.timeOrigin);
  await context.close();
  return {painted: at - origin, bytes, requests: requests.size, rounds: Math.max(...requests.values())};
}

/** Times the three routes for each widget, in rotating order; returns the rows of a table of medians. */
export async function benchRoutes(browser, base, runs, median) {
  const rows = {};
  for (const {tag} of widgets) {
    const results = Object.fromEntries(routes.map((route) => [route, []]));
    for (let i = 0; i < runs; i++) {
      for (const route of [...routes.slice(i % 3), ...routes.slice(0, i % 3)]) {
        results[route].push(await run(browser, base, `/bench/route-${route}-${tag}.html`));
      }
    }
    const m = (route, key) => median(results[route].map((r) => r[key]));
    /** One row: each route's median, then the frame's and the link's difference to the script. */
    const row = (show, difference) => ({
      ...Object.fromEntries(routes.map((route) => [route, show(route)])),
      'frame − script': difference('frame'),
      'link − script': difference('link'),
    });
    const ms = (v) => `${v.toFixed(1)} ms`;
    const kib = (v) => `${(v / 1024).toFixed(1)} KiB`;
    rows[`${tag}: navigation → widget painted`] = row(
      (r) => ms(m(r, 'painted')),
      (r) => ms(m(r, 'painted') - m('script', 'painted')),
    );
    rows[`${tag}: bytes transferred (gzip)`] = row(
      (r) => kib(m(r, 'bytes')),
      (r) => `${kib(m(r, 'bytes') - m('script', 'bytes'))} (${m(r, 'bytes') - m('script', 'bytes')} B)`,
    );
    rows[`${tag}: requests (request rounds)`] = row(
      (r) => `${m(r, 'requests')} (${m(r, 'rounds')})`,
      (r) => `${m(r, 'requests') - m('script', 'requests')} (${m(r, 'rounds') - m('script', 'rounds')})`,
    );
  }
  return rows;
}
