// custom-elements.json (read by Storybook, editors and the README's tables) documents exactly the
// CSS custom properties each element's styles use: none undocumented, none documented but unused,
// each with a syntax that values from an address are checked against.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {importTs} from '../../scripts/build/import-ts.mjs';

const {syntaxes} = await importTs('site/style-values.ts');

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('dist/custom-elements.json', root), 'utf8'));
const used = (file) =>
  new Set([...readFileSync(new URL(file, root), 'utf8').matchAll(/var\((--uclg-[a-z-]+)/g)].map((m) => m[1]));

for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.tagName) continue;
    test(`<${declaration.tagName}> documents the custom properties it uses`, () => {
      const styles = module.path.replace(/\.ts$/, '.styles.ts');
      const inStyles = new Set([...used('src/internal/host.styles.ts'), ...used(styles)]);
      const documented = new Set((declaration.cssProperties ?? []).map((p) => p.name));
      assert.deepEqual([...documented].sort(), [...inStyles].sort());
    });
    test(`<${declaration.tagName}> declares each custom property's syntax, one the frames and the configurator check`, () => {
      for (const {name, syntax} of declaration.cssProperties ?? []) {
        assert.ok(syntax in syntaxes, `${name}: @cssprop {${syntax}} is none of ${Object.keys(syntaxes).join(', ')}`);
      }
    });
    test(`<${declaration.tagName}> documents its attributes, parts and summary`, () => {
      assert.ok(declaration.summary, 'no @summary');
      assert.ok(
        declaration.cssParts?.some((p) => p.name === 'base'),
        'no base part',
      );
      for (const attribute of declaration.attributes) {
        assert.ok(attribute.description, `attribute ${attribute.name} has no description`);
      }
    });
  }
}
