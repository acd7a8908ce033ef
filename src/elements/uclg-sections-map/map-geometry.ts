/**
 * The map's drawing, computed once per page and shared by every <uclg-sections-map>: the
 * projection runs here and nowhere else, so hovering, highlighting, zooming or changing
 * language never re-projects or rebuilds a path. Pure functions over the generated topology.
 */
import {geoEqualEarth, geoPath, type GeoProjection} from 'd3-geo';
import type {GeometryCollection} from 'topojson-specification';
import {feature, mesh} from 'topojson-client';
import {markers, topology} from '../../generated/geometry.js';
import {sectionOfCountry} from '../../data/countries.js';
import {regionalSectionIds, type RegionalSectionId} from '../../data/sections.js';

/** Width of the viewBox; the height follows from the projection's aspect ratio. */
export const WIDTH = 960;
const MARGIN = 2;

export interface Place {
  /** ISO 3166-1 alpha-2 code, or an `otherTerritories` key. */
  id: string;
  section: RegionalSectionId | null;
  /** The shape's path, or undefined for a marker. */
  d?: string;
  /** Where a marker is drawn, or the shape's centroid. */
  at: readonly [number, number];
}

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
  /** Each regional section's view when zoomed: [[x0, y0], [x1, y1]]. */
  extents: Readonly<Record<RegionalSectionId, readonly [readonly [number, number], readonly [number, number]]>>;
}

/**
 * Each section's zoomed view as a geographic box [west, south, east, north], chosen by hand to
 * frame its countries: outlying islands across the antimeridian (Samoa, Tonga, Kiribati's Line
 * Islands, Chukotka's tip) and France's overseas parts would otherwise stretch a box over the
 * whole world.
 */
const views: Readonly<Record<RegionalSectionId, readonly [number, number, number, number]>> = {
  africa: [-26, -36, 60, 38],
  'asia-pacific': [60, -48, 180, 50],
  eurasia: [22, 34, 180, 78],
  europe: [-25, 29, 50, 71],
  'latin-america': [-118, -56, -34, 33],
  'middle-east-west-asia': [25, 11, 76, 43],
  'north-america': [-170, 14, -12, 84],
};

let computed: MapGeometry | undefined;
/** How many times the projection has run on this page (once): tests and the bench read it. */
export let projections = 0;

/** The map's drawing, computed on first use. */
export function mapGeometry(): MapGeometry {
  return (computed ??= project());
}

function project(): MapGeometry {
  projections++;
  const sphere = {type: 'Sphere'} as const;
  const fitted = geoEqualEarth().fitWidth(WIDTH - 2 * MARGIN, sphere);
  const [[, top], [, bottom]] = geoPath(fitted).bounds(sphere);
  const height = Math.ceil(bottom - top) + 2 * MARGIN;
  const projection: GeoProjection = geoEqualEarth().fitExtent(
    [
      [MARGIN, MARGIN],
      [WIDTH - MARGIN, height - MARGIN],
    ],
    sphere,
  );
  const path = geoPath(projection).digits(1);
  const countries = topology.objects.countries as GeometryCollection;
  const section = (g: {id?: string | number}) => sectionOfCountry(String(g.id));

  const places: Place[] = countries.geometries.map((g) => {
    const shape = feature(topology, g);
    const id = String(g.id);
    return {id, section: sectionOfCountry(id), d: path(shape) ?? '', at: path.centroid(shape)};
  });
  for (const [id, lon, lat] of markers) {
    places.push({id, section: sectionOfCountry(id), at: projection([lon, lat])!});
  }

  const sectionOutlines = {} as Record<RegionalSectionId, string>;
  const extents = {} as Record<RegionalSectionId, MapGeometry['extents'][RegionalSectionId]>;
  for (const id of regionalSectionIds) {
    sectionOutlines[id] =
      path(mesh(topology, countries, (a, b) => (section(a) === id) !== (section(b) === id) || (a === b && section(a) === id))) ?? '';
    extents[id] = extentOf(projection, views[id]);
  }
  return {
    height,
    sphere: path(sphere) ?? '',
    places,
    borders: path(mesh(topology, countries, (a, b) => a !== b && section(a) === section(b))) ?? '',
    outlines: path(mesh(topology, countries, (a, b) => a === b || section(a) !== section(b))) ?? '',
    sectionOutlines,
    extents,
  };
}

/** The projected bounds of a geographic box, sampled along its edges (meridians curve). */
function extentOf(projection: GeoProjection, [west, south, east, north]: readonly number[]) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i <= 16; i++) {
    const lon = west! + ((east! - west!) * i) / 16;
    const lat = south! + ((north! - south!) * i) / 16;
    for (const point of [[lon, south!], [lon, north!], [west!, lat], [east!, lat]] as [number, number][]) {
      const [x, y] = projection(point)!;
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
  }
  return [[x0, y0], [x1, y1]] as const;
}

/** The transform that fits `extent` into the whole view: a translation, then a scale. */
export function fit(extent: MapGeometry['extents'][RegionalSectionId], height: number) {
  const [[x0, y0], [x1, y1]] = extent;
  const k = Math.min(WIDTH / (x1 - x0), height / (y1 - y0)) * 0.95;
  const x = WIDTH / 2 - (k * (x0 + x1)) / 2;
  const y = height / 2 - (k * (y0 + y1)) / 2;
  return {x, y, k};
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
      const [cx, cy] = at.map((v) => v.toFixed(1));
      drawing.append(make('circle', {class: `marker s-${section ?? 'none'}`, 'data-id': id, cx: cx!, cy: cy!, r: '3'}));
      drawing.append(make('circle', {class: 'hit', 'data-id': id, cx: cx!, cy: cy!, r: '7'}));
    }
  }
  return drawing.cloneNode(true) as SVGGElement;
}
