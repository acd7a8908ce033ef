/**
 * A dense text form of the map's topology, written by scripts/build/geometry.mjs and read once per page
 * by map-geometry.ts. TopoJSON's arcs are already quantized and delta-encoded integers; as JSON
 * each costs its digits, a comma and brackets. Here each integer is a zigzag varint written in
 * base64url digits (5 bits and a continuation bit per character), so most take one or two
 * characters, and the text still gzips well. Arcs are separated by `,`, each one's first point
 * written from where the previous arc ends (see encodeArcs). Shapes, separated by `/`,
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

/**
 * Each arc's first point is written as its difference from the previous arc's last point (the
 * first arc's, from 0,0): TopoJSON writes it whole, but an arc mostly starts where the one before
 * it ends (the next piece of the same ring), so the difference is mostly 0,0, two characters
 * instead of about six; a third less gzipped text for the whole world. The points after it are
 * TopoJSON's differences, as they are.
 */
export function encodeArcs(arcs: readonly (readonly number[][])[]): string {
  let x = 0;
  let y = 0;
  return arcs
    .map((arc) => {
      const values = arc.flat();
      values[0]! -= x;
      values[1]! -= y;
      // Where this arc ends: its first point, then each difference.
      x = 0;
      y = 0;
      for (const [dx, dy] of arc) {
        x += dx!;
        y += dy!;
      }
      return values.map(write).join('');
    })
    .join(',');
}

/** TopoJSON's arcs (each one's first point whole, then differences) from encodeArcs's text. */
export function decodeArcs(text: string): [number, number][][] {
  let x = 0;
  let y = 0;
  return text.split(',').map((part) => {
    const v = readValues(part);
    v[0]! += x;
    v[1]! += y;
    const arc: [number, number][] = [];
    x = 0;
    y = 0;
    for (let i = 0; i < v.length; i += 2) {
      arc.push([v[i]!, v[i + 1]!]);
      x += v[i]!;
      y += v[i + 1]!;
    }
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
