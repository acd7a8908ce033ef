// locales/GLOSSARY.md is the translators' reference: each language's messages use its terms where
// the French source uses the French term, and UCLG's and the sections' names and short names are
// the glossary's.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {importTs} from '../../scripts/build/import-ts.mjs';
import {targetLocales, units} from '../../scripts/build/translations.mjs';

const root = new URL('../../', import.meta.url);
const {msgIn, organisationText, sectionText, sectionIds} = await importTs('src/data/index.ts');

/** Per language (from its heading's "(code)"), each key's term and the other forms the messages may use. */
function glossary() {
  const languages = {};
  let current;
  for (const line of readFileSync(new URL('locales/GLOSSARY.md', root), 'utf8').split('\n')) {
    const heading = /^## .*\((\w+)\)/.exec(line);
    if (heading) languages[(current = heading[1])] = {};
    const [key, term, also = ''] = line.split(' | ').map((cell) => cell.replace(/^\|\s*|\s*\|$/g, '').trim());
    if (current && /^`[\w.-]+`$/.test(key)) {
      const forms = [term, ...also.split(';')].map((f) => f.trim()).filter(Boolean);
      languages[current][key.slice(1, -1)] = {term, forms};
    }
  }
  return languages;
}

const terms = glossary();
const locales = ['fr', ...targetLocales()];
const plain = (text) => text?.replace(/<x id="\d+" equiv-text="\$\{(\w+)\}"\/>/g, '{$1}') ?? '';
const messages = Object.fromEntries(
  locales.map((l) => [
    l,
    Object.fromEntries(
      units(readFileSync(new URL(`locales/${l === 'fr' ? 'en' : l}.xlf`, root), 'utf8')).map((u) => [
        u.id,
        plain(l === 'fr' ? u.source : u.target),
      ]),
    ),
  ]),
);
/** The ids whose English and Spanish are UCLG's official wording, which the glossary does not rewrite. */
const official = new Set(
  [
    ...readFileSync(new URL('locales/en.xlf', root), 'utf8').matchAll(
      /<trans-unit id="([^"]+)">[\s\S]*?<note[^>]*>([^<]*)</g,
    ),
  ]
    .filter(([, , note]) => note.startsWith("UCLG's official wording in fr, en and es"))
    .map(([, id]) => id),
);
const uses = (text, forms) => forms.some((f) => text.toLowerCase().includes(f.toLowerCase()));

test('the glossary has every language, each with the same keys', () => {
  assert.deepEqual(Object.keys(terms).sort(), [...locales].sort());
  for (const l of locales) assert.deepEqual(Object.keys(terms[l]), Object.keys(terms.fr), l);
});

test("UCLG's name and short name, and each section's, are the glossary's", () => {
  for (const l of locales) {
    const organisation = organisationText(msgIn(l));
    const sections = sectionText(msgIn(l));
    const actual = {name: organisation.name, acronym: organisation.acronym};
    const expected = {name: terms[l].name.term, acronym: terms[l].acronym.term};
    for (const id of sectionIds) {
      actual[`${id}.name`] = sections[id].name;
      actual[`${id}.short`] = sections[id].short;
      expected[`${id}.name`] = terms[l][`${id}.name`].term;
      expected[`${id}.short`] = terms[l][`${id}.short`].term;
    }
    assert.deepEqual(actual, expected, l);
  }
});

test("each language's messages use its glossary term wherever the French source uses the French one", () => {
  const keys = Object.keys(terms.fr).filter((key) => !key.includes('.'));
  const missing = [];
  for (const key of keys) {
    for (const [id, source] of Object.entries(messages.fr)) {
      // Short names follow their own rule (the next test), not the acronym's.
      if (!uses(source, terms.fr[key].forms) || id.endsWith('.short')) continue;
      for (const l of locales.slice(1)) {
        if (['en', 'es'].includes(l) && official.has(id)) continue;
        if (!uses(messages[l][id], terms[l][key].forms))
          missing.push(`${l} ${id} lacks ${key} (${terms[l][key].term})`);
      }
    }
  }
  assert.deepEqual(missing, []);
});

test('short section names: one rule per language, the same prefix before every region name', () => {
  // English keeps the sections' own English names (UCLG Africa, UCLG-Eurasia).
  for (const l of locales.filter((l) => l !== 'en')) {
    const prefix = (id) => {
      const {name, short} = sectionText(msgIn(l))[id];
      assert.ok(short.endsWith(name), `${l}: ${short} ends with ${name}`);
      return short.slice(0, -name.length);
    };
    assert.equal(prefix('africa'), prefix('eurasia'), l);
    assert.ok(prefix('africa').startsWith(terms[l].acronym.term), l);
  }
});

test("the README's language table says, per language, what the glossary says: whether UCLG publishes in it, who reviewed it", () => {
  const glossaryText = readFileSync(new URL('locales/GLOSSARY.md', root), 'utf8');
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  for (const l of locales) {
    const said = new RegExp(
      `^## .*\\(${l}\\).*\\n\\nVariant: .*UCLG publishes in it: (\\w+)\\. Reviewed by: (.*)\\.$`,
      'm',
    ).exec(glossaryText);
    assert.ok(said, `locales/GLOSSARY.md: ${l}`);
    const row = new RegExp(`^\\| [^|]*\\(${l}\\)[^|]* \\| [^|]+ \\| (\\w+) \\| ([^|]+) \\|$`, 'm').exec(readme);
    assert.ok(row, `README.md: no row for ${l}`);
    assert.deepEqual([row[1], row[2].trim()], [said[1], said[2]], l);
  }
});
