import {literalTypes} from './scripts/cem-literal-types.mjs';

/**
 * Modules in path order: the analyzer lists them in the order the file system returns its glob,
 * which differs between machines, and the README's gallery, Storybook and the embed page read the
 * elements in the manifest's order.
 */
const modulesByPath = () => ({
  name: 'uclg-modules-by-path',
  packageLinkPhase({customElementsManifest}) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
});

export default {
  globs: ['src/elements/**/*.ts', 'src/internal/uclg-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [literalTypes(), modulesByPath()],
};
