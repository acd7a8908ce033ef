import {msg, str, type Locale} from '../../internal/localize.js';
import {numberFormat} from '../../internal/intl.js';
import type {FigureId, KeyFigure} from '../../data/figures.js';

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
}

/** The brochure's label of each figure (call while `msg()` answers in the right language). */
function label(figure: KeyFigure, locale: Locale): string {
  switch (figure.id) {
    case 'cities':
      return msg('villes, régions et métropoles', {desc: 'Key figure label, after "+240 000".'});
    case 'associations':
      return msg('associations de gouvernements locaux et régionaux', {
        desc: 'Key figure label, after "+175".',
      });
    case 'people':
      return msg('de personnes dans le monde', {
        desc: 'Key figure label, after "5 milliards" (UCLG represents 5 billion people).',
      });
    case 'population-share':
      return msg('de la population mondiale totale', {desc: 'Key figure label, after "70 %".'});
    case 'countries': {
      const total = numberFormat(locale).format(figure.of ?? 0);
      return msg(str`des ${total} pays membres des Nations Unies`, {
        desc: 'Key figure label, after "140": UCLG is present in 140 of the 193 UN member states.',
      });
    }
  }
}

/** Formats `value` the way the figure's kind is written, in `locale`. */
function format(figure: KeyFigure, value: number, locale: Locale): string {
  switch (figure.kind) {
    case 'large':
      return numberFormat(locale, {notation: 'compact', compactDisplay: 'long'}).format(value);
    case 'share':
      return numberFormat(locale, {style: 'percent'}).format(value);
    default:
      return numberFormat(locale, {maximumFractionDigits: 0}).format(value);
  }
}

/** Splits a compact number's scale word off ("5 milliards" → "5", "milliards"). */
function splitUnit(figure: KeyFigure, value: number, locale: Locale): [string, string] {
  if (figure.kind !== 'large') return [format(figure, value, locale), ''];
  const parts = numberFormat(locale, {notation: 'compact', compactDisplay: 'long'}).formatToParts(value);
  const unit = parts.filter((p) => p.type === 'compact').map((p) => p.value).join('');
  const number = parts.filter((p) => p.type !== 'compact').map((p) => p.value).join('');
  return [number.trim(), unit];
}

/** The text of `figure` at `progress` (0–1) of its count-up, in `locale`. */
export function figureText(figure: KeyFigure, progress: number, locale: Locale): FigureText {
  const final = format(figure, figure.value, locale);
  const [current, unit] = splitUnit(figure, figure.value * Math.min(progress, 1), locale);
  const atLeast = figure.kind === 'at-least';
  return {
    id: figure.id,
    unit,
    shown: atLeast
      ? msg(str`+${current}`, {desc: 'A figure that is a floor, as the brochure writes "+240.000".'})
      : current,
    spoken: atLeast
      ? msg(str`plus de ${final}`, {desc: 'Read by screen readers for "+240 000": "more than 240,000".'})
      : final,
    label: label(figure, locale),
  };
}
