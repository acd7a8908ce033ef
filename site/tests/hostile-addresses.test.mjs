// Addresses made to attack: nothing a frame page, a Link page or the configurator reads from its
// address becomes a request, a style or a wrong height. Requests are caught by a server that
// records whatever reaches it; the frame and Link pages' own policy is checked on a static server
// that sends no Content-Security-Policy header, as a plain host or CDN does.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {framePolicy, serveFrames, writeFrames} from '../build/frames.mjs';
import {serve} from '../../scripts/tools/serve.mjs';
import {origin, useSites} from '../../tests/node/browser.mjs';

const dist = new URL('../../dist/', import.meta.url).pathname;
const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const folder = `v${version}`;
const sites = useSites('uclg-hostile-');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A server that answers every request with an empty image and records its path: the attacker's. */
const recorder = {server: null, requests: [], url: (name) => `${origin(recorder.server)}/${name}`};
before(async () => {
  recorder.server = createServer((request, response) => {
    recorder.requests.push(request.url);
    response.writeHead(200, {'Content-Type': 'image/gif', 'Access-Control-Allow-Origin': '*'}).end();
  });
  await new Promise((resolve) => recorder.server.listen(0, '127.0.0.1', resolve));
});
after(() => recorder.server?.close());

/** Opens `url`, collecting its errors, its warnings and its frames' policy violations. */
async function open(url, {width = 1000} = {}) {
  const page = await sites.browser.newPage();
  await page.setViewport({width, height: 900});
  const errors = [];
  const warnings = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => {
    if (m.type() === 'warn') warnings.push(m.text());
    else if (m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '')) errors.push(m.text());
  });
  const response = await page.goto(url, {waitUntil: 'networkidle0'});
  return {page, errors, warnings, response};
}

const rendered = (frame, selector) =>
  frame.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.textContent?.trim(), {timeout: 10000}, selector);

// Each bad value for the property it pretends to be, and the one warning it gets.
const attacks = () => [
  ['--uclg-color-background', `url(${recorder.url('a.png')})`],
  ['--uclg-color-text', `URL("${recorder.url('b.png')}")`],
  ['--uclg-color-border', `image-set(url(${recorder.url('c.png')}) 1x)`],
  ['--uclg-color-muted', `red;background:url(${recorder.url('d.png')})`],
  ['--uclg-color-accent', `#fff} html{background:url(${recorder.url('e.png')})`],
  ['--uclg-color-background', 'red !important'],
  ['--uclg-font-family', `Georgia;background:url(${recorder.url('f.png')})`],
  ['--uclg-font-family', `"Georgia", \\75 rl(${recorder.url('g.png')})`],
  ['--uclg-radius', `var(--x, url(${recorder.url('h.png')}))`],
  ['--uclg-spacing', `calc(1px + 1px)`],
  ['--uclg-font-size', `1rem" onload="x`],
  // As long as a static server takes in an address (Node's, like nginx's, refuses headers over 16 KB).
  ['--uclg-font-family', 'a'.repeat(10_000)],
];
const accepted = {
  '--uclg-color': 'a colour: #rrggbb, rgb(…), hsl(…) or a name',
  '--uclg-font-family': 'font names separated by commas, such as Georgia, serif',
  '--uclg-radius': 'a length, such as 12px, 1.5rem or 50%',
};
const acceptedFor = (name) => accepted[name] ?? accepted[name.replace(/-[a-z]+$/, '')] ?? accepted['--uclg-radius'];
const shown = (value) => JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);

test('a frame page sets no custom property its address gives that is not of its syntax, with one warning each', async () => {
  recorder.requests.length = 0;
  const good = [
    ['--uclg-color-accent', 'rgb(179 0 45)'],
    ['--uclg-color-background', 'rebeccapurple'],
    ['--uclg-font-family', '"Times New Roman", serif'],
    ['--uclg-radius', '0'],
    ['--uclg-font-size', '1.25rem'],
  ];
  const query = new URLSearchParams([['lang', 'en'], ...attacks(), ...good]);
  const {page, errors, warnings} = await open(`${origin(sites.strict)}/${folder}/frame/uclg-stats.html?${query}`);
  await rendered(page.mainFrame(), 'uclg-stats');
  await sleep(300);
  assert.deepEqual(recorder.requests, [], 'the attacker’s server was reached');
  assert.deepEqual(
    warnings,
    attacks().map(
      ([name, value]) =>
        `UCLG widget frame <uclg-stats>: ${name}=${shown(value)} is not supported (accepted: ${acceptedFor(name)}); ignored.`,
    ),
  );
  const style = await page.evaluate(() => document.documentElement.getAttribute('style'));
  assert.equal(
    style,
    '--uclg-color-accent: rgb(179 0 45); --uclg-color-background: rebeccapurple; --uclg-font-family: "Times New Roman", serif; --uclg-radius: 0; --uclg-font-size: 1.25rem;',
  );
  const seen = await page.evaluate(() => {
    const base = document.querySelector('uclg-stats').shadowRoot.querySelector('[part~="base"]');
    return {background: getComputedStyle(base).backgroundColor, font: getComputedStyle(base).fontFamily};
  });
  assert.deepEqual(seen, {background: 'rgb(102, 51, 153)', font: '"Times New Roman", serif'});
  assert.deepEqual(errors, []);
  await page.close();
});

test('a Link page shows what its markup says, whatever its address holds', async () => {
  recorder.requests.length = 0;
  const query = new URLSearchParams([['lang', 'ar'], ['theme', 'dark'], ...attacks().slice(0, 3)]);
  const {page, errors, warnings} = await open(
    `${origin(sites.strict)}/${folder}/embed/uclg-stats/fr-light.html?${query}`,
  );
  await rendered(page.mainFrame(), 'uclg-stats');
  await sleep(300);
  assert.deepEqual(recorder.requests, []);
  const state = await page.evaluate(() => ({
    lang: document.querySelector('uclg-stats').getAttribute('lang'),
    style: document.documentElement.getAttribute('style'),
  }));
  assert.deepEqual(state, {lang: 'fr', style: null});
  assert.deepEqual([errors, warnings], [[], []]);
  await page.close();
});

test('frame and Link pages carry their own policy: strict on a host that sends none', async () => {
  const plain = await serveFrames(dist, {policy: null});
  try {
    const base = `${origin(plain)}/${folder}/`;
    for (const path of ['frame/uclg-contact.html?lang=es', 'embed/uclg-sections-map/en-dark-europe.html']) {
      recorder.requests.length = 0;
      const {page, errors, response} = await open(`${base}${path}`);
      assert.equal(response.headers()['content-security-policy'], undefined, 'the server sends no policy');
      const tag = path.match(/uclg-[a-z-]+(?=[./])/)[0];
      await rendered(page.mainFrame(), tag);
      const meta = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
      assert.equal(meta, framePolicy(base));
      // What a script in the page could try, each refused by the page's own policy.
      const outcome = await page.evaluate(
        async ({image, script}) => {
          const violations = [];
          addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
          const attempt = async (run) => {
            try {
              await run();
              return 'done';
            } catch (error) {
              return error.name;
            }
          };
          document.documentElement.style.setProperty('background-image', `url("${image}")`);
          void getComputedStyle(document.documentElement).backgroundImage;
          const results = {
            html: await attempt(() => (document.body.innerHTML = '<b>x</b>')),
            policy: await attempt(() => trustedTypes.createPolicy('another', {createHTML: (s) => s})),
            elsewhere: await attempt(() => import(script)),
            outsideFolder: await attempt(() => import('/uclg-stats.js')),
            connect: await attempt(() => fetch(image)),
          };
          await new Promise((resolve) => setTimeout(resolve, 300));
          return {...results, violations: [...new Set(violations)].sort()};
        },
        {image: recorder.url('injected.png'), script: recorder.url('evil.js')},
      );
      assert.deepEqual(outcome, {
        html: 'TypeError',
        policy: 'TypeError',
        elsewhere: 'TypeError',
        outsideFolder: 'TypeError',
        connect: 'TypeError',
        violations: ['connect-src', 'img-src', 'require-trusted-types-for', 'script-src-elem', 'trusted-types'],
      });
      assert.deepEqual(recorder.requests, [], `${path}: the attacker’s server was reached`);
      assert.deepEqual(
        errors.filter(
          (e) => !/Content Security Policy|TrustedHTML|Trusted Type|Failed to fetch|dynamically imported/i.test(e),
        ),
        [],
      );
      await page.close();
    }
  } finally {
    plain.close();
  }
});

test('writeFrames refuses a base that is not an http(s) folder address a policy can name', async () => {
  for (const base of ['javascript:alert(1)//', 'http://example.org/a,b/', "https://example.org/;script-src 'self'/"]) {
    await assert.rejects(writeFrames({dist, base, out: tmpdir()}), /is not an http\(s\) folder address/, base);
  }
});

test('a frame reports no height before its element has rendered, and never 0', async () => {
  // The element's bundle arrives 1.5 s late: until then the page holds no widget, only its script.
  const files = mkdtempSync(join(tmpdir(), 'uclg-late-'));
  const inner = await serve(0, {root: [files, dist]});
  const slow = createServer(async (request, response) => {
    if (/\/uclg-stats\.js$/.test(request.url)) await sleep(1500);
    const answer = await fetch(`${origin(inner)}${request.url}`);
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise((resolve) => slow.listen(0, '127.0.0.1', resolve));
  try {
    await writeFrames({dist, base: `${origin(slow)}/`, out: files});
    for (const path of ['frame/uclg-stats.html?lang=en', 'embed/uclg-stats/en-light.html']) {
      const name = `late-${path.split('/')[0]}.html`;
      writeFileSync(
        join(sites.pages, name),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script>window.received = []; addEventListener('message', (e) => received.push(e.data));</script></head>
<body><iframe sandbox="allow-scripts" src="${origin(slow)}/${folder}/${path}#?secret=Ab3dE6gH9k" width="600" height="300" title="x"></iframe></body></html>`,
      );
      const page = await sites.browser.newPage();
      await page.goto(`${origin(sites.plain)}/${name}`);
      await sleep(1000);
      // Only WordPress's "show me" (any message shows the frame), so that the widget lays out in the column.
      assert.deepEqual(
        await page.evaluate(() => window.received),
        [{message: 'uclg-widgets:shown', secret: 'Ab3dE6gH9k'}],
        `${path}: a height before the bundle came`,
      );
      const frame = page.frames().find((f) => f.url().includes(path.split('?')[0]));
      await rendered(frame, 'uclg-stats');
      await page.waitForFunction(() => window.received.some((d) => d.message === 'height'));
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const sent = await page.evaluate(() => window.received.filter((d) => d.message !== 'uclg-widgets:shown'));
      assert.ok(
        sent.every((d) => (d.value ?? d.height) > 0),
        `${path}: ${JSON.stringify(sent)}`,
      );
      const first = sent.find((d) => d.message === 'height');
      assert.ok(Math.abs(first.value - content) <= 2, `${path}: first height ${first.value}, widget ${content}`);
      await page.close();
    }
  } finally {
    slow.close();
    inner.close();
    rmSync(files, {recursive: true, force: true});
  }
});

/** Sets a form field's value as a person would, firing `input` and `change`. */
async function type(page, selector, value) {
  await page.$eval(
    selector,
    (field, value) => {
      field.value = value;
      field.dispatchEvent(new Event('input', {bubbles: true}));
      field.dispatchEvent(new Event('change', {bubbles: true}));
    },
    value,
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test('the configurator restores from its address only the values a property takes, and says so of the others', async () => {
  recorder.requests.length = 0;
  const choices = new URLSearchParams([
    ['element', 'uclg-stats'],
    ['lang', 'en'],
    ['--uclg-font-family', `Georgia;background:url(${recorder.url('fs.png')})`],
    ['--uclg-color-accent', 'red;color:blue'],
    ['--uclg-color-muted', 'rgb(0 0 0 / 50%)'],
    ['--uclg-color-text', 'rebeccapurple'],
    ['--uclg-radius', '4px'],
  ]);
  const {page, errors} = await open(`${origin(sites.strict)}/#${choices}`);
  await page.waitForFunction(() => document.querySelector('#module-snippet').textContent.includes('uclg-stats'));
  const field = (name) =>
    page.$eval(`[id="css${name}"]`, (input) => ({
      value: input.type === 'color' && !('set' in input.dataset) ? 'unset' : input.value,
      invalid: input.getAttribute('aria-invalid') === 'true',
      said: document.getElementById(`${input.id}-state`).textContent,
    }));
  assert.deepEqual(await field('--uclg-font-family'), {
    value: '',
    invalid: true,
    said: `Not taken from the address: "Georgia;background:url(${recorder.url('fs.png')})" is not a list of fonts.`,
  });
  assert.deepEqual(await field('--uclg-color-accent'), {
    value: 'unset',
    invalid: true,
    said: 'Not taken from the address: "red;color:blue" is not a colour.',
  });
  assert.deepEqual(await field('--uclg-color-muted'), {
    value: 'unset',
    invalid: true,
    said: 'Not taken from the address: "rgb(0 0 0 / 50%)" is not an opaque colour (this picker does not take transparency).',
  });
  assert.deepEqual(await field('--uclg-color-text'), {value: '#663399', invalid: false, said: ''});
  assert.deepEqual(await field('--uclg-radius'), {value: '4px', invalid: false, said: ''});

  const module = await page.$eval('#module-snippet', (code) => code.textContent);
  assert.match(module, /style="display:block;min-height:\d+px;--uclg-color-text:#663399;--uclg-radius:4px"/);
  assert.equal(
    await page.evaluate(() => location.hash),
    '#element=uclg-stats&width=720&where=script&lang=en&--uclg-color-text=%23663399&--uclg-radius=4px',
  );

  // A value typed that the property does not take stays out of the snippets, and the field says why.
  await type(page, '[id="css--uclg-radius"]', '4px; color: red');
  assert.deepEqual(await field('--uclg-radius'), {
    value: '4px; color: red',
    invalid: true,
    said: 'Not used: it must be a length, such as 1rem or 12px.',
  });
  assert.doesNotMatch(await page.$eval('#module-snippet', (code) => code.textContent), /color: red|--uclg-radius/);
  await type(page, '[id="css--uclg-radius"]', '6px');
  assert.deepEqual(await field('--uclg-radius'), {value: '6px', invalid: false, said: ''});
  assert.match(await page.$eval('#module-snippet', (code) => code.textContent), /--uclg-radius:6px"/);
  // Fonts are chosen from a short list, not typed.
  assert.equal(await page.$eval('[id="css--uclg-font-family"]', (field) => field.localName), 'select');
  assert.deepEqual(errors, []);
  await page.close();

  // A page made of the snippet restored from the crafted address asks the attacker for nothing.
  const snippetPage = join(sites.pages, 'restored.html');
  writeFileSync(
    snippetPage,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Member</title></head><body>${module}</body></html>`,
  );
  const {page: member} = await open(`${origin(sites.plain)}/restored.html`);
  await rendered(member.mainFrame(), 'uclg-stats');
  await sleep(300);
  assert.deepEqual(recorder.requests, []);
  await member.close();
});
