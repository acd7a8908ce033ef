// The analyzer plugin that writes enum types as their string literals, which Storybook's controls
// and the embed page's selects are built from.
import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {create, ts} from '@custom-elements-manifest/analyzer';
import {literalTypes} from '../../scripts/build/cem-literal-types.mjs';

const base = `
export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];
export class Base extends HTMLElement {
  /** The theme. @attr theme */
  theme: Theme = 'light';
}`;
const element = `
import {Base} from './base.js';
type Size = 'small' | 'large';
type Count = number;
/** @tag x-probe */
export class Probe extends Base {
  /** Its size. @attr size */
  size: Size = 'small';
  /** Either. @attr mode */
  mode: Size | 'auto' = 'auto';
  /** Not an enum. @attr count */
  count: Count = 1;
  /** Ids. @attr parts */
  parts: string | readonly Part[] | undefined;
}`;
const data = `
export const firstParts = ['head', 'body'] as const;
export const parts = [...firstParts, 'tail'] as const;
export type Part = (typeof parts)[number];
`;

const analyze = () => {
  const modules = [
    ts.createSourceFile('src/base.ts', base, ts.ScriptTarget.ES2022, true),
    ts.createSourceFile('src/probe.ts', element, ts.ScriptTarget.ES2022, true),
  ];
  const sources = join(mkdtempSync(join(tmpdir(), 'cem-')), 'data.ts');
  writeFileSync(sources, data);
  const manifest = create({modules, plugins: [literalTypes({sources: [sources]})]});
  const probe = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === 'x-probe');
  const typeOf = (list, name) => list.find((item) => item.name === name)?.type?.text;
  return {probe, typeOf};
};

test('aliases of string-literal unions are written out, also in unions', () => {
  const {probe, typeOf} = analyze();
  assert.equal(typeOf(probe.members, 'size'), "'small' | 'large'");
  assert.equal(typeOf(probe.members, 'mode'), "'small' | 'large' | 'auto'");
});

test('(typeof constants)[number] is written out, in inherited members too', () => {
  const {probe, typeOf} = analyze();
  assert.equal(typeOf(probe.members, 'theme'), "'light' | 'dark'");
});

test('other aliases are left alone', () => {
  const {probe, typeOf} = analyze();
  assert.equal(typeOf(probe.members, 'count'), 'Count');
});

test('lists of such aliases are written out, with arrays spread from others, read from the sources given', () => {
  const {probe, typeOf} = analyze();
  assert.equal(typeOf(probe.members, 'parts'), "string | readonly ('head' | 'body' | 'tail')[] | undefined");
});
