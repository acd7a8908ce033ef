// The public API promise (docs/releasing.md): against the newest manifest kept in api/, the built
// custom-elements.json removes or changes nothing unless the major version grew.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {breakingChanges, keptReleases, major, publicApi} from '../../scripts/build/api.mjs';

const root = new URL('../../', import.meta.url);
const {version} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const current = JSON.parse(readFileSync(new URL('dist/custom-elements.json', root), 'utf8'));

test('nothing public is removed or changed since the last release, unless the major version grew', () => {
  const releases = keptReleases();
  assert.ok(releases.length, 'api/ keeps no release manifest');
  const previous = releases.at(-1);
  const changes = breakingChanges(previous.manifest, current);
  if (major(version) === major(previous.version)) {
    assert.deepEqual(changes, [], `breaking since ${previous.version}, so ${version} must be a new major version`);
  }
});

test('the comparison sees each kind of breaking change, and takes additions', () => {
  const element = (changes = {}) => ({
    modules: [
      {
        declarations: [
          {
            tagName: 'x-probe',
            attributes: [{name: 'size', type: {text: "'s' | 'l'"}}, ...(changes.attributes ?? [])],
            members: [{kind: 'field', name: 'size', type: {text: "'s' | 'l'"}}],
            events: [{name: 'x-change'}],
            cssParts: [{name: 'base'}],
            cssProperties: [{name: '--x-color', syntax: '<color>'}],
            ...changes.replace,
          },
        ],
      },
    ],
  });
  assert.deepEqual(breakingChanges(element(), element({attributes: [{name: 'new', type: {text: 'boolean'}}]})), []);
  assert.deepEqual(breakingChanges(element(), {modules: []}), ['<x-probe> removed']);
  assert.deepEqual(breakingChanges(element(), element({replace: {events: []}})), ['<x-probe> event x-change removed']);
  assert.deepEqual(breakingChanges(element(), element({replace: {cssParts: []}})), ['<x-probe> part base removed']);
  assert.deepEqual(breakingChanges(element(), element({replace: {cssProperties: []}})), [
    '<x-probe> custom property --x-color removed',
  ]);
  assert.deepEqual(
    breakingChanges(element(), element({replace: {attributes: [{name: 'size', type: {text: "'s' | 'm'"}}]}})),
    ["<x-probe> attribute size: 's' | 'l' became 's' | 'm'"],
  );
  assert.ok(Object.keys(publicApi(current)).length >= 5);
});
