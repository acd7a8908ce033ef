/**
 * The words of <uclg-stats>: its heading, and each figure as shown and as spoken, through the
 * element's `msg` (the figures' values are data, src/data/figures.ts).
 */
import {str, type Locale, type Msg} from '../../internal/localize.js';
import {addFormatted, compactScale, formatNumber, formatYear, plural} from '../../internal/intl.js';
import {uclgStats} from '../../generated/formatted.js';
import {keyFigures, type FigureId, type KeyFigure} from '../../data/figures.js';

// What the build's Intl wrote for this element's texts (scripts/build/formatted.mjs).
addFormatted(uclgStats);

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
  /**
   * What follows the number of a large figure, its scale word and the space before it as the
   * language writes them (" milliards", "亿"), set smaller beside it as in the brochure; or "".
   */
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
      const total = formatNumber(locale, figure.of ?? 0);
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

/** The options that write a figure of this kind the way the brochure does. */
const options = (figure: KeyFigure): Intl.NumberFormatOptions =>
  figure.kind === 'share'
    ? {style: 'percent'}
    : {maximumFractionDigits: figure.kind === 'large' ? 1 : 0, useGrouping: figure.kind !== 'large'};

/** `count` of the language's scale of billions (`n` formatted), in the plural form `n` takes. */
const billions = (locale: Locale, msg: Msg, n: number, count: string): string =>
  plural(locale, n, {
    zero: () =>
      msg(str`${count} milliards`, {
        id: 'stats.billions.zero',
        desc: 'A large figure: "5 milliards" (5 billion). The placeholder is the number in the scale Intl\'s compact notation uses in your language (5 for 5 billion; 50 in Chinese, where it writes 50亿). The label follows ("… de personnes"). CLDR plural form "zero" (a language without it never shows it: copy its other form).',
      }),
    one: () =>
      msg(str`${count} milliard`, {
        id: 'stats.billions.one',
        desc: 'A large figure: "5 milliards" (5 billion). The placeholder is the number in the scale Intl\'s compact notation uses in your language (5 for 5 billion; 50 in Chinese, where it writes 50亿). The label follows ("… de personnes"). CLDR plural form "one" (a language without it never shows it: copy its other form).',
      }),
    two: () =>
      msg(str`${count} milliards`, {
        id: 'stats.billions.two',
        desc: 'A large figure: "5 milliards" (5 billion). The placeholder is the number in the scale Intl\'s compact notation uses in your language (5 for 5 billion; 50 in Chinese, where it writes 50亿). The label follows ("… de personnes"). CLDR plural form "two" (a language without it never shows it: copy its other form).',
      }),
    few: () =>
      msg(str`${count} milliards`, {
        id: 'stats.billions.few',
        desc: 'A large figure: "5 milliards" (5 billion). The placeholder is the number in the scale Intl\'s compact notation uses in your language (5 for 5 billion; 50 in Chinese, where it writes 50亿). The label follows ("… de personnes"). CLDR plural form "few" (a language without it never shows it: copy its other form).',
      }),
    many: () =>
      msg(str`${count} milliards`, {
        id: 'stats.billions.many',
        desc: 'A large figure: "5 milliards" (5 billion). The placeholder is the number in the scale Intl\'s compact notation uses in your language (5 for 5 billion; 50 in Chinese, where it writes 50亿). The label follows ("… de personnes"). CLDR plural form "many" (a language without it never shows it: copy its other form).',
      }),
    other: () =>
      msg(str`${count} milliards`, {
        id: 'stats.billions.other',
        desc: 'A large figure: "5 milliards" (5 billion). The placeholder is the number in the scale Intl\'s compact notation uses in your language (5 for 5 billion; 50 in Chinese, where it writes 50亿). The label follows ("… de personnes"). CLDR plural form "other" (a language without it never shows it: copy its other form).',
      }),
  });

/**
 * A large `value` in words: the number in the scale `Intl`'s compact notation writes it in, and
 * what follows it ("5", " milliards"). Only the scale is taken from it: the word comes from a
 * message, in the plural form of the number (Arabic: 3 to 10 take مليارات).
 */
function large(
  value: number,
  at: number,
  locale: Locale,
  msg: Msg,
  format: Intl.NumberFormatOptions,
): [string, string] {
  const n = Math.round(((value * at) / compactScale(locale, value)) * 10) / 10;
  const count = formatNumber(locale, n, format);
  const text = billions(locale, msg, n, count);
  const i = text.indexOf(count);
  return i < 0 ? [text, ''] : [text.slice(0, i + count.length), text.slice(i + count.length)];
}

/** The text of `figure` at `progress` (0–1) of its count-up, in `locale`. */
export function figureText(figure: KeyFigure, progress: number, locale: Locale, msg: Msg): FigureText {
  const format = options(figure);
  const isLarge = figure.kind === 'large';
  const final = isLarge
    ? large(figure.value, 1, locale, msg, format).join('')
    : formatNumber(locale, figure.value, format);
  const [current, unit] = isLarge
    ? large(figure.value, progress, locale, msg, format)
    : [formatNumber(locale, figure.value * progress, format), ''];
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

/**
 * Every text <uclg-stats> makes from its data in `locale`, so that the build has `Intl` write its
 * numbers and plurals (scripts/build/formatted.mjs): each figure as a count-up starts and ends, and
 * the source line's year (the latest of the figures shown: one of theirs).
 */
export function textsFromData(locale: Locale, msg: Msg): unknown[] {
  return keyFigures.flatMap((figure) => [
    figureText(figure, 0, locale, msg),
    figureText(figure, 1, locale, msg),
    formatYear(locale, figure.asOf),
  ]);
}
