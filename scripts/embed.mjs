// The last build step: lays dist/ out for webmasters, so the folder can be hosted as it is on any
// static host or CDN.
// - Every bundle also under dist/v<version>/: snippets point there, so a page keeps the exact file
//   its integrity hash was computed for while newer versions are published beside it.
// - dist/embed.json: version, languages and each bundle's Subresource Integrity hash (sha384),
//   which the embed page's configurator writes into the snippets it hands out.
// - The embed page (src/demo/): index.html (loading the widgets the way a member site does, with
//   its own integrity hash), embed.css, and its scripts transpiled from
//   src/demo/*.ts (embed.js and the manifest.js it imports).
// - The frame and Link routes (scripts/frames.mjs): the frame scripts, bundled first so they are
//   versioned and hashed with the others, then the frame pages and their oEmbed documents.
import {copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import ts from 'typescript';
import {buildFrames, bundleFrameScripts} from './frames.mjs';
import {languageList, locales} from './languages.mjs';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
const demo = new URL('src/demo/', root);
const {version} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** The folder, under dist/ and in every snippet's URL, that holds this version's bundles. */
const versionFolder = `v${version}`;

/** `sha384-…`, the value of an `integrity` attribute for these bytes. */
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

function layOut() {
  const versioned = new URL(`${versionFolder}/`, dist);
  mkdirSync(versioned, {recursive: true});
  const bundles = {};
  const pageScripts = readdirSync(demo)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.replace(/\.ts$/, '.js'));
  const isBundle = (name) => /\.js(\.map)?$/.test(name) && !pageScripts.includes(name.replace(/\.map$/, ''));
  for (const file of readdirSync(dist).filter(isBundle).sort()) {
    copyFileSync(new URL(file, dist), new URL(file, versioned));
    if (file.endsWith('.js')) {
      bundles[file] = {
        integrity: integrity(readFileSync(new URL(file, dist))),
        // The IIFE bundles are the ones a classic <script src> can load.
        type: file.endsWith('.classic.js') || file === 'uclg-frame-host.js' ? 'classic' : 'module',
      };
    }
  }
  const embed = {version, folder: versionFolder, locales, bundles};
  writeFileSync(new URL('embed.json', dist), `${JSON.stringify(embed, null, 2)}\n`);

  const all = bundles['uclg-widgets.js'];
  const page = readFileSync(new URL('index.html', demo), 'utf8')
    .replaceAll('%VERSION%', version)
    .replace('%LANGUAGES%', languageList())
    .replace('%WIDGETS%', `${versionFolder}/uclg-widgets.js`)
    .replace('%INTEGRITY%', all.integrity);
  writeFileSync(new URL('index.html', dist), page);
  copyFileSync(new URL('embed.css', demo), new URL('embed.css', dist));
  for (const file of pageScripts) {
    const source = readFileSync(new URL(file.replace(/\.js$/, '.ts'), demo), 'utf8');
    const script = ts.transpileModule(source, {
      compilerOptions: {target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022},
    });
    writeFileSync(new URL(file, dist), script.outputText);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await bundleFrameScripts();
  layOut();
  await buildFrames();
}
