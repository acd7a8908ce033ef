/**
 * A dense text form of the map's topology, written by scripts/build/geometry.mjs and read once per page
 * by map-geometry.ts. TopoJSON's arcs are already quantized and delta-encoded integers; as JSON
 * each costs its digits, a comma and brackets. Here each integer is a zigzag varint written in
 * base64url digits (5 bits and a continuation bit per character), so most take one or two
 * characters, and the text still gzips well. Arcs are separated by `,`. Shapes, separated by `/`,
 * are `id:` then their arc references, polygons separated by `;` and rings by `,`; each reference is
 * written as its difference from the previous reference's arc (neighbouring rings use
 * neighbouring arcs, so the differences are small). All characters are safe in a quoted string.
 */

const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A shape: its id and its polygons, each a list of rings of arc references (TopoJSON's). */
export interface EncodedShape {
  id: string;
  polygons: number[][][];
}

function write(value: number): string {
  let v = value < 0 ? -2 * value - 1 : 2 * value;
  let text = '';
  while (v >= 32) {
    text += digits[(v & 31) | 32];
    v = Math.floor(v / 32);
  }
  return text + digits[v];
}

let values: Int8Array | undefined;

/** The integers one arc's or one ring's text holds, in order. */
export function readValues(text: string): number[] {
  if (!values) {
    values = new Int8Array(128);
    for (let i = 0; i < 64; i++) values[digits.charCodeAt(i)] = i;
  }
  const out: number[] = [];
  let v = 0;
  let shift = 1;
  for (let i = 0; i < text.length; i++) {
    const c = values[text.charCodeAt(i)]!;
    v += (c & 31) * shift;
    if (c & 32) {
      shift *= 32;
      continue;
    }
    out.push(v & 1 ? -(v + 1) / 2 : v / 2);
    v = 0;
    shift = 1;
  }
  return out;
}

export function encodeArcs(arcs: readonly (readonly number[][])[]): string {
  return arcs.map((arc) => arc.flat().map(write).join('')).join(',');
}

export function decodeArcs(text: string): [number, number][][] {
  return text.split(',').map((part) => {
    const v = readValues(part);
    const arc: [number, number][] = [];
    for (let i = 0; i < v.length; i += 2) arc.push([v[i]!, v[i + 1]!]);
    return arc;
  });
}

export function encodeShapes(shapes: readonly EncodedShape[]): string {
  return shapes
    .map(({id, polygons}) => {
      let previous = 0;
      const text = polygons
        .map((rings) =>
          rings
            .map((ring) =>
              ring
                .map((n) => {
                  const delta = n - previous;
                  previous = n < 0 ? ~n : n;
                  return write(delta);
                })
                .join(''),
            )
            .join(','),
        )
        .join(';');
      return `${id}:${text}`;
    })
    .join('/');
}

export function decodeShapes(text: string): EncodedShape[] {
  return text.split('/').map((part) => {
    const colon = part.indexOf(':');
    let previous = 0;
    const polygons = part
      .slice(colon + 1)
      .split(';')
      .map((rings) =>
        rings.split(',').map((ring) =>
          readValues(ring).map((delta) => {
            const n = delta + previous;
            previous = n < 0 ? ~n : n;
            return n;
          }),
        ),
      );
    return {id: part.slice(0, colon), polygons};
  });
}
