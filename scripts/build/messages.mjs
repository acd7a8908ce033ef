// The elements' translations as data, for the one-language bundles (rollup.config.mjs): such a
// bundle holds French and one language, and loads any other on demand from its own folder, checked
// against a hash it carries (src/internal/more-languages.ts). After tsc, this writes beside the bundles
// - `uclg-messages.<lang>.json`: a language's `messages`, as src/generated/locales/<lang>.ts holds
//   them (a string, or lit-localize's `str` result: `{strTag, strings, values}`), without the forms
//   of plural categories the language does not have; what the build's Intl wrote in it, every
//   element's (`formatted`, src/generated/formatted.ts); and the map's `firstWords`
//   (src/generated/first-words.ts): so that a language loaded later needs no Intl service for them
//   either, and its map's words never move;
// - `uclg-messages.json`, the index: every language with its direction, its digits (the numbering
//   system the build chose, src/generated/directions.ts) and, for those with a catalog, the
//   integrity of its file. A one-language bundle carries this index's integrity only,
//   so a ninth language adds nothing to it.
import {createHash} from 'node:crypto';
import {writeFileSync} from 'node:fs';
import {locales} from './languages.mjs';

const dist = new URL('../../dist/', import.meta.url);

/** `sha384-…` for these bytes, as `fetch(…, {integrity})` and `<script integrity>` take it. */
export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The message ids that are a count's form for a plural category `locale` does not have. */
export const unusedPluralForm = (locale) => {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return (id) => {
    const category = /\.(zero|one|two|few|many|other)$/.exec(id)?.[1];
    return category !== undefined && !categories.includes(category);
  };
};

/** A catalog's messages as JSON data; fails on a message data cannot carry (an `html` template). */
export function catalogData(locale, templates) {
  const unused = unusedPluralForm(locale);
  const data = {};
  for (const [id, message] of Object.entries(templates)) {
    if (unused(id)) continue;
    const isStr =
      message?.strTag === true &&
      Array.isArray(message.strings) &&
      message.values.every((value) => Number.isInteger(value));
    if (typeof message !== 'string' && !isStr) {
      throw new Error(
        `messages: ${locale} ${id} is not plain text: write its source with str\`\`, not html\`\` (a catalog loaded as data cannot hold a template)`,
      );
    }
    data[id] =
      typeof message === 'string' ? message : {strTag: true, strings: [...message.strings], values: message.values};
  }
  return data;
}

async function run() {
  const {directions, numberingSystems} = await import(new URL('lib/generated/directions.js', dist));
  const {firstWords} = await import(new URL('lib/generated/first-words.js', dist));
  const tables = Object.values(await import(new URL('lib/generated/formatted.js', dist)));
  /** Every element's formatting in `locale`, as one table. */
  const formatted = (locale) => Object.assign({}, ...tables.map((table) => table[locale]));
  const [source, ...targets] = locales;
  const languages = {[source]: {dir: directions[source], digits: numberingSystems[source]}};
  for (const locale of targets) {
    const {templates} = await import(new URL(`lib/generated/locales/${locale}.js`, dist));
    const bytes = Buffer.from(
      JSON.stringify({
        messages: catalogData(locale, templates()),
        formatted: formatted(locale),
        firstWords: firstWords[locale],
      }),
    );
    writeFileSync(new URL(`uclg-messages.${locale}.json`, dist), bytes);
    languages[locale] = {dir: directions[locale], digits: numberingSystems[locale], integrity: integrity(bytes)};
  }
  writeFileSync(new URL('uclg-messages.json', dist), JSON.stringify({languages}));
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
