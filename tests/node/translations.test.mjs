// The translations a native reader would sign (issue 21): one test per fix, each failing without
// it. The messages are read from locales/*.xlf (the localization test holds the catalogs to them),
// a placeholder written as {name}.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {importTs} from '../../scripts/build/import-ts.mjs';
import {targetLocales, units} from '../../scripts/build/translations.mjs';

const {msgIn, locales} = await importTs('src/internal/localize.ts');
const {formatYear} = await importTs('src/internal/intl.ts');
const {aboutText, founded} = await importTs('src/data/about.ts');
const {sectionsMapText} = await importTs('src/elements/uclg-sections-map/uclg-sections-map.text.ts');

const root = new URL('../../', import.meta.url);
const plain = (text) => text?.replace(/<x id="\d+" equiv-text="\$\{(\w+)\}"\/>/g, '{$1}');
/** Every message of `locale` by id; French, the source, from any file's sources. */
const read = (locale) =>
  Object.fromEntries(
    units(readFileSync(new URL(`locales/${locale === 'fr' ? 'en' : locale}.xlf`, root), 'utf8')).map((u) => [
      u.id,
      plain(locale === 'fr' ? u.source : u.target),
    ]),
  );
const messages = Object.fromEntries(['fr', ...targetLocales()].map((l) => [l, read(l)]));
const matching = (locale, pattern) => Object.entries(messages[locale]).filter(([, text]) => pattern.test(text));

test('ar: UCLG is منظمة المدن والحكومات المحلية المتحدة, in its own name and every section organisation', () => {
  // uclg-facts.md §7: the word order UCLG-MEWA and the Arabic press use.
  const ar = messages.ar;
  assert.equal(ar['organisation.name'], 'منظمة المدن والحكومات المحلية المتحدة');
  assert.deepEqual(matching('ar', /المدن المتحدة/), []);
  for (const id of ['africa', 'asia-pacific', 'eurasia', 'middle-east-west-asia', 'north-america'])
    assert.match(ar[`sections.${id}.organisation`], /المدن والحكومات المحلية المتحدة/, id);
  assert.match(ar['about.mission'], /منظمة المدن والحكومات المحلية المتحدة/);
});

test('ar: 193 takes the accusative in "of the 193 UN member states"', () => {
  assert.equal(messages.ar['stats.countries-label'], 'من أصل {total} دولةً عضوًا في الأمم المتحدة');
});

test('ar: every objective starts with a verbal noun without the article ("دعم" for PROMOUVOIR)', () => {
  const verbs = ['strengthen', 'mobilise', 'promote', 'encourage'].map((id) => messages.ar[`about.${id}.verb`]);
  assert.deepEqual(verbs, ['تعزيز', 'حشد', 'دعم', 'تشجيع']);
  assert.doesNotMatch(messages.ar['about.promote.text'], /^ب/);
});

test('pt is Brazilian Portuguese throughout, as Intl writes its numbers (pt-BR)', () => {
  assert.equal(new Intl.NumberFormat('pt').format(240000), '240.000');
  const european =
    /secç|contacto|económ|género|planeament|governação|Médio Oriente|Alterações climáticas|dinamiza|põem em comum|no seio d/i;
  assert.deepEqual(matching('pt', european), []);
  const pt = messages.pt;
  assert.match(pt['sections-map.title'], /seções/);
  assert.match(pt['sections.metropolitan.name'], /^Seção/);
  assert.match(pt['contact.add-to-contacts'], /contatos/);
  assert.match(pt['commissions.field.urban-strategic-planning'], /^Planejamento/);
  assert.match(pt['commissions.field.climate-change'], /^Mudanças climáticas/);
  assert.match(pt['sections.middle-east-west-asia.name'], /^Oriente Médio/);
  assert.match(pt['about.taskforce'], /facilita/);
  assert.match(pt['commissions.intro'], /compartilham/);
});

test('zh: every title that asks ends with a full-width question mark', () => {
  assert.equal(messages.zh['about.title'], '我们是谁？');
  for (const id of ['about.title', 'stats.countries-lead']) assert.match(messages.zh[id], /？$/, id);
});

test('zh: a task force (工作队) is not a working group (工作组)', () => {
  assert.match(messages.zh['about.taskforce-name'], /工作队$/);
  assert.deepEqual(
    matching('zh', /工作组/)
      .map(([id]) => id)
      .filter((id) => id.startsWith('about.')),
    [],
  );
  assert.match(messages.zh['commissions.body-working-group'], /工作组/);
});

test('zh: the population share label reads as a phrase after "70%"', () => {
  assert.equal(messages.zh['stats.population-share-label'], '的世界总人口');
});

test('ru: the Global Taskforce has a Russian name, in Cyrillic, and the sentence keeps it whole', () => {
  const name = messages.ru['about.taskforce-name'];
  assert.doesNotMatch(name, /[A-Za-z]/);
  assert.match(name, /^Глобальная целевая группа/);
  assert.match(messages.ru['about.taskforce'], /^\{name\} объединяет/);
});

test('tr: the Taskforce sentence has the name as its subject, in the nominative', () => {
  // Before: "… bir araya getiren {name} çalışmalarını …", the name without its genitive.
  assert.match(messages.tr['about.taskforce'], /^\{name\}, .+ ve çalışmalarını UCLG kolaylaştırır\.$/);
});

test('fr: the sources write the French apostrophe ’, never the typewriter one', () => {
  assert.deepEqual(matching('fr', /'/), []);
  assert.match(messages.fr['about.values'], /l’autonomie/);
});

test('a year is a placeholder formatted as a number of the language, without grouping', () => {
  // A page that writes Arabic with Arabic-Indic digits would otherwise mix ٢٤٠٬٠٠٠ with 2004.
  for (const locale of Object.keys(messages)) assert.deepEqual(matching(locale, /\d{4}/), [], locale);
  assert.equal(formatYear('fr', 2004), '2004'); // a count would be "2 004"
  assert.equal(formatYear('ar-EG', 2004), '٢٠٠٤');
  for (const locale of locales)
    assert.ok(aboutText(msgIn(locale)).history(formatYear(locale, founded)).includes('2004'), locale);
  assert.match(aboutText(msgIn('ar')).history('٢٠٠٤'), /عام ٢٠٠٤،/);
});

test('Arabic and Chinese texts use the punctuation of their script, joins included', () => {
  // Before, the map joined its texts in code with ", " and " — … (…)".
  assert.deepEqual(matching('ar', /[,;?]/), []);
  assert.deepEqual(matching('zh', /[,;?()]/), []);
  const joins = (locale) => {
    const words = sectionsMapText(msgIn(locale));
    return [words.pair('A', 'B'), words.listEntry('A', 'B', 'C')];
  };
  assert.deepEqual(joins('fr'), ['A, B', 'A — B (C)']);
  assert.deepEqual(joins('ar'), ['A، B', 'A — B (C)']);
  assert.deepEqual(joins('zh'), ['A，B', 'A——B（C）']);
});
