/**
 * The words of <uclg-commissions>'s filter and list, through the element's `msg`; the brochure's
 * text (purposes, values, fields) is data (src/data/commissions.ts, src/data/about.ts).
 */
import {commissionBodiesYear, commissionFields} from '../../data/commissions.js';
import {addFormatted, formatNumber, formatYear, plural} from '../../internal/intl.js';
import {uclgCommissions} from '../../generated/formatted.js';
import {str, type Locale, type Msg} from '../../internal/localize.js';

// What the build's Intl wrote for this element's texts (scripts/build/formatted.mjs).
addFormatted(uclgCommissions);

export const commissionsInterfaceText = (msg: Msg) => ({
  filterLabel: msg('Filtrer les domaines', {
    id: 'commissions.filter-label',
    desc: "Label of the box that filters the list of fields. Interface text, not UCLG's.",
  }),
  showAll: msg('Afficher tous les domaines', {
    id: 'commissions.show-all',
    desc: "Button that empties the filter when nothing matches. Interface text, not UCLG's.",
  }),
  /** The number of fields listed while the box is empty; `shown` is `n` formatted. */
  count: (locale: Locale, n: number, shown: string): string =>
    plural(locale, n, {
      zero: () =>
        msg(str`${shown} domaines`, {
          id: 'commissions.count.zero',
          desc: 'Count of the fields listed (22 unfiltered). Interface text, not UCLG\'s. CLDR plural form "zero" (a language without it never shows it: copy its other form).',
        }),
      one: () =>
        msg(str`${shown} domaine`, {
          id: 'commissions.count.one',
          desc: 'Count of the fields listed (22 unfiltered). Interface text, not UCLG\'s. CLDR plural form "one" (a language without it never shows it: copy its other form).',
        }),
      two: () =>
        msg(str`${shown} domaines`, {
          id: 'commissions.count.two',
          desc: 'Count of the fields listed (22 unfiltered). Interface text, not UCLG\'s. CLDR plural form "two" (a language without it never shows it: copy its other form).',
        }),
      few: () =>
        msg(str`${shown} domaines`, {
          id: 'commissions.count.few',
          desc: 'Count of the fields listed (22 unfiltered). Interface text, not UCLG\'s. CLDR plural form "few" (a language without it never shows it: copy its other form).',
        }),
      many: () =>
        msg(str`${shown} domaines`, {
          id: 'commissions.count.many',
          desc: 'Count of the fields listed (22 unfiltered). Interface text, not UCLG\'s. CLDR plural form "many" (a language without it never shows it: copy its other form).',
        }),
      other: () =>
        msg(str`${shown} domaines`, {
          id: 'commissions.count.other',
          desc: 'Count of the fields listed (22 unfiltered). Interface text, not UCLG\'s. CLDR plural form "other" (a language without it never shows it: copy its other form).',
        }),
    }),
  /** The number of fields matching the filter; `shown` is `n` formatted. */
  found: (locale: Locale, n: number, shown: string): string =>
    plural(locale, n, {
      zero: () =>
        msg(str`${shown} domaines trouvés`, {
          id: 'commissions.found.zero',
          desc: 'Number of fields matching the filter. Interface text, not UCLG\'s. CLDR plural form "zero" (a language without it never shows it: copy its other form).',
        }),
      one: () =>
        msg(str`${shown} domaine trouvé`, {
          id: 'commissions.found.one',
          desc: 'Number of fields matching the filter. Interface text, not UCLG\'s. CLDR plural form "one" (a language without it never shows it: copy its other form).',
        }),
      two: () =>
        msg(str`${shown} domaines trouvés`, {
          id: 'commissions.found.two',
          desc: 'Number of fields matching the filter. Interface text, not UCLG\'s. CLDR plural form "two" (a language without it never shows it: copy its other form).',
        }),
      few: () =>
        msg(str`${shown} domaines trouvés`, {
          id: 'commissions.found.few',
          desc: 'Number of fields matching the filter. Interface text, not UCLG\'s. CLDR plural form "few" (a language without it never shows it: copy its other form).',
        }),
      many: () =>
        msg(str`${shown} domaines trouvés`, {
          id: 'commissions.found.many',
          desc: 'Number of fields matching the filter. Interface text, not UCLG\'s. CLDR plural form "many" (a language without it never shows it: copy its other form).',
        }),
      other: () =>
        msg(str`${shown} domaines trouvés`, {
          id: 'commissions.found.other',
          desc: 'Number of fields matching the filter. Interface text, not UCLG\'s. CLDR plural form "other" (a language without it never shows it: copy its other form).',
        }),
    }),
  /** Said when the filter, `query`, matches no field. */
  noMatch: (query: string): string =>
    msg(str`Aucun domaine ne correspond à « ${query} »`, {
      id: 'commissions.no-match',
      desc: "Said when the filter matches no field; the placeholder is what the reader typed. Interface text, not UCLG's.",
    }),
  /** The kind of UCLG body a field belonged to in `year`. */
  body: (kind: 'committee' | 'working-group', year: string): string =>
    kind === 'committee'
      ? msg(str`Commission en ${year}`, {
          id: 'commissions.body-committee',
          desc: "A field's UCLG body was a committee in that year (2015; UCLG's structure has changed since): EN Committee, ES Comisión, UCLG's own terms (uclg-facts.md §3).",
        })
      : msg(str`Groupe de travail en ${year}`, {
          id: 'commissions.body-working-group',
          desc: "A field's UCLG body was a working group in that year (2015; UCLG's structure has changed since): EN and ES are UCLG's own terms (uclg-facts.md §3).",
        }),
});

/** "`n` fields" listed with the box empty, or "`n` fields found" by a filter, in `locale`. */
export const fieldCount = (
  words: ReturnType<typeof commissionsInterfaceText>,
  locale: Locale,
  n: number,
  found: boolean,
): string => (found ? words.found : words.count)(locale, n, formatNumber(locale, n));

/**
 * Every text <uclg-commissions> makes from its data in `locale`, so that the build has `Intl` write
 * its numbers and plurals (scripts/build/formatted.mjs): every count of fields it can show, and
 * the year it dates the fields' bodies by.
 */
export function textsFromData(locale: Locale, msg: Msg): string[] {
  const words = commissionsInterfaceText(msg);
  const n = commissionFields.length;
  return [
    words.body('committee', formatYear(locale, commissionBodiesYear)),
    fieldCount(words, locale, n, false),
    ...commissionFields.map((_, i) => fieldCount(words, locale, i + 1, true)),
  ];
}
