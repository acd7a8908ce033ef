import {numberingSystems} from '../generated/directions.js';

/**
 * Cached `Intl` formatters: building one costs far more than using it, and every element
 * formats in its own language, so formatters are shared per (locale, options).
 */
const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

/**
 * A number format in `locale`, in the digits the build chose for it (src/generated/directions.ts),
 * unless `options` names others: the same in every engine, and as in the texts the build formats.
 */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached(
    'number',
    locale,
    options,
    () => new Intl.NumberFormat(locale, {numberingSystem: numberingSystems[locale], ...options}),
  );

/** What `Intl` wrote at build time, per language, by what was formatted (see {@link atBuild}). */
export type Formatted = Partial<Record<string, Readonly<Record<string, string>>>>;

/** The build's formatting of the elements on the page: each element's text module adds its own. */
const formatted: Partial<Record<string, Record<string, string>>> = {};

/** Adds an element's share of src/generated/formatted.ts (its text module does, as it loads). */
export function addFormatted(table: Formatted): void {
  for (const [locale, entries] of Object.entries(table)) Object.assign((formatted[locale] ??= {}), entries);
}

/** While the build records (scripts/build/formatted.mjs): told of everything formatted. */
let record: ((locale: string, key: string, value: string) => void) | undefined;

/**
 * Has the build record what `Intl` writes (Node's full ICU) for each text the elements make from
 * their bundled data, in every supported language, with no lookup in the table it makes.
 */
export const recordFormatting = (to: typeof record): void => void (record = to);

/**
 * What the build's `Intl` wrote for `key` in `locale` (src/generated/formatted.ts: every number,
 * plural category and scale the elements show from their data); else `make()`, by `Intl` at run
 * time: for a language loaded later, a value known only then (a count-up's steps, a filter's
 * count beyond the data's), or while the build records.
 */
function atBuild(locale: string, key: string, make: () => string): string {
  const known = record ? undefined : formatted[locale]?.[key];
  if (known !== undefined) return known;
  const value = make();
  record?.(locale, key, value);
  return value;
}

/** `n` formatted in `locale` (with `options`): as the build wrote it, where it did. */
export const formatNumber = (locale: string, n: number, options: Intl.NumberFormatOptions = {}): string =>
  atBuild(locale, `${JSON.stringify(options)}${n}`, () => numberFormat(locale, options).format(n));

/**
 * The power of ten `Intl`'s compact notation writes `value` in, in `locale` (10⁹ for "5 milliards";
 * 10⁸ in Chinese, "50亿"); 1 for a value it writes in full.
 */
export const compactScale = (locale: string, value: number): number =>
  Number(
    atBuild(locale, `s${value}`, () => {
      const parts = numberFormat(locale, {
        notation: 'compact',
        compactDisplay: 'long',
        numberingSystem: 'latn',
      }).formatToParts(value);
      const count = Number(
        parts
          .filter((p) => p.type === 'integer' || p.type === 'decimal' || p.type === 'fraction')
          .map((p) => (p.type === 'decimal' ? '.' : p.value))
          .join(''),
      );
      return String(count > 0 ? value / count : 1);
    }),
  );

/**
 * A year as the language writes its numbers (its digits), without the grouping a count takes:
 * "2004", never "2 004" (a year is a number, so a page in Arabic-Indic digits writes it in them too).
 */
export const formatYear = (locale: string, year: number): string => formatNumber(locale, year, {useGrouping: false});

export const displayNames = (locale: string, options: Intl.DisplayNamesOptions) =>
  cached('names', locale, options, () => new Intl.DisplayNames(locale, options));

export const collator = (locale: string, options: Intl.CollatorOptions = {}) =>
  cached('collator', locale, options, () => new Intl.Collator(locale, options));

export const pluralRules = (locale: string, options: Intl.PluralRulesOptions = {}) =>
  cached('plural', locale, options, () => new Intl.PluralRules(locale, options));

export const listFormat = (locale: string, options: Intl.ListFormatOptions = {}) =>
  cached('list', locale, options, () => new Intl.ListFormat(locale, options));

/**
 * One form of a count's message for each of CLDR's plural categories, each a `msg()` call of its
 * own (lit-localize has no plural syntax): a language's translator fills the forms its plural
 * rules use (Arabic all six, Russian one, few, many, other) and copies `other` into the rest.
 */
export type PluralForms = Readonly<Record<Intl.LDMLPluralRule, () => string>>;

/**
 * The form the plural rules of `locale` choose for `n`: only that form's message is looked up (a
 * category no form has, which no build writes, takes `other`).
 */
export function plural(locale: string, n: number, forms: PluralForms): string {
  const category = atBuild(locale, `p${n}`, () => pluralRules(locale).select(n));
  return (Object.hasOwn(forms, category) ? forms[category as Intl.LDMLPluralRule] : forms.other)();
}
