/**
 * The map's drawing, built once per page and shared by every <uclg-sections-map>. The geometry
 * comes already projected (Equal Earth, by d3-geo in scripts/geometry.mjs): here arcs are only
 * joined into SVG paths, once, so hovering, highlighting, zooming or changing language never
 * rebuilds a path. Pure functions over the generated topology.
 */
import type {Feature, GeometryCollection, MultiLineString, MultiPolygon, Polygon, Position} from 'geojson';
import {feature, mesh} from 'topojson-client';
import {extents, height, markers, sphere, topology, width} from '../../generated/geometry.js';
import {sectionOfCountry} from '../../data/countries.js';
import {regionalSectionIds, type RegionalSectionId} from '../../data/sections.js';

export const WIDTH = width;

export interface Place {
  /** ISO 3166-1 alpha-2 code, or an `otherTerritories` key. */
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

const line = (points: Position[]) =>
  points.map(([x, y], i) => `${i ? 'L' : 'M'}${Math.round(x! * 10) / 10},${Math.round(y! * 10) / 10}`).join('');

/** SVG path data of planar (already projected) polygons or lines. */
function pathOf(geometry: Polygon | MultiPolygon | MultiLineString | GeometryCollection | null): string {
  if (!geometry) return '';
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((ring) => `${line(ring)}Z`).join('');
    case 'MultiPolygon':
      return geometry.coordinates.map((polygon) => polygon.map((ring) => `${line(ring)}Z`).join('')).join('');
    case 'MultiLineString':
      return geometry.coordinates.map(line).join('');
    default:
      return '';
  }
}

function build(): MapGeometry {
  builds++;
  const countries = topology.objects.countries;
  const section = (g: {id?: string | number}) => sectionOfCountry(String(g.id));
  const places: Place[] = countries.geometries.map((g) => {
    const id = String(g.id);
    const shape = feature(topology, g) as Feature<Polygon | MultiPolygon>;
    return {id, section: sectionOfCountry(id), d: pathOf(shape.geometry)};
  });
  for (const [id, x, y] of markers) places.push({id, section: sectionOfCountry(id), at: [x, y]});

  const sectionOutlines = {} as Record<RegionalSectionId, string>;
  for (const id of regionalSectionIds) {
    sectionOutlines[id] = pathOf(
      mesh(topology, countries, (a, b) => (section(a) === id) !== (section(b) === id) || (a === b && section(a) === id)),
    );
  }
  return {
    height,
    sphere,
    places,
    borders: pathOf(mesh(topology, countries, (a, b) => a !== b && section(a) === section(b))),
    outlines: pathOf(mesh(topology, countries, (a, b) => a === b || section(a) !== section(b))),
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
