/**
 * Who UCLG is, from the brochure's first page (`brochure-fr.md`, "Qui sommes nous ?", "CGLU",
 * "Notre mission", "Nos objectifs") and its values line. French is the brochure's wording. English
 * and Spanish are UCLG's official wording where `uclg-facts.md` §4 gives it (mission, objectives,
 * values: UCLG Press Kit 2014 and bogota2016.uclg.org); every other translation is ours and NOT
 * official, as its comment says (and the XLIFF note of each message).
 *
 * Text is lit-localize messages, translated in `locales/<language>.xlf` like every element's own
 * words: each text function takes the `msg` of one language (an element's `this.msg`, or
 * `msgIn(locale)`) and returns the text in that language.
 */
import {str, type Msg} from '../internal/localize.js';

/** The year UCLG was founded: brochure ("elle est créée en 2004"), confirmed by `uclg-facts.md` §0. */
export const founded = 2004;

/** Ids of the parts of `<uclg-about>`, in the brochure's order. */
export const aboutTopicIds = ['history', 'taskforce', 'mission', 'objectives', 'values'] as const;
export type AboutTopicId = (typeof aboutTopicIds)[number];

export const aboutText = (msg: Msg) => ({
  // Brochure title "QUI SOMMES NOUS ?". EN/ES: the titles of UCLG's English and Spanish editions
  // ("UCLG - Who we are?", "CGLU - Quienes somos", issuu; `uclg-facts.md` introduction).
  title: msg('Qui sommes-nous\u00a0?', {
    id: 'about.title',
    desc: "UCLG's official wording in fr, en and es (uclg-facts.md §4); in any other language, our translation.",
  }),
  // Brochure: "LE RÉSEAU MONDIAL DE VILLES ET D", the heading over the key figures, cut off in
  // our copy of the brochure after "ET D"; completed as "de gouvernements locaux et régionaux",
  // the phrase the brochure uses throughout. EN/ES: ours, not official.
  network: msg('Le réseau mondial de villes et de gouvernements locaux et régionaux', {
    id: 'about.network',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  // Brochure: "CGLU / REPRÉSENTE ET OEUVRE POUR LA DÉFENSE DES INTÉRÊTS DES GOUVERNEMENTS LOCAUX ET
  // RÉGIONAUX SUR LA SCÈNE INTERNATIONALE", under the acronym. EN/ES: ours, not official.
  represents: msg(
    'Représente et œuvre pour la défense des intérêts des gouvernements locaux et régionaux sur la scène internationale',
    {id: 'about.represents', desc: "The brochure's French; every translation is ours, not UCLG's wording."},
  ),
  /**
   * The brochure, verbatim ("elle" is CGLU), its year `founded` (see {@link founded}) formatted in
   * the language. EN: ours, not official. ES: ours, ending with the phrase of bogota2016.uclg.org
   * ("decidieron unirse y dotarse de una voz unificada en la escena internacional", §4); not
   * official as a whole.
   */
  history: (founded: string): string =>
    msg(
      str`Héritière du mouvement centenaire municipaliste mondial, elle est créée en ${founded} lorsque les autorités locales et régionales du monde entier décident d’unifier leur voix sur la scène internationale.`,
      {
        id: 'about.history',
        desc: "The brochure's French; every translation is ours, not UCLG's wording. The placeholder is the year UCLG was founded, 2004.",
      },
    ),
  // Brochure: "NOTRE MISSION", "NOS OBJECTIFS". EN/ES: ours, not official.
  missionTitle: msg('Notre mission', {
    id: 'about.mission-title',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  objectivesTitle: msg('Nos objectifs', {
    id: 'about.objectives-title',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
  // Brochure, verbatim. EN and ES: official (`uclg-facts.md` §4: Press Kit, same as the
  // Constitution art. 2; bogota2016.uclg.org).
  mission: msg(
    'La mission de CGLU est d’être la voix unifiée et le défenseur de l’autonomie locale et régionale démocratique, promouvoir ses valeurs, ses objectifs et ses intérêts, au travers de la coopération entre les gouvernements locaux et régionaux, comme au sein de la communauté internationale.',
    {
      id: 'about.mission',
      desc: "UCLG's official wording in fr, en and es (uclg-facts.md §4); in any other language, our translation.",
    },
  ),
  // The Global Taskforce of Local and Regional Governments (its own name in en; FR, ES: as the
  // brochure and UCLG's Spanish site write it, keeping "Global Taskforce").
  taskforceName: msg('Global Taskforce de gouvernements locaux et régionaux', {
    id: 'about.taskforce-name',
    desc: "The brochure's French; every translation is ours, not UCLG's wording.",
  }),
});

/**
 * The Global Taskforce of Local and Regional Governments, whose work UCLG leads: its name is
 * `aboutText(msg).taskforceName`; the sentence about it is the message `about.taskforce` of
 * `<uclg-about>`, which sets the name in bold as the brochure does.
 */
export const globalTaskforce = {
  // Brochure: "… qui réunit plus de 30 réseaux actifs au niveau international" (`uclg-facts.md` §0).
  networks: 30,
  // The Taskforce's current site (`uclg-facts.md` §6: global-taskforce.org, "About us"). The
  // brochure printed "(www.gtf2016.org)", the site of the Taskforce's 2016 (Habitat III) campaign
  // (§0, issuu "gtf_2016"; §6), which no longer speaks for it.
  website: 'https://www.global-taskforce.org',
} as const;

/** Ids of the four objectives, in the brochure's order. */
export const objectiveIds = ['strengthen', 'mobilise', 'promote', 'encourage'] as const;
export type ObjectiveId = (typeof objectiveIds)[number];

export interface Objective {
  /** The verb the brochure sets in capitals; elements emphasise it with style, not with capitals. */
  verb: string;
  /** The rest of the objective, after the verb. */
  text: string;
}

/**
 * The four objectives. FR: brochure. EN and ES: official (`uclg-facts.md` §4: Press Kit;
 * bogota2016.uclg.org). The official EN and ES both say "promote" for the third and fourth,
 * where the French has PROMOUVOIR and ENCOURAGER; they are kept as UCLG wrote them.
 */
export const objectives = (msg: Msg): Readonly<Record<ObjectiveId, Objective>> => ({
  strengthen: {
    verb: msg('Renforcer', {
      id: 'about.strengthen.verb',
      desc: "UCLG's official wording in fr, en and es (uclg-facts.md §4); in any other language, our translation.",
    }),
    text: msg('le rôle des gouvernements locaux et régionaux dans le système international de prise de décision', {
      id: 'about.strengthen.text',
      desc: "UCLG's official wording in fr, en and es (uclg-facts.md §4); in any other language, our translation.",
    }),
  },
  mobilise: {
    verb: msg('Mobiliser', {
      id: 'about.mobilise.verb',
      desc: "UCLG's official wording in fr, en and es (uclg-facts.md §4); in any other language, our translation.",
    }),
    text: msg('l’action locale en faveur du développement', {
      id: 'about.mobilise.text',
      desc: "UCLG's official wording in fr, en and es (uclg-facts.md §4); in any other language, our translation.",
    }),
  },
  promote: {
    verb: msg('Promouvoir', {
      id: 'about.promote.verb',
      desc: "UCLG's official wording in fr, en and es (uclg-facts.md §4); in any other language, our translation.",
    }),
    text: msg('des gouvernements locaux et des associations nationales représentatives, fortes et efficaces', {
      id: 'about.promote.text',
      desc: "UCLG's official wording in fr, en and es (uclg-facts.md §4); in any other language, our translation.",
    }),
  },
  encourage: {
    verb: msg('Encourager', {
      id: 'about.encourage.verb',
      desc: "UCLG's official wording in fr, en and es (uclg-facts.md §4); in any other language, our translation.",
    }),
    text: msg('l’innovation au service de la gouvernance locale', {
      id: 'about.encourage.text',
      desc: "UCLG's official wording in fr, en and es (uclg-facts.md §4); in any other language, our translation.",
    }),
  },
});

// The values line, shown by <uclg-commissions> too, lives in a module of its own so that bundle
// carries none of this module's other messages.
export {valuesLine} from './values.js';
