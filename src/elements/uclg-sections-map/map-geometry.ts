/**
 * The map's drawings, each built once per page and shared by every <uclg-sections-map>: the
 * world's, and a regional section's finer one once its detail module (src/generated/detail/,
 * bundled as uclg-sections-map.<section>.js) has handed it over. The geometry comes already
 * projected (Equal Earth, by d3-geo in scripts/build/geometry.mjs and detail.mjs): here arcs are
 * only joined into SVG paths, once, so hovering, highlighting, zooming or changing language never
 * rebuilds a path.
 */
import * as world from '../../generated/geometry.js';
import {sectionOfCountry} from '../../data/countries.js';
import {regionalSectionIds, type RegionalSectionId} from '../../data/sections.js';
import {nextTask} from '../../internal/tasks.js';
import {decodeShapes, readValues} from './geometry-codec.js';
import type {Extent} from './map-view.js';

export const WIDTH = world.width;

/** A topology as the build ships it: quantized arcs and shapes in geometry-codec.ts's text form, and markers. */
export interface GeometrySource {
  /** How quantized coordinates map into the world's view box: x * scale[0] + translate[0], same for y. */
  transform: {scale: readonly number[]; translate: readonly number[]};
  arcs: string;
  shapes: string;
  /** [id, x, y] in the view box. */
  markers: readonly (readonly [string, number, number])[];
}

export interface Place {
  /** ISO 3166-1 alpha-2 code, or an `otherAreas` key; empty for land the data does not list. */
  id: string;
  section: RegionalSectionId | null;
  /** The shape's path, or undefined for a marker. */
  d?: string;
  /** Where a marker is drawn. */
  at?: readonly [number, number];
}

/** One drawing: its section outlines and the SVG of its places, each made on first need. */
export interface Drawing {
  /**
   * A regional section's outline, drawn for focus and highlight: made on first need (a plain
   * map's first paint draws none of them), then kept.
   */
  sectionOutline(id: RegionalSectionId): string;
  /** Makes the SVG of the places, borders and coasts, unless it is made already. */
  prepare(): void;
  /**
   * This map's copy of the places, borders and coasts: the first map takes the drawing itself
   * (making it, unless `prepare` has), each further map a clone of it (no map changes its copy).
   * A page with one map clones nothing: cloning was 0.5 to 1 ms of script before its first paint.
   */
  layer(): SVGGElement;
}

export interface MapGeometry extends Drawing {
  height: number;
  sphere: string;
  /** Each regional section's land, which its zoomed view fits. */
  extents: Readonly<Record<RegionalSectionId, Extent>>;
  /** Where each regional section's tooltip points when it is focused. */
  anchors: Readonly<Record<RegionalSectionId, readonly [number, number]>>;
}

let computed: MapGeometry | undefined;
let worldDrawing: Drawing | undefined;
/** How many times this page has built the world map's paths (once): tests and the bench read it. */
export let builds = 0;

/** The world's drawing, its paths built on first need (a map zoomed with its section's detail never needs them). */
function worldOwnDrawing(): Drawing {
  if (!worldDrawing) {
    builds++;
    worldDrawing = drawingOf(world);
  }
  return worldDrawing;
}

/**
 * The world map: its frame (height, sphere, each section's extent and anchor), which costs
 * nothing, and its drawing, built on first use.
 */
export function mapGeometry(): MapGeometry {
  computed ??= {
    sectionOutline: (id) => worldOwnDrawing().sectionOutline(id),
    prepare: () => worldOwnDrawing().prepare(),
    layer: () => worldOwnDrawing().layer(),
    height: world.height,
    sphere: world.sphere,
    extents: world.extents as Record<RegionalSectionId, Extent>,
    anchors: world.anchors as Record<RegionalSectionId, readonly [number, number]>,
  };
  return computed;
}

const details = new Map<RegionalSectionId, GeometrySource>();
const detailDrawings = new Map<RegionalSectionId, Drawing>();

/** Keeps a section's detail (the first one handed over); whether it is new. */
export function addDetail(section: RegionalSectionId, source: GeometrySource): boolean {
  if (details.has(section)) return false;
  details.set(section, source);
  return true;
}

/** Whether a section's detail has been handed over (its drawing is made only when first needed). */
export const hasDetail = (section: RegionalSectionId): boolean => details.has(section);

/** A section's finer drawing, or undefined while its detail module has not handed it over. */
export function detailDrawing(section: RegionalSectionId): Drawing | undefined {
  const source = details.get(section);
  if (source && !detailDrawings.has(section)) detailDrawings.set(section, drawingOf(source));
  return detailDrawings.get(section);
}

/** A coordinate as the view box's paths write it: to 0.1 of a unit. */
/**
 * A coordinate to a tenth, as path text ("942.6", "942"). Written by `toFixed`, not by `String()`
 * (nor a template), which goes through the engine's cache of numbers' texts: filled by the ~20 000
 * points of the world, it kept about 100 KiB of JS heap for the page's life (Chromium; the bench's heap).
 */
function coordinate(v: number): string {
  const text = (Math.round(v * 10) / 10).toFixed(1);
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}

/**
 * Each arc of the topology as SVG path text (its points "x,y" joined by "L"), decoded once from
 * geometry-codec.ts's text (quantized, delta-encoded integers) straight into text, and each shape
 * as the path of its rings: their arcs in order, each arc run backwards where the ring says so
 * and without the point it shares with the previous one. What topojson-client's `feature` does,
 * with strings only joined (into flat strings: no tree of concatenations outlives the build).
 */
function joinArcs({transform, arcs, shapes, markers}: GeometrySource) {
  const [sx, sy] = transform.scale as [number, number];
  const [tx, ty] = transform.translate as [number, number];
  // Each arc's first point is written from where the previous one ends (geometry-codec.ts).
  let x = 0;
  let y = 0;
  const points = arcs.split(',').map((part) => {
    const deltas = readValues(part);
    const out: string[] = new Array(deltas.length / 2);
    for (let i = 0; i < deltas.length; i += 2) {
      x += deltas[i]!;
      y += deltas[i + 1]!;
      out[i / 2] = coordinate(x * sx + tx) + ',' + coordinate(y * sy + ty);
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
 * A topology's drawing. Its paths are built on first need; each line layer (borders, coasts,
 * section outlines) is the arcs whose one or two owners pass its test: what topojson-client's
 * `mesh` does, in one pass instead of one per layer. What the drawing is made of is let go once
 * it is made (then only the DOM holds its paths, not the page's JS heap), the arcs once the last
 * section outline is made.
 */
function drawingOf(source: GeometrySource): Drawing {
  let arcs: ReturnType<typeof joinArcs> | undefined = joinArcs(source);
  const section = arcs.places.map((p) => p.section);
  let places: Place[] | undefined = arcs.places;
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
  let drawing: SVGGElement | undefined;
  /** Whether a map holds `drawing` itself: the next ones get clones. */
  let taken = false;
  return {
    sectionOutline(id) {
      let d = sectionOutlines[id];
      if (d === undefined) {
        d = sectionOutlines[id] = lines(
          (a, b) => (section[a] === id) !== (section[b] === id) || (a === b && section[a] === id),
        );
        if (Object.keys(sectionOutlines).length === regionalSectionIds.length && !places) arcs = undefined;
      }
      return d;
    },
    prepare() {
      if (!drawing) {
        // Borders between two countries of the same section; coasts and the borders between sections.
        drawing = makeDrawing(
          places!,
          lines((a, b) => a !== b && section[a] === section[b]),
          lines((a, b) => a === b || section[a] !== section[b]),
        );
        places = undefined;
        if (Object.keys(sectionOutlines).length === regionalSectionIds.length) arcs = undefined;
      }
    },
    layer() {
      this.prepare();
      if (taken) return drawing!.cloneNode(true) as SVGGElement;
      taken = true;
      return drawing!;
    },
  };
}

const prepared: Partial<Record<string, Promise<void>>> = {};

/**
 * Makes the paths of the drawing a map zoomed on `section` (or the world map) shows: the
 * section's finer one when its detail is here, else the world's; then its places' SVG, each in a
 * task of its own, once per page: a map's first render waits for it, so no task holds the page
 * for the whole of the work, and no drawing is made that the map does not show.
 */
export function prepareDrawing(section: RegionalSectionId | null): Promise<void> {
  const key = section && hasDetail(section) ? section : '';
  return (prepared[key] ??= (async () => {
    await nextTask();
    const drawing = key ? detailDrawing(key)! : worldOwnDrawing();
    await nextTask();
    drawing.prepare();
  })());
}

/**
 * The countries, territories and markers as SVG, then the borders and coasts drawn over them:
 * the one drawing the first map shows and every other map clones (a clone costs far less than
 * building, and carries none of a template's bookkeeping nodes).
 */
function makeDrawing(places: Place[], borders: string, outlines: string): SVGGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const make = (tag: string, attributes: Record<string, string>) => {
    const node = document.createElementNS(ns, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    return node;
  };
  const drawing = make('g', {class: 'places'}) as SVGGElement;
  for (const {id, section, d} of places) {
    if (d !== undefined) drawing.append(make('path', {class: `place s-${section ?? 'none'}`, 'data-id': id, d}));
  }
  for (const {id, section, d, at} of places) {
    if (d !== undefined) continue;
    const [cx, cy] = at!.map((v) => v.toFixed(1));
    drawing.append(make('circle', {class: `marker s-${section ?? 'none'}`, 'data-id': id, cx: cx!, cy: cy!, r: '3'}));
    drawing.append(make('circle', {class: 'hit', 'data-id': id, cx: cx!, cy: cy!, r: '7'}));
  }
  drawing.append(make('path', {class: 'borders', d: borders}), make('path', {class: 'outlines', d: outlines}));
  return drawing;
}
