/**
 * The brochure's page on UCLG's commissions and working groups (`brochure-fr.md`, "Les commissions
 * groupes de travail…" and "Commissions groupes de travail"): its heading, three purposes, and the
 * 22 fields in which members pool their knowledge and experience, in the brochure's order.
 *
 * Brochure text is data, not `msg()`: lit-localize's catalogs hold every message of every element,
 * so text kept here ships only in the bundles that show it. French is the brochure's wording
 * (sentence case; the brochure sets most of it in capitals). English and Spanish are our
 * translations, NOT UCLG's official wording, unless a comment says otherwise: UCLG's English and
 * Spanish editions of the brochure could not be found (`uclg-facts.md` §4).
 */
import type {Localized} from './organisation.js';

/** Heading of the page and of the list. Not official in EN/ES (UCLG's structure page is "Committees and Working Groups"). */
export const commissionsText = {
  // Brochure: "LES COMMISSIONS GROUPES DE TRAVAIL DES GOUVERNEMENTS LOCAUX, RÉGIONAUX ET
  // MÉTROPOLITAINS"; its two-line layout drops the "et" that UCLG's French site uses
  // ("Commissions et groupes de travail").
  title: {
    fr: 'Les commissions et groupes de travail des gouvernements locaux, régionaux et métropolitains',
    en: 'The committees and working groups of local, regional and metropolitan governments',
    es: 'Las comisiones y grupos de trabajo de los gobiernos locales, regionales y metropolitanos',
  },
  // Brochure: "COMMISSIONS GROUPES DE TRAVAIL", over the list.
  listTitle: {
    fr: 'Commissions et groupes de travail',
    en: 'Committees and working groups',
    es: 'Comisiones y grupos de trabajo',
  },
  // Brochure, verbatim.
  intro: {
    fr: 'Les membres de CGLU mettent en commun leurs connaissances et leurs expériences dans les domaines suivants\u00a0:',
    en: 'UCLG members pool their knowledge and experience in the following fields:',
    es: 'Los miembros de CGLU ponen en común sus conocimientos y experiencias en los siguientes ámbitos:',
  },
} satisfies Record<string, Localized>;

/**
 * The three purposes the brochure sets over the list. EN/ES: ours, NOT official, from the
 * suggestions of `uclg-facts.md` §4 (marked there UNOFFICIAL; "influence the global development
 * agenda" is a phrase UCLG uses), in idiomatic English and Spanish: "at the international level",
 * "en el ámbito internacional" and "Para construir el futuro" rather than the suggested calques
 * "a nivel internacional" and "Para dar forma al futuro".
 */
export const commissionPurposes: readonly Localized[] = [
  {fr: 'Pour façonner le futur', en: 'To shape the future', es: 'Para construir el futuro'},
  {
    fr: 'Pour partager les expériences innovantes des gouvernements locaux et régionaux au niveau international',
    en: 'To share the innovative experiences of local and regional governments at the international level',
    es: 'Para compartir las experiencias innovadoras de los gobiernos locales y regionales en el ámbito internacional',
  },
  {
    fr: "Pour influencer l'agenda mondial du développement",
    en: 'To influence the global development agenda',
    es: 'Para influir en la agenda mundial del desarrollo',
  },
];

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
  name: Partial<Localized>;
}

export interface CommissionField {
  id: FieldId;
  /** The brochure's wording (fr) and our translations (en, es; not official). */
  label: Localized;
  /**
   * Set in bold capitals in the brochure. Typographic weight in a word-cloud layout, NOT a sign of
   * a committee: `uclg-facts.md` §3 shows it does not follow the committee / working-group split.
   */
  emphasis: boolean;
  /** The body the field belonged to in 2015, only where `uclg-facts.md` §3 confirms the link. */
  body?: CommissionBody;
}

const committee = (name: Partial<Localized>): CommissionBody => ({kind: 'committee', name});
const workingGroup = (name: Partial<Localized>): CommissionBody => ({kind: 'working-group', name});

// One committee covers three of the brochure's fields (§3: CONFIRMED, EN and ES).
const socialInclusion = committee({
  en: 'Committee on Social Inclusion, Participatory Democracy and Human Rights',
  es: 'Comisión de Inclusión Social, Democracia Participativa y Derechos Humanos',
});
// And one covers two (§3: EN CONFIRMED, ES title unconfirmed).
const decentralisation = committee({en: 'Committee on Decentralization and Local Self-Government'});

/** The 22 fields, in the brochure's order. Bodies: `uclg-facts.md` §3, with its confidence. */
export const commissionFields: readonly CommissionField[] = [
  {
    id: 'local-finance',
    label: {fr: 'Finances locales', en: 'Local finance', es: 'Finanzas locales'},
    emphasis: true,
    // §3: EN CONFIRMED (cglu.org committees page); ES unconfirmed.
    body: committee({en: 'Committee on Local Finance and Development'}),
  },
  {
    id: 'intermediary-cities',
    label: {fr: 'Villes intermédiaires', en: 'Intermediary cities', es: 'Ciudades intermedias'},
    emphasis: true,
    // §3: EN CONFIRMED (created April 2014); ES title unconfirmed.
    body: workingGroup({en: 'Working Group on Intermediary Cities'}),
  },
  {
    id: 'social-inclusion',
    label: {fr: 'Inclusion sociale', en: 'Social inclusion', es: 'Inclusión social'},
    emphasis: true,
    body: socialInclusion,
  },
  {
    id: 'local-economic-development',
    label: {
      fr: 'Développement économique local',
      en: 'Local economic development',
      es: 'Desarrollo económico local',
    },
    emphasis: false,
    // §3: EN CONFIRMED, a working group in 2015 (later a committee).
    body: workingGroup({en: 'Working Group on Local Economic Development'}),
  },
  {
    id: 'decentralisation',
    label: {fr: 'Décentralisation', en: 'Decentralization', es: 'Descentralización'},
    emphasis: true,
    body: decentralisation,
  },
  {
    id: 'local-autonomy',
    label: {fr: 'Autonomie locale', en: 'Local self-government', es: 'Autonomía local'},
    emphasis: true,
    body: decentralisation,
  },
  {
    id: 'digital-cities',
    // Brochure: "Ville Numériques et de la Connaissance" (sic: the plural is the committee's).
    label: {
      fr: 'Villes numériques et de la connaissance',
      en: 'Digital and knowledge-based cities',
      es: 'Ciudades digitales y del conocimiento',
    },
    emphasis: false,
    // §3: CONFIRMED (uclg-digitalcities.org).
    body: committee({
      en: 'Committee on Digital and Knowledge-Based Cities',
      es: 'Comisión de Ciudades Digitales y del Conocimiento',
    }),
  },
  {
    id: 'gender-equality',
    label: {fr: 'Égalité des genres', en: 'Gender equality', es: 'Igualdad de género'},
    emphasis: true,
    // §3: CONFIRMED (uclgmeets.org).
    body: committee({
      en: 'Standing Committee on Gender Equality',
      es: 'Comisión Permanente de Igualdad de Género',
    }),
  },
  {
    id: 'human-rights',
    label: {fr: 'Droits humains', en: 'Human rights', es: 'Derechos humanos'},
    emphasis: true,
    body: socialInclusion,
  },
  {
    id: 'institution-building',
    label: {fr: 'Renforcement institutionnel', en: 'Institution building', es: 'Fortalecimiento institucional'},
    emphasis: false,
    // §3: EN CONFIRMED (CIB); ES unconfirmed.
    body: workingGroup({en: 'Working Group on Capacity and Institution Building'}),
  },
  {
    id: 'participatory-democracy',
    label: {fr: 'Démocratie participative', en: 'Participatory democracy', es: 'Democracia participativa'},
    emphasis: true,
    body: socialInclusion,
  },
  {
    id: 'development-cooperation',
    label: {fr: 'Coopération au développement', en: 'Development cooperation', es: 'Cooperación al desarrollo'},
    emphasis: true,
    // §3: EN CONFIRMED (TBB committees page); ES unconfirmed.
    body: committee({en: 'Committee on Development Cooperation and City Diplomacy'}),
  },
  {
    id: 'middle-east-cooperation',
    label: {
      fr: 'Coopération au Proche-Orient',
      en: 'Cooperation in the Middle East',
      es: 'Cooperación en Oriente Medio',
    },
    emphasis: false,
    // §3: EN CONFIRMED (uclg.org communiqué); ES unconfirmed.
    body: workingGroup({en: 'Middle East Working Group'}),
  },
  {
    id: 'culture',
    label: {fr: 'Culture', en: 'Culture', es: 'Cultura'},
    emphasis: true,
    // §3: CONFIRMED (TBB; Agenda 21 for culture).
    body: committee({en: 'Committee on Culture', es: 'Comisión de Cultura de CGLU'}),
  },
  {
    id: 'mediterranean',
    label: {fr: 'Méditerranée', en: 'Mediterranean', es: 'Mediterráneo'},
    emphasis: false,
    // §3: EN/FR CONFIRMED (old.uclg.org; medcities.org); ES unconfirmed.
    body: committee({en: 'Mediterranean Commission', fr: 'Commission Méditerranée de CGLU'}),
  },
  {
    id: 'urban-mobility',
    label: {fr: 'Mobilité urbaine', en: 'Urban mobility', es: 'Movilidad urbana'},
    emphasis: false,
    // §3: EN CONFIRMED (a community of practice from 2017).
    body: committee({en: 'Committee on Urban Mobility'}),
  },
  {
    id: 'urban-health',
    label: {fr: 'Santé urbaine', en: 'Urban health', es: 'Salud urbana'},
    emphasis: false,
    // §3: EN CONFIRMED as a committee.
    body: committee({en: 'Committee on Urban Health'}),
  },
  {
    id: 'urban-strategic-planning',
    label: {
      fr: 'Planification stratégique urbaine',
      en: 'Urban strategic planning',
      es: 'Planificación estratégica urbana',
    },
    emphasis: false,
    // §3: EN CONFIRMED.
    body: committee({en: 'Committee on Urban Strategic Planning'}),
  },
  // §3: the link to the crises working group is UNCONFIRMED, so no body.
  {id: 'resilience', label: {fr: 'Résilience', en: 'Resilience', es: 'Resiliencia'}, emphasis: false},
  {
    id: 'migration',
    label: {fr: 'Migration', en: 'Migration', es: 'Migración'},
    emphasis: false,
    // §3: EN CONFIRMED (TBB working groups page).
    body: workingGroup({en: 'Working Group on Migration and Co-development'}),
  },
  // §3: no committee or working group found (UNCONFIRMED theme), so no body.
  {
    id: 'climate-change',
    label: {fr: 'Changement climatique', en: 'Climate change', es: 'Cambio climático'},
    emphasis: true,
  },
  // §3: "probably" the responsible tourism working group (UNCONFIRMED), so no body.
  {
    id: 'sustainable-development',
    label: {fr: 'Développement durable', en: 'Sustainable development', es: 'Desarrollo sostenible'},
    emphasis: true,
  },
];
