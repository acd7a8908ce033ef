import {expect, fixture, oneEvent, waitUntil} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import {sectionCountries, unMemberStates} from '../../data/countries.js';
import {regionalSectionIds, sections, type RegionalSectionId} from '../../data/sections.js';
import * as geometry from './map-geometry.js';
import {placeNames} from './place-names.js';
import {whenIdle} from '../../internal/tasks.js';
import type {UclgSectionsMap} from './uclg-sections-map.js';
import {
  $,
  $$,
  computed,
  emulate,
  html,
  openPage,
  render,
  seen,
  settle,
  spoken,
  unemulate,
  warnings,
} from '../../../tests/helpers.js';

/** Waits until the element's transitions (dimming, zoom) have run their course. */
async function transitionsDone(el: Map): Promise<void> {
  await el.updateComplete;
  void getComputedStyle(el.shadowRoot!.querySelector('svg')!).opacity; // start any pending transition
  await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
}

type Map = UclgSectionsMap;
const tooltip = (el: Map) => $(el, '[part="tooltip"]') as HTMLElement;
const option = (el: Map, id: string) => $(el, `[role="option"][data-section="${id}"]`) as SVGPathElement;
const selectedOptions = (el: Map) =>
  $$(el, '[role="option"][aria-selected="true"]').map((o) => o.getAttribute('data-section'));
const place = (el: Map, id: string) => $(el, `.hit[data-id="${id}"], .place[data-id="${id}"]`) as SVGGraphicsElement;
const transform = (el: Map) => new DOMMatrix(getComputedStyle($(el, '.view')).transform);

/**
 * Renders `template`, then renders it once more, and what it warned meanwhile, the page idle by
 * then (a zoomed map without its section's module waits for that before it says so).
 */
async function renderWarned(template: Parameters<typeof render>[0]) {
  let el!: Map;
  const messages = await warnings(async () => {
    el = await render<Map>(template);
    el.requestUpdate();
    await el.updateComplete;
    await new Promise<void>((resolve) => whenIdle(resolve));
  });
  return {el, messages};
}

/** Moves the real mouse to the middle of an element (a country's shape or a marker). */
async function pointAt(target: Element) {
  const box = target.getBoundingClientRect();
  await sendMouse({type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
}

/** Moves the real mouse onto a shape's own fill (a small shape's box may centre on its neighbour). */
async function pointInto(shape: SVGGraphicsElement) {
  const geometry = shape as SVGGeometryElement;
  const box = geometry.getBBox();
  for (let i = 1; i < 16; i++) {
    for (let j = 1; j < 16; j++) {
      const point = new DOMPoint(box.x + (box.width * i) / 16, box.y + (box.height * j) / 16);
      if (!geometry.isPointInFill(point)) continue;
      const {x, y} = point.matrixTransform(geometry.getScreenCTM()!);
      const [left, top] = [Math.round(x), Math.round(y)];
      if ((shape.getRootNode() as ShadowRoot).elementFromPoint(left, top) === shape) {
        await sendMouse({type: 'move', position: [left, top]});
        return;
      }
    }
  }
  throw new Error(`no point of ${shape.getAttribute('data-id')} can be pointed at`);
}

// Türkiye's name is the engine's CLDR's (WebKitGTK's English still says "Turkey").
const turkey = (lang: string) => new Intl.DisplayNames([lang], {type: 'region'}).of('TR')!;

// What a reader sees, per language.
const expected = {
  fr: {
    heading: 'Les sections de CGLU',
    count: '7 sections régionales, 1 section métropolitaine et 1 forum des régions',
    legend: [
      'Afrique couvre 55 pays et territoires CGLU Afrique',
      'Asie-Pacifique couvre 38 pays et territoires UCLG ASPAC',
      'Eurasie couvre 10 pays et territoires CGLU Eurasie',
      'Europe couvre 45 pays et territoires CCRE',
      'Amérique latine couvre 35 pays et territoires FLACMA',
      'Moyen-Orient et Asie de l’Ouest couvre 15 pays et territoires CGLU-MEWA',
      'Amérique du Nord couvre 3 pays et territoires CGLU NORAM',
      'Section métropolitaine monde entier Metropolis',
      'Forum des régions monde entier ORU Fogar',
    ],
    brazil: 'Brésil Amérique latine',
    malta: 'Malte Europe',
    antarctica: 'Antarctique Aucune section',
    africa: 'Afrique, couvre 55 pays et territoires',
    summary: 'Liste des sections et de leurs pays',
    cleared: 'Sélection effacée',
    // UCLG's names (Palestine, not CLDR's "Territoires palestiniens"); northern Cyprus is no country.
    mewa: [
      'Afghanistan',
      'Arabie saoudite',
      'Bahreïn',
      'Émirats arabes unis',
      'Irak',
      'Iran',
      'Jordanie',
      'Koweït',
      'Liban',
      'Oman',
      'Palestine',
      'Qatar',
      'Syrie',
      turkey('fr'),
      'Yémen',
    ],
    somalia: 'Somalie',
    northernCyprus: 'Municipalités chypriotes turques Moyen-Orient et Asie de l’Ouest',
    palestine: 'Palestine Moyen-Orient et Asie de l’Ouest',
  },
  en: {
    heading: "UCLG's sections",
    count: '7 regional sections, 1 Metropolitan Section, and 1 Forum of Regions',
    legend: [
      'Africa covers 55 countries and territories UCLG Africa',
      'Asia-Pacific covers 38 countries and territories UCLG ASPAC',
      'Eurasia covers 10 countries and territories UCLG-Eurasia',
      'Europe covers 45 countries and territories CEMR',
      'Latin America covers 35 countries and territories FLACMA',
      'Middle East and West Asia covers 15 countries and territories UCLG-MEWA',
      'North America covers 3 countries and territories UCLG NORAM',
      'Metropolitan Section worldwide Metropolis',
      'Forum of Regions worldwide ORU Fogar',
    ],
    brazil: 'Brazil Latin America',
    malta: 'Malta Europe',
    antarctica: 'Antarctica No section',
    africa: 'Africa, covers 55 countries and territories',
    summary: 'List of the sections and their countries',
    cleared: 'Selection cleared',
    mewa: [
      'Afghanistan',
      'Bahrain',
      'Iran',
      'Iraq',
      'Jordan',
      'Kuwait',
      'Lebanon',
      'Oman',
      'Palestine',
      'Qatar',
      'Saudi Arabia',
      'Syria',
      turkey('en'),
      'United Arab Emirates',
      'Yemen',
    ],
    somalia: 'Somalia',
    northernCyprus: 'Turkish Cypriot municipalities Middle East and West Asia',
    palestine: 'Palestine Middle East and West Asia',
  },
  es: {
    heading: 'Las secciones de CGLU',
    count: '7 secciones regionales, 1 Sección Metropolitana y 1 Foro de Regiones',
    legend: [
      'África abarca 55 países y territorios CGLU África',
      'Asia-Pacífico abarca 38 países y territorios UCLG ASPAC',
      'Eurasia abarca 10 países y territorios CGLU Eurasia',
      'Europa abarca 45 países y territorios CMRE',
      'América Latina abarca 35 países y territorios FLACMA',
      'Oriente Medio y Asia Occidental abarca 15 países y territorios CGLU-MEWA',
      'Norteamérica abarca 3 países y territorios CGLU NORAM',
      'Sección Metropolitana todo el mundo Metropolis',
      'Foro de Regiones todo el mundo ORU Fogar',
    ],
    brazil: 'Brasil América Latina',
    malta: 'Malta Europa',
    antarctica: 'Antártida Ninguna sección',
    africa: 'África, abarca 55 países y territorios',
    summary: 'Lista de las secciones y sus países',
    cleared: 'Selección borrada',
    mewa: [
      'Afganistán',
      'Arabia Saudí',
      'Baréin',
      'Catar',
      'Emiratos Árabes Unidos',
      'Irak',
      'Irán',
      'Jordania',
      'Kuwait',
      'Líbano',
      'Omán',
      'Palestina',
      'Siria',
      turkey('es'),
      'Yemen',
    ],
    somalia: 'Somalia',
    northernCyprus: 'Municipios turcochipriotas Oriente Medio y Asia Occidental',
    palestine: 'Palestina Oriente Medio y Asia Occidental',
  },
};
const langs = Object.keys(expected) as (keyof typeof expected)[];

/** Members a zoomed view cannot show: east of the antimeridian, on the world map's far side from the rest of Asia-Pacific. */
const beyondTheAntimeridian = ['TO', 'WS'];

/** Each section's module (src/generated/detail/), loaded as a page would, on demand. */
const detailModules: Record<RegionalSectionId, () => Promise<unknown>> = {
  africa: () => import('../../generated/detail/africa.js'),
  'asia-pacific': () => import('../../generated/detail/asia-pacific.js'),
  eurasia: () => import('../../generated/detail/eurasia.js'),
  europe: () => import('../../generated/detail/europe.js'),
  'latin-america': () => import('../../generated/detail/latin-america.js'),
  'middle-east-west-asia': () => import('../../generated/detail/middle-east-west-asia.js'),
  'north-america': () => import('../../generated/detail/north-america.js'),
};

/**
 * A map zoomed on `section`, not yet on the page, on a page that preloads the section's module
 * (as the Link route's page does), and that preload.
 */
function zoomedAndPreloaded(section: RegionalSectionId) {
  const preload = Object.assign(document.createElement('link'), {
    rel: 'modulepreload',
    href: `/dist/uclg-sections-map.${section}.js`,
  });
  document.head.append(preload);
  const el = document.createElement('uclg-sections-map') as Map;
  el.lang = 'en';
  el.highlight = section;
  el.zoom = true;
  return {el, preload};
}

// First in the file: every later test zooms with the sections' modules loaded.
describe('<uclg-sections-map> zoomed on a section: its finer map', () => {
  afterEach(() => resetMouse());

  it('draws 1:110m and warns once without the section’s module, and the finer map as soon as it comes', async () => {
    const {el, messages: before} = await renderWarned(
      html`<uclg-sections-map lang="en" highlight="north-america" zoom></uclg-sections-map>`,
    );
    expect(before).to.deep.equal([
      "<uclg-sections-map>: zoomed on north-america without its detail: drawing the world's 1:110m geometry; add uclg-sections-map.north-america.js (with its integrity) beside the map's script for finer coasts and borders.",
    ]);
    const world = $$(el, '.place').length;
    expect(place(el, 'AU'), 'the world’s shapes').not.to.equal(null);
    const after = await warnings(async () => {
      await detailModules['north-america']();
      await waitUntil(() => !$(el, '.place[data-id="AU"]'), 'the finer map did not replace the world’s');
      await settle(el);
    });
    expect(after).to.deep.equal([]);
    // Cut to the view, with the neighbours in it, its coasts finer (Canada's, many more points).
    expect($$(el, '.place').length).not.to.equal(world);
    expect(place(el, 'MX'), 'a neighbour').not.to.equal(null);
    // Not zoomed, the world's map again, unchanged.
    el.zoom = false;
    await el.updateComplete;
    expect($$(el, '.place').length).to.equal(world);
  });

  it('draws the finer map first, never the world’s, when the page names the section’s module', async () => {
    // Europe's module is still to load here (the tests above load North America's only). The page
    // preloads it, as the Link route's page does: the map waits for it (up to 3 s) and draws
    // Europe's finer map as its first drawing. (Without a name for it, the map waits only until
    // the page is idle: the bench measures that case, which depends on the network.)
    const shown: string[] = [];
    const {el, preload} = zoomedAndPreloaded('europe');
    document.body.append(el);
    try {
      const observer = new MutationObserver(() => {
        if ($(el, '.place[data-id="AU"]')) shown.push('world');
        else if ($(el, '.place')) shown.push('finer');
      });
      observer.observe(el.shadowRoot!, {subtree: true, childList: true});
      // Later than the map's own tasks would have drawn the world.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await detailModules.europe();
      await settle(el);
      await waitUntil(() => shown.length > 0, 'nothing drawn');
      observer.disconnect();
      expect([...new Set(shown)]).to.deep.equal(['finer']);
    } finally {
      el.remove();
      preload.remove();
    }
  });

  it('draws the finer map at once when the named module arrives, not after its 3 s bound', async () => {
    // Africa's module is still to load here. Imported at once, it arrives while the map waits for
    // it: the map must take it then, not wait out the 3 s it gives a named module.
    const {el, preload} = zoomedAndPreloaded('africa');
    const start = performance.now();
    const module = detailModules.africa();
    document.body.append(el);
    try {
      await module;
      // The first update ends with the land drawn (its words to come).
      await el.updateComplete;
      expect(performance.now() - start, 'ms to the first drawing').to.be.below(2500);
      // Africa's view reaches Australia: told from the world's by how many places it draws.
      const world = geometry.mapGeometry().layer().querySelectorAll('.place').length;
      expect($$(el, '.place').length, 'the finer map’s places').not.to.equal(world);
    } finally {
      el.remove();
      preload.remove();
    }
  });

  for (const section of regionalSectionIds) {
    it(`shows every member state of ${section} at 600 px, 4 px across or a marker, hoverable and named`, async () => {
      await detailModules[section]();
      const el = await render<Map>(
        html`<uclg-sections-map lang="en" highlight=${section} zoom style="width: 600px"></uclg-sections-map>`,
      );
      // The finer map, cut to the section's view, has other shapes than the world's.
      const world = geometry.mapGeometry().layer().querySelectorAll('.place').length;
      await waitUntil(() => $$(el, '.place').length !== world, 'no finer map');
      await transitionsDone(el);
      const map = $(el, '[part="map"]').getBoundingClientRect();
      const names = placeNames('en');
      const members = sectionCountries[section].filter(
        (id) => unMemberStates.includes(id) && !beyondTheAntimeridian.includes(id),
      );
      for (const id of members) {
        const marker = $(el, `.hit[data-id="${id}"]`) as SVGGraphicsElement | null;
        const shape = $(el, `.place[data-id="${id}"]`) as SVGGraphicsElement | null;
        const box = (marker ?? shape)!.getBoundingClientRect();
        if (!marker) expect(Math.max(box.width, box.height), `${id}'s size`).to.be.at.least(4);
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
        expect(x > map.left && x < map.right && y > map.top && y < map.bottom, `${id} in view`).to.equal(true);
        if (marker) await pointAt(marker);
        else await pointInto(shape!);
        expect(seen(tooltip(el)), id).to.equal(
          `${names.name(id)} ${seen(el, `.legend [data-section="${section}"] .name`)}`,
        );
      }
    });
  }
});

describe('<uclg-sections-map>', () => {
  afterEach(async () => {
    await unemulate();
    await resetMouse();
  });

  for (const theme of ['light', 'dark']) {
    for (const lang of langs) {
      it(`has no axe-core violation (${lang}, ${theme}, list open, section highlighted)`, async () => {
        const el = await render<Map>(
          html`<uclg-sections-map lang=${lang} theme=${theme} highlight="europe" zoom></uclg-sections-map>`,
        );
        await expect(el).to.be.accessible();
        ($(el, 'details') as HTMLDetailsElement).open = true;
        await waitUntil(() => $$(el, '.countries').length === 7, 'the list did not open');
        await expect(el).to.be.accessible();
      });
    }
  }

  describe('rendering', () => {
    for (const lang of langs) {
      it(`shows the heading and a legend of all nine sections with their organisations (${lang})`, async () => {
        const el = await render<Map>(html`<uclg-sections-map lang=${lang}></uclg-sections-map>`);
        expect(seen(el, '[part="heading"]')).to.equal(expected[lang].heading);
        expect(seen(el, '[part="summary"]')).to.equal(expected[lang].count);
        expect($$(el, '[part="legend"] > li').map((li) => seen(li))).to.deep.equal(expected[lang].legend);
        const links = $$(el, '[part="legend"] a') as HTMLAnchorElement[];
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(sections.map((s) => s.website));
        for (const a of links) expect(a.rel).to.equal('noopener');
      });
    }

    it('draws every UN member state, as a shape or a marker, and every section in its own colour', async () => {
      const el = await render<Map>(html`<uclg-sections-map lang="en"></uclg-sections-map>`);
      const drawn = new Set($$(el, '[data-id]').map((e) => e.getAttribute('data-id')));
      for (const code of unMemberStates) expect(drawn.has(code), code).to.equal(true);
      expect($$(el, 'circle.marker').length).to.be.greaterThan(25);
      for (const s of sections.filter((s) => s.regional)) {
        const ids = sectionCountries[s.id as keyof typeof sectionCountries];
        for (const id of ids) {
          const shape = $(el, `.place[data-id="${id}"], .marker[data-id="${id}"]`);
          expect(getComputedStyle(shape).fill, id).to.equal(computed(s.colour.light));
        }
      }
      // The seven colours are distinct, and every regional section is one option of the map.
      expect(new Set(sections.filter((s) => s.regional).map((s) => s.colour.light)).size).to.equal(7);
      expect($$(el, '[role="option"]').map((o) => o.getAttribute('data-section'))).to.deep.equal([
        ...regionalSectionIds,
      ]);
    });

    it('keeps its aspect ratio before and after rendering: the page never shifts', async () => {
      const el = await render<Map>(html`<uclg-sections-map lang="en" style="width: 600px"></uclg-sections-map>`);
      const box = $(el, '[part="map"]').getBoundingClientRect();
      const [, , w, h] = $(el, 'svg').getAttribute('viewBox')!.split(' ').map(Number);
      expect(box.width).to.be.closeTo(600 - 34, 2);
      expect(box.height).to.be.closeTo((box.width * h!) / w!, 1);
    });

    // French's longer names wrap in the legend at 1240 and 360 px.
    for (const [lang, width] of [
      ['en', 960],
      ['en', 360],
      ['fr', 1240],
      ['fr', 360],
    ] as const) {
      it(`draws the land first with the words the build made, inert, then its texts, nothing moving (${lang}, ${width} px)`, async () => {
        const el = document.createElement('uclg-sections-map') as Map;
        el.setAttribute('lang', lang);
        el.style.width = `${width}px`;
        document.body.append(el);
        /** Where each part is, and the element's size: what a reader would see move. */
        const boxes = () =>
          ['map', 'heading', 'summary', 'legend', 'list', 'source']
            .map((part) => $(el, `[part="${part}"]`).getBoundingClientRect().toJSON())
            .concat(el.getBoundingClientRect().toJSON());
        try {
          // The first update ends with the words' render pending: `updateComplete` says so.
          expect(await el.updateComplete).to.equal(false);
          const base = $(el, '[part="base"]');
          expect($$(el, '.place').length, 'the land').to.be.greaterThan(100);
          // Inert: out of the accessibility tree and out of reach, its options not yet named.
          expect((base as HTMLElement).inert).to.equal(true);
          expect($$(el, '[role="option"][aria-label]'), 'no names yet').to.deep.equal([]);
          // The words the build made are there already, above the map and below it.
          const words = () => ['heading', 'summary', 'legend', 'list'].map((part) => seen(el, `[part="${part}"]`));
          const first = words();
          expect(first).to.deep.equal([
            expected[lang].heading,
            expected[lang].count,
            expected[lang].legend.join(' '),
            expected[lang].summary,
          ]);
          const source = seen(el, '[part="source"]');
          expect(source).to.include('2015');
          const before = boxes();
          await settle(el);
          expect((base as HTMLElement).inert).to.equal(false);
          expect(option(el, 'africa').getAttribute('aria-label')).to.equal(expected[lang].africa);
          expect(words()).to.deep.equal(first);
          expect(seen(el, '[part="source"]')).to.equal(source);
          expect(boxes()).to.deep.equal(before);
        } finally {
          el.remove();
        }
      });
    }

    it('follows a change of language', async () => {
      const el = await render<Map>(html`<uclg-sections-map lang="fr"></uclg-sections-map>`);
      el.lang = 'es';
      await settle(el);
      expect(seen(el, '[part="heading"]')).to.equal(expected.es.heading);
      expect(option(el, 'africa').getAttribute('aria-label')).to.equal(expected.es.africa);
    });
  });

  describe('highlight and zoom', () => {
    it('emphasizes the highlighted section and dims the others', async () => {
      const el = await render<Map>(html`<uclg-sections-map lang="en" highlight="africa"></uclg-sections-map>`);
      await transitionsDone(el);
      expect(selectedOptions(el)).to.deep.equal(['africa']);
      expect($(el, '[part="legend"] [aria-pressed="true"]').textContent).to.contain('Africa');
      expect(getComputedStyle(place(el, 'NG')).opacity).to.equal('1');
      expect(getComputedStyle(place(el, 'FR')).opacity).to.equal('0.25');
      expect(transform(el).isIdentity).to.equal(true);
      el.highlight = 'europe';
      await transitionsDone(el);
      expect(selectedOptions(el)).to.deep.equal(['europe']);
      expect(getComputedStyle(place(el, 'FR')).opacity).to.equal('1');
      el.highlight = null;
      await transitionsDone(el);
      expect(selectedOptions(el)).to.deep.equal([]);
      expect(getComputedStyle(place(el, 'NG')).opacity).to.equal('1');
    });

    it('highlights a worldwide section in the legend without dimming any country', async () => {
      const el = await render<Map>(
        html`<uclg-sections-map lang="en" highlight="metropolitan" zoom></uclg-sections-map>`,
      );
      expect($(el, '[part="legend"] [aria-pressed="true"]').textContent).to.contain('Metropolitan Section');
      expect(getComputedStyle(place(el, 'FR')).opacity).to.equal('1');
      expect(transform(el).isIdentity).to.equal(true);
    });

    it('zooms onto the highlighted section, follows changes, and animates', async () => {
      const el = await render<Map>(html`<uclg-sections-map lang="en" highlight="africa" zoom></uclg-sections-map>`);
      const view = $(el, '.view');
      expect(getComputedStyle(view).transitionDuration).to.equal('0.6s');
      const africa = transform(el);
      expect(africa.a).to.be.greaterThan(1.5);
      el.highlight = 'europe';
      await el.updateComplete;
      // Where the animation goes.
      expect(new DOMMatrix((view as SVGElement).style.transform).a).not.to.equal(africa.a);
      el.zoom = false;
      await el.updateComplete;
      expect(new DOMMatrix((view as SVGElement).style.transform).isIdentity).to.equal(true);
    });

    it('does not animate the zoom when the reader prefers reduced motion', async function () {
      await emulate(this, {reducedMotion: 'reduce'});
      const el = await render<Map>(html`<uclg-sections-map lang="en" highlight="africa" zoom></uclg-sections-map>`);
      expect(getComputedStyle($(el, '.view')).transitionDuration).to.equal('0s');
      expect(transform(el).a).to.be.greaterThan(1.5);
    });

    it('fits the section in view: its countries inside the map, others outside', async () => {
      const el = await render<Map>(html`<uclg-sections-map lang="en" highlight="europe" zoom></uclg-sections-map>`);
      await transitionsDone(el);
      const map = $(el, '[part="map"]').getBoundingClientRect();
      const inside = (id: string) => {
        // A shape the section's finer map leaves out is not in view either.
        const b = place(el, id)?.getBoundingClientRect();
        if (!b) return false;
        const x = b.x + b.width / 2;
        const y = b.y + b.height / 2;
        return x > map.left && x < map.right && y > map.top && y < map.bottom;
      };
      for (const id of ['PT', 'IS', 'FI', 'GR', 'MT', 'UA']) expect(inside(id), id).to.equal(true);
      for (const id of ['BR', 'AU', 'ZA', 'JP']) expect(inside(id), id).to.equal(false);
      // Markers keep their size on screen while the view is scaled.
      const marker = $(el, '.marker[data-id="MT"]').getBoundingClientRect();
      expect(marker.width).to.be.lessThan(10);
    });

    it('fills its box with the zoomed section: no empty band over 8 px above or below it, at 600, 960 and 1280 px', async () => {
      for (const width of [600, 960, 1280]) {
        for (const id of regionalSectionIds) {
          const el = await render<Map>(
            html`<uclg-sections-map lang="en" highlight=${id} zoom style=${`width: ${width}px`}></uclg-sections-map>`,
          );
          await transitionsDone(el);
          const map = $(el, '[part="map"]').getBoundingClientRect();
          // The land in view, of any section: an empty band is one where none is drawn.
          const land = $$(el, '.place')
            .map((shape) => shape.getBoundingClientRect())
            .filter((b) => b.right > map.left && b.left < map.right && b.bottom > map.top && b.top < map.bottom);
          const top = Math.max(map.top, Math.min(...land.map((b) => b.top)));
          const bottom = Math.min(map.bottom, Math.max(...land.map((b) => b.bottom)));
          const bands = {above: Math.round(top - map.top), below: Math.round(map.bottom - bottom)};
          expect(bands.above, `${id} at ${width} px: ${JSON.stringify(bands)}`).to.be.at.most(8);
          expect(bands.below, `${id} at ${width} px: ${JSON.stringify(bands)}`).to.be.at.most(8);
          // Never taller than the world's box.
          const [, , w, h] = $(el, 'svg').getAttribute('viewBox')!.split(' ').map(Number);
          expect(h!).to.be.at.most(geometry.mapGeometry().height);
          expect(map.height).to.be.closeTo((map.width * h!) / w!, 1);
        }
      }
    });
  });

  describe('tooltip', () => {
    for (const lang of langs) {
      it(`names the country and its section on hover, inside the shadow root (${lang})`, async () => {
        const el = await render<Map>(html`<uclg-sections-map lang=${lang}></uclg-sections-map>`);
        expect(tooltip(el).hidden).to.equal(true);
        await pointAt(place(el, 'BR'));
        await el.updateComplete;
        expect(seen(tooltip(el))).to.equal(expected[lang].brazil);
        expect(tooltip(el).getAttribute('role')).to.equal('tooltip');
        expect(document.querySelector('[role="tooltip"]')).to.equal(null);
        await pointAt(place(el, 'MT'));
        await el.updateComplete;
        expect(seen(tooltip(el))).to.equal(expected[lang].malta);
        await pointAt(place(el, 'AQ'));
        await el.updateComplete;
        expect(seen(tooltip(el))).to.equal(expected[lang].antarctica);
        await sendMouse({type: 'move', position: [1, 1]});
        await el.updateComplete;
        expect(tooltip(el).hidden).to.equal(true);
      });
    }

    for (const lang of langs) {
      it(`names Palestine as UCLG does, and northern Cyprus by its municipalities, never as a country (${lang})`, async () => {
        const el = await render<Map>(
          html`<uclg-sections-map lang=${lang} highlight="middle-east-west-asia" zoom></uclg-sections-map>`,
        );
        await transitionsDone(el);
        await pointInto(place(el, 'northern-cyprus'));
        await el.updateComplete;
        expect(seen(tooltip(el))).to.equal(expected[lang].northernCyprus);
        // It keeps UCLG-MEWA's colour.
        const mewa = sections.find((s) => s.id === 'middle-east-west-asia')!.colour.light;
        expect(getComputedStyle(place(el, 'northern-cyprus')).fill).to.equal(computed(mewa));
        await pointInto(place(el, 'PS'));
        await el.updateComplete;
        expect(seen(tooltip(el))).to.equal(expected[lang].palestine);
      });
    }

    it('never rebuilds a path while hovering, highlighting or zooming', async () => {
      const el = await render<Map>(
        html`<uclg-sections-map lang="en" zoom highlight="asia-pacific"></uclg-sections-map>`,
      );
      const before = geometry.builds;
      expect(before).to.equal(1);
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      const land = $(el, '.land');
      observer.observe(land, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['d', 'cx', 'cy', 'r'],
      });
      for (const id of ['CN', 'IN', 'AU', 'JP', 'SG', 'FJ']) {
        await pointAt(place(el, id));
        await el.updateComplete;
      }
      el.highlight = 'latin-america';
      await el.updateComplete;
      el.lang = 'fr';
      await settle(el);
      observer.disconnect();
      // Zooming from one section to another swaps one drawing (each made once) for the other: no path changes.
      expect(changes.filter((r) => r.target !== land)).to.deep.equal([]);
      expect(geometry.builds).to.equal(before);
      // A second map on the page reuses the same drawing.
      await render<Map>(html`<uclg-sections-map lang="es"></uclg-sections-map>`);
      expect(geometry.builds).to.equal(before);
    });
  });

  describe('selection', () => {
    it('selects a country’s section on click and fires uclg-section-select', async () => {
      const el = await render<Map>(html`<uclg-sections-map lang="en"></uclg-sections-map>`);
      const box = place(el, 'BR').getBoundingClientRect();
      const fired = oneEvent(document, 'uclg-section-select');
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      const event = await fired;
      expect(event.detail).to.deep.equal({section: 'latin-america'});
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(selectedOptions(el)).to.deep.equal(['latin-america']);
      expect(spoken(el, '[role="status"]')).to.equal('Latin America, covers 35 countries and territories');
    });

    it('selects from the legend, with pointer and keyboard, and Escape clears the selection', async () => {
      const el = await render<Map>(html`<uclg-sections-map lang="fr"></uclg-sections-map>`);
      const buttons = $$(el, '[part="legend"] button') as HTMLButtonElement[];
      let fired = oneEvent(el, 'uclg-section-select');
      buttons[3]!.click();
      expect((await fired).detail.section).to.equal('europe');
      await el.updateComplete;
      expect(buttons[3]!.getAttribute('aria-pressed')).to.equal('true');
      buttons[7]!.focus();
      fired = oneEvent(el, 'uclg-section-select');
      await sendKeys({press: 'Enter'});
      expect((await fired).detail.section).to.equal('metropolitan');
      await el.updateComplete;
      expect(spoken(el, '[role="status"]')).to.equal('Section métropolitaine, monde entier');
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect($$(el, '[aria-pressed="true"]')).to.deep.equal([]);
      expect(spoken(el, '[role="status"]')).to.equal(expected.fr.cleared);
    });
    for (const lang of langs) {
      it(`announces the cleared selection in the element's language (${lang})`, async () => {
        const el = await render<Map>(html`<uclg-sections-map lang=${lang}></uclg-sections-map>`);
        const europe = $(el, '[part="legend"] button[data-section="europe"]') as HTMLButtonElement;
        europe.click();
        europe.focus();
        await el.updateComplete;
        await sendKeys({press: 'Escape'});
        await el.updateComplete;
        expect(spoken(el, '[role="status"]')).to.equal(expected[lang].cleared);
      });
    }
  });

  describe('keyboard', () => {
    it('draws the focused section’s outline at once, even before the page was idle', async () => {
      // The outlines are drawn from the page's first idle moment; a reader who tabs in sooner
      // still sees the focus ring around the section, and the highlighted one is outlined from
      // the first paint.
      const el = await fixture<Map>(html`<uclg-sections-map lang="en" highlight="europe"></uclg-sections-map>`);
      await el.updateComplete;
      const drawn = (id: string) => option(el, id).getBBox().width > 100;
      expect(drawn('europe')).to.equal(true);
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Home'});
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(option(el, 'africa'));
      expect(drawn('africa')).to.equal(true);
      expect(getComputedStyle(option(el, 'africa')).strokeWidth).to.equal('3px');
    });

    for (const lang of langs) {
      it(`is one tab stop; arrows move between sections, announced with their country count (${lang})`, async () => {
        const el = await render<Map>(html`<uclg-sections-map lang=${lang}></uclg-sections-map>`);
        await sendKeys({press: 'Tab'});
        const focused = () => el.shadowRoot!.activeElement!;
        expect(focused().getAttribute('role')).to.equal('option');
        expect(focused().getAttribute('aria-label')).to.equal(expected[lang].africa);
        // The focus ring is drawn in the accent colour, and the tooltip names the section.
        expect(getComputedStyle(focused()).strokeWidth).to.equal('3px');
        await el.updateComplete;
        expect(seen(tooltip(el))).to.equal(expected[lang].africa.replace(',', ''));
        await sendKeys({press: 'ArrowRight'});
        await el.updateComplete;
        expect(focused().getAttribute('data-section')).to.equal('asia-pacific');
        await sendKeys({press: 'ArrowLeft'});
        await sendKeys({press: 'ArrowLeft'});
        await el.updateComplete;
        expect(focused().getAttribute('data-section')).to.equal('north-america');
        await sendKeys({press: 'Home'});
        await el.updateComplete;
        expect(focused().getAttribute('data-section')).to.equal('africa');
        const fired = oneEvent(el, 'uclg-section-select');
        await sendKeys({press: 'End'});
        await el.updateComplete;
        await sendKeys({press: ' '});
        expect((await fired).detail).to.deep.equal({section: 'north-america'});
        await el.updateComplete;
        expect(selectedOptions(el)).to.deep.equal(['north-america']);
        await sendKeys({press: 'Escape'});
        await el.updateComplete;
        expect(selectedOptions(el)).to.deep.equal([]);
        // Tab leaves the map: the next stop is the legend's first entry.
        await sendKeys({press: 'Tab'});
        expect(focused().closest('[part="legend"]')).not.to.equal(null);
        expect($$(el, '[role="option"][tabindex="0"]').length).to.equal(1);
      });
    }
  });

  it('goes through a section’s countries with Up and Down, markers included, each shown and announced', async () => {
    const el = await render<Map>(html`<uclg-sections-map lang="en"></uclg-sections-map>`);
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-section')).to.equal('europe');
    const seenTips: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({press: 'ArrowDown'});
      await el.updateComplete;
      seenTips.push(seen(tooltip(el)));
    }
    expect(seenTips).to.deep.equal(['Albania Europe', 'Andorra Europe', 'Austria Europe']);
    expect(spoken(el, '[role="status"]')).to.equal('Austria, Europe');
    // The tooltip points at Austria, inside the map.
    const box = tooltip(el).getBoundingClientRect();
    const map = $(el, '[part="map"]').getBoundingClientRect();
    expect(box.top > map.top && box.top < map.bottom).to.equal(true);
    await sendKeys({press: 'ArrowUp'});
    await sendKeys({press: 'ArrowUp'});
    await sendKeys({press: 'ArrowUp'});
    await el.updateComplete;
    expect(seen(tooltip(el))).to.equal('United Kingdom Europe');
    // Focus stays on the section: Enter selects it.
    const fired = oneEvent(el, 'uclg-section-select');
    await sendKeys({press: 'Enter'});
    expect((await fired).detail.section).to.equal('europe');
  });

  describe('accessible alternative', () => {
    for (const lang of langs) {
      it(`lists every section and its countries, sorted in the reader's language (${lang})`, async () => {
        const el = await render<Map>(html`<uclg-sections-map lang=${lang}></uclg-sections-map>`);
        const details = $(el, 'details') as HTMLDetailsElement;
        expect(seen(details)).to.equal(expected[lang].summary);
        expect(spoken(el)).to.contain(expected[lang].summary);
        $(el, 'summary').dispatchEvent(new MouseEvent('click', {bubbles: true}));
        await waitUntil(() => details.open && $$(el, '.countries').length === 7, 'the list did not open');
        const lists = $$(el, '.countries').map((ul) => [...ul.querySelectorAll('li')].map((li) => li.textContent!));
        expect(lists.length).to.equal(7);
        const compare = new Intl.Collator(lang).compare;
        for (const list of lists) expect(list).to.deep.equal([...list].sort(compare));
        expect(lists.flat().length).to.equal(201);
        expect(lists[5]).to.deep.equal(expected[lang].mewa);
        // Somaliland is Somalia's, as UCLG's sources have it: no item of its own.
        expect(lists[0]).to.include(expected[lang].somalia);
        expect(lists.flat().filter((name) => /somali(land|landia)/i.test(name))).to.deep.equal([]);
        const items = $$(el, 'details > ul > li').map((li) => seen(li).split(' (')[0]);
        expect(items.length).to.equal(9);
        expect(seen(details)).to.contain(
          {
            fr: 'Cités et Gouvernements Locaux Unis d’Afrique',
            en: 'United Cities and Local Governments of Africa',
            es: 'Ciudades y Gobiernos Locales Unidos de África',
          }[lang],
        );
      });
    }
  });

  describe('themes and forced colours', () => {
    it('draws the dark theme on a dark sea', async () => {
      const el = await render<Map>(html`<uclg-sections-map lang="en" theme="dark"></uclg-sections-map>`);
      expect(getComputedStyle($(el, '.sphere')).fill).to.equal('rgb(28, 38, 49)');
      expect(getComputedStyle(place(el, 'NG')).fill).to.equal(computed(sections[0]!.colour.dark));
    });

    it('follows the system in theme="auto"', async function () {
      await emulate(this, {colorScheme: 'dark'});
      const el = await render<Map>(html`<uclg-sections-map lang="en" theme="auto"></uclg-sections-map>`);
      expect(getComputedStyle($(el, '.sphere')).fill).to.equal('rgb(28, 38, 49)');
    });

    it('uses system colours in forced-colors mode, the highlighted section in Highlight', async function () {
      await emulate(this, {forcedColors: 'active'});
      const el = await render<Map>(html`<uclg-sections-map lang="en" highlight="africa"></uclg-sections-map>`);
      expect(getComputedStyle(place(el, 'FR')).fill).to.equal(computed('Canvas'));
      expect(getComputedStyle(place(el, 'NG')).fill).to.equal(computed('Highlight'));
      expect(getComputedStyle($(el, '.outlines')).stroke).to.equal(computed('CanvasText'));
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('warns once about an unknown highlight and shows the whole world', async () => {
      const {el, messages} = await renderWarned(
        html`<uclg-sections-map lang="en" highlight="atlantis" zoom></uclg-sections-map>`,
      );
      expect(messages).to.deep.equal([
        '<uclg-sections-map>: highlight="atlantis" is not supported (accepted: africa, asia-pacific, eurasia, europe, latin-america, middle-east-west-asia, north-america, metropolitan, regions); showing the whole world.',
        '<uclg-sections-map>: zoom=true is not supported (accepted: zoom together with highlight="<section id>"); showing the whole world.',
      ]);
      expect(selectedOptions(el)).to.deep.equal([]);
      expect(transform(el).isIdentity).to.equal(true);
      expect(getComputedStyle(place(el, 'FR')).opacity).to.equal('1');
    });

    it('ignores, with one warning, a detail for an unknown section or one it cannot draw', async () => {
      const el = await render<Map>(html`<uclg-sections-map lang="en" highlight="africa" zoom></uclg-sections-map>`);
      const drawn = $$(el, '.place').length;
      const map = customElements.get('uclg-sections-map') as unknown as {addDetail(s: unknown, d: unknown): void};
      const messages = await warnings(async () => {
        map.addDetail('atlantis', {arcs: '', shapes: ''});
        map.addDetail('africa', null);
        map.addDetail('africa', null);
        await el.updateComplete;
      });
      expect(messages).to.deep.equal([
        '<uclg-sections-map>: a detail for section="atlantis" is not one it can draw (accepted: africa, asia-pacific, eurasia, europe, latin-america, middle-east-west-asia, north-america, with the drawing of its uclg-sections-map.<section>.js); ignored, the zoomed map stays at 1:110m.',
        '<uclg-sections-map>: a detail for section="africa" is not one it can draw (accepted: africa, asia-pacific, eurasia, europe, latin-america, middle-east-west-asia, north-america, with the drawing of its uclg-sections-map.<section>.js); ignored, the zoomed map stays at 1:110m.',
      ]);
      expect($$(el, '.place').length).to.equal(drawn);
    });

    it('survives a malformed highlight set by script', async () => {
      const el = await render<Map>(html`<uclg-sections-map lang="en"></uclg-sections-map>`);
      const messages = await warnings(async () => {
        (el as unknown as {highlight: unknown}).highlight = {id: 'europe'};
        await el.updateComplete;
      });
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('highlight={"id":"europe"} is not supported');
      expect(selectedOptions(el)).to.deep.equal([]);
      expect(seen(el, '[part="heading"]')).to.equal(expected.en.heading);
    });
  });
});

describe('dist/uclg-sections-map.js on a page with a strict CSP (no inline styles) and Trusted Types', () => {
  it('renders, zooms and makes no network request and no violation', async () => {
    const win = await openPage('sections-map.html');
    const el = win.document.querySelector('uclg-sections-map')!;
    // Its land first, its words in the next render.
    await settle(el);
    expect(seen(el, '[part="heading"]')).to.equal('Las secciones de CGLU');
    expect(new DOMMatrix(win.getComputedStyle(el.shadowRoot!.querySelector('.view')!).transform).isIdentity).to.equal(
      false,
    );
    expect(win.recorded).to.deep.equal([]);
    const requests = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(requests.filter((p) => !/^\/(dist|tests|__web-dev-server)/.test(p))).to.deep.equal([]);
    win.frameElement!.remove();
  });
});
