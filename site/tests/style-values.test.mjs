// The check every custom-property value from an address goes through (site/style-values.ts): a parser of each syntax, so what passes is a colour, a length or a
// list of fonts, and nothing else. In the browsers, CSS.supports also has its say (see the frame and
// configurator tests); here the grammar alone decides.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {importTs} from '../../scripts/build/import-ts.mjs';

const {acceptedStyle, isStyleValue} = await importTs('site/style-values.ts');

const cases = {
  '<color>': {
    takes: [
      '#fff',
      '#B3002D',
      '#b3002d80',
      'red',
      'transparent',
      'rgb(179 0 45)',
      'rgba(0, 0, 0, .5)',
      'hsl(210deg 50% 40% / 0.5)',
      'oklch(70% 0.1 200)',
    ],
    refuses: [
      'url(x.png)',
      'red;background:url(x)',
      'red !important',
      '#ff',
      '#gggggg',
      'rgb(1,2,3));x',
      'var(--x)',
      'image-set(url(x) 1x)',
      'color-mix(in srgb, red, blue)',
      'rgb(1 2 3) }',
      '',
      'red blue',
      'rgb()',
    ],
  },
  '<length-percentage>': {
    takes: ['0', '4px', '1.5rem', '.5em', '50%', '12PT', '1e1px'],
    refuses: ['-1px', '1 px', '4', 'calc(1px + 2px)', '4px;', '4px!important', 'auto', '4px 4px', ''],
  },
  '<family-name>#': {
    takes: [
      'Georgia',
      'Georgia, serif',
      '"Times New Roman", serif',
      "'Noto Sans Arabic', sans-serif",
      'Noto  Sans',
      'system-ui',
      'Hiragino Kaku Gothic ProN',
    ],
    refuses: [
      'Georgia;background:url(x)',
      'Georgia, url(x)',
      'Georgia,',
      '"a;b"',
      '"a" "b"',
      'a\nb',
      '1Font',
      '"unterminated',
      'Georgia}html{color:red',
      '\\75 rl(x)',
      'a'.repeat(201),
    ],
  },
};

for (const [syntax, {takes, refuses}] of Object.entries(cases)) {
  test(`${syntax} takes its own values`, () => {
    for (const value of takes) assert.ok(isStyleValue(syntax, value), value);
  });
  test(`${syntax} refuses anything else`, () => {
    for (const value of refuses) assert.ok(!isStyleValue(syntax, value), value);
  });
}

test('a syntax not declared takes nothing, and says so', () => {
  assert.equal(isStyleValue(undefined, 'red'), false);
  assert.equal(isStyleValue('<image>', 'red'), false);
  assert.equal(acceptedStyle(undefined), 'none, its syntax is not declared');
});

test('no value that passes holds url(, image-set(, ;, {, } or !', () => {
  const parts = ['url(', 'image-set(', ';', '{', '}', '!', 'rgb(1 2 3)', 'red', 'a', ' ', ',', '"', '1px', '#fff'];
  // Every string of up to three parts: those that pass never hold a forbidden piece.
  for (const a of parts)
    for (const b of parts)
      for (const c of parts) {
        const value = a + b + c;
        for (const syntax of Object.keys(cases)) {
          if (isStyleValue(syntax, value))
            assert.doesNotMatch(value, /url\(|image-set\(|[;{}!]/, `${syntax}: ${value}`);
        }
      }
});
