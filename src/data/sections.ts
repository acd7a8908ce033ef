/**
 * UCLG's nine sections: seven regional sections and the two without territory. Sources:
 * `uclg-facts.md` §1 (UCLG Press Kit 2014 for the list and the organisations; UCLG Rapport annuel
 * 2017 for the French labels; each organisation's own site for its names) and the brochure's
 * "7 sections régionales · 1 section métropolitaine · 1 forum des régions" (`brochure-fr.md`).
 * Where uclg-facts.md marks a name UNCONFIRMED, the comment says so.
 */
import type {Msg} from '../internal/localize.js';

export const regionalSectionIds = [
  'africa',
  'asia-pacific',
  'eurasia',
  'europe',
  'latin-america',
  'middle-east-west-asia',
  'north-america',
] as const;
export type RegionalSectionId = (typeof regionalSectionIds)[number];

export const sectionIds = [...regionalSectionIds, 'metropolitan', 'regions'] as const;
export type SectionId = (typeof sectionIds)[number];

export interface Section {
  id: SectionId;
  website: string;
  /**
   * Fill colour on the map and in the legend, light theme then dark theme. The seven regional
   * colours are the Okabe–Ito palette (distinguishable with every common colour-vision
   * deficiency); colour is never the only carrier (outlines, legend, tooltip, list).
   */
  colour: {light: string; dark: string};
  /** False for the sections without territory, which work worldwide. */
  regional: boolean;
}

export const sections: readonly Section[] = [
  {id: 'africa', website: 'https://www.uclga.org', colour: {light: '#e69f00', dark: '#e69f00'}, regional: true},
  {id: 'asia-pacific', website: 'https://uclg-aspac.org', colour: {light: '#56b4e9', dark: '#56b4e9'}, regional: true},
  {id: 'eurasia', website: 'https://euroasia-uclg.ru', colour: {light: '#cc79a7', dark: '#cc79a7'}, regional: true},
  {id: 'europe', website: 'https://ccre-cemr.org', colour: {light: '#0072b2', dark: '#0072b2'}, regional: true},
  {id: 'latin-america', website: 'https://flacma.lat', colour: {light: '#009e73', dark: '#009e73'}, regional: true},
  {
    id: 'middle-east-west-asia',
    website: 'https://uclg-mewa.org',
    colour: {light: '#d55e00', dark: '#d55e00'},
    regional: true,
  },
  // NORAM has no site of its own; it is hosted by FCM in Ottawa, which publishes its statements.
  {id: 'north-america', website: 'https://fcm.ca', colour: {light: '#f0e442', dark: '#f0e442'}, regional: true},
  {
    id: 'metropolitan',
    website: 'https://www.metropolis.org',
    colour: {light: '#5d6b7a', dark: '#aab5c2'},
    regional: false,
  },
  {
    id: 'regions',
    website: 'https://regionsunies-fogar.org',
    colour: {light: '#3b3b3b', dark: '#dcdcdc'},
    regional: false,
  },
];

/** A section's words in one language. */
export interface SectionText {
  /** The section's name, as UCLG labels it. */
  name: string;
  /** The organisation that serves as the section: its usual short name… */
  short: string;
  /** …and its full name. */
  organisation: string;
}

/**
 * Each section's words in the language of `msg` (see `about.ts`). Names the organisations write
 * the same in every language (UCLG ASPAC, FLACMA, Metropolis, ORU Fogar) are not messages: no
 * language translates them.
 */
export const sectionText = (msg: Msg): Readonly<Record<SectionId, SectionText>> => ({
  africa: {
    // FR label: brochure "Afrique". ES "CGLU África" is used on UCLG's Spanish site.
    name: msg('Afrique', {
      id: 'sections.africa.name',
      desc: "A section's name as UCLG labels it in fr, en and es; in any other language, our translation.",
    }),
    short: msg('CGLU Afrique', {
      id: 'sections.africa.short',
      desc: "A section's short name (the link to its website), by your language's rule in locales/GLOSSARY.md, \"Short section names\": a section named after its region is UCLG's acronym in your language and the region's name; one known by an acronym of its own keeps it as the section writes it.",
    }),
    // ES full name is uclg-facts.md's rendering (UNCONFIRMED).
    organisation: msg('Cités et Gouvernements Locaux Unis d’Afrique', {
      id: 'sections.africa.organisation',
      desc: "A name: as UCLG or the organisation writes it in fr, en and es; in any other language, the organisation's own name in it if it has one, else our rendering (say so), keeping acronyms as the organisation writes them.",
    }),
  },
  'asia-pacific': {
    name: msg('Asie-Pacifique', {
      id: 'sections.asia-pacific.name',
      desc: "A section's name as UCLG labels it in fr, en and es; in any other language, our translation.",
    }),
    short: 'UCLG ASPAC',
    // FR/ES follow UCLG's "CGLU + region" labels (UNCONFIRMED as formal names).
    organisation: msg('CGLU Asie-Pacifique', {
      id: 'sections.asia-pacific.organisation',
      desc: "A name: as UCLG or the organisation writes it in fr, en and es; in any other language, the organisation's own name in it if it has one, else our rendering (say so), keeping acronyms as the organisation writes them.",
    }),
  },
  eurasia: {
    name: msg('Eurasie', {
      id: 'sections.eurasia.name',
      desc: "A section's name as UCLG labels it in fr, en and es; in any other language, our translation.",
    }),
    short: msg('CGLU Eurasie', {
      id: 'sections.eurasia.short',
      desc: "A section's short name (the link to its website), by your language's rule in locales/GLOSSARY.md, \"Short section names\": a section named after its region is UCLG's acronym in your language and the region's name; one known by an acronym of its own keeps it as the section writes it.",
    }),
    // ES: UNCONFIRMED.
    organisation: msg('CGLU Eurasie', {
      id: 'sections.eurasia.organisation',
      desc: "A name: as UCLG or the organisation writes it in fr, en and es; in any other language, the organisation's own name in it if it has one, else our rendering (say so), keeping acronyms as the organisation writes them.",
    }),
  },
  europe: {
    name: msg('Europe', {
      id: 'sections.europe.name',
      desc: "A section's name as UCLG labels it in fr, en and es; in any other language, our translation.",
    }),
    short: msg('CCRE', {
      id: 'sections.europe.short',
      desc: "A section's short name (the link to its website), by your language's rule in locales/GLOSSARY.md, \"Short section names\": a section named after its region is UCLG's acronym in your language and the region's name; one known by an acronym of its own keeps it as the section writes it.",
    }),
    organisation: msg('Conseil des Communes et Régions d’Europe', {
      id: 'sections.europe.organisation',
      desc: "A name: as UCLG or the organisation writes it in fr, en and es; in any other language, the organisation's own name in it if it has one, else our rendering (say so), keeping acronyms as the organisation writes them.",
    }),
  },
  'latin-america': {
    // FR label: brochure "Amérique Latine" (French typography lowercases the adjective).
    name: msg('Amérique latine', {
      id: 'sections.latin-america.name',
      desc: "A section's name as UCLG labels it in fr, en and es; in any other language, our translation.",
    }),
    short: 'FLACMA',
    // ES is FLACMA's own name; EN and FR are UNCONFIRMED translations (uclg-facts.md §1).
    organisation: msg(
      'Fédération latino-américaine des villes, municipalités et associations de gouvernements locaux',
      {
        id: 'sections.latin-america.organisation',
        desc: "A name: as UCLG or the organisation writes it in fr, en and es; in any other language, the organisation's own name in it if it has one, else our rendering (say so), keeping acronyms as the organisation writes them.",
      },
    ),
  },
  'middle-east-west-asia': {
    // FR label: UCLG Rapport annuel 2017; ES "Oriente Medio y Asia Occidental" is UNCONFIRMED.
    name: msg('Moyen-Orient et Asie de l’Ouest', {
      id: 'sections.middle-east-west-asia.name',
      desc: "A section's name as UCLG labels it in fr, en and es; in any other language, our translation.",
    }),
    short: msg('CGLU-MEWA', {
      id: 'sections.middle-east-west-asia.short',
      desc: "A section's short name (the link to its website), by your language's rule in locales/GLOSSARY.md, \"Short section names\": a section named after its region is UCLG's acronym in your language and the region's name; one known by an acronym of its own keeps it as the section writes it.",
    }),
    organisation: msg('CGLU Moyen-Orient et Asie de l’Ouest', {
      id: 'sections.middle-east-west-asia.organisation',
      desc: "A name: as UCLG or the organisation writes it in fr, en and es; in any other language, the organisation's own name in it if it has one, else our rendering (say so), keeping acronyms as the organisation writes them.",
    }),
  },
  'north-america': {
    // ES "Norteamérica" follows the "CGLU + region" pattern (UNCONFIRMED).
    name: msg('Amérique du Nord', {
      id: 'sections.north-america.name',
      desc: "A section's name as UCLG labels it in fr, en and es; in any other language, our translation.",
    }),
    short: msg('CGLU NORAM', {
      id: 'sections.north-america.short',
      desc: "A section's short name (the link to its website), by your language's rule in locales/GLOSSARY.md, \"Short section names\": a section named after its region is UCLG's acronym in your language and the region's name; one known by an acronym of its own keeps it as the section writes it.",
    }),
    organisation: msg('CGLU Amérique du Nord', {
      id: 'sections.north-america.organisation',
      desc: "A name: as UCLG or the organisation writes it in fr, en and es; in any other language, the organisation's own name in it if it has one, else our rendering (say so), keeping acronyms as the organisation writes them.",
    }),
  },
  metropolitan: {
    // FR label: brochure "Section Métropolitaine".
    name: msg('Section métropolitaine', {
      id: 'sections.metropolitan.name',
      desc: "A section's name as UCLG labels it in fr, en and es; in any other language, our translation.",
    }),
    short: 'Metropolis',
    // Metropolis statutes, art. 1, give all three names.
    organisation: msg('Association mondiale des grandes métropoles', {
      id: 'sections.metropolitan.organisation',
      desc: "A name: as UCLG or the organisation writes it in fr, en and es; in any other language, the organisation's own name in it if it has one, else our rendering (say so), keeping acronyms as the organisation writes them.",
    }),
  },
  regions: {
    // FR label: brochure "Forum des Régions".
    name: msg('Forum des régions', {
      id: 'sections.regions.name',
      desc: "A section's name as UCLG labels it in fr, en and es; in any other language, our translation.",
    }),
    short: 'ORU Fogar',
    // ES is UNCONFIRMED (uclg-facts.md §1).
    organisation: msg('Organisation des Régions Unies', {
      id: 'sections.regions.organisation',
      desc: "A name: as UCLG or the organisation writes it in fr, en and es; in any other language, the organisation's own name in it if it has one, else our rendering (say so), keeping acronyms as the organisation writes them.",
    }),
  },
});
