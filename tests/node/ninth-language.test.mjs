// "A ninth language adds 0 bytes to a one-language bundle", proven: in a temporary copy of the
// repository, a throwaway language (Esperanto, `eo`, a copy of the English files) is added the way
// the README's "Translating" says (its XLIFF files), then a few bundles are built again. Each
// one-language bundle must come out the same length (the index of the languages it carries the
// integrity of is new, its length is not); the bundle with every language, built beside them, must grow
// (so the test sees growth where there is some).
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {gzipSync} from 'node:zlib';
import {copyRepository, root} from './repository-copy.mjs';

let copy;
const run = (command, args, env = {}) =>
  execFileSync(command, args, {cwd: copy, stdio: 'pipe', encoding: 'utf8', env: {...process.env, ...env}});

/** Built in the copy and compared with the same files of this repository's build. */
const oneLanguage = ['uclg-stats.en.js', 'uclg-stats.fr.js', 'uclg-sections-map.ar.js'];
const everyLanguage = 'uclg-stats.js';

before(() => {
  copy = copyRepository('ninth-language');
  // The ninth language: each set of messages gets its XLIFF file, as a translator's would be.
  for (const folder of ['locales/', 'locales/site/']) {
    const english = readFileSync(join(copy, folder, 'en.xlf'), 'utf8');
    writeFileSync(join(copy, folder, 'eo.xlf'), english.replace('target-language="en"', 'target-language="eo"'));
  }
});
after(() => rmSync(copy, {recursive: true, force: true}));

test('a ninth language adds 0 bytes to a one-language bundle', {timeout: 600_000}, () => {
  run('node', ['scripts/build/translations.mjs', '--build']);
  assert.match(readFileSync(join(copy, 'lit-localize.json'), 'utf8'), /"eo"/, 'the language is added');
  run('npx', ['tsc', '-p', 'tsconfig.build.json']);
  run('node', ['scripts/build/messages.mjs']);
  run('npx', ['rollup', '-c', '--silent'], {UCLG_BUNDLES: [...oneLanguage, everyLanguage].join(',')});
  const index = JSON.parse(readFileSync(join(copy, 'dist/uclg-messages.json'), 'utf8'));
  assert.ok(index.languages.eo?.integrity, 'the index lists the ninth language');
  const integrityOf = (code) => /sha384-[A-Za-z0-9+/]+=*/.exec(code)?.[0];
  for (const name of oneLanguage) {
    const before = readFileSync(join(root, 'dist', name));
    const after = readFileSync(join(copy, 'dist', name));
    assert.ok(after.length === before.length, `${name}: ${after.length - before.length} bytes more`);
    assert.notEqual(integrityOf(after.toString()), integrityOf(before.toString()), `${name} names the new index`);
    // Compressed, the index's new hash (64 characters of base64, and the minifier's names, which
    // follow the characters' frequencies) may move a few bytes either way; no language is in it.
    const gzip = (bytes) => gzipSync(bytes, {level: 9}).length;
    assert.ok(Math.abs(gzip(after) - gzip(before)) <= 8, `${name}: ${gzip(after) - gzip(before)} bytes more gzipped`);
  }
  const grown =
    readFileSync(join(copy, 'dist', everyLanguage)).length - readFileSync(join(root, 'dist', everyLanguage)).length;
  assert.ok(grown > 100, `${everyLanguage}, with every language, grows by ${grown} bytes`);
});
