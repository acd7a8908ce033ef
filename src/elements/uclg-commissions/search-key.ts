/**
 * Text folded for a search that ignores case, accents and punctuation, in `locale`:
 * "Égalité des genres" and "egalite" both fold to a string starting "egalite", and
 * "Proche-Orient" matches "proche orient". Accents go by Unicode decomposition (NFD) and the
 * removal of combining marks, which Firefox, WebKit and Chromium all implement alike.
 */
export function searchKey(text: string, locale: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase(locale)
    .replace(/[\p{P}\p{Z}\s]+/gu, ' ')
    .trim();
}
