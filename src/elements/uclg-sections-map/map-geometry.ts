/**
 * The map's drawing, built once per page and shared by every <uclg-sections-map>. The geometry
 * comes already projected (Equal Earth, by d3-geo in scripts/geometry.mjs): here arcs are only
 * joined into SVG paths, once, so hovering, highlighting, zooming or changing language never
 * rebuilds a path.
 */
import {arcs as arcText, extents, height, markers, shapes, sphere, transform, width} from '../../generated/geometry.js';
import {sectionOfCountry} from '../../data/countries.js';
import {regionalSectionIds, type RegionalSectionId} from '../../data/sections.js';
import {decodeArcs, decodeShapes} from './geometry-codec.js';

export const WIDTH = width;

export interface Place {
  /** ISO 3166-1 alpha-2 code, or an `otherAreas` key. */
  id: string;
  section: RegionalSectionId | null;
  /** The shape's path, or undefined for a marker. */
  d?: string;
  /** Where a marker is drawn. */
  at?: readonly [number, number];
}

type Extent = readonly [readonly [number, number], readonly [number, number]];

export interface MapGeometry {
  height: number;
  sphere: string;
  places: readonly Place[];
  /** Borders between two countries of the same section. */
  borders: string;
  /** Coasts and the borders between sections. */
  outlines: string;
  /** Each regional section's outline, drawn for focus and highlight. */
  sectionOutlines: Readonly<Record<RegionalSectionId, string>>;
  /** Each regional section's view when zoomed. */
  extents: Readonly<Record<RegionalSectionId, Extent>>;
}

let computed: MapGeometry | undefined;
/** How many times this page has built the map's paths (once): tests and the bench read it. */
export let builds = 0;

/** The map's drawing, built on first use. */
export function mapGeometry(): MapGeometry {
  return (computed ??= build());
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Joins the topology's shared arcs into SVG paths. The arcs are decoded once (geometry-codec.ts's
 * text, then quantized, delta-encoded integers) into point lists; each shape is its rings' arcs in
 * order, and each line layer (borders, coasts, section outlines) the arcs whose one or two owners
 * pass its test: what topojson-client's `feature` and `mesh` do, in one pass instead of one per
 * layer.
 */
function build(): MapGeometry {
  builds++;
  const arcs = decodeArcs(arcText);
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  const points = arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => `${round((x += dx) * sx + tx)},${round((y += dy) * sy + ty)}`);
  });
  const owners: string[][] = arcs.map(() => []);
  const ring = (indices: number[]) => {
    const ringPoints: string[] = [];
    for (const i of indices) {
      const arc = i < 0 ? [...points[~i]!].reverse() : points[i]!;
      ringPoints.push(...(ringPoints.length ? arc.slice(1) : arc));
    }
    return `M${ringPoints.join('L')}Z`;
  };
  const places: Place[] = decodeShapes(shapes).map(({id, polygons}) => {
    for (const index of polygons.flat(2)) owners[index < 0 ? ~index : index]!.push(id);
    return {id, section: sectionOfCountry(id), d: polygons.map((p) => p.map(ring).join('')).join('')};
  });
  for (const [id, x, y] of markers) places.push({id, section: sectionOfCountry(id), at: [x, y]});

  /** The arcs whose owners (a, b; a twice for a coast) pass `test`, as one path. */
  const lines = (test: (a: string, b: string) => boolean) =>
    owners
      .map((o, k) => (o.length && test(o[0]!, o[1] ?? o[0]!) ? `M${points[k]!.join('L')}` : ''))
      .join('');
  const section = sectionOfCountry;
  const sectionOutlines = {} as Record<RegionalSectionId, string>;
  for (const id of regionalSectionIds) {
    sectionOutlines[id] = lines((a, b) => (section(a) === id) !== (section(b) === id) || (a === b && section(a) === id));
  }
  return {
    height,
    sphere,
    places,
    borders: lines((a, b) => a !== b && section(a) === section(b)),
    outlines: lines((a, b) => a === b || section(a) !== section(b)),
    sectionOutlines,
    extents: extents as Record<RegionalSectionId, Extent>,
  };
}

/** The transform that fits `extent` into the whole view: a translation, then a scale. */
export function fit([[x0, y0], [x1, y1]]: Extent, viewHeight: number) {
  const k = Math.min(WIDTH / (x1 - x0), viewHeight / (y1 - y0)) * 0.95;
  return {x: WIDTH / 2 - (k * (x0 + x1)) / 2, y: viewHeight / 2 - (k * (y0 + y1)) / 2, k};
}

let drawing: SVGGElement | undefined;

/**
 * The countries, territories and markers as SVG, built once per page; each map clones it (a
 * clone costs far less than building, and carries none of a template's bookkeeping nodes).
 */
export function placesLayer(): SVGGElement {
  if (!drawing) {
    const ns = 'http://www.w3.org/2000/svg';
    const make = (tag: string, attributes: Record<string, string>) => {
      const node = document.createElementNS(ns, tag);
      for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
      return node;
    };
    drawing = make('g', {class: 'places'}) as SVGGElement;
    const {places} = mapGeometry();
    for (const {id, section, d} of places) {
      if (d !== undefined) drawing.append(make('path', {class: `place s-${section ?? 'none'}`, 'data-id': id, d}));
    }
    for (const {id, section, d, at} of places) {
      if (d !== undefined) continue;
      const [cx, cy] = at!.map((v) => v.toFixed(1));
      drawing.append(make('circle', {class: `marker s-${section ?? 'none'}`, 'data-id': id, cx: cx!, cy: cy!, r: '3'}));
      drawing.append(make('circle', {class: 'hit', 'data-id': id, cx: cx!, cy: cy!, r: '7'}));
    }
  }
  return drawing.cloneNode(true) as SVGGElement;
}
