import assert from 'node:assert/strict';
import {test} from 'node:test';
import {measure} from '../../scripts/size.mjs';

for (const {file, gzip, budget} of measure()) {
  if (budget === null) continue;
  test(`dist/${file} stays within its gzip budget`, () => {
    assert.ok(gzip <= budget, `dist/${file} is ${gzip} bytes gzipped, over its budget of ${budget}`);
  });
}
