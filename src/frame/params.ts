/**
 * What a frame page shows, read from its address (`frame.html?element=uclg-stats&lang=fr&theme=dark`)
 * and checked against custom-elements.json, through the reader the embed page uses.
 *
 * The frame checks what only it can: the element and the parameters' names. Values go to the
 * element as attributes, and the element checks them as it checks any page's markup (one warning
 * naming it, the attribute and the accepted values, then its default), so a mistake is told once.
 */
import {customElements as declarationsOf, type Declaration} from '../demo/manifest.js';

export type Manifest = Parameters<typeof declarationsOf>[0];

/** The element a frame shows when its address names none, or one that does not exist. */
export const defaultElement = 'uclg-stats';

export interface FrameChoice {
  tag: string;
  /** Attributes to set on the element, in the address's order. */
  attributes: [string, string][];
  /** CSS custom properties to set on the page (they inherit into the element). */
  styles: [string, string][];
  /** One message per mistake in the address, to `console.warn`. */
  warnings: string[];
}

const prefix = 'UCLG widget frame';

export function readChoice(manifest: Manifest, params: URLSearchParams): FrameChoice {
  const elements = declarationsOf(manifest);
  const warnings: string[] = [];
  const fallback = elements.find((e) => e.tagName === defaultElement) ?? elements[0];
  const asked = params.get('element');
  let declaration: Declaration | undefined = asked === null ? fallback : elements.find((e) => e.tagName === asked);
  if (!declaration) {
    const accepted = elements.map((e) => e.tagName).join(', ');
    warnings.push(`${prefix}: element="${asked}" is not supported (accepted: ${accepted}); using "${fallback.tagName}".`);
    declaration = fallback;
  }
  const tag = declaration.tagName!;
  const attributes = new Map((declaration.attributes ?? []).map((a) => [a.name, a]));
  const properties = new Set((declaration.cssProperties ?? []).map((p) => p.name));
  const choice: FrameChoice = {tag, attributes: [], styles: [], warnings};
  for (const [name, value] of params) {
    if (name === 'element') continue;
    const attribute = attributes.get(name);
    if (attribute?.type?.text === 'boolean') {
      // A boolean attribute is true by its presence: `?zoom`, `?zoom=true`; `?zoom=false` leaves it out.
      if (value === '' || value === 'true') choice.attributes.push([name, '']);
      else if (value !== 'false') {
        warnings.push(`${prefix} <${tag}>: ${name}="${value}" is not supported (accepted: true, false, or no value); using false.`);
      }
    } else if (attribute) {
      choice.attributes.push([name, value]);
    } else if (properties.has(name)) {
      choice.styles.push([name, value]);
    } else {
      const accepted = [...attributes.keys(), ...properties].join(', ');
      warnings.push(`${prefix} <${tag}>: parameter "${name}" is not supported (accepted: ${accepted}); ignored.`);
    }
  }
  return choice;
}

