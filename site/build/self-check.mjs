// The check a release runs on its folder before calling it publishable (site/build/release.mjs), and
// that anyone can run on a folder: `node site/build/self-check.mjs <folder>`. It reads every page and
// oEmbed document of the folder as a host would serve it at its base address, and lists what a
// reader or a browser would meet broken:
// - an `href` or `src` on the base's host that no file of the folder answers (links to other
//   sites, mail and telephone are allowed for <a> only: a page loads nothing from elsewhere);
// - an `integrity` hash, in a page, in embed.json or in a channel's uclg-messages.json (the index
//   of the messages the one-language bundles load), that its file does not match;
// - a frame or Link page whose policy names another folder than its own channel's;
// - an oEmbed document whose frame is not its own page, or a page whose oEmbed link is not its own.
// A folder without a release.json that says publishable, for the base checked, is not a release.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {join, sep} from 'node:path';

const sha384 = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const unescape = (text) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Each tag of an HTML text with its attributes (values unescaped). */
function tags(html) {
  return [...html.matchAll(/<([a-z][\w-]*)\b([^>]*)>/gi)].map(([, name, rest]) => ({
    name: name.toLowerCase(),
    attributes: Object.fromEntries([...rest.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, unescape(v)])),
  }));
}

/**
 * What is wrong with `folder` as a release served at `base` (defaults to its release.json's);
 * an empty list for a folder ready to publish. `{release: false}` checks the files only, before
 * release.json is written.
 */
export function check(folder, {base, release = true} = {}) {
  const problems = [];
  const manifest = join(folder, 'release.json');
  const said = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : undefined;
  base ??= said?.base;
  if (release && !said?.publishable) {
    problems.push(
      `${folder} is not a release: ${said?.reason ?? 'no release.json'}. Run \`npm run release -- --base https://…/\`.`,
    );
  }
  if (!base) return problems;
  if (release && said?.base !== base) problems.push(`release.json names ${said?.base}, not ${base}`);

  /** The file of the folder a URL on the base names, if any. */
  const fileOf = (url) => {
    if (!url.href.startsWith(base)) return undefined;
    const path = decodeURIComponent(url.pathname.slice(new URL(base).pathname.length));
    const file = join(folder, path.endsWith('/') || path === '' ? `${path}index.html` : path);
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  };
  const files = readdirSync(folder, {recursive: true}).map(String);
  const urlOf = (file) => new URL(file.split(sep).join('/'), base);

  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const page = urlOf(file);
    const channel = file.split(sep)[0];
    for (const {name, attributes} of tags(readFileSync(join(folder, file), 'utf8'))) {
      for (const key of ['href', 'src']) {
        const value = attributes[key];
        if (value === undefined || value.startsWith('data:') || value.startsWith('#')) continue;
        const url = new URL(value, page);
        if (!url.href.startsWith(base)) {
          if (name !== 'a' || !/^(https?|mailto|tel):$/.test(url.protocol))
            problems.push(`${file}: <${name} ${key}> loads ${url.href}, outside the folder`);
          continue;
        }
        const target = fileOf(url);
        if (!target) problems.push(`${file}: <${name} ${key}="${value}"> names no file of the folder`);
        else if (attributes.integrity && attributes.integrity !== sha384(target)) {
          problems.push(`${file}: the integrity of ${value} is not its file's`);
        }
      }
      const policy = name === 'meta' && attributes['http-equiv'] === 'Content-Security-Policy' && attributes.content;
      if (policy && !policy.includes(`script-src ${base}${channel}/;`)) {
        problems.push(`${file}: its policy does not name its own folder, ${base}${channel}/`);
      }
      if (name === 'link' && attributes.type === 'application/json+oembed') {
        const own = urlOf(file.replace(/\.html$/, '.json')).href;
        if (attributes.href !== own) problems.push(`${file}: its oEmbed link is ${attributes.href}, not ${own}`);
      }
    }
  }

  for (const file of files.filter((f) => f.endsWith('.json') && f.split(sep).includes('embed'))) {
    const {html = ''} = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    const frame = tags(html).find((t) => t.name === 'iframe')?.attributes.src;
    const own = urlOf(file.replace(/\.json$/, '.html')).href;
    if (frame !== own) problems.push(`${file}: its frame is ${frame}, not its own page ${own}`);
    if (!fileOf(new URL(own))) problems.push(`${file}: its page is missing`);
  }

  const embed = join(folder, 'embed.json');
  if (!existsSync(embed)) problems.push('embed.json is missing');
  else {
    const {folder: pinned, channel, bundles} = JSON.parse(readFileSync(embed, 'utf8'));
    for (const [bundle, {integrity}] of Object.entries(bundles)) {
      const path = join(folder, pinned, bundle);
      if (!existsSync(path)) problems.push(`embed.json: ${pinned}/${bundle} is missing`);
      else if (sha384(path) !== integrity)
        problems.push(`embed.json: the integrity of ${pinned}/${bundle} is not its file's`);
      if (!existsSync(join(folder, channel, bundle))) problems.push(`embed.json: ${channel}/${bundle} is missing`);
    }
    // The messages the one-language bundles load on demand, in each channel, as their index names them.
    for (const channelFolder of [pinned, channel]) {
      const index = join(folder, channelFolder, 'uclg-messages.json');
      if (!existsSync(index)) {
        problems.push(`${channelFolder}/uclg-messages.json is missing`);
        continue;
      }
      for (const [locale, {integrity}] of Object.entries(JSON.parse(readFileSync(index, 'utf8')).languages)) {
        const path = join(folder, channelFolder, `uclg-messages.${locale}.json`);
        if (integrity && (!existsSync(path) || sha384(path) !== integrity))
          problems.push(
            `${channelFolder}/uclg-messages.json: uclg-messages.${locale}.json is missing or not the file it names`,
          );
      }
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2] ?? 'dist';
  const problems = check(folder);
  for (const problem of problems) console.error(`self-check: ${problem}`);
  console.log(problems.length ? `self-check: ${folder} is not publishable` : `self-check: ${folder} is publishable`);
  process.exit(problems.length ? 1 : 0);
}
