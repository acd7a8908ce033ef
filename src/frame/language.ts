import {allLocales} from '../generated/locale-codes.js';

/**
 * The language of UCLG's three a tag asks for, by its primary subtag (`fr-CA` → `fr`), else
 * undefined. The elements' own matcher lives with their catalogs, which a frame page need not load.
 */
export const frameLanguage = (tag: string | null | undefined) =>
  allLocales.find((locale) => locale === tag?.trim().toLowerCase().split(/[-_]/)[0]);
