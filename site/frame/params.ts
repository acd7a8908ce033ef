/**
 * What a frame page (`frame/<tag>.html?lang=fr&theme=dark`) shows, read from its address and
 * checked against its element's declaration from custom-elements.json, which the build writes into
 * the page (see site/build/frames.mjs).
 *
 * The frame checks what only it can: the parameters' names, and the custom properties' values,
 * each against its syntax (site/style-values.ts), since a page's style has no element to check
 * it. Attribute values go to the element, which checks them as it checks any page's markup (one
 * warning naming it, the attribute and the accepted values, then its default), so a mistake is
 * told once.
 */
import type {Declaration} from '../manifest.js';
import {acceptedStyle, isStyleValue} from '../style-values.js';
import {quoted} from '../../src/internal/warn.js';

export interface FrameChoice {
  /** Attributes to set on the element, in the address's order. */
  attributes: [string, string][];
  /** CSS custom properties to set on the page (they inherit into the element). */
  styles: [string, string][];
  /** One message per mistake in the address, to `console.warn`. */
  warnings: string[];
}

export function readChoice(
  {tagName, attributes = [], cssProperties = []}: Declaration,
  params: URLSearchParams,
): FrameChoice {
  const types = new Map(attributes.map((a) => [a.name, a.type?.text]));
  const syntaxes = new Map(cssProperties.map((p) => [p.name, p.syntax]));
  const choice: FrameChoice = {attributes: [], styles: [], warnings: []};
  const warn = (message: string) => choice.warnings.push(`UCLG widget frame <${tagName}>: ${message}`);
  const refuse = (name: string, value: string, accepted: string, outcome: string) =>
    warn(`${name}=${quoted(value)} is not supported (accepted: ${accepted}); ${outcome}.`);
  for (const [name, value] of params) {
    if (types.get(name) === 'boolean') {
      // A boolean attribute is true by its presence: `?zoom`, `?zoom=true`; `?zoom=false` leaves it out.
      if (value === '' || value === 'true') choice.attributes.push([name, '']);
      else if (value !== 'false') refuse(name, value, 'true, false, or no value', 'using false');
    } else if (types.has(name)) {
      choice.attributes.push([name, value]);
    } else if (syntaxes.has(name)) {
      const syntax = syntaxes.get(name);
      if (isStyleValue(syntax, value.trim())) choice.styles.push([name, value.trim()]);
      else refuse(name, value, acceptedStyle(syntax), 'ignored');
    } else {
      warn(
        `parameter "${name}" is not supported (accepted: ${[...types.keys(), ...syntaxes.keys()].join(', ')}); ignored.`,
      );
    }
  }
  return choice;
}
