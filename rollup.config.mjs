// Bundles the TypeScript output in dist/lib (made by `tsc -p tsconfig.build.json`) into the files a
// webmaster loads with one script tag. Every bundle is self-contained (Lit, lit-localize, data and
// all three languages inside) and may share a page with any other.
import {readFileSync} from 'node:fs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = [
  nodeResolve(),
  terser({ecma: 2021, module: true, format: {comments: false}}),
];

/** Copies the demo page beside the bundles, so dist/ can be served as it is. */
const demoPage = {
  name: 'demo-page',
  generateBundle() {
    for (const file of ['index.html', 'demo.css']) {
      this.emitFile({type: 'asset', fileName: file, source: readFileSync(`src/demo/${file}`)});
    }
  },
};

const esm = (input, file, extra = []) => ({
  input,
  output: {file, format: 'es', sourcemap: true},
  plugins: [...plugins, ...extra],
});

export default [
  esm('dist/lib/all.js', 'dist/uclg-widgets.js', [demoPage]),
  esm('dist/lib/elements/uclg-stats/define.js', 'dist/uclg-stats.js'),
  esm('dist/lib/elements/uclg-contact/define.js', 'dist/uclg-contact.js'),
  {
    // For content managers that only take a classic <script src>: no module syntax inside.
    input: 'dist/lib/all.js',
    output: {file: 'dist/uclg-widgets.classic.js', format: 'iife', name: 'UCLGWidgets', sourcemap: true},
    plugins: [nodeResolve(), terser({ecma: 2021, format: {comments: false}})],
  },
];
