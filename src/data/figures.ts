/**
 * UCLG's key figures, as the French brochure states them (`brochure-fr.md`, "Le réseau mondial de
 * villes…", "CGLU représente", "Où sommes-nous ?"). Checked against UCLG's "Join UCLG" page
 * (uclg.org/join-uclg), UCLG-Eurasia's "Why join" and UCLG-MEWA's "UCLG World Organization" pages
 * (`uclg-facts.md` §0). Labels are translated text and live with the element, in `locales/`.
 */

import {brochure} from './source.js';

/** Ids of the key figures, in the brochure's order. */
export const figureIds = ['cities', 'associations', 'people', 'population-share', 'countries'] as const;
export type FigureId = (typeof figureIds)[number];

/** How a figure is written: a floor ("+240 000"), a large count, a share, or a part of a whole. */
export type FigureKind = 'at-least' | 'large' | 'share' | 'part-of';

export interface KeyFigure {
  id: FigureId;
  value: number;
  kind: FigureKind;
  /** For `part-of`: the whole the value is a part of. */
  of?: number;
  /** The year the figure is as of: the brochure's edition (src/data/source.ts) unless checked since. */
  asOf: number;
}

export const keyFigures: readonly KeyFigure[] = [
  // Brochure: "+240.000 villes, régions et métropoles".
  {id: 'cities', value: 240_000, kind: 'at-least', asOf: brochure.year},
  // Brochure: "+175 associations de gouvernements locaux et régionaux".
  {id: 'associations', value: 175, kind: 'at-least', asOf: brochure.year},
  // Brochure: "CGLU représente 5 milliards de personnes dans le monde".
  {id: 'people', value: 5_000_000_000, kind: 'large', asOf: brochure.year},
  // Brochure: "70% de la population mondiale totale".
  {id: 'population-share', value: 0.7, kind: 'share', asOf: brochure.year},
  // Brochure: "140 des 193 pays membres des Nations Unies". UCLG's 2014 press kit says "140 of the
  // 192", which was out of date: the UN has had 193 members since South Sudan joined on 14 July
  // 2011 (`uclg-facts.md` §6), so the brochure's 193 stands.
  {id: 'countries', value: 140, kind: 'part-of', of: 193, asOf: brochure.year},
];
