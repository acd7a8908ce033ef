// The frame and Link routes, for content managers that take an <iframe> or a bare URL but no script
// (the README's "Without scripts"). Run by the build (site/build/build.mjs), in three steps:
// - bundleFrameScripts(): site/frame/ (the frame pages' script; buildFrames() minifies their style)
//   and site/host/ (the host script other sites load to size the frames) into dist/, before
//   embed.mjs versions and hashes them;
// - measure(): every prebuilt page in headless Chromium: height at the oEmbed width, title and the
//   widget's facts as plain HTML (taken from what the element renders from src/data and its
//   catalogs), saved in dist/frames.json;
// - writeFrames({dist, base}): the Frame route's page of every element the manifest declares
//   (dist/v<version>/frame/<tag>.html, its options from its address), one page per prebuilt
//   configuration (dist/v<version>/embed/<tag>/<lang>-<theme>[-<section>].html) and its oEmbed
//   JSON beside it, with absolute URLs under `base` (UCLG_WIDGETS_BASE, default
//   http://localhost:8000/). It reads dist only, so it can rewrite a built dist for another
//   address without rebuilding anything.
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {importTs} from '../../scripts/build/import-ts.mjs';
import {declarations} from '../../scripts/build/manifest.mjs';

const root = new URL('../../', import.meta.url);

/** The width the oEmbed documents give their frames (WordPress's article column is about that). */
export const frameWidth = 600;
/** A phone's column, where each page is measured too: a page must fit WordPress's 1000 px at both widths. */
export const phoneWidth = 360;

const escape = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Bundles the frame script and the host script into dist/. */
export async function bundleFrameScripts(dist = new URL('dist/', root).pathname) {
  const {build} = await import('esbuild');
  const common = {
    bundle: true,
    minify: true,
    sourcemap: true,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  };
  await build({
    ...common,
    entryPoints: [new URL('site/frame/frame.ts', root).pathname],
    outfile: join(dist, 'uclg-frame.js'),
    format: 'esm',
  });
  // A classic script: the one tag a host page adds, `defer` or not, in any content manager.
  await build({
    ...common,
    entryPoints: [new URL('site/host/frame-host.ts', root).pathname],
    outfile: join(dist, 'uclg-frame-host.js'),
    format: 'iife',
  });
}

/** The bundle, in the version's folder, that defines `tag`: its own, or the one of every element. */
const bundleOf = (embed, tag) => (embed.bundles[`${tag}.js`] ? `${tag}.js` : 'uclg-widgets.js');

/**
 * The section modules of `tag` (its finer maps: `uclg-sections-map.<section>.js`, see
 * scripts/build/detail.mjs), by section, from embed.json.
 */
export const detailsOf = (embed, tag) =>
  Object.fromEntries(
    Object.keys(embed.bundles)
      .map((file) => [file.startsWith(`${tag}.`) && file.slice(tag.length + 1, -'.js'.length), file])
      // Not the element's bundles (`<tag>.js`, and `<tag>.<lang>.js` with one language).
      .filter(([section]) => section && !embed.locales.includes(section)),
  );

/** What embed.json, the manifest and the data say the prebuilt pages are. */
async function configurations(dist) {
  const embed = readJson(join(dist, 'embed.json'));
  const elements = declarations(join(dist, 'custom-elements.json'));
  const {regionalSectionIds} = await import(pathToFileURL(join(dist, 'lib/data/sections.js')).href);
  const {organisation} = await import(pathToFileURL(join(dist, 'lib/data/organisation.js')).href);
  const text = readJson(join(dist, 'frame-text.json'));

  const pages = [];
  for (const {tagName: tag, attributes = []} of elements) {
    const themes = attributes
      .find((a) => a.name === 'theme')
      ?.type?.text.match(/'[^']+'/g)
      .map((t) => t.slice(1, -1));
    for (const lang of embed.locales) {
      for (const theme of themes.filter((t) => t !== 'auto')) {
        pages.push({tag, lang, theme, name: `${lang}-${theme}`, attributes: {lang, theme}});
        if (!attributes.some((a) => a.name === 'highlight')) continue;
        for (const section of regionalSectionIds) {
          const attrs = {lang, theme, highlight: section, zoom: ''};
          const sectionName = text[lang].sections[section].name;
          pages.push({tag, lang, theme, section: sectionName, name: `${lang}-${theme}-${section}`, attributes: attrs});
        }
      }
    }
  }
  return {embed, elements, pages, organisation, text};
}

/** A fallback tree (see measure()) as HTML: its tags come from a fixed list, its text is escaped. */
function markup(nodes) {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escape(node);
      if (node.tag === 'br') return '<br>';
      const href = node.href ? ` href="${escape(node.href)}"` : '';
      return `<${node.tag}${href}>${markup(node.children)}</${node.tag}>`;
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .replace(/> /g, '>')
    .replace(/ </g, '<');
}

/**
 * The words of a fallback tree, for the oEmbed blockquote, cut at a word near `max` characters;
 * without the texts it says apart (`omitted`: the heading, which is its link, and the source line).
 */
function summary(nodes, omitted, max = 400) {
  const text = (list) => list.map((n) => (typeof n === 'string' ? n : ` ${text(n.children)} `)).join('');
  let words = text(nodes).replace(/\s+/g, ' ').trim();
  for (const part of omitted.filter(Boolean)) words = words.replace(part, '').trim();
  return words.length <= max ? words : `${words.slice(0, words.lastIndexOf(' ', max))} …`;
}

/** `base` as a folder URL, refused unless it is an http(s) address a policy can name as it is. */
export function publicBase(base) {
  const url = new URL(base.replace(/\/?$/, '/'));
  if (!/^https?:$/.test(url.protocol) || /[\s;,'"]/.test(url.href) || url.search || url.hash) {
    throw new Error(`frames: the base ${JSON.stringify(base)} is not an http(s) folder address`);
  }
  return url.href;
}

/**
 * The policy every frame and Link page carries in its own markup, so that it holds on any host,
 * even one that sends no Content-Security-Policy header: nothing but the version's folder
 * (`folderUrl`) for scripts and styles, no other request (the icon is `data:`), Trusted Types
 * required and Lit's policy the only one.
 */
export const framePolicy = (folderUrl) =>
  `default-src 'none'; script-src ${folderUrl}; style-src ${folderUrl}; img-src data:; ` +
  `base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types lit-html`;

/**
 * (Re)writes the frame page of every element, every prebuilt page and its oEmbed JSON of the
 * built folder `dist`, for `base`, into `out` (dist itself by default): in the pinned channel
 * (`v<version>/`) and in the moving one (`v<major>/`, embed.json's `channel`), each page's
 * addresses and policy naming its own channel's folder.
 */
export async function writeFrames({
  dist,
  base = process.env.UCLG_WIDGETS_BASE ?? 'http://localhost:8000/',
  out = dist,
}) {
  base = publicBase(base);
  const {embed, elements, pages, organisation, text} = await configurations(dist);
  for (const channel of [embed.folder, embed.channel]) {
    writeChannel({base, out, channel, dist, embed, elements, pages, organisation, text});
  }
  return pages.map((page) => `${embed.folder}/embed/${page.tag}/${page.name}.html`);
}

/** writeFrames' pages in one channel's folder. */
function writeChannel({base, out, channel, dist, embed, elements, pages, organisation, text}) {
  const folder = join(out, channel);
  const measured = existsSync(join(dist, 'frames.json')) ? readJson(join(dist, 'frames.json')) : {pages: {}};
  const site = (lang) =>
    `<a href="${escape(organisation.website)}">${escape(text[lang].name)} — ${escape(new URL(organisation.website).host)}</a>`;
  // A data block, never run (CSP allows it), `<` escaped so no text can close it.
  const data = (id, value) =>
    `\n<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
  // The words of the note links.ts shows where the frame's sandbox stops a link.
  const words = (langs) => data('uclg-frame-words', Object.fromEntries(langs.map((lang) => [lang, text[lang].frame])));
  // The element's bundle is preloaded: fetched beside the frame script, not after it.
  const policy = escape(framePolicy(`${base}${channel}/`));
  const head = (prefix, tag, extra = '') => `<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${prefix}uclg-frame.css">
<script type="module" src="${prefix}uclg-frame.js"></script>
<link rel="modulepreload" href="${prefix}${bundleOf(embed, tag)}">${extra}`;

  // The Frame route: one page per element, its options from its address, checked against the
  // element's declaration, cut to what site/frame/params.ts reads. A data block, never run: CSP allows it.
  mkdirSync(join(folder, 'frame'), {recursive: true});
  for (const {tagName, attributes = [], cssProperties = []} of elements) {
    const declaration = {
      tagName,
      attributes: attributes.map(({name, type}) => ({name, ...(type && {type: {text: type.text}})})),
      cssProperties: cssProperties.map(({name, syntax}) => ({name, syntax})),
    };
    // A zoomed map's section module, which site/frame/frame.ts imports: named here, never built from the address.
    const details = detailsOf(embed, tagName);
    const detailData = Object.keys(details).length ? data('uclg-frame-details', details) : '';
    writeFileSync(
      join(folder, 'frame', `${tagName}.html`),
      `<!doctype html>
<html>
<head>
${head('../', tagName, data('uclg-frame-element', declaration) + detailData + words(embed.locales))}
<title>UCLG · CGLU</title>
</head>
<body>
<noscript><p><a href="${escape(organisation.website)}">${escape(new URL(organisation.website).host)}</a></p></noscript>
</body>
</html>
`,
    );
  }

  for (const page of pages) {
    const dir = join(folder, 'embed', page.tag);
    mkdirSync(dir, {recursive: true});
    const key = `${page.tag}/${page.name}`;
    const facts = measured.pages[key] ?? {height: 400, tree: [], heading: ''};
    const heading = facts.heading || text[page.lang].name;
    const title = page.section ? `${heading} — ${page.section}` : heading;
    const url = `${base}${channel}/embed/${key}`;
    const attributes = Object.entries(page.attributes)
      .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`))
      .join('');
    const alternate = `\n<link rel="alternate" type="application/json+oembed" href="${escape(`${url}.json`)}" title="${escape(title)}">`;
    // A zoomed section's page loads that section's finer map too, fetched beside the element's bundle.
    const detail = 'zoom' in page.attributes && detailsOf(embed, page.tag)[page.attributes.highlight];
    const detailHead = detail
      ? `\n<link rel="modulepreload" href="../../${detail}">${data('uclg-frame-details', {[page.attributes.highlight]: detail})}`
      : '';
    writeFileSync(
      join(dir, `${page.name}.html`),
      `<!doctype html>
<html lang="${page.lang}" dir="${text[page.lang].dir}" data-theme="${page.theme}">
<head>
${head('../../', page.tag, alternate + detailHead + words([page.lang]))}
<title>${escape(title)} · ${escape(text[page.lang].acronym)}</title>
</head>
<body>
<${page.tag}${attributes} data-uclg-frame>
${markup(facts.tree)}
<p>${site(page.lang)}</p>
</${page.tag}>
</body>
</html>
`,
    );
    const height = facts.height;
    // What WordPress keeps of it (wp_filter_oembed_result): a bare <blockquote> with text and links,
    // then the <iframe> with src, width, height, title, frameborder, marginwidth, marginheight. The
    // width is the column's (100%): a static document cannot honour the `maxwidth` WordPress asks
    // for, and a fixed one would make a phone's page scroll sideways.
    const html =
      `<blockquote><a href="${escape(organisation.website)}">${escape(title)}</a> — ${escape(summary(facts.tree, [facts.heading, facts.source]))}` +
      // Where the facts come from and as of when, as the widget says it.
      `${facts.source ? ` ${escape(facts.source)}` : ''}</blockquote>` +
      `<iframe src="${escape(`${url}.html`)}" width="100%" height="${height}" title="${escape(title)}" frameborder="0" marginwidth="0" marginheight="0"></iframe>`;
    const oembed = {
      version: '1.0',
      type: 'rich',
      title,
      provider_name: 'UCLG',
      provider_url: organisation.website,
      width: frameWidth,
      height,
      html,
    };
    writeFileSync(join(dir, `${page.name}.json`), `${JSON.stringify(oembed, null, 2)}\n`);
  }
}

/**
 * Serves the built `dist` on a free port of 127.0.0.1 (see scripts/tools/serve.mjs; `policy` as there),
 * its frame and Link pages written for that address in a temporary folder laid over it, since their
 * own policy lets them load scripts from their address only. Resolves with the server; closing it
 * removes the folder.
 */
export async function serveFrames(dist, {policy} = {}) {
  const {serve} = await import('../../scripts/tools/serve.mjs');
  const overlay = mkdtempSync(join(tmpdir(), 'uclg-frames-'));
  const server = await serve(0, {root: [overlay, dist], policy});
  server.on('close', () => rmSync(overlay, {recursive: true, force: true}));
  await writeFrames({dist, base: `http://127.0.0.1:${server.address().port}/`, out: overlay});
  return server;
}

/**
 * Loads every prebuilt page in headless Chromium at the oEmbed width and saves, in dist/frames.json,
 * its height (and its height at a phone's width), its heading and the widget's facts as a tree of a few plain tags (headings, paragraphs,
 * lists, terms, addresses and web, mail and telephone links), for writeFrames to put in the pages.
 */
export async function measure(dist) {
  const [{default: puppeteer}, {chromiumArgs, chromiumPath, missingChromium}] = await Promise.all([
    import('puppeteer-core'),
    import('../../scripts/tools/chromium.mjs'),
  ]);
  const {embed, pages} = await configurations(dist);
  if (!chromiumPath) {
    // `npm start` on a machine without a browser still shows the widgets: the Link pages are
    // written with a default height and without their facts as text, and the build says so.
    console.warn(
      `frames: ${missingChromium} The Link pages are written unmeasured (height 400, no facts without JavaScript): not for publishing.`,
    );
    const unmeasured = {height: 400, heading: '', tree: []};
    const listed = Object.fromEntries(pages.map((page) => [`${page.tag}/${page.name}`, unmeasured]));
    writeFileSync(
      join(dist, 'frames.json'),
      `${JSON.stringify({width: frameWidth, unmeasured: true, pages: listed})}\n`,
    );
    return;
  }
  const server = await serveFrames(dist);
  const browser = await puppeteer.launch({executablePath: chromiumPath, args: chromiumArgs});
  const measured = {width: frameWidth, phoneWidth, pages: {}};
  try {
    const tab = await browser.newPage();
    await tab.setViewport({width: frameWidth, height: 800});
    // The map's zoom is animated otherwise; the measure is of where it comes to rest.
    await tab.emulateMediaFeatures([{name: 'prefers-reduced-motion', value: 'reduce'}]);
    for (const page of pages) {
      const key = `${page.tag}/${page.name}`;
      await tab.goto(`http://127.0.0.1:${server.address().port}/${embed.folder}/embed/${key}.html`, {
        waitUntil: 'load',
      });
      await tab.waitForFunction(() => document.querySelector('[data-uclg-frame]')?.shadowRoot?.childElementCount);
      measured.pages[key] = await tab.evaluate(async () => {
        await document.fonts.ready;
        const element = document.querySelector('[data-uclg-frame]');
        // Every render done (`updateComplete` is true): the map's words follow its land.
        while (!(await element.updateComplete));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const kept = new Set(['P', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'ADDRESS', 'STRONG', 'EM', 'ABBR']);
        // A disclosure's content is facts (the commissions' fields); its summary is a control.
        const skipped = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'INPUT', 'LABEL', 'SUMMARY', 'svg']);
        const tree = (parent) =>
          [...parent.childNodes].flatMap((node) => {
            if (node.nodeType === Node.TEXT_NODE) return node.data.trim() ? [node.data.replace(/\s+/g, ' ')] : [];
            if (node.nodeType !== Node.ELEMENT_NODE || skipped.has(node.tagName)) return [];
            if (node.getAttribute('aria-hidden') === 'true' || node.getAttribute('role') === 'tooltip') return [];
            const children = tree(node);
            if (node.getAttribute('role') === 'heading') {
              return [{tag: `h${node.getAttribute('aria-level') ?? 2}`, children}];
            }
            if (node.tagName === 'BR') return [{tag: 'br', children: []}];
            if (node.tagName === 'A') {
              return /^(https?|mailto|tel):/.test(node.getAttribute('href') ?? '')
                ? [{tag: 'a', href: node.href, children}]
                : [];
            }
            if (kept.has(node.tagName)) return [{tag: node.tagName.toLowerCase(), children}];
            const block = ['DIV', 'SECTION', 'HEADER', 'FOOTER', 'ARTICLE', 'NAV', 'FIGURE'].includes(node.tagName);
            return block ? [{tag: 'div', children}] : children.length ? [' ', ...children, ' '] : [];
          });
        const heading =
          element.shadowRoot.querySelector('[role="heading"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
        const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
        const source =
          element.shadowRoot.querySelector('[part~="source"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
        return {height, heading, source, tree: tree(element.shadowRoot)};
      });
      await tab.setViewport({width: phoneWidth, height: 800});
      measured.pages[key].phoneHeight = await tab.evaluate(async () => {
        const element = document.querySelector('[data-uclg-frame]');
        // Layouts that follow the width (ResizeObserver) change at the next frame.
        for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
        while (!(await element.updateComplete));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return Math.ceil(document.documentElement.getBoundingClientRect().height);
      });
      await tab.setViewport({width: frameWidth, height: 800});
    }
  } finally {
    await browser.close();
    server.close();
  }
  writeFileSync(join(dist, 'frames.json'), `${JSON.stringify(measured)}\n`);
}

/**
 * Each language's words the pages need (the organisation's name and acronym, the sections' names,
 * the note of site/frame/links.ts) and its direction, from the same catalogs as the elements, saved in
 * dist/frame-text.json: writeFrames reads dist only (dist/lib imports @lit/localize, which a copy
 * of dist elsewhere could not find).
 */
async function saveTexts(dist) {
  const lib = (path) => import(pathToFileURL(join(dist, 'lib', path)).href);
  const [{sectionText}, {organisationText}, {frameText}, {direction, locales, msgIn}] = await Promise.all([
    lib('data/sections.js'),
    lib('data/organisation.js'),
    importTs('site/frame/frame-text.ts'),
    lib('internal/localize.js'),
  ]);
  const text = Object.fromEntries(
    locales.map((lang) => {
      const msg = msgIn(lang);
      return [
        lang,
        {...organisationText(msg), sections: sectionText(msg), frame: frameText(msg), dir: direction(lang)},
      ];
    }),
  );
  writeFileSync(join(dist, 'frame-text.json'), `${JSON.stringify(text)}\n`);
}

/** The build's part: frame.css, minified, beside the scripts; the pages' measures, then the pages with them. */
export async function buildFrames(dist = new URL('dist/', root).pathname) {
  const {folder, channel} = readJson(join(dist, 'embed.json'));
  const {transform} = await import('esbuild');
  const {code} = await transform(readFileSync(new URL('site/frame/frame.css', root), 'utf8'), {
    loader: 'css',
    minify: true,
  });
  for (const name of [folder, channel]) writeFileSync(join(dist, name, 'uclg-frame.css'), code);
  await saveTexts(dist);
  await measure(dist);
  return writeFrames({dist});
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const written = await buildFrames();
  console.log(`frames: ${written.length} prebuilt pages`);
}
