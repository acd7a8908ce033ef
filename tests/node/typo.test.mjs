// "A French typo fix touches only the files docs/translating.md names", proven: in a temporary copy
// of the repository, a French source text is changed in its msg() call and `npm run translations`
// is run, as that page's Translating section says. Only that file and the XLIFF files change, and every
// language keeps its translation of the message.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {copyRepository, root, trackedFiles} from './repository-copy.mjs';

let copy;
after(() => copy && rmSync(copy, {recursive: true, force: true}));

const tracked = trackedFiles();
const hashes = () =>
  Object.fromEntries(
    tracked.map((file) => [
      file,
      createHash('sha1')
        .update(readFileSync(join(copy, file)))
        .digest('hex'),
    ]),
  );

test(
  'a French typo fix changes its source file and the XLIFF files, and keeps every translation',
  {timeout: 120_000},
  async () => {
    copy = copyRepository('typo');
    const before = hashes();
    // The "typo": the mission's title, in the brochure's text (src/data/about.ts).
    const source = 'src/data/about.ts';
    const text = readFileSync(join(copy, source), 'utf8');
    assert.ok(text.includes("msg('Notre mission', {"));
    writeFileSync(join(copy, source), text.replace("msg('Notre mission', {", "msg('Notre mission\u00a0!', {"));
    execFileSync('npm', ['run', 'translations'], {cwd: copy, stdio: 'pipe'});
    const after = hashes();
    const changed = tracked.filter((file) => before[file] !== after[file]).sort();
    const {targetLocales} = await import(join(root, 'scripts/build/translations.mjs'));
    assert.deepEqual(changed, [...targetLocales().map((l) => `locales/${l}.xlf`), source].sort());
    for (const locale of targetLocales()) {
      const xliff = readFileSync(join(copy, 'locales', `${locale}.xlf`), 'utf8');
      const unit = /<trans-unit id="about.mission-title">([\s\S]*?)<\/trans-unit>/.exec(xliff)?.[1] ?? '';
      assert.match(unit, /<source>Notre mission\u00a0!<\/source>/, `${locale}: the new source`);
      assert.match(unit, /<target>[^<]+<\/target>/, `${locale}: the translation kept`);
    }
  },
);
