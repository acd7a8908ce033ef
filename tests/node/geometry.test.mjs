// The map's prepared geometry: committed output matches the script, ids match ISO 3166-1, every
// UN member state is drawn, and every contested assignment says why.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import countries from 'i18n-iso-countries';
import {prepare, projectionOf, source, target} from '../../scripts/build/geometry.mjs';
import {importTs} from '../../scripts/build/import-ts.mjs';

const prepared = await prepare();
const {projection} = projectionOf();
const {isoNumeric} = await importTs('src/data/iso-numeric.ts');
const data = await importTs('src/data/countries.ts');
const codec = await importTs('src/elements/uclg-sections-map/geometry-codec.ts');

test('src/generated/geometry.ts is what scripts/build/geometry.mjs makes (run `npm run build`)', () => {
  assert.equal(readFileSync(target, 'utf8'), source(prepared, codec));
});

test('the text form of arcs and shapes reads back as the very same topology', () => {
  const {arcs, objects} = prepared.topology;
  assert.deepEqual(codec.decodeArcs(codec.encodeArcs(arcs)), arcs);
  const shapes = objects.countries.geometries.map(({type, arcs, id}) => ({
    id,
    polygons: type === 'Polygon' ? [arcs] : arcs,
  }));
  assert.deepEqual(codec.decodeShapes(codec.encodeShapes(shapes)), shapes);
  // Large values and negatives of every size survive too.
  const values = [
    [
      [0, 0],
      [-1, 1],
      [31, -32],
      [1023, -1024],
      [4799, -4799],
      [123456, -654321],
    ],
  ];
  assert.deepEqual(codec.decodeArcs(codec.encodeArcs(values)), values);
});

test('the ISO numeric → alpha-2 table agrees with ISO 3166-1', () => {
  for (const [numeric, alpha2] of Object.entries(isoNumeric)) {
    assert.equal(countries.numericToAlpha2(numeric), alpha2, numeric);
  }
});

test('every one of the 193 UN member states is a shape or a marker', () => {
  const drawn = new Set([
    ...prepared.topology.objects.countries.geometries.map((g) => g.id),
    ...prepared.markers.map((m) => m.id),
  ]);
  assert.equal(data.unMemberStates.length, 193);
  for (const code of data.unMemberStates) assert.ok(drawn.has(code), code);
  // Natural Earth's 177 features, Somaliland's merged into Somalia's.
  assert.equal(prepared.topology.objects.countries.geometries.length, 176);
});

test('Somaliland is drawn as part of Somalia: one shape, no border between them, no entry of its own', async () => {
  const {feature} = await import('topojson-client');
  const {geometries} = prepared.topology.objects.countries;
  assert.deepEqual(
    geometries.map((g) => g.id).filter((id) => !/^[A-Z]{2}$/.test(id)),
    ['northern-cyprus'],
  );
  const rings = feature(
    prepared.topology,
    geometries.find((g) => g.id === 'SO'),
  ).geometry.coordinates.flat();
  /** Whether a view-box point is inside the rings (even-odd rule). */
  const inside = ([x, y]) =>
    rings.filter(
      (ring) =>
        ring.slice(1).filter(([x1, y1], i) => {
          const [x0, y0] = ring[i];
          return y0 > y !== y1 > y && x < x0 + ((y - y0) * (x1 - x0)) / (y1 - y0);
        }).length % 2,
    ).length %
      2 ===
    1;
  // Mogadishu (2.04° N, 45.34° E) and Hargeisa (9.56° N, 44.06° E), in Natural Earth's Somaliland.
  for (const city of [
    [45.34, 2.04],
    [44.06, 9.56],
  ])
    assert.ok(inside(projection(city)), `${city} is not in Somalia`);
  // One outline: the two features' shared border is gone.
  assert.equal(rings.length, 1);
});

test('no shape is flattened to a line by simplification: each is at least a view-box unit across', async () => {
  const {feature} = await import('topojson-client');
  for (const g of prepared.topology.objects.countries.geometries) {
    const points = feature(prepared.topology, g).geometry.coordinates.flat(2);
    const extent = (axis) => Math.max(...points.map((p) => p[axis])) - Math.min(...points.map((p) => p[axis]));
    assert.ok(extent(0) >= 1 && extent(1) >= 1, `${g.id} is ${extent(0)} × ${extent(1)}`);
  }
});

test('shapes carry no properties, only ids', () => {
  for (const g of prepared.topology.objects.countries.geometries) {
    assert.deepEqual(Object.keys(g).sort(), ['arcs', 'id', 'type']);
  }
});

test('markers sit where their countries are', () => {
  const at = Object.fromEntries(prepared.markers.map((m) => [m.id, m.at]));
  // Valletta 35.9 N 14.5 E; Singapore 1.35 N 103.8 E; Manama 26.2 N 50.6 E; Funafuti 8.5 S 179.2 E.
  for (const [code, [lon, lat]] of Object.entries({
    MT: [14.5, 35.9],
    SG: [103.8, 1.35],
    BH: [50.5, 26.1],
    TV: [179.2, -8.5],
  })) {
    assert.ok(Math.abs(at[code][0] - lon) < 0.5 && Math.abs(at[code][1] - lat) < 0.5, `${code} at ${at[code]}`);
  }
});

test('each contested or non-obvious case records its reason, naming the section it is in', () => {
  const contested = [
    'EG',
    'EH',
    'TR',
    'IR',
    'AF',
    'PK',
    'AZ',
    'TM',
    'GE',
    'UA',
    'MD',
    'MN',
    'IL',
    'PS',
    'CY',
    'northern-cyprus',
    'SO',
    'MX',
    'PR',
    'GL',
    'XK',
    'TW',
    'NC',
    'FK',
    'AQ',
    'TF',
    'BH',
    'MT',
  ];
  for (const code of new Set([...contested, ...Object.keys(data.reasons)])) {
    const reason = data.reasons[code];
    assert.ok(reason, `no reason for ${code}`);
    const section = data.sectionOfCountry(code) ?? 'none';
    assert.ok(reason.startsWith(`${section}:`), `${code}: reason says "${reason.split(':')[0]}", data says ${section}`);
  }
});

test('no shape jumps across the map (antimeridian cut at build time: Russia, Fiji)', async () => {
  const {feature} = await import('topojson-client');
  const {topology} = prepared;
  const {height} = prepared;
  for (const g of topology.objects.countries.geometries) {
    const rings = feature(topology, g).geometry.coordinates.flat();
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [[x0, y0], [x1, y1]] = [ring[i - 1], ring[i]];
        // Only the edge along the flat south pole line (Antarctica) may run that far.
        const onPoleLine = y0 > height - 5 && y1 > height - 5;
        assert.ok(Math.abs(x1 - x0) < 300 || onPoleLine, `${g.id}: a segment from ${x0},${y0} to ${x1},${y1}`);
      }
    }
  }
});
