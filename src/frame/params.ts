/**
 * What a frame page (`frame/<tag>.html?lang=fr&theme=dark`) shows, read from its address and
 * checked against its element's declaration from custom-elements.json, which the build writes into
 * the page (see scripts/frames.mjs).
 *
 * The frame checks what only it can: the parameters' names. Values go to the element as
 * attributes, and the element checks them as it checks any page's markup (one warning naming it,
 * the attribute and the accepted values, then its default), so a mistake is told once.
 */
import type {Declaration} from '../demo/manifest.js';

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
  const properties = new Set(cssProperties.map((p) => p.name));
  const choice: FrameChoice = {attributes: [], styles: [], warnings: []};
  const warn = (message: string) => choice.warnings.push(`UCLG widget frame <${tagName}>: ${message}`);
  for (const [name, value] of params) {
    if (types.get(name) === 'boolean') {
      // A boolean attribute is true by its presence: `?zoom`, `?zoom=true`; `?zoom=false` leaves it out.
      if (value === '' || value === 'true') choice.attributes.push([name, '']);
      else if (value !== 'false')
        warn(`${name}="${value}" is not supported (accepted: true, false, or no value); using false.`);
    } else if (types.has(name)) {
      choice.attributes.push([name, value]);
    } else if (properties.has(name)) {
      choice.styles.push([name, value]);
    } else {
      warn(`parameter "${name}" is not supported (accepted: ${[...types.keys(), ...properties].join(', ')}); ignored.`);
    }
  }
  return choice;
}
