// Prepares each regional section's finer drawing at build time (`npm run build` runs it after
// geometry.mjs) and writes src/generated/detail/<section>.ts, committed like geometry.ts
// (tests/node/detail.test.mjs fails when one is stale). rollup.config.mjs bundles each into
// dist/uclg-sections-map.<section>.js, which hands its drawing to the element when loaded.
// From world-atlas's Natural Earth 1:50m countries (the ids as geometry.mjs gives them): every
// shape projected with the world map's own Equal Earth into the same view box, cut to a little
// more than what the section's zoomed view shows (map-view.ts: `fit`, `shownBy`), so neighbouring
// land comes with the same detail and coasts meet; a planar topology (borders shared), simplified
// for the zoomed scale at the widest the map is shown, then quantized and written in
// geometry-codec.ts's text form. Members too small to point at get a marker, as on the world map.
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {feature, quantize} from 'topojson-client';
import {topology as topologyOf} from 'topojson-server';
import {planarTriangleArea, presimplify, simplify} from 'topojson-simplify';
import {codeOf, markerPosition, prepare, project, projectionOf} from './geometry.mjs';
import {importTs} from './import-ts.mjs';

const root = new URL('../../', import.meta.url);

/** The widest the map is shown: simplification and quantization are for a 1280-px map. */
const WIDEST = 1280;
/**
 * The narrowest a zoomed map is framed for: a 600-px card (the oEmbed width), its map about 568 px
 * wide inside the card's padding, with room to spare. A member whose largest piece is smaller than
 * SMALLEST px there gets a marker.
 */
const NARROWEST = 540;
const SMALLEST = 4;
/** A point goes when its triangle is smaller than this, in square pixels at WIDEST. */
const AREA = 1;
/** Quantization steps per pixel at WIDEST. */
const STEPS = 2;
/** Land cut this much (a share of the view's width) beyond the view, so no cut edge shows while the view settles. */
const BLEED = 0.04;

/** Every section's detail: its topology (quantized) and its markers ([id, x, y] in the view box). */
export async function prepareDetails() {
  const {isoNumeric} = await importTs('src/data/iso-numeric.ts');
  const {naturalEarthFeatures, unMemberStates, markerPositions} = await importTs('src/data/countries.ts');
  const {fit, shownBy} = await importTs('src/elements/uclg-sections-map/map-view.ts');
  const {extents, width, height} = await prepare();
  const fine = JSON.parse(readFileSync(new URL('node_modules/world-atlas/countries-50m.json', root), 'utf8'));
  const numericOf = Object.fromEntries(Object.entries(isoNumeric).map(([n, a]) => [a, n]));
  const details = {};
  for (const [section, extent] of Object.entries(extents)) {
    const view = fit(extent, width, height);
    const [[x0, y0], [x1, y1]] = shownBy(view, width);
    const bleed = (x1 - x0) * BLEED;
    const cut = [
      [x0 - bleed, y0 - bleed],
      [x1 + bleed, y1 + bleed],
    ];
    const {projection} = projectionOf();
    projection.clipExtent(cut);
    const features = [];
    for (const g of fine.objects.countries.geometries) {
      const geometry = project(feature(fine, g).geometry, projection);
      // Territories the data does not list (Jersey, Åland, Hong Kong…) are land without an id.
      if (geometry.coordinates.length) {
        features.push({
          type: 'Feature',
          id: codeOf(g, isoNumeric, naturalEarthFeatures) ?? '',
          properties: {},
          geometry,
        });
      }
    }
    // Somaliland's shape goes with Somalia's, as on the world map (one id, drawn as two shapes).
    const planar = topologyOf({countries: {type: 'FeatureCollection', features}});
    const pixels = (view.k * WIDEST) / width;
    const simplified = simplify(presimplify(planar, planarTriangleArea), AREA / pixels ** 2);
    const steps = Math.ceil(Math.max(cut[1][0] - cut[0][0], cut[1][1] - cut[0][1]) * pixels * STEPS);
    const topology = quantize(simplified, steps);
    delete topology.bbox;
    topology.objects.countries.geometries = topology.objects.countries.geometries.filter((g) => g.type);
    for (const g of topology.objects.countries.geometries) delete g.properties;

    // A member whose largest piece is smaller than SMALLEST px at NARROWEST, or without a shape
    // here, is a marker if its place is in view. Measured as drawn: simplified and quantized.
    const drawn = topology.objects.countries.geometries.map((g) => feature(topology, g));
    /** A member's largest piece in view: how many px across at NARROWEST, and its middle. */
    const largest = (id) =>
      drawn
        .filter((f) => f.id === id)
        .flatMap(({geometry}) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates))
        .map((rings) => {
          const [xs, ys] = [0, 1].map((axis) => rings.flat().map((p) => p[axis]));
          const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          const size = (Math.max(right - left, bottom - top) * view.k * NARROWEST) / width;
          return {size, middle: [(left + right) / 2, (top + bottom) / 2]};
        })
        .reduce((a, b) => (b.size >= a.size ? b : a), {size: 0});
    const {projection: world} = projectionOf();
    const markers = [];
    for (const id of unMemberStates) {
      const {size, middle} = largest(id);
      if (size >= SMALLEST) continue;
      const at =
        markerPosition(
          fine,
          fine.objects.countries.geometries.find((g) => g.id === numericOf[id]),
        ) ?? markerPositions[id];
      // On its largest piece in view (Kiribati's Gilbert Islands, not its Line Islands beyond the antimeridian).
      const [x, y] = (middle ?? world(at)).map((v) => Math.round(v * 10) / 10);
      if (x >= x0 && x <= x1 && y >= y0 && y <= y1) markers.push([id, x, y]);
    }
    details[section] = {topology, markers};
  }
  return details;
}

/** A generated module's text: the drawing, handed to the element by send-detail.ts. */
export function detailSource(section, {topology, markers}, codec) {
  const shapes = topology.objects.countries.geometries.map(({type, arcs, id}) => ({
    id,
    polygons: type === 'Polygon' ? [arcs] : arcs,
  }));
  return `// Generated by scripts/build/detail.mjs from world-atlas (Natural Earth 1:50m).
// Do not edit: change the script and run \`npm run build\`. Bundled as uclg-sections-map.${section}.js.
import {sendDetail} from '../../elements/uclg-sections-map/send-detail.js';

sendDetail('${section}', {
  transform: ${JSON.stringify(topology.transform)},
  arcs: '${codec.encodeArcs(topology.arcs)}',
  shapes: '${codec.encodeShapes(shapes)}',
  markers: ${JSON.stringify(markers)},
});
`;
}

/** The sections with a detail module: the committed src/generated/detail/<section>.ts, sorted. */
export const detailSections = () =>
  readdirSync(new URL('src/generated/detail/', root))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -3))
    .sort();

export const detailTarget = (section) => new URL(`src/generated/detail/${section}.ts`, root);

if (import.meta.url === `file://${process.argv[1]}`) {
  const codec = await importTs('src/elements/uclg-sections-map/geometry-codec.ts');
  mkdirSync(new URL('src/generated/detail/', root), {recursive: true});
  for (const [section, detail] of Object.entries(await prepareDetails())) {
    writeFileSync(detailTarget(section), detailSource(section, detail, codec));
  }
}
