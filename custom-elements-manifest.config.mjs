import {readdirSync} from 'node:fs';
import {literalTypes} from './scripts/build/cem-literal-types.mjs';

/** The data modules, whose id lists (`sectionIds`, `figureIds`, …) the elements' types name. */
const data = readdirSync('src/data')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => `src/data/${f}`);

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

/**
 * A custom property's `@cssprop {<color>}` is its syntax (the schema's `syntax`), not a type: the
 * frame pages and the configurator check values from an address against it (site/style-values.ts).
 */
const cssSyntax = () => ({
  name: 'uclg-css-syntax',
  packageLinkPhase({customElementsManifest}) {
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      for (const property of declaration.cssProperties ?? []) {
        if (!property.type) continue;
        property.syntax = property.type.text;
        delete property.type;
      }
    }
  },
});

export default {
  globs: ['src/elements/**/*.ts', 'src/internal/uclg-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [literalTypes({sources: data}), modulesByPath(), cssSyntax()],
};
