/**
 * Who UCLG is, from the brochure's first page (`brochure-fr.md`, "Qui sommes nous ?", "CGLU",
 * "Notre mission", "Nos objectifs") and its values line. French is the brochure's wording. English
 * and Spanish are UCLG's official wording where `uclg-facts.md` §4 gives it (mission, objectives,
 * values: UCLG Press Kit 2014 and bogota2016.uclg.org); every other translation is ours and NOT
 * official, as its comment says. Like `commissions.ts`, brochure text is data so that it ships
 * only in the bundles that show it.
 */
import type {Localized} from './organisation.js';

/** Ids of the parts of `<uclg-about>`, in the brochure's order. */
export const aboutTopicIds = ['history', 'taskforce', 'mission', 'objectives', 'values'] as const;
export type AboutTopicId = (typeof aboutTopicIds)[number];

export const aboutText = {
  // Brochure title "QUI SOMMES NOUS ?". EN/ES: the titles of UCLG's English and Spanish editions
  // ("UCLG - Who we are?", "CGLU - Quienes somos", issuu; `uclg-facts.md` introduction).
  title: {fr: 'Qui sommes-nous\u00a0?', en: 'Who we are', es: 'Quiénes somos'},
  // Brochure: "LE RÉSEAU MONDIAL DE VILLES ET D", the heading over the key figures, cut off in
  // our copy of the brochure after "ET D"; completed as "de gouvernements locaux et régionaux",
  // the phrase the brochure uses throughout. EN/ES: ours, not official.
  network: {
    fr: 'Le réseau mondial de villes et de gouvernements locaux et régionaux',
    en: 'The global network of cities and local and regional governments',
    es: 'La red mundial de ciudades y gobiernos locales y regionales',
  },
  // Brochure: "CGLU / REPRÉSENTE ET OEUVRE POUR LA DÉFENSE DES INTÉRÊTS DES GOUVERNEMENTS LOCAUX ET
  // RÉGIONAUX SUR LA SCÈNE INTERNATIONALE", under the acronym. EN/ES: ours, not official.
  represents: {
    fr: 'Représente et œuvre pour la défense des intérêts des gouvernements locaux et régionaux sur la scène internationale',
    en: 'Represents and defends the interests of local and regional governments on the international stage',
    es: 'Representa y defiende los intereses de los gobiernos locales y regionales en la escena internacional',
  },
  // Brochure, verbatim ("elle" is CGLU; the year is 2004, confirmed in `uclg-facts.md` §0). EN:
  // ours, not official. ES: ours, ending with the phrase of bogota2016.uclg.org ("decidieron unirse
  // y dotarse de una voz unificada en la escena internacional", §4); not official as a whole.
  history: {
    fr: "Héritière du mouvement centenaire municipaliste mondial, elle est créée en 2004 lorsque les autorités locales et régionales du monde entier décident d'unifier leur voix sur la scène internationale.",
    en: 'Heir to the century-old world municipal movement, it was founded in 2004, when local and regional authorities from all over the world decided to unite their voice on the international stage.',
    es: 'Heredera del movimiento municipalista mundial centenario, fue creada en 2004, cuando las autoridades locales y regionales de todo el mundo decidieron unirse y dotarse de una voz unificada en la escena internacional.',
  },
  // Brochure: "NOTRE MISSION", "NOS OBJECTIFS". EN/ES: ours, not official.
  missionTitle: {fr: 'Notre mission', en: 'Our mission', es: 'Nuestra misión'},
  objectivesTitle: {fr: 'Nos objectifs', en: 'Our objectives', es: 'Nuestros objetivos'},
  // Brochure, verbatim. EN and ES: official (`uclg-facts.md` §4: Press Kit, same as the
  // Constitution art. 2; bogota2016.uclg.org).
  mission: {
    fr: "La mission de CGLU est d'être la voix unifiée et le défenseur de l'autonomie locale et régionale démocratique, promouvoir ses valeurs, ses objectifs et ses intérêts, au travers de la coopération entre les gouvernements locaux et régionaux, comme au sein de la communauté internationale.",
    en: 'The mission of UCLG is to be the united voice and world advocate of democratic local self-government, promoting its values, objectives and interests, through cooperation between local governments, and within the wider international community.',
    es: 'Ser la voz unida y representación mundial de los gobiernos locales autónomos y democráticos, promoviendo sus valores, objetivos e intereses, a través de la cooperación entre los gobiernos locales y regionales, y ante la vasta comunidad internacional.',
  },
} satisfies Record<string, Localized>;

/**
 * The values line of the brochure's commissions page, which `<uclg-about>` shows too. FR: the
 * brochure's words ("PROMÈT", sic, for "promeut"), made a sentence as the official EN and ES
 * lines are: its subject, CGLU, set as the brochure names UCLG elsewhere ("CGLU anime…"), and a
 * full stop. EN and ES: official (`uclg-facts.md` §4); they add "defending the general interests
 * of citizens", which the brochure leaves out.
 */
export const valuesLine: Localized = {
  fr: "CGLU promeut une société juste, durable et solidaire, fondée sur la démocratie locale, l'autonomie et la décentralisation.",
  en: 'United Cities and Local Governments commits to promote, through the actions of its members, just and sustainable societies characterized by solidarity and based on local democracy, self-governance and decentralization, defending the general interests of citizens.',
  es: 'Ciudades y Gobiernos Locales Unidos se compromete a promover, a través de la acción de sus miembros, una sociedad justa, sostenible y solidaria, basada en la democracia local, la autonomía y la descentralización, defensora del interés general de los ciudadanos.',
};

/**
 * The Global Taskforce of Local and Regional Governments, whose work UCLG leads. The sentence
 * holds two placeholders: `{name}` (set in bold, as in the brochure) and `{networks}` (the count,
 * formatted in the reader's language).
 */
export const globalTaskforce = {
  // Brochure: "… qui réunit plus de 30 réseaux actifs au niveau international" (`uclg-facts.md` §0).
  networks: 30,
  // The Taskforce's current site (`uclg-facts.md` §6: global-taskforce.org, "About us"). The
  // brochure printed "(www.gtf2016.org)", the site of the Taskforce's 2016 (Habitat III) campaign
  // (§0, issuu "gtf_2016"; §6), which no longer speaks for it.
  website: 'https://www.global-taskforce.org',
  name: {
    fr: 'Global Taskforce de gouvernements locaux et régionaux',
    en: 'Global Taskforce of Local and Regional Governments',
    es: 'Global Taskforce de gobiernos locales y regionales',
  },
  // FR: brochure. EN: the wording of AMB's UCLG page (`uclg-facts.md` §0), not UCLG's own text.
  // ES: ours, not official ("en el ámbito internacional" rather than the calque "a nivel internacional").
  sentence: {
    fr: 'CGLU anime le travail de la {name} qui réunit plus de {networks} réseaux actifs au niveau international.',
    en: 'UCLG facilitates the work of the {name}, which brings together more than {networks} active international networks.',
    es: 'CGLU impulsa el trabajo de la {name}, que reúne a más de {networks} redes activas en el ámbito internacional.',
  },
} as const satisfies {networks: number; website: string; name: Localized; sentence: Localized};

export interface Objective {
  id: 'strengthen' | 'mobilise' | 'promote' | 'encourage';
  /** The verb the brochure sets in capitals; elements emphasise it with style, not with capitals. */
  verb: Localized;
  /** The rest of the objective, after the verb. */
  text: Localized;
}

/**
 * The four objectives. FR: brochure. EN and ES: official (`uclg-facts.md` §4: Press Kit;
 * bogota2016.uclg.org). The official EN and ES both say "promote" for the third and fourth,
 * where the French has PROMOUVOIR and ENCOURAGER; they are kept as UCLG wrote them.
 */
export const objectives: readonly Objective[] = [
  {
    id: 'strengthen',
    verb: {fr: 'Renforcer', en: 'Reinforcing', es: 'Fortalecer'},
    text: {
      fr: 'le rôle des gouvernements locaux et régionaux dans le système international de prise de décision',
      en: 'the role of local and regional authorities in the international decision making process',
      es: 'el papel formal de los gobiernos locales como uno de los pilares del sistema internacional de toma de decisiones',
    },
  },
  {
    id: 'mobilise',
    verb: {fr: 'Mobiliser', en: 'Mobilising', es: 'Estimular'},
    text: {
      fr: "l'action locale en faveur du développement",
      en: 'local action in favour of development',
      es: 'la acción local a favor del desarrollo',
    },
  },
  {
    id: 'promote',
    verb: {fr: 'Promouvoir', en: 'Promoting', es: 'Promover'},
    text: {
      fr: 'des gouvernements locaux et des associations nationales représentatives, fortes et efficaces',
      en: 'strong and effective local and regional authorities and representative national associations',
      es: 'gobiernos locales, regionales y asociaciones nacionales de gobiernos locales representativas fuertes y eficaces',
    },
  },
  {
    id: 'encourage',
    verb: {fr: 'Encourager', en: 'Promoting', es: 'Promover'},
    text: {
      fr: "l'innovation au service de la gouvernance locale",
      en: 'innovation for the benefit of local governance',
      es: 'la innovación en la gobernanza local',
    },
  },
];
