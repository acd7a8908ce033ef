/**
 * The values a widget's CSS custom property may take from an address (a frame page's, a Link
 * page's, the configurator's), parsed against the property's syntax: its `@cssprop {<syntax>}` tag,
 * which custom-elements.json carries as `syntax`. A value is whole tokens of that syntax or it is
 * refused: no syntax here has `url(`, `image-set(`, `;`, `{`, `}` or `!`, so none can pass, and
 * nothing is filtered by a list of bad strings.
 *
 * In a browser, a value that has the syntax's shape must also be one the browser's own parser takes
 * for the matching property (`CSS.supports`): `rgb(1 2)` or `nocolour` have the shape, not the sense.
 */

const number = String.raw`(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const argument = String.raw`(?:[+-]?${number}(?:%|deg|grad|rad|turn)?|none)`;
// Separators are never empty, so digits cannot be split into arguments in more than one way.
const colourFunction = String.raw`(?:rgba?|hsla?|hwb|(?:ok)?l(?:ab|ch))\(\s*${argument}(?:(?:\s*[,/]\s*|\s+)${argument})*\s*\)`;
const ident = String.raw`-?[a-z_\u00c0-\uffff][\w\u00c0-\uffff-]*`;
// A family is a quoted name or words; only spaces and tabs separate them (no line breaks).
const family = String.raw`(?:"[^"\\\n;{}!()]*"|'[^'\\\n;{}!()]*'|${ident}(?:[ \t]+${ident})*)`;

interface Syntax {
  /** The whole value, in the syntax's grammar. */
  pattern: RegExp;
  /** A property whose values are this syntax, for `CSS.supports`. */
  property: string;
  /** The accepted values, as a warning or the configurator says them. */
  accepted: string;
}

/** Every syntax the widgets' custom properties are declared with. */
export const syntaxes: Record<string, Syntax> = {
  '<color>': {
    pattern: new RegExp(String.raw`^(?:#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})|[a-z]+|${colourFunction})$`, 'i'),
    property: 'color',
    accepted: 'a colour: #rrggbb, rgb(…), hsl(…) or a name',
  },
  '<length-percentage>': {
    pattern: new RegExp(String.raw`^(?:0|${number}(?:px|r?em|ex|ch|vw|vh|vmin|vmax|cm|mm|in|pt|pc|%))$`, 'i'),
    property: 'width',
    accepted: 'a length, such as 12px, 1.5rem or 50%',
  },
  '<family-name>#': {
    pattern: new RegExp(String.raw`^${family}(?:[ \t]*,[ \t]*${family})*$`, 'i'),
    property: 'font-family',
    accepted: 'font names separated by commas, such as Georgia, serif',
  },
};

/** Longer than any colour, length or list of fonts a page needs. */
const maxLength = 200;

/** True when `value` is a value of `syntax` (one of `syntaxes`); an unknown syntax takes nothing. */
export function isStyleValue(syntax: string | undefined, value: string): boolean {
  const rule = syntax === undefined ? undefined : syntaxes[syntax];
  if (!rule || value.length > maxLength || !rule.pattern.test(value)) return false;
  return globalThis.CSS?.supports?.(rule.property, value) ?? true;
}

/** What a property with `syntax` accepts, in words. */
export const acceptedStyle = (syntax: string | undefined): string =>
  (syntax !== undefined && syntaxes[syntax]?.accepted) || 'none, its syntax is not declared';
