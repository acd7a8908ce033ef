/**
 * The words of <uclg-stats>: its heading, and each figure as shown and as spoken, through the
 * element's `msg` (the figures' values are data, src/data/figures.ts).
 */
import {str, type Locale, type Msg} from '../../internal/localize.js';
import {numberFormat} from '../../internal/intl.js';
import type {FigureId, KeyFigure} from '../../data/figures.js';

/** The brochure's heading over the key figures. */
export const statsTitle = (msg: Msg): string =>
  msg('Une voix forte et unie devant la communauté internationale', {
    id: 'stats.title',
    desc: "The brochure's heading over the key figures. EN and ES: not UCLG's official wording (none found).",
  });

/** What a reader sees of a figure, and what assistive technology reads instead of it. */
export interface FigureText {
  id: FigureId;
  /** The number as shown, counted up while `animate` runs. */
  shown: string;
  /** The scale word of a large number ("milliards"), set smaller beside it as in the brochure. */
  unit: string;
  /** The final number in words a screen reader reads well ("plus de 240 000"). */
  spoken: string;
  label: string;
  /** The brochure's heading over this figure's group ("CGLU représente"), or "" when none. */
  lead: string;
}

/** The brochure's label of each figure, through the element's `msg`. */
function label(figure: KeyFigure, locale: Locale, msg: Msg): string {
  switch (figure.id) {
    case 'cities':
      return msg('villes, régions et métropoles', {
        id: 'stats.cities-label',
        desc: 'Key figure label, after "+240 000".',
      });
    case 'associations':
      return msg('associations de gouvernements locaux et régionaux', {
        id: 'stats.associations-label',
        desc: 'Key figure label, after "+175".',
      });
    case 'people':
      return msg('de personnes dans le monde', {
        id: 'stats.people-label',
        desc: 'Key figure label, after "5 milliards" (UCLG represents 5 billion people).',
      });
    case 'population-share':
      return msg('de la population mondiale totale', {
        id: 'stats.population-share-label',
        desc: 'Key figure label, after "70 %".',
      });
    case 'countries': {
      const total = numberFormat(locale).format(figure.of ?? 0);
      return msg(str`des ${total} pays membres des Nations Unies`, {
        id: 'stats.countries-label',
        desc: 'Key figure label, after "140": UCLG is present in 140 of the 193 UN member states.',
      });
    }
  }
}

/**
 * The brochure sets two of its figures under a heading that reads into them: "CGLU représente /
 * 5 milliards de personnes…" and "Où sommes-nous ? / 140 des 193 pays…".
 */
function lead(figure: KeyFigure, msg: Msg): string {
  switch (figure.id) {
    case 'people':
      return msg('CGLU représente', {
        id: 'stats.people-lead',
        desc: 'Read before "5 billion people worldwide" (the brochure\'s heading over it). EN and ES: not UCLG\'s official wording (none found).',
      });
    case 'countries':
      return msg('Où sommes-nous\u00a0?', {
        id: 'stats.countries-lead',
        desc: 'The brochure\'s heading over "140 of the 193 UN member states". EN and ES: not UCLG\'s official wording (none found).',
      });
    default:
      return '';
  }
}

/** The formatter that writes a figure of this kind the way the brochure does, in `locale`. */
function formatter(figure: KeyFigure, locale: Locale): Intl.NumberFormat {
  switch (figure.kind) {
    case 'large':
      return numberFormat(locale, {notation: 'compact', compactDisplay: 'long'});
    case 'share':
      return numberFormat(locale, {style: 'percent'});
    default:
      return numberFormat(locale, {maximumFractionDigits: 0});
  }
}

/** `value` written as a number and the scale word of a compact number ("5", "milliards"). */
function split(value: number, format: Intl.NumberFormat): [string, string] {
  const parts = format.formatToParts(value);
  const text = (compact: boolean) =>
    parts
      .filter((p) => (p.type === 'compact') === compact)
      .map((p) => p.value)
      .join('')
      .trim();
  return [text(false), text(true)];
}

/** The text of `figure` at `progress` (0–1) of its count-up, in `locale`. */
export function figureText(figure: KeyFigure, progress: number, locale: Locale, msg: Msg): FigureText {
  const format = formatter(figure, locale);
  const final = format.format(figure.value);
  const [current, unit] = split(figure.value * progress, format);
  const atLeast = figure.kind === 'at-least';
  return {
    id: figure.id,
    unit,
    shown: atLeast
      ? msg(str`+${current}`, {
          id: 'stats.at-least',
          desc: 'A figure that is a floor, as the brochure writes "+240.000".',
        })
      : current,
    spoken: atLeast
      ? msg(str`plus de ${final}`, {
          id: 'stats.at-least-spoken',
          desc: 'Read by screen readers for "+240 000": "more than 240,000".',
        })
      : final,
    label: label(figure, locale, msg),
    lead: lead(figure, msg),
  };
}
