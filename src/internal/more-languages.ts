/**
 * The languages a one-language bundle does not hold, loaded when an element asks for one.
 *
 * A one-language bundle (`<tag>.<lang>.js`: French and `<lang>`, src/internal/bundle.ts) serves the
 * configurator's snippet, whose element names its language: nothing more is requested. When an
 * element asks for another language (its `lang` set later, or no `lang` and a page or browser in
 * another language), the bundle reads the index of the languages, `uclg-messages.json` in its own
 * folder, checked against the integrity the bundle carries, then that language's messages,
 * `uclg-messages.<lang>.json`, checked against the integrity the index gives (`fetch` with
 * `integrity`: the browser rejects other bytes, as SRI does for a script): its messages, what the
 * build's Intl wrote in it (src/internal/intl.ts), and what a module takes from it (the map's
 * words for its first render). Both are data (JSON), never code, and are checked against what
 * they must be before use. A page with a strict Content-Security-Policy allows them with
 * `connect-src` for the bundle's folder.
 *
 * Where a load fails (no network, a policy, bytes that do not match), the element says so once in
 * the console and goes on as if the language were not supported. In the bundles that hold every
 * language, nothing here ever runs.
 */
import {messagesIndex} from './bundle.js';
import {addLocale, dropLocale, type Locale, matchLocale} from './locale.js';
import {addCatalog, hasCatalog, type Templates} from './localize.js';
import {addFormatted} from './intl.js';
import {warnOnce} from './warn.js';

const indexFile = 'uclg-messages.json';
const messagesFile = (locale: Locale) => `uclg-messages.${locale}.json`;

/** The index's entries, once read: integrity per language that has a file. */
const integrities = new Map<Locale, string>();
/** Reading the index (once per page), whether it is over, then each language's loading (once per language). */
let indexRead: Promise<void> | undefined;
let indexDone = false;
const loads = new Map<Locale, Promise<void>>();

const isIntegrity = (value: unknown): value is string =>
  typeof value === 'string' && /^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/.test(value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A file of the bundle's own folder, as JSON, if its bytes have this integrity. */
async function fetchChecked(file: string, integrity: string): Promise<unknown> {
  const response = await fetch(new URL(file, import.meta.url), {integrity, credentials: 'omit'});
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** Whether `value` is shaped as `like`: the same keys, all the way down, and a string wherever `like` has one. */
function sameShape(value: unknown, like: unknown): boolean {
  if (typeof like === 'string') return typeof value === 'string';
  if (!isRecord(like) || !isRecord(value)) return false;
  const keys = Object.keys(like);
  return Object.keys(value).length === keys.length && keys.every((key) => sameShape(value[key], like[key]));
}

/** What modules take from a language's file, by its name there: shaped like `like`, then `take`n. */
const takers = new Map<string, {like: unknown; take: (locale: Locale, value: never) => void}>();

/**
 * Has a language loaded later hand `take` its `name` from its file (scripts/build/messages.mjs),
 * once checked to be shaped as `like` (the same data in a language the bundle holds). Call it
 * under `if (messagesIndex)`, so that the bundles holding every language leave it out.
 */
export function takeFromLanguages<T>(name: string, like: T, take: (locale: Locale, value: T) => void): void {
  takers.set(name, {like, take});
}

/** A message as a catalog holds it: a string, or lit-localize's `str` result. */
function isMessage(value: unknown): boolean {
  if (typeof value === 'string') return true;
  return (
    isRecord(value) &&
    value['strTag'] === true &&
    Array.isArray(value['strings']) &&
    value['strings'].every((s) => typeof s === 'string') &&
    Array.isArray(value['values']) &&
    value['values'].every((v) => Number.isInteger(v)) &&
    value['strings'].length === value['values'].length + 1
  );
}

function readIndex(tag: string): Promise<void> {
  indexRead ??= fetchChecked(indexFile, messagesIndex!)
    .then((index) => {
      const languages = isRecord(index) && isRecord(index['languages']) ? index['languages'] : {};
      for (const [code, entry] of Object.entries(languages)) {
        // A bare language code, with a direction and (unless its messages are here) an integrity.
        const locale = code as Locale;
        if (!/^[a-z]{2,3}$/.test(code) || !isRecord(entry) || (entry['dir'] !== 'ltr' && entry['dir'] !== 'rtl'))
          continue;
        if (!hasCatalog(locale) && !isIntegrity(entry['integrity'])) continue;
        if (isIntegrity(entry['integrity'])) integrities.set(locale, entry['integrity']);
        const digits =
          typeof entry['digits'] === 'string' && /^[a-z]{3,8}$/.test(entry['digits']) ? entry['digits'] : undefined;
        addLocale(locale, entry['dir'], digits);
      }
    })
    .catch((error: unknown) =>
      warnOnce(
        `<${tag}>: could not read ${indexFile} beside this one-language bundle (${String(error)}); only its own language and French are available.`,
      ),
    )
    .finally(() => (indexDone = true));
  return indexRead;
}

function loadMessages(locale: Locale, tag: string): Promise<void> {
  let load = loads.get(locale);
  if (!load) {
    load = fetchChecked(messagesFile(locale), integrities.get(locale)!)
      .then((file) => {
        const {messages, formatted, ...more} = isRecord(file) ? file : {};
        if (
          !isRecord(messages) ||
          !Object.values(messages).every(isMessage) ||
          !isRecord(formatted) ||
          !Object.values(formatted).every((value) => typeof value === 'string') ||
          [...takers].some(([name, {like}]) => !sameShape(more[name], like))
        )
          throw new Error('not a language file');
        addCatalog(locale, messages as unknown as Templates);
        addFormatted({[locale]: formatted as Record<string, string>});
        for (const [name, {take}] of takers) take(locale, more[name] as never);
      })
      .catch((error: unknown) => {
        dropLocale(locale);
        warnOnce(
          `<${tag}>: could not load the messages in ${locale} (${messagesFile(locale)}: ${String(error)}); using the next language found.`,
        );
      });
    loads.set(locale, load);
  }
  return load;
}

/**
 * The supported language a BCP 47 tag asks for, as {@link matchLocale} finds it; or, in a
 * one-language bundle, while that language (or whether it is supported) is being loaded, a promise
 * that settles when it is: look again then. `tag` (the element's) names it in warnings.
 */
export function findLocale(value: string | null | undefined, tag: string): Locale | Promise<void> | undefined {
  if (!value) return undefined;
  const locale = matchLocale(value);
  // Every language is here: the build leaves the rest of this module out of such a bundle.
  if (!messagesIndex) return locale;
  if (locale) return hasCatalog(locale) ? locale : loadMessages(locale, tag);
  return indexDone ? undefined : readIndex(tag);
}
