import {expect, waitUntil} from '@open-wc/testing';
import type {UclgStats} from './uclg-stats.js';
import {emulate, html, render, seen, settle, spoken, unemulate, warnings} from '../../../tests/helpers.js';

const figures = (el: UclgStats) => [...el.shadowRoot!.querySelectorAll('[part="figure"]')].map((li) => seen(li));
const heading = (el: UclgStats) => el.shadowRoot!.querySelector('[role="heading"]');

describe('<uclg-stats>', () => {
  afterEach(unemulate);

  // axe-core, themes and their warnings: tests/every-element.test.ts.

  const expected = {
    fr: {
      heading: 'Une voix forte et unie devant la communauté internationale',
      figures: [
        '+240\u202f000 villes, régions et métropoles',
        '+175 associations de gouvernements locaux et régionaux',
        'CGLU représente 5 milliards de personnes dans le monde',
        '70\u00a0% de la population mondiale totale',
        'Où sommes-nous\u00a0? 140 des 193 pays membres des Nations Unies',
      ],
    },
    en: {
      heading: 'A strong, united voice before the international community',
      figures: [
        '240,000+ cities, regions and metropolises',
        '175+ associations of local and regional governments',
        'UCLG represents 5 billion people worldwide',
        "70% of the world's total population",
        'Where are we? 140 of the 193 United Nations member states',
      ],
    },
    es: {
      heading: 'Una voz fuerte y unida ante la comunidad internacional',
      figures: [
        '+240.000 ciudades, regiones y metrópolis',
        '+175 asociaciones de gobiernos locales y regionales',
        // CLDR's Spanish compact form; "5000 millones" is also correct Spanish.
        'CGLU representa 5 mil millones de personas en el mundo',
        '70\u00a0% de la población mundial total',
        '¿Dónde estamos? 140 de los 193 Estados miembros de las Naciones Unidas',
      ],
    },
  };
  for (const [lang, text] of Object.entries(expected)) {
    it(`shows the brochure heading and its five figures (${lang})`, async () => {
      const el = await render<UclgStats>(html`<uclg-stats lang=${lang}></uclg-stats>`);
      expect(heading(el)!.textContent!.trim()).to.equal(text.heading);
      expect(figures(el)).to.deep.equal(text.figures);
    });
  }

  it('gives screen readers the figures in words, as a list under a named section', async () => {
    const el = await render<UclgStats>(html`<uclg-stats lang="fr"></uclg-stats>`);
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.children).to.have.length(5);
    expect(spoken(el, 'li')).to.equal('plus de 240\u202f000 villes, régions et métropoles');
    const section = el.shadowRoot!.querySelector('section')!;
    expect(section.getAttribute('aria-label')).to.equal(heading(el)!.textContent!.trim());
  });

  describe('figures', () => {
    it('chooses and orders the figures', async () => {
      const el = await render<UclgStats>(
        html`<uclg-stats lang="en" figures="countries  people countries"></uclg-stats>`,
      );
      expect(figures(el)).to.deep.equal([
        'Where are we? 140 of the 193 United Nations member states',
        'UCLG represents 5 billion people worldwide',
      ]);
      el.figures = 'population-share';
      await el.updateComplete;
      expect(figures(el)).to.deep.equal(["70% of the world's total population"]);
    });
  });

  describe('heading', () => {
    it('is a level-2 heading by default, and takes heading-level', async () => {
      const el = await render<UclgStats>(html`<uclg-stats lang="fr"></uclg-stats>`);
      expect(heading(el)!.getAttribute('aria-level')).to.equal('2');
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(heading(el)!.getAttribute('aria-level')).to.equal('4');
    });

    it('warns about a level outside 1–6 and uses 2', async () => {
      let el!: UclgStats;
      const messages = await warnings(async () => {
        el = await render<UclgStats>(html`<uclg-stats lang="fr" heading-level="9"></uclg-stats>`);
      });
      expect(heading(el)!.getAttribute('aria-level')).to.equal('2');
      expect(el.headingLevel).to.equal(2);
      expect(messages).to.deep.equal([
        '<uclg-stats>: heading-level="9" is not supported (accepted: 1, 2, 3, 4, 5, 6); using 2.',
      ]);
    });

    it('can be hidden, leaving the section named', async () => {
      const el = await render<UclgStats>(html`<uclg-stats lang="en" no-heading></uclg-stats>`);
      expect(heading(el)).to.equal(null);
      expect(seen(el)).not.to.contain('united voice');
      expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal(
        'A strong, united voice before the international community',
      );
      el.noHeading = false;
      await el.updateComplete;
      expect(heading(el)).not.to.equal(null);
    });
  });

  describe('animate', () => {
    const value = (el: UclgStats) => seen(el, '[data-figure="cities"] [part="value"]');

    it('counts up once scrolled into view, while screen readers get the final values', async () => {
      const el = await render<UclgStats>(
        html`<div>
          <div style="height: 3000px"></div>
          <uclg-stats lang="en" animate></uclg-stats>
        </div>`,
      ).then((wrapper) => wrapper.querySelector('uclg-stats')!);
      await settle(el);
      await new Promise((r) => setTimeout(r, 300));
      expect(value(el)).to.equal('0+');
      expect(spoken(el, '[data-figure="cities"]')).to.equal('more than 240,000 cities, regions and metropolises');
      el.scrollIntoView();
      // Seen as soon as it has started (on a busy machine the observer may be late): the count
      // lasts 1.6 s, so the first value seen is on the way.
      const count = () => Number(value(el).replace(/\D/g, ''));
      await waitUntil(() => count() > 0, 'the count never started', {timeout: 5000, interval: 20});
      expect(count()).to.be.below(240000);
      await waitUntil(() => value(el) === '240,000+', 'the count never ended', {timeout: 5000});
      expect(seen(el, '[data-figure="people"] [part="value"]')).to.equal('5 billion');
    });

    it('shows final values at once when the reader prefers reduced motion', async function () {
      await emulate(this, {reducedMotion: 'reduce'});
      const el = await render<UclgStats>(html`<uclg-stats lang="en" animate></uclg-stats>`);
      expect(value(el)).to.equal('240,000+');
      await new Promise((r) => setTimeout(r, 100));
      expect(value(el)).to.equal('240,000+');
    });

    it('does not count without the attribute', async () => {
      const el = await render<UclgStats>(html`<uclg-stats lang="en"></uclg-stats>`);
      expect(value(el)).to.equal('240,000+');
      expect(el.animated).to.equal(false);
    });
  });

  describe('colours', () => {
    const background = (el: UclgStats) =>
      getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;

    it('takes the public custom properties, and inherits the page font', async () => {
      const el = await render<UclgStats>(
        html`<div style="font-family: serif">
          <uclg-stats
            lang="fr"
            style="--uclg-color-background: rgb(1, 2, 3); --uclg-color-accent: rgb(200, 0, 0)"
          ></uclg-stats>
        </div>`,
      ).then((w) => w.querySelector('uclg-stats')!);
      await settle(el);
      expect(background(el)).to.equal('rgb(1, 2, 3)');
      const shown = el.shadowRoot!.querySelector('[part="value"]')!;
      expect(getComputedStyle(shown).color).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(shown).fontFamily).to.equal('serif');
    });

    it('hands its colours to the system in forced-colours mode', async function () {
      const el = await render<UclgStats>(html`<uclg-stats lang="fr"></uclg-stats>`);
      const shown = el.shadowRoot!.querySelector('[part="value"]')!;
      const accent = getComputedStyle(shown).color;
      await emulate(this, {forcedColors: 'active'});
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      expect(getComputedStyle(shown).color).not.to.equal(accent);
      await expect(el).to.be.accessible();
    });

    it('is not restyled by the host page', async () => {
      const style = document.createElement('style');
      style.textContent =
        'li, ul, span, div { color: lime !important; display: inline !important; font-size: 50px !important }' +
        'body { text-transform: uppercase; letter-spacing: 4px; text-align: center; line-height: 5 }';
      document.head.append(style);
      try {
        const el = await render<UclgStats>(html`<uclg-stats lang="fr"></uclg-stats>`);
        const label = el.shadowRoot!.querySelector('[part="label"]')!;
        expect(getComputedStyle(label).color).not.to.equal('rgb(0, 255, 0)');
        expect(getComputedStyle(el.shadowRoot!.querySelector('ul')!).display).to.equal('grid');
        expect(getComputedStyle(label).textTransform).to.equal('none');
        expect(getComputedStyle(label).letterSpacing).to.equal('normal');
        // Firefox's own style sheet gives <li> `text-align: match-parent`, which computes to `left`.
        expect(getComputedStyle(label).textAlign).to.be.oneOf(['start', 'left']);
      } finally {
        style.remove();
      }
    });
  });

  it('is not a tab stop: it holds nothing to operate', async () => {
    const el = await render<UclgStats>(html`<uclg-stats lang="fr" animate></uclg-stats>`);
    expect(el.shadowRoot!.querySelectorAll('a, button, input, [tabindex]')).to.have.length(0);
  });

  describe('layout', () => {
    const columns = (el: UclgStats) => {
      const tops = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.getBoundingClientRect().top);
      return tops.filter((top) => top === tops[0]).length;
    };

    // Container queries on the element's own width: the viewport's does not matter (and
    // WebKitWebDriver cannot set it).
    it('is one column at 280 px and one row on a wide container', async () => {
      const narrow = await render<UclgStats>(html`<uclg-stats lang="fr" style="width: 280px"></uclg-stats>`);
      expect(columns(narrow)).to.equal(1);
      expect(narrow.scrollWidth).to.be.at.most(280);
      const wide = await render<UclgStats>(html`<uclg-stats lang="fr" style="width: 1200px"></uclg-stats>`);
      expect(columns(wide)).to.equal(5);
    });
  });
});
