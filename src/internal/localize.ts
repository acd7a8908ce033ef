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
 * workflow is `npm run translations` (scripts/build/translations.mjs: `lit-localize extract`, then
 * `build`) → edit XLIFF → `npm run translations`.
 */
import type {msg as litMsg} from '@lit/localize';
import {joinStringsAndValues, type StrResult} from '@lit/localize/internal/str-tag.js';
import type {Locale} from './locale.js';
import {catalogs} from '../generated/catalogs.js';
import {sourceLocale} from '../generated/locale-codes.js';

// Straight from the tag's module: the package index would bring in lit-localize's runtime too.
export {str} from '@lit/localize/internal/str-tag.js';
export {direction, type Locale, locales, matchLocale} from './locale.js';

/** lit-localize's `msg()`, with its type: what `lit-localize extract` looks for in the code. */
export type Msg = typeof litMsg;

/** A catalog's messages by id: a string, or a `str` result whose values are the source's indices. */
export type Templates = Record<string, string | StrResult>;
/** Catalogs as `npm run translations` generates them: per language, a function that makes its messages. */
export type Catalogs = Partial<Record<Locale, () => Templates>>;

/**
 * A message in a catalog's language, else the source's: lit-localize's `runtimeMsg` for plain-text
 * catalogs and explicit ids, which every message has (the build fails on one without), so that no
 * bundle carries the hashing that finds a message by its text.
 */
function translate(templates: Templates | undefined, template: Parameters<Msg>[0], id: string | undefined) {
  const localized = id === undefined ? undefined : templates?.[id];
  if (typeof localized === 'string') return localized;
  // A translation's `values` are the indices of the source's, in the order the translation puts them.
  if (localized)
    return joinStringsAndValues(localized.strings, (template as StrResult).values, localized.values as number[]);
  // The source: its `str` joined, or its text or template as written.
  return typeof template === 'object' && 'strTag' in template
    ? joinStringsAndValues(template.strings, template.values)
    : template;
}

/**
 * `msgIn` for a set of catalogs: the elements' (below) or the embed page's own (site/generated/).
 * Each language's messages are made on its first use, so that a page holds only the languages it
 * shows; French, the source, has none.
 */
export function messagesIn(sets: Catalogs): (locale: Locale) => Msg {
  const bound = new Map<Locale, Msg>();
  const made = new Map<Locale, Templates | undefined>();
  const templates = (locale: Locale) => {
    // A language a one-language bundle loads later has no catalog yet: looked up again then.
    if (!made.get(locale)) made.set(locale, sets[locale]?.());
    return made.get(locale);
  };
  return (locale) => {
    let msg = bound.get(locale);
    if (!msg)
      bound.set(locale, (msg = ((template, options) => translate(templates(locale), template, options?.id)) as Msg));
    return msg;
  };
}

/**
 * lit-localize's `msg()` answering in `locale`. Each element calls the one of its own language
 * (`this.msg`, from its LanguageController), wherever it makes text: in an update or in an event
 * handler, there is no page-wide "current language" to be wrong about.
 */
export const msgIn: (locale: Locale) => Msg = messagesIn(catalogs);

/** Whether the elements' messages in `locale` are here: French, the source, always is. */
export const hasCatalog = (locale: Locale): boolean => locale === sourceLocale || locale in catalogs;

/** Adds the elements' messages in a language loaded at run time (src/internal/more-languages.ts). */
export function addCatalog(locale: Locale, templates: Templates): void {
  (catalogs as Catalogs)[locale] = () => templates;
}
