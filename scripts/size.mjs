// gzip -9 sizes of the built bundles against their budgets. `npm run size` prints the table;
// tests/node/size.test.mjs fails the build past a budget.
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {elementTags} from './elements.mjs';

/** An element's bundle's budget unless `budgets` sets its own. */
const elementBudget = 12;

/**
 * Budgets in KiB of gzip -9 output, each bundle with Lit and all three languages inside: every
 * element's own bundle (src/elements/<tag>/ → dist/<tag>.js), then the others.
 */
export const budgets = {
  ...Object.fromEntries(elementTags().map((tag) => [`${tag}.js`, elementBudget])),
  'uclg-commissions.js': 14,
  'uclg-about.js': 14,
  'uclg-sections-map.js': 45,
  'uclg-widgets.js': 60,
  'uclg-widgets.classic.js': null,
  // The frame route: the frame pages' script (the element's bundle comes on top), and the script
  // a host page adds to size its frames.
  'uclg-frame.js': 4,
  'uclg-frame-host.js': 1,
};

const dist = new URL('../dist/', import.meta.url);

/** One row per bundle: its name, raw and gzip -9 bytes, and its budget in bytes (or null). */
export function measure() {
  return Object.entries(budgets).map(([file, kib]) => {
    const bytes = readFileSync(new URL(file, dist));
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, {level: 9}).length,
      budget: kib === null ? null : kib * 1024,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.table(
    Object.fromEntries(
      measure().map(({file, raw, gzip, budget}) => [
        file,
        {
          minified: kib(raw),
          'gzip -9': kib(gzip),
          budget: budget === null ? '—' : kib(budget),
          status: budget === null ? '' : gzip <= budget ? 'ok' : 'OVER',
        },
      ]),
    ),
  );
}
