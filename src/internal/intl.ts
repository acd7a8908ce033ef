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

/**
 * A year as the language writes its numbers (its digits), without the grouping a count takes:
 * "2004", never "2 004" (a year is a number, so a page in Arabic-Indic digits writes it in them too).
 */
export const formatYear = (locale: string, year: number): string =>
  numberFormat(locale, {useGrouping: false}).format(year);

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

/** The form the plural rules of `locale` choose for `n`: only that form's message is looked up. */
export const plural = (locale: string, n: number, forms: PluralForms): string => forms[pluralRules(locale).select(n)]();
