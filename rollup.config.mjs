// Bundles the TypeScript output in dist/lib (made by `tsc -p tsconfig.build.json`) into the files a
// webmaster loads with one script tag. Every bundle is self-contained (Lit, lit-localize, data and
// all three languages inside) and may share a page with any other.
import {existsSync, readFileSync} from 'node:fs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';

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
 * an element's bundle need not carry the other elements' translations. Ids are computed as
 * lit-localize's runtime does (explicit `id`, else the hash of the source text); a `msg(` call this
 * cannot read fails the build rather than lose a translation.
 */
const onlyUsedMessages = () => {
  const used = new Set();
  const literal = String.raw`'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\x60(?:[^\x60\\]|\\.)*\x60`;
  const call = new RegExp(String.raw`\bmsg\((?:\s*(str|html)\s*)?(${literal})`, 'g');
  /** A literal's text (quotes removed) as the string it stands for. */
  const cook = (text, quote) =>
    JSON.parse(`"${quote === '"' ? text : text.replace(/\\(['`])/g, '$1').replace(/"/g, '\\"')}"`);
  return {
    name: 'only-used-messages',
    buildStart: () => used.clear(),
    transform(code, id) {
      if (!id.includes('/dist/lib/') || id.includes('/generated/locales/')) return null;
      const calls = code.match(/\bmsg\(\s*(?=['"`]|str\b|html\b)/g)?.length ?? 0;
      let read = 0;
      for (const [, tag, text] of code.matchAll(call)) {
        read++;
        const inner = text.slice(1, -1);
        const strings = text[0] === '`' ? inner.split(/\$\{[^}]*\}/).map((part) => cook(part, '`')) : cook(inner, text[0]);
        used.add(generateMsgId(strings, tag === 'html'));
      }
      for (const [, explicit] of code.matchAll(/\bid:\s*['"]([\w-]+)['"]/g)) used.add(explicit);
      if (read !== calls) this.error(`only-used-messages: ${calls - read} msg() call(s) in ${id} not understood`);
      return null;
    },
    renderChunk(code) {
      // An entry left out becomes an empty line: later lines and columns, so the source map, stay.
      const kept = code.replace(/^\s*'([\w-]+)': (?:str ?)?`.*`,$/gm, (line, id) => (used.has(id) ? line : ''));
      return {code: kept, map: null};
    },
  };
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

const esm = (input, file, extra = []) => ({
  input,
  output: {file, format: 'es', sourcemap: true},
  plugins: [...plugins, ...extra],
});

export default [
  esm('dist/lib/all.js', 'dist/uclg-widgets.js'),
  esm('dist/lib/elements/uclg-stats/define.js', 'dist/uclg-stats.js'),
  esm('dist/lib/elements/uclg-contact/define.js', 'dist/uclg-contact.js'),
  esm('dist/lib/elements/uclg-commissions/define.js', 'dist/uclg-commissions.js'),
  esm('dist/lib/elements/uclg-about/define.js', 'dist/uclg-about.js'),
  esm('dist/lib/elements/uclg-sections-map/define.js', 'dist/uclg-sections-map.js'),
  {
    // For content managers that only take a classic <script src>: no module syntax inside.
    input: 'dist/lib/all.js',
    output: {file: 'dist/uclg-widgets.classic.js', format: 'iife', name: 'UCLGWidgets', sourcemap: true},
    plugins: [tscSourceMaps, minifyCss, nodeResolve(), terser({ecma: 2021, format})],
  },
];
