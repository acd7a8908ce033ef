/**
 * The languages the library speaks, and how a tag is matched to one: apart from the catalogs
 * (src/internal/localize.ts), so that a page script that only needs to know the language (the
 * frame pages) does not load the translations.
 */
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {directions as built, numberingSystems} from '../generated/directions.js';

/** The languages the library speaks: one per file of `locales/`, and French, the source. */
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
/**
 * The languages elements render in: all of them, except in a one-language bundle (src/internal/bundle.ts),
 * which knows French and its own until it has read the index of the others (see {@link addLocale}).
 */
export const locales: Locale[] = [sourceLocale, ...targetLocales];
/** Each language's direction: the build's table, and those a one-language bundle learns. */
const directions: Partial<Record<Locale, 'ltr' | 'rtl'>> = built;

/** A language a one-language bundle has learnt it can load, with its direction and its digits. */
export function addLocale(locale: Locale, dir: 'ltr' | 'rtl', digits?: string): void {
  if (!locales.includes(locale)) locales.push(locale);
  directions[locale] = dir;
  if (digits) numberingSystems[locale] = digits;
}

/** A language whose messages could not be loaded: from now on, as if unsupported. */
export function dropLocale(locale: Locale): void {
  if (locales.includes(locale)) locales.splice(locales.indexOf(locale), 1);
}

/**
 * The supported language a BCP 47 tag asks for, by its primary subtag (`fr-CA` → `fr`,
 * `es-419` → `es`, `pt-BR` → `pt`, `zh-CN` → `zh`; Traditional Chinese is not ours), or `undefined` when the tag is malformed or its language unsupported.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    if (!canonical) return undefined;
    const language = canonical.split('-')[0];
    // Our Chinese is Simplified (zh, zh-Hans, zh-CN, zh-SG); Traditional (zh-Hant, zh-TW, zh-HK) is another language.
    if (language === 'zh' && new Intl.Locale(canonical).maximize().script !== 'Hans') return undefined;
    return locales.find((l) => l === language);
  } catch {
    return undefined;
  }
}

/**
 * The writing direction of a language: from a table the build writes with `Intl` (each language's
 * likely script, scripts/build/translations.mjs), so that no `Intl` service is made at run time for it.
 */
export function direction(locale: Locale): 'ltr' | 'rtl' {
  return directions[locale] ?? 'ltr';
}
