// Prepares the map's geometry at build time (`npm run build` runs it before tsc) and writes
// src/generated/geometry.ts, which is committed so that type-checking works on a fresh clone and
// every change to the map shows up as a reviewable diff; tests/node/geometry.test.mjs fails when
// it is stale. From world-atlas's Natural Earth 1:110m countries: ids mapped from ISO numeric to
// alpha-2 (src/data/iso-numeric.ts) or, for features without one, to our own ids; properties
// dropped; arcs simplified on the sphere, then every shape projected with d3-geo's Equal Earth
// (which cuts Russia's and Fiji's rings at the antimeridian) into the map's 960-wide view box,
// and a planar topology rebuilt from them (topojson-server: arcs shared between neighbours
// again) and quantized. The browser only joins arcs into SVG paths: no projection code, no
// spherical maths at run time. UN member states 1:110m leaves out
// become markers placed from 1:50m. The build fails when any feature or member state has no
// section.
import {readFileSync, writeFileSync} from 'node:fs';
import {geoArea, geoCentroid, geoEqualEarth, geoPath, geoStream} from 'd3-geo';
import {feature, mergeArcs} from 'topojson-client';
import {topology as topologyOf} from 'topojson-server';
import {presimplify, quantile, simplify, sphericalTriangleArea} from 'topojson-simplify';
import {quantize} from 'topojson-client';
import {importTs} from './import-ts.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

/** How much detail to keep: the share of 1:110m's arc points (by spherical weight) that survives. */
const KEEP = 0.35;
/** Grid of the quantized coordinates (per axis): 1/5 px steps across the 960 px view box. */
const QUANTUM = 4800;
/** The view box: its width, and a margin that keeps the sphere's outline inside. */
const WIDTH = 960;
const MARGIN = 2;

/**
 * Each section's zoomed view as a geographic box [west, south, east, north], chosen by hand to
 * frame its countries: outlying islands across the antimeridian (Samoa, Tonga, Kiribati's Line
 * Islands, Chukotka's tip) and France's overseas parts would otherwise stretch a box over the
 * whole world.
 */
const views = {
  africa: [-26, -36, 60, 38],
  'asia-pacific': [60, -48, 180, 50],
  eurasia: [22, 34, 180, 78],
  europe: [-25, 29, 50, 71],
  'latin-america': [-118, -56, -34, 33],
  'middle-east-west-asia': [25, 11, 76, 43],
  'north-america': [-170, 14, -12, 84],
};

/** Equal Earth fitted to the view box, and the view box's height. */
export function projectionOf() {
  const sphere = {type: 'Sphere'};
  const [[, top], [, bottom]] = geoPath(geoEqualEarth().fitWidth(WIDTH - 2 * MARGIN, sphere)).bounds(sphere);
  const height = Math.ceil(bottom - top) + 2 * MARGIN;
  const projection = geoEqualEarth().fitExtent(
    [
      [MARGIN, MARGIN],
      [WIDTH - MARGIN, height - MARGIN],
    ],
    sphere,
  );
  return {projection, height, sphere: geoPath(projection).digits(1)(sphere)};
}

/**
 * A polygon or multipolygon projected and clipped by d3-geo, as planar rings. Each ring keeps
 * the winding d3 gives it, so holes (Lesotho in South Africa) stay holes under the nonzero fill
 * rule when a shape's rings are drawn as one path. No resampling: shared borders project to the
 * same points on both sides, so the rebuilt topology shares them.
 */
export function project(geometry, projection) {
  const rings = [];
  let ring;
  const stream = projection.precision(0).stream({
    point: (x, y) => ring.push([Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]),
    lineStart: () => (ring = []),
    lineEnd: () => ring.length > 2 && rings.push([...ring, ring[0]]),
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  });
  geoStream(geometry, stream);
  return {type: 'MultiPolygon', coordinates: rings.map((r) => [r])};
}

/**
 * The frame of a section's zoomed view, in the view box: the projected bounds of its land (every
 * point of its 1:50m shapes inside its hand-chosen geographic box `views[id]`), so the view fits
 * land and leaves no empty band above or below it. (Where the view reaches past the sphere's rim,
 * the element paints the sea there: see `.zoomed` in uclg-sections-map.styles.ts.)
 */
function frameOf(points, [west, south, east, north], projection) {
  const xy = points.filter(([lon, lat]) => lon >= west && lon <= east && lat >= south && lat <= north).map(projection);
  const round = (v) => Math.round(v * 10) / 10;
  return [
    [round(Math.min(...xy.map((p) => p[0]))), round(Math.min(...xy.map((p) => p[1])))],
    [round(Math.max(...xy.map((p) => p[0]))), round(Math.max(...xy.map((p) => p[1])))],
  ];
}

/**
 * Where a focused section's tooltip points: the middle of its hand-chosen box, projected (its
 * edges sampled: meridians curve).
 */
function anchorOf(projection, [west, south, east, north]) {
  const points = [];
  for (let i = 0; i <= 16; i++) {
    const lon = west + ((east - west) * i) / 16;
    const lat = south + ((north - south) * i) / 16;
    points.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  const xy = points.map((p) => projection(p));
  const round = (v) => Math.round(v * 10) / 10;
  const middle = (axis) =>
    (round(Math.min(...xy.map((p) => p[axis]))) + round(Math.max(...xy.map((p) => p[axis])))) / 2;
  return [middle(0), middle(1)];
}

/** A 1:50m feature's id, as the 1:110m ones get theirs (undefined for territories the data does not list). */
export function codeOf(g, isoNumeric, naturalEarthFeatures) {
  return g.id === undefined ? naturalEarthFeatures[g.properties.name] : isoNumeric[g.id];
}

/** Where a marker goes: the centroid of a 1:50m feature's largest polygon (undefined without one). */
export function markerPosition(fine, g) {
  if (!g) return undefined;
  const f = feature(fine, g);
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const largest = polygons
    .map((coordinates) => ({type: 'Polygon', coordinates}))
    .reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  return geoCentroid(largest).map((v) => Math.round(v * 100) / 100);
}

export async function prepare() {
  const {isoNumeric} = await importTs('src/data/iso-numeric.ts');
  const {sectionCountries, unassigned, naturalEarthFeatures, otherAreas, unMemberStates, markerPositions} =
    await importTs('src/data/countries.ts');

  const atlas = read('node_modules/world-atlas/countries-110m.json');
  const problems = [];
  const named = atlas.objects.countries.geometries.map((g) => {
    const code = g.id === undefined ? naturalEarthFeatures[g.properties.name] : isoNumeric[g.id];
    if (!code) problems.push(`no code for 1:110m feature ${g.id ?? ''} ${g.properties.name}`);
    return {...g, id: code};
  });
  // Features given the same code (Somaliland and Somalia) become one shape, their shared border
  // gone, in the place of the first.
  const geometries = [];
  for (const g of named) {
    if (geometries.some((other) => other.id === g.id)) continue;
    const same = named.filter((other) => other.id === g.id);
    const {type, arcs} = same.length > 1 ? mergeArcs(atlas, same) : g;
    geometries.push({type, arcs, id: g.id});
  }
  const topology = {...atlas, objects: {countries: {type: 'GeometryCollection', geometries}}};
  const weighted = presimplify(topology, sphericalTriangleArea);
  const minWeight = quantile(weighted, KEEP);
  const {projection, height, sphere} = projectionOf();
  const projectAll = (simplified) =>
    simplified.objects.countries.geometries.map((g) => ({
      type: 'Feature',
      id: g.id,
      properties: {},
      geometry: project(feature(simplified, g).geometry, projection),
    }));
  let projected = projectAll(simplify(weighted, minWeight));
  // A narrow shape that simplification flattens to a line (the West Bank, Palestine's shape at
  // 1:110m) could be neither seen nor pointed at: such shapes keep every point of 1:110m.
  const flattened = projected.filter(({geometry}) => {
    const points = geometry.coordinates.flat(2);
    const extent = (axis) => Math.max(...points.map((p) => p[axis])) - Math.min(...points.map((p) => p[axis]));
    return Math.min(extent(0), extent(1)) < 1;
  });
  for (const {id} of flattened) {
    const arcs = weighted.objects.countries.geometries.find((g) => g.id === id).arcs.flat(2);
    for (const index of arcs) for (const point of weighted.arcs[index < 0 ? ~index : index]) point[2] = Infinity;
  }
  if (flattened.length) projected = projectAll(simplify(weighted, minWeight));
  const planar = topologyOf({countries: {type: 'FeatureCollection', features: projected}});
  for (const g of planar.objects.countries.geometries) delete g.properties;
  const shipped = quantize(planar, QUANTUM);
  delete shipped.bbox; // the element never reads it

  // Members without a 1:110m shape: a marker at the centroid of their largest 1:50m polygon.
  const shapes = new Set(geometries.map((g) => g.id));
  const numericOf = Object.fromEntries(Object.entries(isoNumeric).map(([n, a]) => [a, n]));
  const fine = read('node_modules/world-atlas/countries-50m.json');
  const markers = [];
  for (const code of unMemberStates.filter((c) => !shapes.has(c))) {
    const at =
      markerPosition(
        fine,
        fine.objects.countries.geometries.find((g) => g.id === numericOf[code]),
      ) ?? markerPositions[code];
    if (!at) problems.push(`no position for UN member state ${code}`);
    else markers.push({id: code, at, xy: projection(at).map((v) => Math.round(v * 10) / 10)});
  }

  // Every feature and marker in exactly one section (or none, on purpose); no code left over.
  const drawn = [...shapes, ...markers.map((m) => m.id)];
  const listed = [...Object.values(sectionCountries).flat(), ...Object.keys(otherAreas), ...unassigned];
  for (const code of drawn) {
    const count = listed.filter((c) => c === code).length;
    if (count !== 1) problems.push(`${code} is assigned ${count} times`);
  }
  for (const code of listed) if (!drawn.includes(code)) problems.push(`${code} is assigned but not on the map`);
  for (const code of unMemberStates) if (!drawn.includes(code)) problems.push(`UN member ${code} is missing`);
  if (problems.length) throw new Error(`geometry: ${problems.join('; ')}`);
  const extents = Object.fromEntries(
    Object.entries(views).map(([id, box]) => {
      const land = fine.objects.countries.geometries
        .filter((g) => sectionCountries[id].includes(codeOf(g, isoNumeric, naturalEarthFeatures)))
        .flatMap((g) => feature(fine, g).geometry.coordinates.flat(Infinity));
      const points = [];
      for (let i = 0; i < land.length; i += 2) points.push([land[i], land[i + 1]]);
      return [id, frameOf(points, box, projection)];
    }),
  );
  const anchors = Object.fromEntries(Object.entries(views).map(([id, box]) => [id, anchorOf(projection, box)]));
  return {topology: shipped, markers, width: WIDTH, height, sphere, extents, anchors};
}

/** The generated module's text; `codec` is src/elements/uclg-sections-map/geometry-codec.ts. */
export function source({topology, markers, width, height, sphere, extents, anchors}, codec) {
  const shapes = topology.objects.countries.geometries.map(({type, arcs, id}) => ({
    id,
    polygons: type === 'Polygon' ? [arcs] : arcs,
  }));
  return `// Generated by scripts/build/geometry.mjs from world-atlas (Natural Earth 1:110m, markers from 1:50m).
// Do not edit: change the script or src/data/countries.ts and run \`npm run build\`.

/** The view box: Equal Earth fitted to ${width} px wide (its sphere's outline as \`sphere\`). */
export const width = ${width};
export const height = ${height};
export const sphere = '${sphere}';

/** How quantized coordinates map into the view box: x * scale[0] + translate[0], same for y. */
export const transform = ${JSON.stringify(topology.transform)};

/**
 * The topology's arcs (quantized, delta-encoded, in the view box), in geometry-codec.ts's text
 * form: much smaller than JSON, even gzipped.
 */
export const arcs = '${codec.encodeArcs(topology.arcs)}';

/**
 * Countries and territories, ids ISO 3166-1 alpha-2 (XK Kosovo) or otherAreas' keys, each
 * with its polygons' rings of arc references, in geometry-codec.ts's text form.
 */
export const shapes = '${codec.encodeShapes(shapes)}';

/** UN member states without a 1:110m shape: [id, x, y] in the view box. */
export const markers: readonly (readonly [string, number, number])[] = ${JSON.stringify(markers.map((m) => [m.id, ...m.xy]))};

/** Each regional section's land, which its zoomed view fits, in the view box: [[x0, y0], [x1, y1]]. */
export const extents: Readonly<Record<string, readonly [readonly [number, number], readonly [number, number]]>> = ${JSON.stringify(extents)};

/** Where each regional section's tooltip points when the section is focused, in the view box. */
export const anchors: Readonly<Record<string, readonly [number, number]>> = ${JSON.stringify(anchors)};
`;
}

export const target = new URL('src/generated/geometry.ts', root);

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(target, source(await prepare(), await importTs('src/elements/uclg-sections-map/geometry-codec.ts')));
}
