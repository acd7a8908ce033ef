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
const {figureText} = await importTs('src/elements/uclg-stats/uclg-stats.text.ts');
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

test('a number of billions takes its scale word from a message in its plural form (1, 2, 3, 5, 11, 55, 100)', () => {
  const ns = [1, 2, 3, 5, 11, 55, 100];
  const words = (locale) =>
    ns.map((n) => {
      const text = figureText({id: 'people', value: n * 1e9, kind: 'large'}, 1, locale, msgIn(locale));
      assert.equal(text.shown + text.unit, text.spoken, `${locale} ${n}`);
      return text.spoken;
    });
  // Arabic: 3 to 10 take the plural مليارات, 11 to 99 the accusative singular, 100 the genitive.
  assert.deepEqual(words('ar'), [
    '1 مليار',
    '2 مليار',
    '3 مليارات',
    '5 مليارات',
    '11 مليارًا',
    '55 مليارًا',
    '100 مليار',
  ]);
  assert.deepEqual(words('ru'), [
    '1 миллиард',
    '2 миллиарда',
    '3 миллиарда',
    '5 миллиардов',
    '11 миллиардов',
    '55 миллиардов',
    '100 миллиардов',
  ]);
  assert.deepEqual(words('fr'), [
    '1 milliard',
    '2 milliards',
    '3 milliards',
    '5 milliards',
    '11 milliards',
    '55 milliards',
    '100 milliards',
  ]);
  assert.deepEqual(words('pt'), [
    '1 bilhão',
    '2 bilhões',
    '3 bilhões',
    '5 bilhões',
    '11 bilhões',
    '55 bilhões',
    '100 bilhões',
  ]);
  assert.deepEqual(
    words('en'),
    ns.map((n) => `${n} billion`),
  );
  assert.deepEqual(
    words('tr'),
    ns.map((n) => `${n} milyar`),
  );
  // Chinese counts in 亿 (10⁸), as Intl does.
  assert.deepEqual(words('zh'), ['10亿', '20亿', '30亿', '50亿', '110亿', '550亿', '1000亿']);
  // The count-up passes through fractions: "2,5 milliards", "2,5 миллиарда".
  assert.equal(figureText({id: 'people', value: 5e9, kind: 'large'}, 0.5, 'ru', msgIn('ru')).spoken, '5 миллиардов');
  assert.equal(figureText({id: 'people', value: 5e9, kind: 'large'}, 0.5, 'ru', msgIn('ru')).shown, '2,5');
  assert.equal(figureText({id: 'people', value: 5e9, kind: 'large'}, 0.5, 'ru', msgIn('ru')).unit, ' миллиарда');
});
