// The languages the widgets speak, as prose names them (the README, package.json's description, the
// embed page, Storybook's introduction): from lit-localize.json, each named in English by
// Intl.DisplayNames, in alphabetical order, joined by Intl.ListFormat. A test holds the prose to it.
import {readFileSync} from 'node:fs';

const {sourceLocale, targetLocales} = JSON.parse(
  readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8'),
);

/** Every language code, the source first. */
export const locales = [sourceLocale, ...targetLocales];

/** "Arabic, Chinese, English, … and Turkish". */
export function languageList() {
  const names = new Intl.DisplayNames(['en'], {type: 'language'});
  return new Intl.ListFormat('en-GB', {type: 'conjunction'}).format(locales.map((code) => names.of(code)).sort());
}
