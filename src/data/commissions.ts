/**
 * The brochure's page on UCLG's commissions and working groups (`brochure-fr.md`, "Les commissions
 * groupes de travail…" and "Commissions groupes de travail"): its heading, three purposes, and the
 * 22 fields in which members pool their knowledge and experience, in the brochure's order.
 *
 * Text is lit-localize messages (see `about.ts`), translated in `locales/`. French is the brochure's wording
 * (sentence case; the brochure sets most of it in capitals). English and Spanish are our
 * translations, NOT UCLG's official wording, unless a comment says otherwise: UCLG's English and
 * Spanish editions of the brochure could not be found (`uclg-facts.md` §4).
 */
import type {Locale, Msg} from '../internal/localize.js';

/** A body's name, only in the languages where UCLG's own pages confirm it: a name, not text to translate. */
export type OfficialNames = Readonly<Partial<Record<Locale, string>>>;

/** Heading of the page and of the list. Not official in EN/ES (UCLG's structure page is "Committees and Working Groups"). */
export const commissionsText = (msg: Msg) => ({
  // Brochure: "LES COMMISSIONS GROUPES DE TRAVAIL DES GOUVERNEMENTS LOCAUX, RÉGIONAUX ET
  // MÉTROPOLITAINS"; its two-line layout drops the "et" that UCLG's French site uses
  // ("Commissions et groupes de travail").
  title: msg('Les commissions et groupes de travail des gouvernements locaux, régionaux et métropolitains', {
    id: 'commissions.title',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  // Brochure: "COMMISSIONS GROUPES DE TRAVAIL", over the list.
  listTitle: msg('Commissions et groupes de travail', {
    id: 'commissions.list-title',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  // Brochure, verbatim.
  intro: msg(
    'Les membres de CGLU mettent en commun leurs connaissances et leurs expériences dans les domaines suivants\u00a0:',
    {id: 'commissions.intro', desc: "The brochure's French; every translation is ours, not UCLG's wording."},
  ),
  /**
   * The three purposes the brochure sets over the list. EN/ES: ours, NOT official, from the
   * suggestions of `uclg-facts.md` §4 (marked there UNOFFICIAL; "influence the global development
   * agenda" is a phrase UCLG uses), in idiomatic English and Spanish: "at the international level",
   * "en el ámbito internacional" and "Para construir el futuro" rather than the suggested calques
   * "a nivel internacional" and "Para dar forma al futuro".
   */
  purposes: [
    msg('Pour façonner le futur', {
      id: 'commissions.purpose-future',
      desc: "The brochure's French; every translation is ours, not UCLG's wording.",
    }),
    msg('Pour partager les expériences innovantes des gouvernements locaux et régionaux au niveau international', {
      id: 'commissions.purpose-share',
      desc: "The brochure's French; every translation is ours, not UCLG's wording.",
    }),
    msg('Pour influencer l’agenda mondial du développement', {
      id: 'commissions.purpose-influence',
      desc: "The brochure's French; every translation is ours, not UCLG's wording.",
    }),
  ],
});

/** Ids of the 22 fields, in the brochure's order. */
export const fieldIds = [
  'local-finance',
  'intermediary-cities',
  'social-inclusion',
  'local-economic-development',
  'decentralisation',
  'local-autonomy',
  'digital-cities',
  'gender-equality',
  'human-rights',
  'institution-building',
  'participatory-democracy',
  'development-cooperation',
  'middle-east-cooperation',
  'culture',
  'mediterranean',
  'urban-mobility',
  'urban-health',
  'urban-strategic-planning',
  'resilience',
  'migration',
  'climate-change',
  'sustainable-development',
] as const;
export type FieldId = (typeof fieldIds)[number];

/**
 * The year of the committees and working groups in `commissionFields`: the structure of the
 * brochure's time (UCLG's issuu editions, November 2015), set up in 2004–05 with a mandate "until
 * the next UCLG Congress in 2016", then replaced from 2016–17 by Policy Councils, Communities of
 * Practice and Fora (`uclg-facts.md` §3, §6). Elements show a body as of this year, not as today's.
 */
export const commissionBodiesYear = 2015;

/** The UCLG body a field belonged to in `commissionBodiesYear`. */
export interface CommissionBody {
  kind: 'committee' | 'working-group';
  /** The body's name, only in the languages where `uclg-facts.md` §3 confirms it. */
  name: OfficialNames;
}

export interface CommissionField {
  id: FieldId;
  /**
   * Set in bold capitals in the brochure. Typographic weight in a word-cloud layout, NOT a sign of
   * a committee: `uclg-facts.md` §3 shows it does not follow the committee / working-group split.
   */
  emphasis: boolean;
  /** The body the field belonged to in 2015, only where `uclg-facts.md` §3 confirms the link. */
  body?: CommissionBody;
}

const committee = (name: OfficialNames): CommissionBody => ({kind: 'committee', name});
const workingGroup = (name: OfficialNames): CommissionBody => ({kind: 'working-group', name});

// One committee covers three of the brochure's fields (§3: CONFIRMED, EN and ES).
const socialInclusion = committee({
  en: 'Committee on Social Inclusion, Participatory Democracy and Human Rights',
  es: 'Comisión de Inclusión Social, Democracia Participativa y Derechos Humanos',
});
// And one covers two (§3: EN CONFIRMED, ES title unconfirmed).
const decentralisation = committee({en: 'Committee on Decentralization and Local Self-Government'});

/**
 * The fields' names: the brochure's wording (fr) and our translations (not official in any other
 * language).
 */
export const fieldLabels = (msg: Msg): Readonly<Record<FieldId, string>> => ({
  'local-finance': msg('Finances locales', {
    id: 'commissions.field.local-finance',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  'intermediary-cities': msg('Villes intermédiaires', {
    id: 'commissions.field.intermediary-cities',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  'social-inclusion': msg('Inclusion sociale', {
    id: 'commissions.field.social-inclusion',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  'local-economic-development': msg('Développement économique local', {
    id: 'commissions.field.local-economic-development',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  decentralisation: msg('Décentralisation', {
    id: 'commissions.field.decentralisation',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  'local-autonomy': msg('Autonomie locale', {
    id: 'commissions.field.local-autonomy',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  // Brochure: "Ville Numériques et de la Connaissance" (sic: the plural is the committee's).
  'digital-cities': msg('Villes numériques et de la connaissance', {
    id: 'commissions.field.digital-cities',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  'gender-equality': msg('Égalité des genres', {
    id: 'commissions.field.gender-equality',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  'human-rights': msg('Droits humains', {
    id: 'commissions.field.human-rights',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  'institution-building': msg('Renforcement institutionnel', {
    id: 'commissions.field.institution-building',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  'participatory-democracy': msg('Démocratie participative', {
    id: 'commissions.field.participatory-democracy',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  'development-cooperation': msg('Coopération au développement', {
    id: 'commissions.field.development-cooperation',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  'middle-east-cooperation': msg('Coopération au Proche-Orient', {
    id: 'commissions.field.middle-east-cooperation',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  culture: msg('Culture', {
    id: 'commissions.field.culture',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  mediterranean: msg('Méditerranée', {
    id: 'commissions.field.mediterranean',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  'urban-mobility': msg('Mobilité urbaine', {
    id: 'commissions.field.urban-mobility',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  'urban-health': msg('Santé urbaine', {
    id: 'commissions.field.urban-health',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  'urban-strategic-planning': msg('Planification stratégique urbaine', {
    id: 'commissions.field.urban-strategic-planning',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  resilience: msg('Résilience', {
    id: 'commissions.field.resilience',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  migration: msg('Migration', {
    id: 'commissions.field.migration',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  'climate-change': msg('Changement climatique', {
    id: 'commissions.field.climate-change',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  'sustainable-development': msg('Développement durable', {
    id: 'commissions.field.sustainable-development',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
});

/** The 22 fields, in the brochure's order. Bodies: `uclg-facts.md` §3, with its confidence. */
export const commissionFields: readonly CommissionField[] = [
  {
    id: 'local-finance',
    emphasis: true,
    // §3: EN CONFIRMED (cglu.org committees page); ES unconfirmed.
    body: committee({en: 'Committee on Local Finance and Development'}),
  },
  {
    id: 'intermediary-cities',
    emphasis: true,
    // §3: EN CONFIRMED (created April 2014); ES title unconfirmed.
    body: workingGroup({en: 'Working Group on Intermediary Cities'}),
  },
  {
    id: 'social-inclusion',
    emphasis: true,
    body: socialInclusion,
  },
  {
    id: 'local-economic-development',
    emphasis: false,
    // §3: EN CONFIRMED, a working group in 2015 (later a committee).
    body: workingGroup({en: 'Working Group on Local Economic Development'}),
  },
  {
    id: 'decentralisation',
    emphasis: true,
    body: decentralisation,
  },
  {
    id: 'local-autonomy',
    emphasis: true,
    body: decentralisation,
  },
  {
    id: 'digital-cities',
    emphasis: false,
    // §3: CONFIRMED (uclg-digitalcities.org).
    body: committee({
      en: 'Committee on Digital and Knowledge-Based Cities',
      es: 'Comisión de Ciudades Digitales y del Conocimiento',
    }),
  },
  {
    id: 'gender-equality',
    emphasis: true,
    // §3: CONFIRMED (uclgmeets.org).
    body: committee({
      en: 'Standing Committee on Gender Equality',
      es: 'Comisión Permanente de Igualdad de Género',
    }),
  },
  {
    id: 'human-rights',
    emphasis: true,
    body: socialInclusion,
  },
  {
    id: 'institution-building',
    emphasis: false,
    // §3: EN CONFIRMED (CIB); ES unconfirmed.
    body: workingGroup({en: 'Working Group on Capacity and Institution Building'}),
  },
  {
    id: 'participatory-democracy',
    emphasis: true,
    body: socialInclusion,
  },
  {
    id: 'development-cooperation',
    emphasis: true,
    // §3: EN CONFIRMED (TBB committees page); ES unconfirmed.
    body: committee({en: 'Committee on Development Cooperation and City Diplomacy'}),
  },
  {
    id: 'middle-east-cooperation',
    emphasis: false,
    // §3: EN CONFIRMED (uclg.org communiqué); ES unconfirmed.
    body: workingGroup({en: 'Middle East Working Group'}),
  },
  {
    id: 'culture',
    emphasis: true,
    // §3: CONFIRMED (TBB; Agenda 21 for culture).
    body: committee({en: 'Committee on Culture', es: 'Comisión de Cultura de CGLU'}),
  },
  {
    id: 'mediterranean',
    emphasis: false,
    // §3: EN/FR CONFIRMED (old.uclg.org; medcities.org); ES unconfirmed.
    body: committee({en: 'Mediterranean Commission', fr: 'Commission Méditerranée de CGLU'}),
  },
  {
    id: 'urban-mobility',
    emphasis: false,
    // §3: EN CONFIRMED (a community of practice from 2017).
    body: committee({en: 'Committee on Urban Mobility'}),
  },
  {
    id: 'urban-health',
    emphasis: false,
    // §3: EN CONFIRMED as a committee.
    body: committee({en: 'Committee on Urban Health'}),
  },
  {
    id: 'urban-strategic-planning',
    emphasis: false,
    // §3: EN CONFIRMED.
    body: committee({en: 'Committee on Urban Strategic Planning'}),
  },
  // §3: the link to the crises working group is UNCONFIRMED, so no body.
  {id: 'resilience', emphasis: false},
  {
    id: 'migration',
    emphasis: false,
    // §3: EN CONFIRMED (TBB working groups page).
    body: workingGroup({en: 'Working Group on Migration and Co-development'}),
  },
  // §3: no committee or working group found (UNCONFIRMED theme), so no body.
  {
    id: 'climate-change',
    emphasis: true,
  },
  // §3: "probably" the responsible tourism working group (UNCONFIRMED), so no body.
  {
    id: 'sustainable-development',
    emphasis: true,
  },
];
