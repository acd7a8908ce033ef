/**
 * What the embed page hands out: the code of each route for a choice, and where each answer to
 * "where will you paste it?" leads. No DOM here: site/configurator/embed.ts shows them.
 */

export interface Embed {
  version: string;
  /** The pinned channel, `v<version>`: files that never change, checked by their integrity hash. */
  folder: string;
  /** The moving channel, `v<major>`: the latest release of this major. */
  channel: string;
  locales: string[];
  bundles: Record<string, {integrity: string; type: 'module' | 'classic'}>;
}

/** The three ways a widget goes into a page. */
export const routes = ['script', 'frame', 'link'] as const;
export type Route = (typeof routes)[number];

/**
 * The answers to "where will you paste it?", each with the route that works there: WordPress
 * strips scripts and frames from an Author's or Editor's posts but embeds a link (oEmbed); an
 * Administrator's Custom HTML block and the filtering content managers keep a frame; a site that
 * takes scripts gets the lightest route.
 */
export const places = {
  'wordpress-author': 'link',
  'wordpress-admin': 'frame',
  cms: 'frame',
  script: 'script',
  html: 'script',
} as const satisfies Record<string, Route>;
export type Place = keyof typeof places;

/** What a Link carries: a prebuilt page exists per language, theme (light, dark) and, for the map, regional section. */
export const linkAttributes: ReadonlySet<string> = new Set(['lang', 'theme', 'highlight', 'zoom']);
export const linkThemes: ReadonlySet<string> = new Set(['light', 'dark']);

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What the webmaster chose: the element, its attributes (in the manifest's order) and styles. */
export interface Choice {
  tag: string;
  attributes: [string, string][];
  styles: [string, string][];
  minHeight: number;
}

/** The element as it is written in a snippet, with its space reserved. */
export function elementSnippet({tag, attributes, styles, minHeight}: Choice): string {
  const style = [`display:block`, `min-height:${minHeight}px`, ...styles.map(([name, value]) => `${name}:${value}`)];
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`));
  return `<${tag}${attrs.join('')} style="${escape(style.join(';'))}"></${tag}>`;
}

/**
 * The `<script>` tag that loads `file` from `base` (a folder URL): pinned to this version and
 * checked by its integrity hash, or, to `follow` updates, from the moving channel, which no hash
 * can check since its file changes with each release.
 */
export function scriptSnippet(embed: Embed, base: string, file: string, follow = false): string {
  const {integrity, type} = embed.bundles[file];
  const src = new URL(`${follow ? embed.channel : embed.folder}/${file}`, base).href;
  const kind = type === 'module' ? ' type="module"' : '';
  const defer = type === 'classic' ? ' defer' : '';
  const checked = follow ? '' : ` integrity="${integrity}"`;
  return `<script${kind} src="${escape(src)}"${checked} crossorigin="anonymous"${defer}></script>`;
}

/**
 * The module bundles a Script snippet loads, in order: the element's own (else the bundle of every
 * element), with the chosen language only (`<tag>.<lang>.js`; with every language when the page's
 * is to be followed), then, for a map zoomed on a regional section, that section's finer map
 * (`uclg-sections-map.<section>.js`), each with its own integrity in the snippet.
 */
export function scriptFiles(embed: Embed, {tag, attributes}: Choice): string[] {
  const chosen = new Map(attributes);
  const name = embed.bundles[`${tag}.js`] ? tag : 'uclg-widgets';
  const oneLanguage = `${name}.${chosen.get('lang')}.js`;
  const files = [chosen.has('lang') && Object.hasOwn(embed.bundles, oneLanguage) ? oneLanguage : `${name}.js`];
  const detail = `${tag}.${chosen.get('highlight')}.js`;
  if (chosen.has('zoom') && chosen.has('highlight') && Object.hasOwn(embed.bundles, detail)) files.push(detail);
  return files;
}

/**
 * The prebuilt page (`embed/<tag>/<lang>-<theme>[-<section>].html`, see site/build/frames.mjs) that
 * shows exactly this choice, when frames.json lists one; else undefined. The Link hands it out
 * from the moving channel: a post embeds the latest facts without anyone editing it.
 */
export function prebuiltPage({tag, attributes, styles}: Choice, pages: Record<string, unknown>): string | undefined {
  const chosen = new Map(attributes);
  const {lang, theme = 'light', highlight} = Object.fromEntries(chosen);
  const rest = [...chosen.keys()].filter((name) => !linkAttributes.has(name));
  // A highlighted section is prebuilt zoomed; nothing else is prebuilt with options or colours.
  if (!lang || rest.length || styles.length || (highlight !== undefined) !== chosen.has('zoom')) return undefined;
  const key = `${tag}/${lang}-${theme}${highlight ? `-${highlight}` : ''}`;
  return key in pages ? `embed/${key}.html` : undefined;
}

/**
 * The frame route: the element's frame page (`frame/<tag>.html`, see site/build/frames.mjs) in the
 * moving channel, so the frame shows the latest facts, with the choice in its address; and the
 * host script that sizes it, pinned and checked (what runs in the host page never changes unseen).
 */
export function frameSnippet(embed: Embed, base: string, choice: Choice, title: {text: string; lang?: string}): string {
  const src = new URL(`${embed.channel}/frame/${choice.tag}.html`, base);
  src.search = new URLSearchParams([...choice.attributes, ...choice.styles]).toString();
  // A block, so that a theme's column holds and centres it as it does an image.
  const style = `display:block;width:100%;height:${choice.minHeight}px;border:0`;
  const lang = title.lang ? ` lang="${escape(title.lang)}"` : '';
  const frame = `<iframe src="${escape(src.href)}" title="${escape(title.text)}"${lang} data-uclg-frame style="${style}"></iframe>`;
  return `${frame}\n${scriptSnippet(embed, base, 'uclg-frame-host.js')}`;
}

/**
 * The frame's title: the widget's heading in the language chosen, as the build measured it for
 * that language's Link page (frames.json); for the page's language, which only the reader's
 * browser will tell, the element's summary.
 */
export function frameTitle({tag, attributes}: Choice, pages: Record<string, {heading?: string}>, summary: string) {
  const lang = new Map(attributes).get('lang');
  const heading = lang ? pages[`${tag}/${lang}-light`]?.heading : undefined;
  return heading ? {text: heading, lang} : {text: `UCLG: ${summary}`};
}
