/**
 * Per-element translation on top of lit-localize.
 *
 * lit-localize's runtime keeps one active locale per copy of `@lit/localize`, and each of its
 * `configure*` functions throws when called a second time on that copy. Our elements need a
 * language each (two on one page may differ), and an npm user may bundle us with an app that
 * configures lit-localize itself. So we never install anything into `@lit/localize`: each
 * element's `msg` is our own function with lit-localize's type (the brand `lit-localize extract`
 * looks for), bound to the element's language (see {@link msgIn}), looking up the catalogs that
 * `lit-localize build` generates from `locales/*.xlf`. Every message has an explicit, readable id
 * (`<element>.<what>`), so editing the French source never orphans a translation. The translation
 * workflow stays `lit-localize extract` → edit XLIFF → `lit-localize build`.
 */
import type {msg as litMsg} from '@lit/localize';
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {templates as en} from '../generated/locales/en.js';
import {templates as es} from '../generated/locales/es.js';

// Straight from the tag's module: the package index would bring in lit-localize's runtime too.
export {str} from '@lit/localize/internal/str-tag.js';

/** The languages every element renders: UCLG's three official languages. */
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const locales: readonly Locale[] = [sourceLocale, ...targetLocales];

const catalogs: Record<string, typeof en | undefined> = {en, es};

/** lit-localize's `msg()`, with its type: what `lit-localize extract` looks for in the code. */
export type Msg = typeof litMsg;

const bound = new Map<Locale, Msg>();

/**
 * lit-localize's `msg()` answering in `locale`. Each element calls the one of its own language
 * (`this.msg`, from its LanguageController), wherever it makes text: in an update or in an event
 * handler, there is no page-wide "current language" to be wrong about.
 */
export function msgIn(locale: Locale): Msg {
  let msg = bound.get(locale);
  if (!msg) bound.set(locale, (msg = ((template, options) => runtimeMsg(catalogs[locale], template, options)) as Msg));
  return msg;
}

/**
 * The supported language a BCP 47 tag asks for, by its primary subtag (`fr-CA` → `fr`,
 * `es-419` → `es`), or `undefined` when the tag is malformed or its language unsupported.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    const language = canonical?.split('-')[0];
    return locales.find((l) => l === language);
  } catch {
    return undefined;
  }
}

/** Scripts written right to left (ISO 15924), as `Intl.Locale#maximize` names a language's script. */
const rightToLeft = new Set(['Adlm', 'Arab', 'Hebr', 'Nkoo', 'Rohg', 'Syrc', 'Thaa']);

/** The writing direction of a language, from its likely script. */
export function direction(locale: Locale): 'ltr' | 'rtl' {
  return rightToLeft.has(new Intl.Locale(locale).maximize().script ?? '') ? 'rtl' : 'ltr';
}
