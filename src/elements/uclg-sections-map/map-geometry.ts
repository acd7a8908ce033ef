/**
 * The map's drawing, built once per page and shared by every <uclg-sections-map>. The geometry
 * comes already projected (Equal Earth, by d3-geo in scripts/build/geometry.mjs): here arcs are only
 * joined into SVG paths, once, so hovering, highlighting, zooming or changing language never
 * rebuilds a path.
 */
import {arcs as arcText, extents, height, markers, shapes, sphere, transform, width} from '../../generated/geometry.js';
import {sectionOfCountry} from '../../data/countries.js';
import type {RegionalSectionId} from '../../data/sections.js';
import {nextTask} from '../../internal/tasks.js';
import {decodeShapes, readValues} from './geometry-codec.js';

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
  /**
   * A regional section's outline, drawn for focus and highlight: made on first need (a plain
   * map's first paint draws none of them), then kept.
   */
  sectionOutline(id: RegionalSectionId): string;
  /** Each regional section's view when zoomed. */
  extents: Readonly<Record<RegionalSectionId, Extent>>;
}

let computed: MapGeometry | undefined;
/**
 * What the one drawing is made of, from the build until it is made: then only the DOM holds
 * these paths, not the page's JS heap.
 */
let parts: {places: Place[]; borders: () => string; outlines: () => string} | undefined;
/** How many times this page has built the map's paths (once): tests and the bench read it. */
export let builds = 0;

/** The map's drawing, built on first use. */
export function mapGeometry(): MapGeometry {
  return (computed ??= build());
}

/** A coordinate as the view box's paths write it: to 0.1 of a unit. */
const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Each arc of the topology as SVG path text (its points "x,y" joined by "L"), decoded once from
 * geometry-codec.ts's text (quantized, delta-encoded integers) straight into text, and each shape
 * as the path of its rings: their arcs in order, each arc run backwards where the ring says so
 * and without the point it shares with the previous one. What topojson-client's `feature` does,
 * with strings only joined (into flat strings: no tree of concatenations outlives the build).
 */
function joinArcs() {
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  const points = arcText.split(',').map((part) => {
    const deltas = readValues(part);
    const out: string[] = new Array(deltas.length / 2);
    let x = 0;
    let y = 0;
    for (let i = 0; i < deltas.length; i += 2) {
      x += deltas[i]!;
      y += deltas[i + 1]!;
      out[i / 2] = `${round(x * sx + tx)},${round(y * sy + ty)}`;
    }
    return out;
  });
  const forward = points.map((p) => p.join('L'));
  const reversed: (string | undefined)[] = [];
  const whole = (i: number) => (i < 0 ? (reversed[~i] ??= points[~i]!.slice().reverse().join('L')) : forward[i]!);
  const tail = (i: number) => whole(i).slice((i < 0 ? points[~i]!.at(-1)! : points[i]![0]!).length);
  /**
   * Which shapes each arc bounds, as indices into `places`: `left` always, `right` too for a
   * border between two shapes (-1 for a coast).
   */
  const left = new Int16Array(points.length).fill(-1);
  const right = new Int16Array(points.length).fill(-1);
  const places: Place[] = decodeShapes(shapes).map(({id, polygons}, shape) => {
    const d: string[] = [];
    for (const rings of polygons) {
      for (const ring of rings) {
        for (const index of ring) {
          const arc = index < 0 ? ~index : index;
          if (left[arc]! < 0) left[arc] = shape;
          else right[arc] = shape;
        }
        d.push('M', whole(ring[0]!));
        for (let k = 1; k < ring.length; k++) d.push(tail(ring[k]!));
        d.push('Z');
      }
    }
    return {id, section: sectionOfCountry(id), d: d.join('')};
  });
  for (const [id, x, y] of markers) places.push({id, section: sectionOfCountry(id), at: [x, y]});
  return {places, forward, left, right};
}

/**
 * The map's paths. Each line layer (borders, coasts, section outlines) is the arcs whose one or
 * two owners pass its test: what topojson-client's `mesh` does, in one pass instead of one per
 * layer.
 */
function build(): MapGeometry {
  builds++;
  const joined = joinArcs();
  const {places} = joined;
  /** What the line layers are made of, until the last section outline is made. */
  let arcs: typeof joined | undefined = joined;
  const section = places.map((p) => p.section);
  /** The arcs whose shapes (a, b; a twice for a coast) pass `test`, as one path. */
  const lines = (test: (a: number, b: number) => boolean) => {
    const {forward, left, right} = arcs!;
    const d: string[] = [];
    for (let k = 0; k < forward.length; k++) {
      const a = left[k]!;
      if (a >= 0 && test(a, right[k]! < 0 ? a : right[k]!)) d.push('M', forward[k]!);
    }
    return d.join('');
  };
  const sectionOutlines: Partial<Record<RegionalSectionId, string>> = {};
  const sectionOutline = (id: RegionalSectionId) => {
    let d = sectionOutlines[id];
    if (d === undefined) {
      d = sectionOutlines[id] = lines(
        (a, b) => (section[a] === id) !== (section[b] === id) || (a === b && section[a] === id),
      );
      if (Object.keys(sectionOutlines).length === Object.keys(extents).length) arcs = undefined;
    }
    return d;
  };
  parts = {
    places,
    // Borders between two countries of the same section; coasts and the borders between sections.
    borders: () => lines((a, b) => a !== b && section[a] === section[b]),
    outlines: () => lines((a, b) => a === b || section[a] !== section[b]),
  };
  return {
    height,
    sphere,
    sectionOutline,
    extents: extents as Record<RegionalSectionId, Extent>,
  };
}

/** Room kept around a zoomed section, in view-box units (4 px on a 960-px map). */
const ZOOM_MARGIN = 4;

/** What the map's box shows: a translation, then a scale, in a box `height` units tall (and WIDTH wide). */
export interface MapView {
  x: number;
  y: number;
  k: number;
  height: number;
}

/**
 * The view that fits `extent` (a section's box) in the map's box, `worldHeight` tall for the whole
 * world. A section wider than that box's ratio (Eurasia, North America) gets a box of its own
 * ratio, as tall as the section needs: no empty band above and below it, no taller than the world.
 */
export function fit([[x0, y0], [x1, y1]]: Extent, worldHeight: number): MapView {
  const k = Math.min((WIDTH - 2 * ZOOM_MARGIN) / (x1 - x0), (worldHeight - 2 * ZOOM_MARGIN) / (y1 - y0));
  const height = Math.min(worldHeight, Math.ceil(k * (y1 - y0) + 2 * ZOOM_MARGIN));
  return {x: WIDTH / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2, k, height};
}

let drawing: SVGGElement | undefined;
let prepared: Promise<void> | undefined;

/**
 * Makes the map's paths, then its countries' SVG, each in a task of its own, once per page: a
 * map's first render waits for it, so no task holds the page for the whole of the work.
 */
export function prepareDrawing(): Promise<void> {
  return (prepared ??= (async () => {
    await nextTask();
    mapGeometry();
    await nextTask();
    makeDrawing();
  })());
}

/**
 * The countries, territories and markers as SVG, then the borders and coasts drawn over them:
 * the one drawing every map clones.
 */
function makeDrawing(): SVGGElement {
  if (!drawing) {
    const ns = 'http://www.w3.org/2000/svg';
    const make = (tag: string, attributes: Record<string, string>) => {
      const node = document.createElementNS(ns, tag);
      for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
      return node;
    };
    drawing = make('g', {class: 'places'}) as SVGGElement;
    mapGeometry();
    const {places, borders, outlines} = parts!;
    for (const {id, section, d} of places) {
      if (d !== undefined) drawing.append(make('path', {class: `place s-${section ?? 'none'}`, 'data-id': id, d}));
    }
    for (const {id, section, d, at} of places) {
      if (d !== undefined) continue;
      const [cx, cy] = at!.map((v) => v.toFixed(1));
      drawing.append(make('circle', {class: `marker s-${section ?? 'none'}`, 'data-id': id, cx: cx!, cy: cy!, r: '3'}));
      drawing.append(make('circle', {class: 'hit', 'data-id': id, cx: cx!, cy: cy!, r: '7'}));
    }
    drawing.append(make('path', {class: 'borders', d: borders()}), make('path', {class: 'outlines', d: outlines()}));
    parts = undefined;
  }
  return drawing;
}

/**
 * This map's copy of the countries, territories, markers, borders and coasts, built once per page; each map
 * clones it (a clone costs far less than building, and carries none of a template's bookkeeping
 * nodes).
 */
export function placesLayer(): SVGGElement {
  return makeDrawing().cloneNode(true) as SVGGElement;
}
