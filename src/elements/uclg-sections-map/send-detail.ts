/**
 * What a section's detail module (src/generated/detail/<section>.ts, bundled as
 * uclg-sections-map.<section>.js) runs: it hands its drawing to the element's class once the tag
 * is defined, whichever script defines it and whichever of the two loads first. The module
 * shares no code with the element's bundle, only the tag's name.
 */
import type {GeometrySource} from './map-geometry.js';

export function sendDetail(section: string, detail: GeometrySource): void {
  void customElements.whenDefined('uclg-sections-map').then((map) => {
    (map as unknown as {addDetail?: (section: string, detail: GeometrySource) => void}).addDetail?.(section, detail);
  });
}
