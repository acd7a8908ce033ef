// Every message in the source has a translation in every target locale, and the generated
// catalogs match the XLIFF files. Runs `lit-localize extract` on a copy, never on locales/.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const cli = join(root, 'node_modules/.bin/lit-localize');

const dirs = [];
after(() => dirs.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

/** Runs lit-localize with the project's config, writing XLIFF and catalogs under a temporary folder (removed at the end). */
function localize(command) {
  const dir = mkdtempSync(join(tmpdir(), 'uclg-l10n-'));
  dirs.push(dir);
  cpSync(join(root, 'locales'), join(dir, 'locales'), {recursive: true});
  const copy = {
    ...config,
    tsConfig: join(root, config.tsConfig),
    // The globs are read from the config's folder: from the repository's, as the real config's are.
    inputFiles: config.inputFiles.map((glob) => glob.replace(/^(!?)/, `$1${root}`)),
    interchange: {...config.interchange, xliffDir: join(dir, 'locales')},
    output: {...config.output, outputDir: join(dir, 'generated'), localeCodesModule: join(dir, 'locale-codes.ts')},
  };
  writeFileSync(join(dir, 'lit-localize.json'), JSON.stringify(copy));
  execFileSync(cli, [command, '--config', join(dir, 'lit-localize.json')], {cwd: root, stdio: 'pipe'});
  return dir;
}

const {catalogsModule, directionsModule, lazyCatalog, targetLocales, units, untranslated} =
  await import('../../scripts/build/translations.mjs');

test('the languages are the files of locales/: lit-localize.json and the catalogs module say the same', () => {
  assert.deepEqual(config.targetLocales, targetLocales(), 'run `npm run translations`');
  assert.equal(readFileSync(join(root, 'src/generated/catalogs.ts'), 'utf8'), catalogsModule(targetLocales()));
  const directions = readFileSync(join(root, 'src/generated/directions.ts'), 'utf8');
  assert.equal(directions, directionsModule([config.sourceLocale, ...targetLocales()]));
  assert.match(directions, /ar: 'rtl'/);
});

test('every message has a target in every locale', () => {
  const dir = localize('extract');
  const missing = Object.fromEntries(
    config.targetLocales.map((locale) => [locale, untranslated(locale, new URL(`file://${dir}/locales/`))]),
  );
  assert.deepEqual(
    missing,
    Object.fromEntries(config.targetLocales.map((locale) => [locale, []])),
    'untranslated messages, by language (run `npm run translations` and translate them in locales/<language>.xlf)',
  );
});

test('src/generated/locales matches locales/*.xlf', () => {
  const dir = localize('build');
  for (const file of readdirSync(join(dir, 'generated'))) {
    assert.equal(
      readFileSync(join(root, 'src/generated/locales', file), 'utf8'),
      lazyCatalog(readFileSync(join(dir, 'generated', file), 'utf8')),
      `src/generated/locales/${file} is stale: run \`npm run translations\``,
    );
  }
});

test("every message's id is readable and names where it lives: <element or data module>.<what>", async () => {
  const {elementTags} = await import('../../scripts/build/elements.mjs');
  const modules = readdirSync(join(root, 'src/data')).map((file) => file.replace(/\.ts$/, ''));
  const prefixes = [...elementTags().map((tag) => tag.replace(/^uclg-/, '')), ...modules, 'frame'];
  const dir = localize('extract');
  const ids = units(readFileSync(join(dir, 'locales', `${config.targetLocales[0]}.xlf`), 'utf8')).map((u) => u.id);
  assert.ok(ids.length > 0);
  assert.deepEqual(
    ids.filter((id) => !prefixes.includes(id.split('.')[0]) || !/^[a-z-]+\.[a-z0-9.-]+$/.test(id)),
    [],
  );
});

test("an id ending in a CLDR plural category is one of a count's six forms, all present", () => {
  // The bundles leave out of each catalog the forms its language's plural rules never choose
  // (rollup.config.mjs), recognised by that ending: a message that merely ended so would vanish.
  const categories = ['zero', 'one', 'two', 'few', 'many', 'other'];
  const ids = units(readFileSync(join(root, 'locales', `${config.targetLocales[0]}.xlf`), 'utf8')).map((u) => u.id);
  const counts = new Map();
  for (const id of ids) {
    const [, base, category] = /^(.*)\.([^.]+)$/.exec(id);
    if (categories.includes(category)) counts.set(base, [...(counts.get(base) ?? []), category]);
  }
  assert.ok(counts.size > 0);
  for (const [base, found] of counts) assert.deepEqual(found.sort(), [...categories].sort(), base);
});
