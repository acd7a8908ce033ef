// The public API a release promises, read from custom-elements.json, and what a new manifest breaks
// of an earlier one (docs/releasing.md): a tag, an attribute, a property, an event, a part, a slot
// or a custom property removed, or an attribute's or property's type changed. Adding is not breaking.
// Each release keeps its manifest in api/ (site/build/release.mjs); tests/node/api.test.mjs compares.
import {readFileSync, readdirSync} from 'node:fs';

/** Per element tag, its public names and types, as `kind name` → type text ('' when none). */
export function publicApi(manifest) {
  const api = {};
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (!declaration.tagName) continue;
    const items = {};
    for (const a of declaration.attributes ?? []) items[`attribute ${a.name}`] = a.type?.text ?? '';
    for (const m of declaration.members ?? []) {
      if (m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_')) {
        items[`property ${m.name}`] = m.type?.text ?? '';
      }
    }
    for (const e of declaration.events ?? []) items[`event ${e.name}`] = '';
    for (const p of declaration.cssParts ?? []) items[`part ${p.name}`] = '';
    for (const s of declaration.slots ?? []) items[`slot ${s.name}`] = '';
    for (const c of declaration.cssProperties ?? []) items[`custom property ${c.name}`] = c.syntax ?? '';
    api[declaration.tagName] = items;
  }
  return api;
}

/** What `current` breaks of `previous` (two manifests), in words; none when it only adds. */
export function breakingChanges(previous, current) {
  const [before, after] = [publicApi(previous), publicApi(current)];
  const changes = [];
  for (const [tag, items] of Object.entries(before)) {
    if (!after[tag]) {
      changes.push(`<${tag}> removed`);
      continue;
    }
    for (const [item, type] of Object.entries(items)) {
      if (!(item in after[tag])) changes.push(`<${tag}> ${item} removed`);
      else if (after[tag][item] !== type) changes.push(`<${tag}> ${item}: ${type} became ${after[tag][item]}`);
    }
  }
  return changes;
}

const folder = new URL('../../api/', import.meta.url);
const numbers = (version) => version.split('.').map(Number);

/** The manifests kept in api/, `custom-elements.v<version>.json`, newest last. */
export function keptReleases() {
  return readdirSync(folder)
    .map((file) => /^custom-elements\.v(\d+\.\d+\.\d+)\.json$/.exec(file)?.[1])
    .filter(Boolean)
    .sort((a, b) => {
      const [x, y] = [numbers(a), numbers(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    })
    .map((version) => ({
      version,
      manifest: JSON.parse(readFileSync(new URL(`custom-elements.v${version}.json`, folder), 'utf8')),
    }));
}

/** The major version of a semver string. */
export const major = (version) => numbers(version)[0];
