/**
 * The words of <uclg-sections-map>, through the element's `msg`; the sections' names and
 * organisations are data (src/data/sections.ts), the countries' names come from `Intl`.
 */
import {sectionCountries} from '../../data/countries.js';
import {
  regionalSectionIds,
  sectionIds,
  sectionText,
  type RegionalSectionId,
  type SectionId,
} from '../../data/sections.js';
import {addFormatted, formatNumber, listFormat, plural} from '../../internal/intl.js';
import {uclgSectionsMap} from '../../generated/formatted.js';
import {str, type Locale, type Msg} from '../../internal/localize.js';

// What the build's Intl wrote for this element's texts (scripts/build/formatted.mjs).
addFormatted(uclgSectionsMap);

export const isRegional = (id: string | null | undefined): id is RegionalSectionId =>
  regionalSectionIds.includes(id as RegionalSectionId);

export const sectionsMapText = (msg: Msg) => ({
  title: msg('Les sections de CGLU', {id: 'sections-map.title', desc: 'Heading of the sections map.'}),
  mapLabel: msg('Carte des sections régionales', {
    id: 'sections-map.map-label',
    desc: 'Accessible name of the map.',
  }),
  legendLabel: msg('Légende', {id: 'sections-map.legend-label', desc: 'Accessible name of the legend.'}),
  listSummary: msg('Liste des sections et de leurs pays', {
    id: 'sections-map.list-summary',
    desc: 'Opens the accessible list of sections and their countries.',
  }),
  worldwide: msg('monde entier', {
    id: 'sections-map.worldwide',
    desc: 'Scope of the sections without territory.',
  }),
  noSection: msg('Aucune section', {
    id: 'sections-map.no-section',
    desc: 'Tooltip of a territory no section covers (Antarctica).',
  }),
  selectionCleared: msg('Sélection effacée', {
    id: 'sections-map.selection-cleared',
    desc: 'Announced when Escape clears the selected section.',
  }),
  /**
   * Two texts read as one, one after the other: a section and its scope (its accessible name,
   * announced when selected), or a country and its section (announced as the arrows reach it).
   */
  pair: (first: string, second: string): string =>
    msg(str`${first}, ${second}`, {
      id: 'sections-map.pair',
      desc: 'Two texts read as one by screen readers: a section\'s name and how many countries it covers ("Afrique, couvre 55 pays et territoires"), or a country\'s name and its section ("Maroc, Afrique"). Use the comma of your script (Arabic ، , Chinese ，).',
    }),
  /** A section in the accessible list: its `name`, the `organisation` that serves as it, its `scope`. */
  listEntry: (name: string, organisation: string, scope: string): string =>
    msg(str`${name} — ${organisation} (${scope})`, {
      id: 'sections-map.list-entry',
      desc: 'A section in the accessible list, before its countries: its name, the organisation that serves as the section, how many countries it covers ("Afrique — Cités et Gouvernements Locaux Unis d’Afrique (couvre 55 pays et territoires)"). Use the dash and brackets of your script.',
    }),
  /** How many countries and territories (`n`, formatted `shown`) a regional section covers. */
  covers: (locale: Locale, n: number, shown: string): string =>
    plural(locale, n, {
      zero: () =>
        msg(str`couvre ${shown} pays et territoires`, {
          id: 'sections-map.covers.zero',
          desc: 'How many countries and territories a regional section covers: its area, not its membership. Shown after the section\'s name. CLDR plural form "zero" (a language without it never shows it: copy its other form).',
        }),
      one: () =>
        msg(str`couvre ${shown} pays ou territoire`, {
          id: 'sections-map.covers.one',
          desc: 'How many countries and territories a regional section covers: its area, not its membership. Shown after the section\'s name. CLDR plural form "one" (a language without it never shows it: copy its other form).',
        }),
      two: () =>
        msg(str`couvre ${shown} pays et territoires`, {
          id: 'sections-map.covers.two',
          desc: 'How many countries and territories a regional section covers: its area, not its membership. Shown after the section\'s name. CLDR plural form "two" (a language without it never shows it: copy its other form).',
        }),
      few: () =>
        msg(str`couvre ${shown} pays et territoires`, {
          id: 'sections-map.covers.few',
          desc: 'How many countries and territories a regional section covers: its area, not its membership. Shown after the section\'s name. CLDR plural form "few" (a language without it never shows it: copy its other form).',
        }),
      many: () =>
        msg(str`couvre ${shown} pays et territoires`, {
          id: 'sections-map.covers.many',
          desc: 'How many countries and territories a regional section covers: its area, not its membership. Shown after the section\'s name. CLDR plural form "many" (a language without it never shows it: copy its other form).',
        }),
      other: () =>
        msg(str`couvre ${shown} pays et territoires`, {
          id: 'sections-map.covers.other',
          desc: 'How many countries and territories a regional section covers: its area, not its membership. Shown after the section\'s name. CLDR plural form "other" (a language without it never shows it: copy its other form).',
        }),
    }),
  /** "7 sections régionales": `n` regional sections, formatted `regional`. */
  regionalSections: (locale: Locale, n: number, regional: string): string =>
    plural(locale, n, {
      zero: () =>
        msg(str`${regional} sections régionales`, {
          id: 'sections-map.summary-regional.zero',
          desc: 'Brochure: "7 sections régionales" (the number is formatted). CLDR plural form "zero" (a language without it never shows it: copy its other form).',
        }),
      one: () =>
        msg(str`${regional} section régionale`, {
          id: 'sections-map.summary-regional.one',
          desc: 'Brochure: "7 sections régionales" (the number is formatted). CLDR plural form "one" (a language without it never shows it: copy its other form).',
        }),
      two: () =>
        msg(str`${regional} sections régionales`, {
          id: 'sections-map.summary-regional.two',
          desc: 'Brochure: "7 sections régionales" (the number is formatted). CLDR plural form "two" (a language without it never shows it: copy its other form).',
        }),
      few: () =>
        msg(str`${regional} sections régionales`, {
          id: 'sections-map.summary-regional.few',
          desc: 'Brochure: "7 sections régionales" (the number is formatted). CLDR plural form "few" (a language without it never shows it: copy its other form).',
        }),
      many: () =>
        msg(str`${regional} sections régionales`, {
          id: 'sections-map.summary-regional.many',
          desc: 'Brochure: "7 sections régionales" (the number is formatted). CLDR plural form "many" (a language without it never shows it: copy its other form).',
        }),
      other: () =>
        msg(str`${regional} sections régionales`, {
          id: 'sections-map.summary-regional.other',
          desc: 'Brochure: "7 sections régionales" (the number is formatted). CLDR plural form "other" (a language without it never shows it: copy its other form).',
        }),
    }),
  /** "1 section métropolitaine": `one` is 1 formatted. */
  metropolitanSection: (one: string): string =>
    msg(str`${one} section métropolitaine`, {
      id: 'sections-map.summary-metropolitan',
      desc: 'Brochure: "1 section métropolitaine" (Metropolis). The section\'s name as the legend writes it (EN Metropolitan Section, ES Sección Metropolitana).',
    }),
  /** "1 forum des régions": `one` is 1 formatted. */
  regionsForum: (one: string): string =>
    msg(str`${one} forum des régions`, {
      id: 'sections-map.summary-regions',
      desc: 'Brochure: "1 forum des régions" (ORU Fogar). The section\'s name as the legend writes it (EN Forum of Regions, ES Foro de Regiones).',
    }),
});

/** How many countries and territories a regional section covers (its area, not its members), in `locale`. */
export function sectionScope(
  words: ReturnType<typeof sectionsMapText>,
  locale: Locale,
  section: RegionalSectionId,
): string {
  const n = sectionCountries[section].length;
  return words.covers(locale, n, formatNumber(locale, n));
}

/**
 * The words the map's first render shows, made at build time (scripts/build/first-words.mjs): its
 * heading and summary, each legend entry's name, scope and link, the list's summary, the source line.
 */
export interface FirstWords {
  title: string;
  summary: string;
  legend: Record<SectionId, {name: string; scope: string; short: string}>;
  listSummary: string;
  source: string;
}

/**
 * The map's texts in `locale`, made once per language: its words, each section's names, and each
 * section's scope (how many countries it covers, or "worldwide"). The build has `Intl` write their
 * numbers and plurals (scripts/build/formatted.mjs), so no `Intl` service is made for them at run time.
 */
export function textsFromData(locale: Locale, msg: Msg) {
  const words = sectionsMapText(msg);
  return {
    words,
    sections: sectionText(msg),
    scope: Object.fromEntries(
      sectionIds.map((id) => [id, isRegional(id) ? sectionScope(words, locale, id) : words.worldwide]),
    ) as Record<SectionId, string>,
  };
}

/**
 * The brochure's count of the sections, in `locale`: "7 sections régionales, 1 section
 * métropolitaine et 1 forum des régions". The build makes it for every language with Node's `Intl`
 * (scripts/build/first-words.mjs), so that the map shows it with its land, with no `Intl` service
 * made for it at run time; this makes it for a language loaded later.
 */
export function sectionsSummary(words: ReturnType<typeof sectionsMapText>, locale: Locale): string {
  const count = (n: number) => formatNumber(locale, n);
  const one = count(1);
  return listFormat(locale, {type: 'conjunction'}).format([
    words.regionalSections(locale, regionalSectionIds.length, count(regionalSectionIds.length)),
    words.metropolitanSection(one),
    words.regionsForum(one),
  ]);
}
