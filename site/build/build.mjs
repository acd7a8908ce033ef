// The site's build (`npm run build:site`, after the library's): lays dist/ out for webmasters, so
// the folder can be hosted as it is on any static host or CDN.
// - Every bundle also under dist/v<version>/: snippets point there, so a page keeps the exact file
//   its integrity hash was computed for while newer versions are published beside it.
// - dist/embed.json: version, languages and each bundle's Subresource Integrity hash (sha384),
//   which the embed page's configurator writes into the snippets it hands out.
// - The embed page (site/configurator/): index.html (loading the widgets the way a member site
//   does, with its own integrity hash), embed.css, and embed.js, bundled from embed.ts with the
//   manifest reader and the value checks it shares with the frames (site/*.ts).
// - The frame and Link routes (site/build/frames.mjs): the frame scripts, bundled first so they are
//   versioned and hashed with the others, then the frame pages and their oEmbed documents.
import {copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {buildFrames, bundleFrameScripts} from './frames.mjs';
import {locales} from '../../scripts/build/languages.mjs';

const root = new URL('../../', import.meta.url);
const dist = new URL('dist/', root);
const configurator = new URL('site/configurator/', root);
/** The configurator's script, in dist/ beside its page: not a bundle a webmaster loads. */
const pageScript = 'embed.js';
const {version} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** The folder, under dist/ and in every snippet's URL, that holds this version's bundles: pinned, never changed. */
const versionFolder = `v${version}`;
/**
 * The moving channel (`v<major>/`): the same files, replaced by each release of this major, for
 * routes that follow updates (Link and Frame by default; Script on request, without integrity).
 */
const channelFolder = `v${version.split('.')[0]}`;

/** `sha384-…`, the value of an `integrity` attribute for these bytes. */
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

function layOut() {
  const versioned = new URL(`${versionFolder}/`, dist);
  const moving = new URL(`${channelFolder}/`, dist);
  mkdirSync(versioned, {recursive: true});
  mkdirSync(moving, {recursive: true});
  const bundles = {};
  // The bundles, and the messages the one-language bundles load on demand (scripts/build/messages.mjs).
  const isBundle = (name) =>
    (/\.js(\.map)?$/.test(name) && name.replace(/\.map$/, '') !== pageScript) ||
    /^uclg-messages[\w.-]*\.json$/.test(name);
  for (const file of readdirSync(dist).filter(isBundle).sort()) {
    copyFileSync(new URL(file, dist), new URL(file, versioned));
    copyFileSync(new URL(file, dist), new URL(file, moving));
    if (file.endsWith('.js')) {
      bundles[file] = {
        integrity: integrity(readFileSync(new URL(file, dist))),
        // The IIFE bundles are the ones a classic <script src> can load.
        type: file.endsWith('.classic.js') || file === 'uclg-frame-host.js' ? 'classic' : 'module',
      };
    }
  }
  const embed = {version, folder: versionFolder, channel: channelFolder, locales, bundles};
  writeFileSync(new URL('embed.json', dist), `${JSON.stringify(embed, null, 2)}\n`);

  const all = bundles['uclg-widgets.js'];
  const page = readFileSync(new URL('index.html', configurator), 'utf8')
    .replaceAll('%VERSION%', version)
    .replace('%WIDGETS%', `${versionFolder}/uclg-widgets.js`)
    .replace('%INTEGRITY%', all.integrity);
  writeFileSync(new URL('index.html', dist), page);
  copyFileSync(new URL('embed.css', configurator), new URL('embed.css', dist));
}

/** The configurator's script, with what it imports from site/. */
async function bundleConfigurator() {
  const {build} = await import('esbuild');
  await build({
    entryPoints: [new URL('embed.ts', configurator).pathname],
    outfile: new URL(pageScript, dist).pathname,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await Promise.all([bundleFrameScripts(), bundleConfigurator()]);
  layOut();
  await buildFrames();
  // Written for `npm start`'s address: the self-check refuses to call it a release.
  const reason = 'built by `npm run build` for http://localhost:8000/, not released for an address';
  writeFileSync(new URL('release.json', dist), `${JSON.stringify({version, publishable: false, reason}, null, 2)}\n`);
}
