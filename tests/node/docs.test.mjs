// The README is the front door and docs/ holds the rest: the README stays short, every page of
// docs/ can be reached from it, no link leads nowhere, and each element's page says what the
// manifest says (its `<!-- api -->` part is made by scripts/tools/element-docs.mjs, so a stale one means
// `npm run build && npm run docs` was not run).
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join, normalize} from 'node:path';
import {test} from 'node:test';
import {declarations} from '../../scripts/build/manifest.mjs';
import {apiRegion, pagesRegion} from '../../scripts/tools/element-docs.mjs';

const root = new URL('../../', import.meta.url).pathname;
const read = (file) => readFileSync(join(root, file), 'utf8');
const pages = readdirSync(join(root, 'docs'), {recursive: true})
  .map(String)
  .filter((file) => file.endsWith('.md'))
  .map((file) => join('docs', file))
  .sort();
const prose = ['README.md', ...pages];

/** The relative targets of a Markdown file's links and images, as paths from the root. */
function links(file) {
  // Code is not a link: `[x](y)` in a code span or block is an example.
  const text = read(file)
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
    .map((target) => normalize(join(dirname(file), decodeURIComponent(target.split('#')[0]))));
}

test('the README is at most 10,000 bytes', () => {
  const size = Buffer.byteLength(read('README.md'));
  assert.ok(size <= 10_000, `README.md is ${size} bytes: move the detail to a page of docs/`);
});

test('every page of docs/ is linked from the README, or from an index the README links', () => {
  const direct = links('README.md');
  // An index (a folder's README.md) linked from the README lists the pages of its folder.
  const reached = new Set([...direct, ...direct.filter((f) => f.endsWith('/README.md')).flatMap(links)]);
  const missing = pages.filter((page) => !reached.has(page));
  assert.deepEqual(missing, [], 'pages no link from the README reaches');
});

test('every relative link and image of the README and docs/ points to a file that exists', () => {
  const broken = prose.flatMap((file) =>
    links(file)
      .filter((target) => !existsSync(join(root, target)))
      .map((target) => `${file} → ${target}`),
  );
  assert.deepEqual(broken, []);
});

test("each element of the manifest has its page, whose API part is the manifest's", () => {
  const list = declarations(join(root, 'dist/custom-elements.json'));
  assert.ok(list.length, 'the manifest lists no element');
  for (const declaration of list) {
    const file = `docs/elements/${declaration.tagName}.md`;
    assert.ok(existsSync(join(root, file)), `${file} is missing: run \`npm run docs\``);
    const region = /<!-- api -->[\s\S]*?<!-- \/api -->/.exec(read(file))?.[0];
    assert.equal(region, apiRegion(declaration), `${file} is stale: run \`npm run build && npm run docs\``);
  }
  const index = /<!-- pages -->[\s\S]*?<!-- \/pages -->/.exec(read('docs/elements/README.md'))?.[0];
  assert.equal(index, pagesRegion(list), 'docs/elements/README.md lists other pages: run `npm run docs`');
});
