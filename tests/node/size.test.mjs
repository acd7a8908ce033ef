// Every bundle within its gzip budget (the test's name says how far from it), and none carries the
// tables only the build or the tests read.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {beforeFinerMaps, budgets, frameRoute, frameRouteBudget, measure} from '../../scripts/tools/size.mjs';

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

for (const {file, gzip, budget} of measure()) {
  if (budget === null) continue;
  const delta = budget - gzip;
  test(`dist/${file}: ${kib(gzip)} gzip, ${delta >= 0 ? `${kib(delta)} under` : `${kib(-delta)} OVER`} its ${kib(budget)} budget`, () => {
    assert.ok(gzip <= budget, `dist/${file} is ${gzip} bytes gzipped, over its budget of ${budget}`);
  });
}

for (const {file, gzip} of measure().filter(({file}) => file in beforeFinerMaps)) {
  test(`dist/${file}: the sections' finer maps cost the world view ${gzip - beforeFinerMaps[file]} bytes gzip, at most 1 KiB`, () => {
    assert.ok(gzip - beforeFinerMaps[file] <= 1024, `dist/${file} is ${gzip} bytes gzipped`);
  });
}

test('no bundle ships the build-only tables (reasons, isoNumeric)', async () => {
  const dist = new URL('../../dist/', import.meta.url);
  const {reasons} = await import(new URL('lib/data/countries.js', dist));
  const {isoNumeric} = await import(new URL('lib/data/iso-numeric.js', dist));
  const reason = Object.values(reasons)[0].slice(0, 40);
  for (const file of Object.keys(budgets).filter((f) => f.startsWith('uclg-'))) {
    const code = readFileSync(new URL(file, dist), 'utf8');
    assert.ok(!code.includes(reason), `dist/${file} carries the reasons`);
    for (const [n] of Object.entries(isoNumeric).slice(0, 3)) {
      assert.ok(!new RegExp(`["']?${n}["']?:\\s*["'][A-Z]{2}["']`).test(code), `dist/${file} carries isoNumeric`);
    }
  }
});

for (const {tag, gzip, preloaded, bundle} of frameRoute()) {
  test(`<${tag}>'s Frame route costs at most ${frameRouteBudget} bytes gzip more than its Script route`, () => {
    assert.ok(
      gzip <= frameRouteBudget,
      `frame/${tag}.html with the frame script, style and host script: ${gzip} bytes gzipped`,
    );
  });
  test(`<${tag}>'s frame page preloads its bundle, so the Frame route takes one request round more, not two`, () => {
    assert.equal(preloaded, bundle, `frame/${tag}.html preloads ${preloaded ?? 'nothing'}`);
  });
}
