// What an npm user gets: every entry point in `exports` exists after the build, with its types,
// and each element's entry declares its tag in HTMLElementTagNameMap.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {test} from 'node:test';
import {versionModule} from '../../scripts/version.mjs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

for (const [entry, target] of Object.entries(pkg.exports)) {
  test(`exports["${entry}"] resolves to built files`, () => {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of paths) assert.ok(existsSync(new URL(path, root)), `${path} is missing`);
  });
}

for (const tag of ['uclg-stats', 'uclg-contact', 'uclg-commissions', 'uclg-about', 'uclg-sections-map']) {
  test(`@uclg/widgets/${tag} types its tag`, () => {
    const types = readFileSync(new URL(pkg.exports[`./${tag}`].types, root), 'utf8');
    assert.match(types, new RegExp(`HTMLElementTagNameMap[\\s\\S]*'${tag}'`));
  });
}

test('customElements points at the manifest, which lists every element', () => {
  const manifest = JSON.parse(readFileSync(new URL(pkg.customElements, root), 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
  assert.deepEqual(tags.sort(), ['uclg-about', 'uclg-commissions', 'uclg-contact', 'uclg-sections-map', 'uclg-stats']);
});

test('the data entry exports the facts as modules', async () => {
  const data = await import(new URL(pkg.exports['./data'].default, root));
  assert.equal(data.keyFigures.length, 5);
  assert.equal(data.secretariat.email, 'info@uclg.org');
  assert.equal(data.commissionFields.length, 22);
  assert.equal(data.objectives.length, 4);
});

test("src/generated/version.ts holds package.json's version", () => {
  const generated = readFileSync(new URL('src/generated/version.ts', root), 'utf8');
  assert.equal(generated, versionModule(pkg.version), 'src/generated/version.ts is stale: run `npm run build`');
});
