/**
 * UCLG's nine sections: seven regional sections and the two without territory. Sources:
 * `uclg-facts.md` §1 (UCLG Press Kit 2014 for the list and the organisations; UCLG Rapport annuel
 * 2017 for the French labels; each organisation's own site for its names) and the brochure's
 * "7 sections régionales · 1 section métropolitaine · 1 forum des régions" (`brochure-fr.md`).
 * Where uclg-facts.md marks a name UNCONFIRMED, the comment says so.
 */
import type {Localized} from './organisation.js';

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
  /** The section's name, as UCLG labels it in each language. */
  name: Localized;
  /** The organisation that serves as the section: its usual short name and its full name. */
  organisation: {short: Localized; name: Localized};
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

const same = (text: string): Localized => ({fr: text, en: text, es: text});

export const sections: readonly Section[] = [
  {
    id: 'africa',
    // FR label: brochure "Afrique". ES "CGLU África" is used on UCLG's Spanish site.
    name: {fr: 'Afrique', en: 'Africa', es: 'África'},
    organisation: {
      short: {fr: 'CGLU Afrique', en: 'UCLG Africa', es: 'CGLU África'},
      // ES full name is uclg-facts.md's rendering (UNCONFIRMED).
      name: {
        fr: "Cités et Gouvernements Locaux Unis d'Afrique",
        en: 'United Cities and Local Governments of Africa',
        es: 'Ciudades y Gobiernos Locales Unidos de África',
      },
    },
    website: 'https://www.uclga.org',
    colour: {light: '#e69f00', dark: '#e69f00'},
    regional: true,
  },
  {
    id: 'asia-pacific',
    name: {fr: 'Asie-Pacifique', en: 'Asia-Pacific', es: 'Asia-Pacífico'},
    organisation: {
      short: same('UCLG ASPAC'),
      // FR/ES follow UCLG's "CGLU + region" labels (UNCONFIRMED as formal names).
      name: {
        fr: 'CGLU Asie-Pacifique',
        en: 'United Cities and Local Governments Asia Pacific',
        es: 'CGLU Asia-Pacífico',
      },
    },
    website: 'https://uclg-aspac.org',
    colour: {light: '#56b4e9', dark: '#56b4e9'},
    regional: true,
  },
  {
    id: 'eurasia',
    name: {fr: 'Eurasie', en: 'Eurasia', es: 'Eurasia'},
    organisation: {
      short: {fr: 'CGLU Eurasie', en: 'UCLG-Eurasia', es: 'CGLU Eurasia'},
      name: {
        fr: 'CGLU Eurasie',
        en: 'United Cities and Local Governments of Eurasia',
        es: 'CGLU Eurasia', // UNCONFIRMED
      },
    },
    website: 'https://euroasia-uclg.ru',
    colour: {light: '#cc79a7', dark: '#cc79a7'},
    regional: true,
  },
  {
    id: 'europe',
    name: {fr: 'Europe', en: 'Europe', es: 'Europa'},
    organisation: {
      short: {fr: 'CCRE', en: 'CEMR', es: 'CMRE'},
      name: {
        fr: 'Conseil des Communes et Régions d’Europe',
        en: 'Council of European Municipalities and Regions',
        es: 'Consejo de Municipios y Regiones de Europa',
      },
    },
    website: 'https://ccre-cemr.org',
    colour: {light: '#0072b2', dark: '#0072b2'},
    regional: true,
  },
  {
    id: 'latin-america',
    // FR label: brochure "Amérique Latine" (French typography lowercases the adjective).
    name: {fr: 'Amérique latine', en: 'Latin America', es: 'América Latina'},
    organisation: {
      short: same('FLACMA'),
      // ES is FLACMA's own name; EN and FR are UNCONFIRMED translations (uclg-facts.md §1).
      name: {
        fr: 'Fédération latino-américaine des villes, municipalités et associations de gouvernements locaux',
        en: 'Latin American Federation of Cities, Municipalities and Local Government Associations',
        es: 'Federación Latinoamericana de Ciudades, Municipios y Asociaciones de Gobiernos Locales',
      },
    },
    website: 'https://flacma.lat',
    colour: {light: '#009e73', dark: '#009e73'},
    regional: true,
  },
  {
    id: 'middle-east-west-asia',
    // FR label: UCLG Rapport annuel 2017; ES "Oriente Medio y Asia Occidental" is UNCONFIRMED.
    name: {
      fr: 'Moyen-Orient et Asie de l’Ouest',
      en: 'Middle East and West Asia',
      es: 'Oriente Medio y Asia Occidental',
    },
    organisation: {
      short: {fr: 'CGLU-MEWA', en: 'UCLG-MEWA', es: 'CGLU-MEWA'},
      name: {
        fr: 'CGLU Moyen-Orient et Asie de l’Ouest',
        en: 'United Cities and Local Governments Middle East and West Asia',
        es: 'CGLU Oriente Medio y Asia Occidental',
      },
    },
    website: 'https://uclg-mewa.org',
    colour: {light: '#d55e00', dark: '#d55e00'},
    regional: true,
  },
  {
    id: 'north-america',
    // ES "Norteamérica" follows the "CGLU + region" pattern (UNCONFIRMED).
    name: {fr: 'Amérique du Nord', en: 'North America', es: 'Norteamérica'},
    organisation: {
      short: {fr: 'CGLU NORAM', en: 'UCLG NORAM', es: 'CGLU NORAM'},
      name: {
        fr: 'CGLU Amérique du Nord',
        en: 'UCLG North American Section',
        es: 'CGLU Norteamérica',
      },
    },
    // NORAM has no site of its own; it is hosted by FCM in Ottawa, which publishes its statements.
    website: 'https://fcm.ca',
    colour: {light: '#f0e442', dark: '#f0e442'},
    regional: true,
  },
  {
    id: 'metropolitan',
    // FR label: brochure "Section Métropolitaine".
    name: {fr: 'Section métropolitaine', en: 'Metropolitan Section', es: 'Sección Metropolitana'},
    organisation: {
      short: same('Metropolis'),
      // Metropolis statutes, art. 1, give all three names.
      name: {
        fr: 'Association mondiale des grandes métropoles',
        en: 'World Association of the Major Metropolises',
        es: 'Asociación Mundial de las Grandes Metrópolis',
      },
    },
    website: 'https://www.metropolis.org',
    colour: {light: '#5d6b7a', dark: '#aab5c2'},
    regional: false,
  },
  {
    id: 'regions',
    // FR label: brochure "Forum des Régions".
    name: {fr: 'Forum des régions', en: 'Forum of Regions', es: 'Foro de Regiones'},
    organisation: {
      short: same('ORU Fogar'),
      // ES is UNCONFIRMED (uclg-facts.md §1).
      name: {
        fr: 'Organisation des Régions Unies',
        en: 'United Regions Organization',
        es: 'Organización de Regiones Unidas',
      },
    },
    website: 'https://regionsunies-fogar.org',
    colour: {light: '#3b3b3b', dark: '#dcdcdc'},
    regional: false,
  },
];

/** The section with this id, or undefined. */
export const sectionById = (id: string): Section | undefined => sections.find((s) => s.id === id);
