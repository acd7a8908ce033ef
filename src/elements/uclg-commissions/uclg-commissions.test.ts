import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {UclgCommissions} from './uclg-commissions.js';
import {$, $$, emulate, html, render, seen, settle, spoken, unemulate, warnings} from '../../../tests/helpers.js';

/** The fields listed, as a reader sees their names. */
const fields = (el: UclgCommissions) => $$(el, '[part~="field"] .label').map((e) => seen(e));
const count = (el: UclgCommissions) => seen(el, '[role="status"]');
/** Opens the folded list of every field, as a reader does: a click on its summary. */
async function openList(el: UclgCommissions): Promise<UclgCommissions> {
  ($(el, '[part="more"]') as HTMLElement).click();
  await el.updateComplete;
  return el;
}
const input = (el: UclgCommissions) => $(el, 'input') as HTMLInputElement;

/**
 * Types `text` into the filter box with the keyboard, as a reader does: one key at a time, since
 * WebKitWebDriver drops the second of two equal keys sent in one command ("pp" arrives as "p").
 */
async function type(el: UclgCommissions, text: string): Promise<void> {
  input(el).focus();
  for (const key of text) await sendKeys({type: key});
  await el.updateComplete;
}

const brochureOrderFr = [
  'Finances locales',
  'Villes intermédiaires',
  'Inclusion sociale',
  'Développement économique local',
  'Décentralisation',
  'Autonomie locale',
  'Villes numériques et de la connaissance',
  'Égalité des genres',
  'Droits humains',
  'Renforcement institutionnel',
  'Démocratie participative',
  'Coopération au développement',
  'Coopération au Proche-Orient',
  'Culture',
  'Méditerranée',
  'Mobilité urbaine',
  'Santé urbaine',
  'Planification stratégique urbaine',
  'Résilience',
  'Migration',
  'Changement climatique',
  'Développement durable',
];

const expected = {
  fr: {
    top:
      'Les commissions et groupes de travail des gouvernements locaux, régionaux et métropolitains ' +
      'Pour façonner le futur ' +
      'Pour partager les expériences innovantes des gouvernements locaux et régionaux au niveau international ' +
      'Pour influencer l’agenda mondial du développement ' +
      'CGLU promeut une société juste, durable et solidaire, fondée sur la démocratie locale, l’autonomie et la décentralisation. ' +
      'Commissions et groupes de travail ' +
      'Les membres de CGLU mettent en commun leurs connaissances et leurs expériences dans les domaines suivants\u00a0: ' +
      'Filtrer les domaines 22 domaines',
    sorted: [
      'Autonomie locale',
      'Changement climatique',
      'Coopération au développement',
      'Coopération au Proche-Orient',
      'Culture',
      'Décentralisation',
      'Démocratie participative',
      'Développement durable',
      'Développement économique local',
      'Droits humains',
      'Égalité des genres',
      'Finances locales',
      'Inclusion sociale',
      'Méditerranée',
      'Migration',
      'Mobilité urbaine',
      'Planification stratégique urbaine',
      'Renforcement institutionnel',
      'Résilience',
      'Santé urbaine',
      'Villes intermédiaires',
      'Villes numériques et de la connaissance',
    ],
    committee: 'Commission en 2015',
    workingGroup: 'Groupe de travail en 2015',
  },
  en: {
    top:
      'The committees and working groups of local, regional and metropolitan governments ' +
      'To shape the future ' +
      'To share the innovative experiences of local and regional governments at the international level ' +
      'To influence the global development agenda ' +
      'United Cities and Local Governments commits to promote, through the actions of its members, just and ' +
      'sustainable societies characterized by solidarity and based on local democracy, self-governance and ' +
      'decentralization, defending the general interests of citizens. ' +
      'Committees and working groups ' +
      'UCLG members pool their knowledge and experience in the following fields: ' +
      'Filter the fields 22 fields',
    sorted: [
      'Climate change',
      'Cooperation in the Middle East',
      'Culture',
      'Decentralization',
      'Development cooperation',
      'Digital and knowledge-based cities',
      'Gender equality',
      'Human rights',
      'Institution building',
      'Intermediary cities',
      'Local economic development',
      'Local finance',
      'Local self-government',
      'Mediterranean',
      'Migration',
      'Participatory democracy',
      'Resilience',
      'Social inclusion',
      'Sustainable development',
      'Urban health',
      'Urban mobility',
      'Urban strategic planning',
    ],
    committee: 'Committee in 2015',
    workingGroup: 'Working group in 2015',
  },
  es: {
    top:
      'Las comisiones y grupos de trabajo de los gobiernos locales, regionales y metropolitanos ' +
      'Para construir el futuro ' +
      'Para compartir las experiencias innovadoras de los gobiernos locales y regionales en el ámbito internacional ' +
      'Para influir en la agenda mundial del desarrollo ' +
      'Ciudades y Gobiernos Locales Unidos se compromete a promover, a través de la acción de sus miembros, una ' +
      'sociedad justa, sostenible y solidaria, basada en la democracia local, la autonomía y la descentralización, ' +
      'defensora del interés general de los ciudadanos. ' +
      'Comisiones y grupos de trabajo ' +
      'Los miembros de CGLU ponen en común sus conocimientos y experiencias en los siguientes ámbitos: ' +
      'Filtrar los ámbitos 22 ámbitos',
    sorted: [
      'Autonomía local',
      'Cambio climático',
      'Ciudades digitales y del conocimiento',
      'Ciudades intermedias',
      'Cooperación al desarrollo',
      'Cooperación en Oriente Medio',
      'Cultura',
      'Democracia participativa',
      'Derechos humanos',
      'Desarrollo económico local',
      'Desarrollo sostenible',
      'Descentralización',
      'Finanzas locales',
      'Fortalecimiento institucional',
      'Igualdad de género',
      'Inclusión social',
      'Mediterráneo',
      'Migración',
      'Movilidad urbana',
      'Planificación estratégica urbana',
      'Resiliencia',
      'Salud urbana',
    ],
    committee: 'Comisión en 2015',
    workingGroup: 'Grupo de trabajo en 2015',
  },
};

describe('<uclg-commissions>', () => {
  afterEach(unemulate);

  for (const theme of ['light', 'dark']) {
    it(`has no axe-core violation while nothing matches (${theme})`, async () => {
      const el = await render<UclgCommissions>(
        html`<uclg-commissions lang="fr" theme=${theme} filter="zzz"></uclg-commissions>`,
      );
      await expect(el).to.be.accessible();
    });
  }

  for (const [lang, text] of Object.entries(expected)) {
    it(`shows the heading, purposes, values and the 22 fields, sorted in the language (${lang})`, async () => {
      const el = await openList(
        await render<UclgCommissions>(html`<uclg-commissions lang=${lang}></uclg-commissions>`),
      );
      expect(seen(el).slice(0, text.top.length)).to.equal(text.top);
      expect(seen(el, '[part="list"]')).to.contain(`${text.sorted[0]} `);
      expect(fields(el)).to.deep.equal(text.sorted);
    });

    it(`names the confirmed UCLG body of a field as of 2015, the brochure's date, and only where confirmed (${lang})`, async () => {
      const el = await openList(
        await render<UclgCommissions>(html`<uclg-commissions lang=${lang}></uclg-commissions>`),
      );
      const body = (id: string) => seen(el, `[data-field="${id}"] [part="body"]`);
      expect(body('culture')).to.equal(text.committee);
      expect(body('migration')).to.equal(text.workingGroup);
      expect(body('human-rights')).to.equal(text.committee);
      for (const unconfirmed of ['resilience', 'climate-change', 'sustainable-development']) {
        expect($(el, `[data-field="${unconfirmed}"] [part="body"]`), unconfirmed).to.equal(null);
      }
      expect($$(el, '[part="body"]')).to.have.length(19);
    });
  }

  it('keeps the brochure order with order="brochure", and reflects the property', async () => {
    const el = await openList(
      await render<UclgCommissions>(html`<uclg-commissions lang="fr" order="brochure"></uclg-commissions>`),
    );
    expect(fields(el)).to.deep.equal(brochureOrderFr);
    el.order = 'alphabetical';
    await el.updateComplete;
    expect(el.getAttribute('order')).to.equal('alphabetical');
    expect(fields(el)).to.deep.equal(expected.fr.sorted);
  });

  it('warns about an unknown order and sorts alphabetically', async () => {
    let el!: UclgCommissions;
    const messages = await warnings(async () => {
      el = await render<UclgCommissions>(html`<uclg-commissions lang="fr" order="random"></uclg-commissions>`);
    });
    await openList(el);
    expect(el.order).to.equal('alphabetical');
    expect(fields(el)).to.deep.equal(expected.fr.sorted);
    expect(messages).to.deep.equal([
      '<uclg-commissions>: order="random" is not supported (accepted: alphabetical, brochure); using "alphabetical".',
    ]);
  });

  it("sets the brochure's bold items heavier, as a part, whatever their body", async () => {
    const el = await openList(
      await render<UclgCommissions>(html`<uclg-commissions lang="fr" order="brochure"></uclg-commissions>`),
    );
    const bold = $$(el, '[part~="emphasis"] .label').map((e) => seen(e));
    expect(bold).to.deep.equal([
      'Finances locales',
      'Villes intermédiaires',
      'Inclusion sociale',
      'Décentralisation',
      'Autonomie locale',
      'Égalité des genres',
      'Droits humains',
      'Démocratie participative',
      'Coopération au développement',
      'Culture',
      'Changement climatique',
      'Développement durable',
    ]);
    const weight = (id: string) => Number(getComputedStyle($(el, `[data-field="${id}"] .label`)!).fontWeight);
    expect(weight('culture')).to.be.above(weight('mediterranean'));
    expect(weight('mediterranean')).to.be.at.most(400);
    // A thicker rule too, so the weight is carried by more than type and colour.
    const rule = (id: string) => parseFloat(getComputedStyle($(el, `[data-field="${id}"]`)!).borderInlineStartWidth);
    expect(rule('culture')).to.be.above(rule('mediterranean'));
  });

  it('folds its fields at first, so that it fits an embed; a click, Enter or the filter shows them', async () => {
    const el = await render<UclgCommissions>(html`<uclg-commissions lang="fr"></uclg-commissions>`);
    const disclosure = $(el, '[part="fields"]') as HTMLDetailsElement;
    expect(disclosure.open).to.equal(false);
    expect(seen(el, '[part="more"]')).to.equal('Afficher tous les domaines');
    expect(fields(el).filter(Boolean)).to.deep.equal([]);
    expect(count(el)).to.equal('22 domaines');
    await openList(el);
    expect(disclosure.open).to.equal(true);
    expect(fields(el)).to.have.length(22);
    // By keyboard: the summary is a control of its own.
    const again = await render<UclgCommissions>(html`<uclg-commissions lang="en"></uclg-commissions>`);
    ($(again, '[part="more"]') as HTMLElement).focus();
    await sendKeys({press: 'Enter'});
    await again.updateComplete;
    expect(fields(again)).to.have.length(22);
    // Typing shows the matches at once, without the disclosure; clearing folds them again.
    const typed = await render<UclgCommissions>(html`<uclg-commissions lang="fr"></uclg-commissions>`);
    await type(typed, 'finances');
    expect($(typed, '[part="fields"]')).to.equal(null);
    expect(fields(typed)).to.deep.equal(['Finances locales']);
    typed.filter = '';
    await typed.updateComplete;
    expect(fields(typed).filter(Boolean)).to.deep.equal([]);
  });

  it('shows every field, unfolded, when the reader asks for all after nothing matched', async () => {
    const el = await render<UclgCommissions>(html`<uclg-commissions lang="fr" filter="zzz"></uclg-commissions>`);
    ($(el, '[part="clear"]') as HTMLElement).click();
    await el.updateComplete;
    expect(($(el, '[part="fields"]') as HTMLDetailsElement).open).to.equal(true);
    expect(fields(el)).to.have.length(22);
  });

  describe('filter', () => {
    it('narrows the list as one types, ignoring case and accents, and says how many match', async () => {
      const el = await render<UclgCommissions>(html`<uclg-commissions lang="fr"></uclg-commissions>`);
      await type(el, 'egalite');
      expect(fields(el)).to.deep.equal(['Égalité des genres']);
      expect(count(el)).to.equal('1 domaine trouvé');
      expect(el.filter).to.equal('egalite');
      input(el).select();
      await type(el, 'URBAINE');
      expect(fields(el)).to.deep.equal(['Mobilité urbaine', 'Planification stratégique urbaine', 'Santé urbaine']);
      expect(count(el)).to.equal('3 domaines trouvés');
    });

    it('ignores punctuation and extra spaces', async () => {
      const el = await render<UclgCommissions>(html`<uclg-commissions lang="fr"></uclg-commissions>`);
      await type(el, '  proche orient');
      expect(fields(el)).to.deep.equal(['Coopération au Proche-Orient']);
    });

    const matches = {
      en: ['EQUAL', ['Gender equality'], '1 field found'],
      es: ['genero', ['Igualdad de género'], '1 ámbito encontrado'],
      fr: [
        'developpement',
        ['Coopération au développement', 'Développement durable', 'Développement économique local'],
        '3 domaines trouvés',
      ],
    } as const;
    for (const [lang, [query, found, said]] of Object.entries(matches)) {
      it(`matches in the element's language (${lang})`, async () => {
        const el = await render<UclgCommissions>(html`<uclg-commissions lang=${lang}></uclg-commissions>`);
        await type(el, query);
        expect(fields(el)).to.deep.equal(found);
        expect(count(el)).to.equal(said);
      });
    }

    it('announces the count in a polite live region that a reader also sees', async () => {
      const el = await render<UclgCommissions>(html`<uclg-commissions lang="en"></uclg-commissions>`);
      const status = $(el, '[part="count"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.checkVisibility()).to.equal(true);
      expect(spoken(el, '[part="count"]')).to.equal('22 fields');
      await type(el, 'urban');
      expect(spoken(el, '[part="count"]')).to.equal('3 fields found');
    });

    it('shows a no-match state, and a button that brings every field back', async () => {
      const el = await render<UclgCommissions>(html`<uclg-commissions lang="fr"></uclg-commissions>`);
      await type(el, 'xyz');
      expect(fields(el)).to.deep.equal([]);
      expect($(el, '[part="list"]')).to.equal(null);
      expect(count(el)).to.equal('Aucun domaine ne correspond à «\u00a0xyz\u00a0»');
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Afficher tous les domaines');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(fields(el)).to.have.length(22);
      expect(input(el).value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      expect(count(el)).to.equal('22 domaines');
    });

    const none = {en: 'No field matches “xyz”', es: 'Ningún ámbito coincide con «xyz»'};
    for (const [lang, said] of Object.entries(none)) {
      it(`says nothing matches (${lang})`, async () => {
        const el = await render<UclgCommissions>(html`<uclg-commissions lang=${lang} filter="xyz"></uclg-commissions>`);
        expect(count(el)).to.equal(said);
      });
    }

    it('clears with Escape, and with the search box emptied', async () => {
      const el = await render<UclgCommissions>(html`<uclg-commissions lang="es"></uclg-commissions>`);
      await type(el, 'urbana');
      expect(fields(el)).to.have.length(3);
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(input(el).value).to.equal('');
      expect(fields(el)).to.have.length(22);
      expect(count(el)).to.equal('22 ámbitos');
      await type(el, 'cultura');
      expect(fields(el)).to.deep.equal(['Cultura']);
      for (let i = 0; i < 7; i++) await sendKeys({press: 'Backspace'});
      await el.updateComplete;
      expect(fields(el)).to.have.length(22);
    });

    it('is a labelled search box, reached first with the keyboard', async () => {
      const el = await render<UclgCommissions>(html`<uclg-commissions lang="en"></uclg-commissions>`);
      const box = input(el);
      expect(box.type).to.equal('search');
      expect(box.labels![0].textContent!.trim()).to.equal('Filter the fields');
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(box);
    });

    it('takes the filter attribute and property, and keeps the order while filtering', async () => {
      const el = await render<UclgCommissions>(
        html`<uclg-commissions lang="fr" filter="ville" order="brochure"></uclg-commissions>`,
      );
      expect(input(el).value).to.equal('ville');
      expect(fields(el)).to.deep.equal(['Villes intermédiaires', 'Villes numériques et de la connaissance']);
      el.filter = 'coop';
      await el.updateComplete;
      expect(input(el).value).to.equal('coop');
      expect(fields(el)).to.deep.equal(['Coopération au développement', 'Coopération au Proche-Orient']);
      const messages = await warnings(async () => {
        el.setAttribute('filter', 'culture');
        await el.updateComplete;
        el.removeAttribute('filter');
        await el.updateComplete;
      });
      expect(messages).to.deep.equal([]);
      expect(input(el).value).to.equal('');
      expect(fields(el)).to.have.length(22);
    });

    it('warns about a filter that is not text and shows every field', async () => {
      const el = await render<UclgCommissions>(html`<uclg-commissions lang="fr"></uclg-commissions>`);
      const messages = await warnings(async () => {
        (el as unknown as {filter: unknown}).filter = {text: 'culture'};
        await el.updateComplete;
      });
      expect(el.filter).to.equal('');
      expect(fields(el)).to.have.length(22);
      expect(messages).to.deep.equal([
        '<uclg-commissions>: filter={"text":"culture"} is not supported (accepted: any text); using "".',
      ]);
    });

    it('keeps the filter when the language changes, and matches in the new language', async () => {
      const el = await render<UclgCommissions>(html`<uclg-commissions lang="fr" filter="cultur"></uclg-commissions>`);
      expect(fields(el)).to.deep.equal(['Culture']);
      el.lang = 'es';
      await settle(el);
      expect(fields(el)).to.deep.equal(['Cultura']);
      expect(count(el)).to.equal('1 ámbito encontrado');
    });
  });

  describe('heading', () => {
    const heading = (el: UclgCommissions) => $(el, '[part="heading"]');
    const subheading = (el: UclgCommissions) => $(el, '[part="subheading"]')!;

    it('is level 2 over a level-3 list heading, and takes heading-level', async () => {
      const el = await render<UclgCommissions>(html`<uclg-commissions lang="fr"></uclg-commissions>`);
      expect(heading(el)!.getAttribute('aria-level')).to.equal('2');
      expect(subheading(el).getAttribute('aria-level')).to.equal('3');
      el.headingLevel = 6;
      await el.updateComplete;
      expect(heading(el)!.getAttribute('aria-level')).to.equal('6');
      expect(subheading(el).getAttribute('aria-level')).to.equal('6');
    });

    it('can be hidden, leaving the section named', async () => {
      const el = await render<UclgCommissions>(html`<uclg-commissions lang="en" no-heading></uclg-commissions>`);
      expect(heading(el)).to.equal(null);
      expect($(el, 'section')!.getAttribute('aria-label')).to.equal(
        'The committees and working groups of local, regional and metropolitan governments',
      );
      el.noHeading = false;
      await el.updateComplete;
      expect(heading(el)).not.to.equal(null);
    });
  });

  describe('theme', () => {
    it('gives the filter box the theme of the card', async () => {
      const el = await render<UclgCommissions>(html`<uclg-commissions lang="fr" theme="dark"></uclg-commissions>`);
      const card = getComputedStyle($(el, '[part="base"]')!).backgroundColor;
      expect(card).not.to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(input(el)).backgroundColor).to.equal(card);
      expect(getComputedStyle(input(el)).color).to.equal(getComputedStyle($(el, '[part="base"]')!).color);
    });

    it('takes the public custom properties', async () => {
      const el = await render<UclgCommissions>(
        html`<uclg-commissions lang="fr" style="--uclg-color-accent: rgb(200, 0, 0)"></uclg-commissions>`,
      );
      expect(getComputedStyle($(el, '[part="purpose"]')!).borderInlineStartColor).to.equal('rgb(200, 0, 0)');
    });

    it('hands its colours to the system in forced-colours mode, and stays accessible', async function () {
      const el = await render<UclgCommissions>(html`<uclg-commissions lang="en"></uclg-commissions>`);
      const purpose = $(el, '[part="purpose"]')!;
      const accent = getComputedStyle(purpose).borderInlineStartColor;
      await emulate(this, {forcedColors: 'active'});
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      expect(getComputedStyle(purpose).borderInlineStartColor).not.to.equal(accent);
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    const columns = (el: UclgCommissions) => {
      const lefts = $$(el, '[part~="field"]').map((li) => Math.round(li.getBoundingClientRect().left));
      return new Set(lefts).size;
    };

    it('is one column at 280 px, with nothing overflowing, and more on wider containers', async () => {
      const narrow = await render<UclgCommissions>(
        html`<uclg-commissions lang="es" style="width: 280px"></uclg-commissions>`,
      );
      expect(columns(narrow)).to.equal(1);
      expect(narrow.shadowRoot!.querySelector('section')!.scrollWidth).to.be.at.most(280);
      const mid = await render<UclgCommissions>(
        html`<uclg-commissions lang="es" style="width: 640px"></uclg-commissions>`,
      );
      expect(columns(mid)).to.equal(2);
      const wide = await render<UclgCommissions>(
        html`<uclg-commissions lang="es" style="width: 1200px"></uclg-commissions>`,
      );
      expect(columns(wide)).to.be.at.least(4);
    });
  });
});
