// Each regional section's finer map (scripts/build/detail.mjs): the committed modules are what the
// script makes, each reads back, and in each section's zoomed view every UN member state of the
// section is a marker, or a shape with a piece at least 4 px across on a 600-px card (a map about
// 568 px wide).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {detailSections, detailSource, detailTarget, prepareDetails} from '../../scripts/build/detail.mjs';
import {importTs} from '../../scripts/build/import-ts.mjs';

const details = await prepareDetails();
const codec = await importTs('src/elements/uclg-sections-map/geometry-codec.ts');
const {sectionCountries, unMemberStates} = await importTs('src/data/countries.ts');
const {regionalSectionIds} = await importTs('src/data/sections.ts');
const {extents, height, width} = await importTs('src/generated/geometry.ts');
const {fit} = await importTs('src/elements/uclg-sections-map/map-view.ts');

/**
 * Members a section's view cannot show: east of the antimeridian, on the far side of the world
 * map's Equal Earth from the rest of Asia-Pacific.
 */
const beyondTheAntimeridian = {'asia-pacific': ['TO', 'WS']};

test('there is a finer map for every regional section, and each committed module is what the script makes', () => {
  assert.deepEqual(detailSections(), [...regionalSectionIds].sort());
  for (const [section, detail] of Object.entries(details)) {
    assert.equal(readFileSync(detailTarget(section), 'utf8'), detailSource(section, detail, codec), section);
  }
});

for (const section of regionalSectionIds) {
  test(`${section}: every UN member state is a marker, or a shape with a piece 4 px across on a 600-px card`, () => {
    const {topology, markers} = details[section];
    const view = fit(extents[section], width, height);
    const px = (view.k * 568) / width;
    const [[sx, sy], [tx, ty]] = [topology.transform.scale, topology.transform.translate];
    const sizes = {};
    for (const g of topology.objects.countries.geometries) {
      for (const polygon of g.type === 'Polygon' ? [g.arcs] : g.arcs) {
        const points = polygon.flat().flatMap((i) => {
          let x = 0;
          let y = 0;
          return topology.arcs[i < 0 ? ~i : i].map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
        });
        const extent = (axis) => Math.max(...points.map((p) => p[axis])) - Math.min(...points.map((p) => p[axis]));
        sizes[g.id] = Math.max(sizes[g.id] ?? 0, Math.max(extent(0), extent(1)) * px);
      }
    }
    const marked = new Set(markers.map(([id]) => id));
    const missing = sectionCountries[section]
      .filter((id) => unMemberStates.includes(id))
      .filter((id) => !marked.has(id) && !((sizes[id] ?? 0) >= 4));
    assert.deepEqual(missing, beyondTheAntimeridian[section] ?? []);
  });
}
