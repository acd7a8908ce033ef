import assert from 'node:assert/strict';
import {test} from 'node:test';
import {frameRoute, frameRouteBudget, measure} from '../../scripts/size.mjs';

for (const {file, gzip, budget} of measure()) {
  if (budget === null) continue;
  test(`dist/${file} stays within its gzip budget`, () => {
    assert.ok(gzip <= budget, `dist/${file} is ${gzip} bytes gzipped, over its budget of ${budget}`);
  });
}

for (const {tag, gzip, preloaded, bundle} of frameRoute()) {
  test(`<${tag}>'s Frame route costs at most ${frameRouteBudget} bytes gzip more than its Script route`, () => {
    assert.ok(gzip <= frameRouteBudget, `frame/${tag}.html with the frame script, style and host script: ${gzip} bytes gzipped`);
  });
  test(`<${tag}>'s frame page preloads its bundle, so the Frame route takes one request round more, not two`, () => {
    assert.equal(preloaded, bundle, `frame/${tag}.html preloads ${preloaded ?? 'nothing'}`);
  });
}
