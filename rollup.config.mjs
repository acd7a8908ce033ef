// Bundles the TypeScript output in dist/lib (made by `tsc -p tsconfig.build.json`) into the files a
// webmaster loads with one script tag. Every bundle is self-contained (Lit, lit-localize, data and
// its languages inside) and may share a page with any other: `<tag>.js` and `uclg-widgets.js` with
// every language, `<tag>.<lang>.js` and `uclg-widgets.<lang>.js` with French and that one (the
// others loaded on demand, src/internal/more-languages.ts).
import {existsSync, readFileSync} from 'node:fs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {elementTags} from './scripts/build/elements.mjs';
import {detailSections} from './scripts/build/detail.mjs';
import {locales} from './scripts/build/languages.mjs';
import {integrity} from './scripts/build/messages.mjs';

/** Hands rollup the source maps tsc wrote, so the bundles' maps lead back to the TypeScript. */
const tscSourceMaps = {
  name: 'tsc-source-maps',
  load(id) {
    if (!id.includes('/dist/lib/') || !existsSync(`${id}.map`)) return null;
    return {code: readFileSync(id, 'utf8'), map: readFileSync(`${id}.map`, 'utf8')};
  },
};

/**
 * Squeezes the CSS inside Lit's css`` templates (terser leaves template text alone): comments
 * go, white space folds, and none is kept next to braces, semicolons and commas.
 */
const minifyCss = {
  name: 'minify-css',
  transform(code, id) {
    if (!id.endsWith('.styles.js')) return null;
    const squeezed = code.replace(/\bcss ?`([^`]*)`/g, (_, text) => {
      const css = text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,])\s*/g, '$1')
        .trim();
      return `css\`${css}\``;
    });
    return {code: squeezed, map: null};
  },
};

/**
 * Leaves in each bundle's catalogs (src/generated/locales) only the messages its modules ask for:
 * an element's bundle need not carry the other elements' translations. Every `msg()` call names
 * its message with an explicit id (`id: 'sections-map.title'`), and a module whose calls do not
 * all show one fails the build, so no message can be dropped without a word. (The bundles test
 * checks each element's own bundle against its source, in every language.)
 */
const onlyUsedMessages = () => {
  const used = new Set();
  return {
    name: 'only-used-messages',
    buildStart: () => used.clear(),
    transform(code, id) {
      const catalog = /\/generated\/locales\/([\w-]+)\.js$/.exec(id);
      if (catalog) {
        // A count's forms for plural categories the language does not have are never looked up
        // (src/internal/intl.ts, `plural`): blanked, like the unused messages below.
        const categories = new Intl.PluralRules(catalog[1]).resolvedOptions().pluralCategories;
        const unused = /^\s*'[\w.-]+\.(zero|one|two|few|many|other)': .*,$/gm;
        return {code: code.replace(unused, (line, category) => (categories.includes(category) ? line : '')), map: null};
      }
      if (!id.includes('/dist/lib/')) return null;
      // Calls: not mentions in comments (written `msg()`), nor the getter that hands it out.
      const calls = code.match(/(?<!get |[`\w])msg\(/g)?.length ?? 0;
      const ids = [...code.matchAll(/\bid:\s*['"]([a-z-]+\.[\w.-]+)['"]/g)].map((match) => match[1]);
      if (ids.length !== calls) {
        this.error(
          `only-used-messages: ${id} has ${calls} msg() call(s) but ${ids.length} explicit id(s) ('<element>.<what>')`,
        );
      }
      for (const explicit of ids) used.add(explicit);
      // A message's `desc` is for translators (its XLIFF note), never read at run time: blanked,
      // newlines kept, so every line and column (the source map) stays where it was.
      const blanked = code.replace(/,\s*desc:\s*(['"])(?:(?!\1)[^\\\n]|\\.)*\1/g, (desc) =>
        desc.replace(/[^\n]/g, ' '),
      );
      return blanked === code ? null : {code: blanked, map: null};
    },
    renderChunk(code) {
      // An entry left out becomes an empty line: later lines and columns, so the source map, stay.
      const kept = code.replace(/^\s*'([\w.-]+)': (?:str ?)?`.*`,$/gm, (line, id) => (used.has(id) ? line : ''));
      return {code: kept, map: null};
    },
  };
};

/**
 * Makes a one-language bundle: the modules that list the languages (the catalogs, the language
 * codes, their directions, the map's first words, what the build's Intl formatted) hold French, the source, and `locale` only, and src/internal/bundle.ts
 * names `locale` and the integrity of the index of the others, `uclg-messages.json`
 * (scripts/build/messages.mjs, run before rollup), through which they are loaded on demand.
 */
const {firstWords} = await import('./dist/lib/generated/first-words.js');
const formatted = await import('./dist/lib/generated/formatted.js');
const {numberingSystems} = await import('./dist/lib/generated/directions.js');
const oneLanguage = (locale) => {
  const index = readFileSync(new URL('dist/uclg-messages.json', import.meta.url));
  const {languages} = JSON.parse(index);
  const [source] = locales;
  const own = locale === source ? [] : [locale];
  const lib = (path) => new URL(`dist/lib/${path}`, import.meta.url).pathname;
  /** A table by language, with the languages the bundle holds only. */
  const kept = (table) => Object.fromEntries([source, ...own].map((l) => [l, table[l]]));
  const modules = {
    [lib('generated/catalogs.js')]:
      own.map((l) => `import {templates as ${l}} from './locales/${l}.js';\n`).join('') +
      `export const catalogs = {${own.join(', ')}};`,
    [lib('generated/locale-codes.js')]:
      `export const sourceLocale = '${source}';\nexport const targetLocales = ${JSON.stringify(own)};`,
    [lib('generated/directions.js')]: `export const directions = ${JSON.stringify(
      Object.fromEntries([source, ...own].map((l) => [l, languages[l].dir])),
    )};\nexport const numberingSystems = ${JSON.stringify(
      Object.fromEntries([source, ...own].map((l) => [l, numberingSystems[l]])),
    )};`,
    [lib('generated/first-words.js')]: `export const firstWords = ${JSON.stringify(kept(firstWords))};`,
    [lib('generated/formatted.js')]: Object.entries(formatted)
      .map(([name, table]) => `export const ${name} = ${JSON.stringify(kept(table))};`)
      .join('\n'),
    [lib('internal/bundle.js')]:
      `export const fallbackLocale = '${locale}';\nexport const messagesIndex = '${integrity(index)}';`,
  };
  return {name: 'one-language', load: (id) => (id in modules ? {code: modules[id], map: null} : null)};
};

/**
 * `ascii_only`: a few characters beyond Latin-1 (’ … —) would make the engine hold the whole
 * bundle's source as two bytes a character: escaped, it stays one byte a character (the map's
 * bundle: 60 KiB less of the page's memory).
 */
const format = {comments: false, ascii_only: true};

const plugins = [
  tscSourceMaps,
  minifyCss,
  nodeResolve(),
  onlyUsedMessages(),
  terser({ecma: 2021, module: true, format}),
];

const esm = (input, file, first = []) => ({
  input,
  output: {file, format: 'es', sourcemap: true},
  plugins: [...first, ...plugins],
});

/** The entry of each element's bundle, and of the one with every element. */
const entries = {
  ...Object.fromEntries(elementTags().map((tag) => [tag, `dist/lib/elements/${tag}/define.js`])),
  'uclg-widgets': 'dist/lib/all.js',
};

const all = [
  // One bundle per element folder, and one with all: with every language, then with one.
  ...Object.entries(entries).map(([name, input]) => esm(input, `dist/${name}.js`)),
  ...locales.flatMap((locale) =>
    Object.entries(entries).map(([name, input]) => esm(input, `dist/${name}.${locale}.js`, [oneLanguage(locale)])),
  ),
  // Each regional section's finer map (scripts/build/detail.mjs), loaded beside the map's bundle.
  ...detailSections().map((section) =>
    esm(`dist/lib/generated/detail/${section}.js`, `dist/uclg-sections-map.${section}.js`),
  ),
  {
    // For content managers that only take a classic <script src>: no module syntax inside.
    input: 'dist/lib/all.js',
    output: {file: 'dist/uclg-widgets.classic.js', format: 'iife', name: 'UCLGWidgets', sourcemap: true},
    plugins: [tscSourceMaps, minifyCss, nodeResolve(), onlyUsedMessages(), terser({ecma: 2021, format})],
  },
];

/**
 * `UCLG_BUNDLES=<file>,<file>` (names under dist/) makes only those: for a test that builds a few
 * bundles of a changed copy of the sources (tests/node/ninth-language.test.mjs).
 */
const only = process.env.UCLG_BUNDLES?.split(',');
const chosen = only ? all.filter(({output}) => only.includes(output.file.replace(/^dist\//, ''))) : all;

/** `UCLG_SHARD=<i>/<n>`: every n-th bundle from the i-th, for one of n processes (scripts/build/bundle.mjs). */
const [shard, shards] = (process.env.UCLG_SHARD ?? '0/1').split('/').map(Number);
export default chosen.filter((_, index) => index % shards === shard);
