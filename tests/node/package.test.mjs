// What an npm user gets: every entry point in `exports` exists after the build, with its types,
// each element of src/elements/ has its own entry, which declares its tag in HTMLElementTagNameMap.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {test} from 'node:test';
import {elementTags, generatedModules, readmeGallery, withGallery} from '../../scripts/build/elements.mjs';
import {declarations} from '../../scripts/build/manifest.mjs';
import {versionModule} from '../../scripts/build/version.mjs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const tags = elementTags();

/** The files an `exports` key leads to, with `*` (a subpath pattern) standing for `star`. */
const targets = (target, star) =>
  (typeof target === 'string' ? [target] : Object.values(target)).map((path) => path.replaceAll('*', star));

for (const [entry, target] of Object.entries(pkg.exports)) {
  // A pattern entry (`./uclg-*`) is checked through each element it serves.
  for (const star of entry.includes('*') ? tags.map((tag) => tag.replace(/^uclg-/, '')) : ['']) {
    test(`exports["${entry.replace('*', star)}"] resolves to built files`, () => {
      for (const path of targets(target, star)) assert.ok(existsSync(new URL(path, root)), `${path} is missing`);
    });
  }
}

for (const tag of tags) {
  test(`@uclg/widgets/${tag} is the element's entry and types its tag`, () => {
    const url = import.meta.resolve(`@uclg/widgets/${tag}`);
    assert.equal(url, new URL(`dist/lib/elements/${tag}/define.js`, root).href);
    const types = readFileSync(new URL(`dist/lib/elements/${tag}/define.d.ts`, root), 'utf8');
    assert.match(types, new RegExp(`HTMLElementTagNameMap[\\s\\S]*'${tag}'`));
  });
}

test('customElements points at the manifest, which lists every element', () => {
  const manifest = JSON.parse(readFileSync(new URL(pkg.customElements, root), 'utf8'));
  const listed = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .map((d) => d.tagName)
    .filter(Boolean);
  assert.deepEqual(listed.sort(), tags);
});

test('src/generated/ lists every element folder (the modules src/index.ts and src/all.ts read)', () => {
  for (const [path, text] of Object.entries(generatedModules())) {
    assert.equal(
      readFileSync(new URL(`src/${path}`, root), 'utf8'),
      text,
      `src/${path} is stale: run \`npm run build\``,
    );
  }
});

test('the data entry exports the facts as modules', async () => {
  const data = await import(new URL(pkg.exports['./data'].default, root));
  assert.equal(data.keyFigures.length, 5);
  assert.equal(data.secretariat.email, 'info@uclg.org');
  assert.equal(data.commissionFields.length, 22);
  assert.equal(data.objectiveIds.length, 4);
  // Text comes in any language the library speaks, from the same catalogs as the elements.
  assert.deepEqual(data.locales, ['fr', ...JSON.parse(readFileSync(new URL('lit-localize.json', root))).targetLocales]);
  assert.equal(data.sectionText(data.msgIn('en')).africa.name, 'Africa');
  assert.equal(data.objectives(data.msgIn('es')).strengthen.verb, 'Fortalecer');
  assert.equal(data.organisationText(data.msgIn('fr')).acronym, 'CGLU');
  // Each figure says as of when; the source line says from where.
  for (const figure of data.keyFigures) {
    assert.ok(
      Number.isInteger(figure.asOf) && figure.asOf >= 2004 && figure.asOf <= new Date().getFullYear(),
      figure.id,
    );
  }
  assert.match(data.sourceText(data.msgIn('en'), '2015'), /UCLG – Who we are\?.*2015/);
});

test("src/generated/version.ts holds package.json's version", () => {
  const generated = readFileSync(new URL('src/generated/version.ts', root), 'utf8');
  assert.equal(generated, versionModule(pkg.version), 'src/generated/version.ts is stale: run `npm run build`');
});

test('the manifest lists its modules in path order, whatever order the file system gives', () => {
  const paths = JSON.parse(readFileSync(new URL(pkg.customElements, root), 'utf8')).modules.map((m) => m.path);
  assert.deepEqual(paths, [...paths].sort());
});

test("the README's gallery shows every element of the manifest, each with its screenshot", () => {
  const list = declarations(new URL(pkg.customElements, root));
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  assert.equal(withGallery(readme, readmeGallery(list)), readme, 'run `node scripts/tools/screenshot.mjs --readme`');
  for (const {tagName} of list)
    assert.ok(existsSync(new URL(`docs/${tagName}.png`, root)), `docs/${tagName}.png is missing`);
});

test('the npm package holds what docs/releasing.md says, and nothing else', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const files = pack.files.map((f) => f.path);
  const has = (pattern) => files.some((f) => pattern.test(f));
  // The modules with their types (and maps, their sources inlined), the bundles, the manifest,
  // the versioned bundles a CDN serves from the package (jsDelivr's npm route).
  for (const wanted of [
    /^dist\/lib\/index\.js$/,
    /^dist\/lib\/index\.d\.ts$/,
    /^dist\/lib\/elements\/uclg-stats\/define\.d\.ts$/,
    /^dist\/lib\/data\/index\.js$/,
    /^dist\/uclg-widgets\.js$/,
    /^dist\/uclg-widgets\.classic\.js$/,
    /^dist\/custom-elements\.json$/,
    new RegExp(`^dist/v${pkg.version.replaceAll('.', '\\.')}/uclg-stats\\.js$`),
    new RegExp(`^dist/v${pkg.version.replaceAll('.', '\\.')}/uclg-stats\\.es\\.js$`),
    new RegExp(`^dist/v${pkg.version.replaceAll('.', '\\.')}/uclg-messages\\.json$`),
    /^README\.md$/,
    /^CHANGELOG\.md$/,
    /^package\.json$/,
  ]) {
    assert.ok(has(wanted), `${wanted} is not in the package`);
  }
  // Not the site (configurator, frame and Link pages written for one address), the moving channel,
  // the bundles' maps, tests, stories, Storybook, translation sources.
  const unwanted = files.filter(
    (f) =>
      /\.(test|stories)\./.test(f) ||
      /^dist\/(storybook|v\d+)\//.test(f) ||
      /^dist\/v[^/]+\/(embed|frame)\//.test(f) ||
      /^dist\/[^/]+\.map$/.test(f) ||
      /^dist\/[^/]+\.[a-z]{2,3}\.js$/.test(f) ||
      /^dist\/(embed\.|index\.html|frames\.json|frame-text\.json|release\.json)/.test(f) ||
      /^(src|site|tests|locales|scripts)\//.test(f),
  );
  assert.deepEqual(unwanted, []);
  // 1.8 MiB in 0.1.0: the modules with their maps (the sections' finer maps among them), 0.95 MiB;
  // the versioned folder's one-language bundles (six bundles in eight languages), 0.9 MiB.
  assert.ok(pack.size < 2000 * 1024, `the package is ${Math.round(pack.size / 1024)} KiB packed`);
});
