// The Frame route against the Script route (issue "Embed anywhere"), on the same host page: an
// article with the widget in its middle, embedded once by the snippet of each route as the
// configurator writes it. Measured from the host page's navigation to the widget painted (inside
// the frame, for the Frame route), with the bytes and the requests it took; "request rounds" is the
// longest chain of requests each made by the one before (page → bundle is 2).
import {readFileSync} from 'node:fs';

const root = new URL('../../', import.meta.url);
const {version} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const folder = `/dist/v${version}`;

/** The widgets compared, as a member site shows them: its own bundle, or its prebuilt frame page. */
const widgets = [
  {tag: 'uclg-stats', attributes: 'lang="fr"', page: 'uclg-stats/fr-light'},
  {tag: 'uclg-sections-map', attributes: 'lang="es" highlight="africa" zoom', page: 'uclg-sections-map/es-light-africa'},
];

const article = (snippet) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A member city's news</title>
<link rel="stylesheet" href="/bench/bench.css"></head>
<body><main style="max-width: 640px"><h1>Our city joins UCLG</h1>
<p>The city council voted to join United Cities and Local Governments this week.</p>
${snippet}
<p>Read more about the network's sections and commissions on its site.</p></main></body></html>`;

/** The host pages, by path, for the bench's server. */
export const routePages = Object.fromEntries(
  widgets.flatMap(({tag, attributes, page}) => [
    [`/bench/route-script-${tag}.html`, article(`<script type="module" src="${folder}/${tag}.js"></script>\n<${tag} ${attributes}></${tag}>`)],
    [
      `/bench/route-frame-${tag}.html`,
      article(`<iframe src="${folder}/embed/${page}.html" title="UCLG" data-uclg-frame style="width:100%;border:0"></iframe>
<script src="${folder}/uclg-frame-host.js" defer></script>`),
    ],
  ]),
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

async function run(browser, base, path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
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

/** Times both routes for each widget, alternating; returns the rows of a table of medians. */
export async function benchRoutes(browser, base, runs, median) {
  const rows = {};
  for (const {tag} of widgets) {
    const results = {script: [], frame: []};
    for (let i = 0; i < runs; i++) {
      for (const route of i % 2 ? ['frame', 'script'] : ['script', 'frame']) {
        results[route].push(await run(browser, base, `/bench/route-${route}-${tag}.html`));
      }
    }
    const m = (route, key) => median(results[route].map((r) => r[key]));
    rows[`${tag}: navigation → widget painted`] = {
      script: `${m('script', 'painted').toFixed(1)} ms`,
      frame: `${m('frame', 'painted').toFixed(1)} ms`,
      'frame − script': `${(m('frame', 'painted') - m('script', 'painted')).toFixed(1)} ms`,
    };
    rows[`${tag}: bytes transferred (gzip)`] = {
      script: `${(m('script', 'bytes') / 1024).toFixed(1)} KiB`,
      frame: `${(m('frame', 'bytes') / 1024).toFixed(1)} KiB`,
      'frame − script': `${((m('frame', 'bytes') - m('script', 'bytes')) / 1024).toFixed(1)} KiB`,
    };
    rows[`${tag}: requests (request rounds)`] = {
      script: `${m('script', 'requests')} (${m('script', 'rounds')})`,
      frame: `${m('frame', 'requests')} (${m('frame', 'rounds')})`,
      'frame − script': `${m('frame', 'requests') - m('script', 'requests')} (${m('frame', 'rounds') - m('script', 'rounds')})`,
    };
  }
  return rows;
}
