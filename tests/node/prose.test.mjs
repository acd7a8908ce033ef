// Numbers and lists that prose repeats are held to what the build makes: the languages (from
// lit-localize.json, named by scripts/build/languages.mjs) wherever the README and package.json
// list them, and the number of Link pages wherever the README or docs/ count them.
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {test} from 'node:test';
import {languageList, locales} from '../../scripts/build/languages.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const {version, description} = JSON.parse(read('package.json'));
const prose = () => {
  const docs = readdirSync(new URL('docs/', root), {recursive: true}).filter((f) => String(f).endsWith('.md'));
  return [['README.md', read('README.md')], ...docs.map((f) => [`docs/${f}`, read(`docs/${f}`)])];
};

// The embed page lists them itself, in the reader's language, from embed.json (the configurator test reads it).
test('the languages are listed as the build names them: package.json and the README', () => {
  const list = languageList();
  assert.equal(list.split(/, | and /).length, locales.length);
  assert.ok(description.includes(list), `package.json's description: ${description}`);
  assert.ok(read('README.md').replace(/\s+/g, ' ').includes(list), 'README');
  assert.doesNotMatch(read('dist/index.html'), /%[A-Z]+%/, 'the embed page has a placeholder left');
});

test('the README and docs/ give the number of Link pages the build writes', () => {
  const pages = readdirSync(new URL(`dist/v${version}/embed/`, root), {recursive: true}).filter((f) =>
    String(f).endsWith('.html'),
  ).length;
  const counts = prose().flatMap(([file, text]) =>
    [...text.matchAll(/(\d[\d,]*) (?:prebuilt )?Link pages/g)].map((m) => [file, Number(m[1].replace(',', ''))]),
  );
  assert.ok(counts.length, 'no prose counts the Link pages');
  for (const [file, count] of counts) assert.equal(count, pages, `${file} says ${count} Link pages`);
});
