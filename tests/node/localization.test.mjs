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
    interchange: {...config.interchange, xliffDir: join(dir, 'locales')},
    output: {...config.output, outputDir: join(dir, 'generated'), localeCodesModule: join(dir, 'locale-codes.ts')},
  };
  writeFileSync(join(dir, 'lit-localize.json'), JSON.stringify(copy));
  execFileSync(cli, [command, '--config', join(dir, 'lit-localize.json')], {cwd: root, stdio: 'pipe'});
  return dir;
}

const units = (xliff) =>
  [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1],
    target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
  }));

test('every message has a target in every locale', () => {
  const dir = localize('extract');
  for (const locale of config.targetLocales) {
    const untranslated = units(readFileSync(join(dir, 'locales', `${locale}.xlf`), 'utf8')).filter(
      (u) => !u.target?.trim(),
    );
    assert.deepEqual(
      untranslated.map((u) => u.id),
      [],
      `locales/${locale}.xlf lacks targets (run \`npx lit-localize extract\` and translate them)`,
    );
  }
});

test('src/generated/locales matches locales/*.xlf', () => {
  const dir = localize('build');
  for (const file of readdirSync(join(dir, 'generated'))) {
    assert.equal(
      readFileSync(join(root, 'src/generated/locales', file), 'utf8'),
      readFileSync(join(dir, 'generated', file), 'utf8'),
      `src/generated/locales/${file} is stale: run \`npm run localize\``,
    );
  }
});

test("every message's id is readable and names its element: <element>.<what>", async () => {
  const {elementTags} = await import('../../scripts/elements.mjs');
  const prefixes = elementTags().map((tag) => tag.replace(/^uclg-/, ''));
  const dir = localize('extract');
  const ids = units(readFileSync(join(dir, 'locales', `${config.targetLocales[0]}.xlf`), 'utf8')).map((u) => u.id);
  assert.ok(ids.length > 0);
  assert.deepEqual(
    ids.filter((id) => !prefixes.includes(id.split('.')[0]) || !/^[a-z-]+\.[a-z0-9.-]+$/.test(id)),
    [],
  );
});
