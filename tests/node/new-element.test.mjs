// "Elements listed once", proven: in a temporary copy of the repository, a sixth element is added
// the way docs/architecture.md ("Changing things") says (its folder, story included, nothing else),
// then built and tested. The build must give it its bundle, budget, entry point, manifest entry,
// frame and Link pages; the README gallery and its page in docs/elements/ are made from the
// manifest; the element-wide browser tests must run on it.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {after, before, test} from 'node:test';
import {copyRepository} from './repository-copy.mjs';

let copy;
const run = (command, args, env = {}) =>
  execFileSync(command, args, {
    cwd: copy,
    stdio: 'pipe',
    encoding: 'utf8',
    env: {...process.env, ...env},
    timeout: 600_000,
  });

/** The files a contributor writes for `<uclg-example>`: its folder, and its story. */
const newElement = {
  'src/elements/uclg-example/uclg-example.ts': `import {html} from 'lit';
import {organisationText} from '../../data/organisation.js';
import {UclgElement} from '../../internal/uclg-element.js';

/**
 * A throwaway element, to prove that adding one takes its folder and its story only.
 *
 * @tag uclg-example
 * @summary The organisation's name, in the reader's language.
 */
export class UclgExample extends UclgElement {
  protected override render() {
    const {name, acronym} = organisationText(this.msg);
    return html\`<section part="base" aria-label=\${name}>
      \${this.renderHeading(name)}<p>\${acronym}</p>\${this.renderSource()}
    </section>\`;
  }
}
`,
  'src/elements/uclg-example/define.ts': `import {defineElement} from '../../internal/define.js';
import {UclgExample} from './uclg-example.js';

export {UclgExample};
defineElement('uclg-example', UclgExample);

declare global {
  interface HTMLElementTagNameMap {
    'uclg-example': UclgExample;
  }
}
`,
  'src/elements/uclg-example/uclg-example.stories.ts': `import './define.js';
import {metaFor} from '../../../stories/manifest.js';

export default {title: 'Elements/uclg-example', component: 'uclg-example', ...metaFor('uclg-example')};
export const Default = {};
export const Dark = {args: {theme: 'dark'}};
`,
};

before(() => {
  copy = copyRepository('new-element');
  for (const [file, text] of Object.entries(newElement)) {
    mkdirSync(dirname(join(copy, file)), {recursive: true});
    writeFileSync(join(copy, file), text);
  }
});
after(() => rmSync(copy, {recursive: true, force: true}));

test('the sixth element is one folder', () => {
  assert.deepEqual([...new Set(Object.keys(newElement).map((file) => dirname(file)))], ['src/elements/uclg-example']);
});

test('a sixth element needs its folder, nothing else', {timeout: 900_000}, () => {
  run('npm', ['run', 'build']);
  // The README's gallery and images, and the element's page, are made, not written (the gallery
  // and docs tests below read them).
  run('node', ['scripts/tools/screenshot.mjs', '--readme']);
  run('npm', ['run', 'docs']);
  const dist = (path) => join(copy, 'dist', path);
  assert.ok(existsSync(dist('uclg-example.js')), 'its own bundle');
  assert.match(readFileSync(join(copy, 'src/generated/define-all.ts'), 'utf8'), /uclg-example\/define\.js/);
  assert.match(
    readFileSync(join(copy, 'README.md'), 'utf8'),
    /!\[The organisation's name[^\]]*\]\(docs\/uclg-example\.png\)/,
  );
  const page = readFileSync(join(copy, 'docs/elements/uclg-example.md'), 'utf8');
  assert.match(
    page,
    /<!-- api -->[\s\S]*!\[The organisation's name[^\]]*\]\(\.\.\/uclg-example\.png\)[\s\S]*<!-- \/api -->/,
  );
  assert.match(
    readFileSync(join(copy, 'docs/elements/README.md'), 'utf8'),
    /\]\(uclg-example\.md\)/,
    'its page indexed',
  );
  const {version} = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'));
  assert.ok(existsSync(dist(`v${version}/frame/uclg-example.html`)), 'its Frame page');
  assert.ok(existsSync(dist(`v${version}/embed/uclg-example/fr-light.json`)), 'its Link pages and oEmbed documents');
  // The Node tests that list elements (entry points, budgets, manifest, gallery, messages, docs).
  run('node', [
    '--test',
    'tests/node/docs.test.mjs',
    'tests/node/package.test.mjs',
    'tests/node/size.test.mjs',
    'tests/node/manifest.test.mjs',
    'tests/node/localization.test.mjs',
  ]);
  // The element-wide browser tests take their elements from the manifest, which lists it.
  const manifest = JSON.parse(readFileSync(dist('custom-elements.json'), 'utf8'));
  assert.ok(manifest.modules.some((m) => m.declarations?.some((d) => d.tagName === 'uclg-example')));
  run(
    'npx',
    [
      'web-test-runner',
      '--files',
      'tests/every-element.test.ts',
      'tests/registration.test.ts',
      'tests/bundles.test.ts',
    ],
    {ENGINES: 'chromium'},
  );
});
