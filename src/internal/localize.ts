/**
 * Per-element translation on top of lit-localize.
 *
 * lit-localize's runtime keeps one active locale per copy of `@lit/localize`, and each of its
 * `configure*` functions throws when called a second time on that copy. Our elements need a
 * language each (two on one page may differ), and an npm user may bundle us with an app that
 * configures lit-localize itself. So we never install anything into `@lit/localize`: `msg` below
 * is our own function with lit-localize's type (the brand `lit-localize extract` looks for), it
 * looks up the catalogs that `lit-localize build` generates from `locales/*.xlf`, and the active
 * locale is the one of the element being rendered (see {@link withLocale}). The translation
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
/** The language `msg()` answers in: set only while an element updates or runs `language.run()`. */
let active: Locale | undefined;

/**
 * lit-localize's `msg()`, answered in the language of the element now rendering. Called anywhere
 * else (an event handler, a timer) it has no element, hence no language: rather than answer in
 * French on an English widget, it throws, so a test that takes that path fails. Text made outside
 * an update goes through the element's `language.run(() => msg(…))`.
 */
export const msg = ((template, options) => {
  if (!active) {
    throw new Error('msg() called outside an element\'s update: wrap the call in `this.language.run(() => …)`.');
  }
  return runtimeMsg(catalogs[active], template, options);
}) as typeof litMsg;

/** Runs `fn` with `msg()` answering in `locale`; rendering is synchronous, so this nests safely. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = active;
  active = locale;
  try {
    return fn();
  } finally {
    active = previous;
  }
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
