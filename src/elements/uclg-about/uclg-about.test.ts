import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {UclgAbout} from './uclg-about.js';
import {$, $$, emulate, html, render, seen, settle, unemulate} from '../../../tests/helpers.js';

/** The topics shown, in order. */
const topics = (el: UclgAbout) => $$(el, '[data-topic]').map((e) => e.getAttribute('data-topic'));
const headings = (el: UclgAbout) => $$(el, '[role="heading"]').map((h) => `${h.getAttribute('aria-level')} ${seen(h)}`);

const expected = {
  fr: {
    heading: 'Qui sommes-nous\u00a0?',
    history:
      'CGLU Le réseau mondial de villes et de gouvernements locaux et régionaux Représente et œuvre pour la défense des intérêts des gouvernements locaux et régionaux sur la scène ' +
      'internationale Héritière du mouvement centenaire municipaliste mondial, elle est créée en 2004 lorsque les ' +
      'autorités locales et régionales du monde entier décident d’unifier leur voix sur la scène internationale.',
    taskforce:
      'CGLU anime le travail de la Global Taskforce de gouvernements locaux et régionaux qui réunit plus de 30 ' +
      'réseaux actifs au niveau international. (www.global-taskforce.org)',
    mission:
      'Notre mission La mission de CGLU est d’être la voix unifiée et le défenseur de l’autonomie locale et ' +
      'régionale démocratique, promouvoir ses valeurs, ses objectifs et ses intérêts, au travers de la coopération ' +
      'entre les gouvernements locaux et régionaux, comme au sein de la communauté internationale.',
    objectives: [
      'Renforcer le rôle des gouvernements locaux et régionaux dans le système international de prise de décision',
      'Mobiliser l’action locale en faveur du développement',
      'Promouvoir des gouvernements locaux et des associations nationales représentatives, fortes et efficaces',
      'Encourager l’innovation au service de la gouvernance locale',
    ],
    objectivesTitle: 'Nos objectifs',
    values:
      'CGLU promeut une société juste, durable et solidaire, fondée sur la démocratie locale, l’autonomie et la décentralisation.',
  },
  en: {
    heading: 'Who we are',
    history:
      'UCLG The global network of cities and local and regional governments Represents and defends the interests of local and regional governments on the international stage ' +
      'Heir to the century-old world municipal movement, it was founded in 2004, when local and regional ' +
      'authorities from all over the world decided to unite their voice on the international stage.',
    taskforce:
      'UCLG facilitates the work of the Global Taskforce of Local and Regional Governments, which brings together ' +
      'more than 30 active international networks. (www.global-taskforce.org)',
    mission:
      'Our mission The mission of UCLG is to be the united voice and world advocate of democratic local ' +
      'self-government, promoting its values, objectives and interests, through cooperation between local ' +
      'governments, and within the wider international community.',
    objectives: [
      'Reinforcing the role of local and regional authorities in the international decision making process',
      'Mobilising local action in favour of development',
      'Promoting strong and effective local and regional authorities and representative national associations',
      'Promoting innovation for the benefit of local governance',
    ],
    objectivesTitle: 'Our objectives',
    values:
      'United Cities and Local Governments commits to promote, through the actions of its members, just and ' +
      'sustainable societies characterized by solidarity and based on local democracy, self-governance and ' +
      'decentralization, defending the general interests of citizens.',
  },
  es: {
    heading: 'Quiénes somos',
    history:
      'CGLU La red mundial de ciudades y gobiernos locales y regionales Representa y defiende los intereses de los gobiernos locales y regionales en la escena internacional ' +
      'Heredera del movimiento municipalista mundial centenario, fue creada en 2004, cuando las autoridades ' +
      'locales y regionales de todo el mundo decidieron unirse y dotarse de una voz unificada en la escena internacional.',
    taskforce:
      'CGLU impulsa el trabajo de la Global Taskforce de gobiernos locales y regionales, que reúne a más de 30 ' +
      'redes activas en el ámbito internacional. (www.global-taskforce.org)',
    mission:
      'Nuestra misión Ser la voz unida y representación mundial de los gobiernos locales autónomos y ' +
      'democráticos, promoviendo sus valores, objetivos e intereses, a través de la cooperación entre los ' +
      'gobiernos locales y regionales, y ante la vasta comunidad internacional.',
    objectives: [
      'Fortalecer el papel formal de los gobiernos locales como uno de los pilares del sistema internacional de toma de decisiones',
      'Estimular la acción local a favor del desarrollo',
      'Promover gobiernos locales, regionales y asociaciones nacionales de gobiernos locales representativas fuertes y eficaces',
      'Promover la innovación en la gobernanza local',
    ],
    objectivesTitle: 'Nuestros objetivos',
    values:
      'Ciudades y Gobiernos Locales Unidos se compromete a promover, a través de la acción de sus miembros, una ' +
      'sociedad justa, sostenible y solidaria, basada en la democracia local, la autonomía y la descentralización, ' +
      'defensora del interés general de los ciudadanos.',
  },
};

describe('<uclg-about>', () => {
  afterEach(unemulate);

  for (const [lang, text] of Object.entries(expected)) {
    it(`tells who UCLG is, topic by topic, in the brochure's order (${lang})`, async () => {
      const el = await render<UclgAbout>(html`<uclg-about lang=${lang}></uclg-about>`);
      expect(seen(el, '[part="heading"]')).to.equal(text.heading);
      expect(topics(el)).to.deep.equal(['history', 'taskforce', 'mission', 'objectives', 'values']);
      expect(seen(el, '[part="history"]')).to.equal(text.history);
      // One paragraph with a <strong> and a link inside: its text as it flows (`seen` joins nodes with spaces).
      const paragraph = $(el, '[part="taskforce"]')!;
      expect(paragraph.checkVisibility()).to.equal(true);
      expect(paragraph.textContent!.replace(/\s+/g, ' ').trim()).to.equal(text.taskforce);
      expect(seen(el, '[part="mission"]')).to.equal(text.mission);
      expect(seen(el, '[part="objectives"] [role="heading"]')).to.equal(text.objectivesTitle);
      expect($$(el, '[part="objective"]').map((o) => seen(o))).to.deep.equal(text.objectives);
      expect(seen(el, '[part="values"]')).to.equal(text.values);
    });
  }

  it('names the section after its heading, with sub-headings one level below', async () => {
    const el = await render<UclgAbout>(html`<uclg-about lang="fr"></uclg-about>`);
    expect($(el, 'section')!.getAttribute('aria-label')).to.equal('Qui sommes-nous\u00a0?');
    expect(headings(el)).to.deep.equal(['2 Qui sommes-nous\u00a0?', '3 CGLU', '3 Notre mission', '3 Nos objectifs']);
    expect($(el, '[part="objectives"] ul')!.getAttribute('role')).to.equal('list');
  });

  it("emphasises the objectives' verbs with style, not with capitals in the text", async () => {
    const el = await render<UclgAbout>(html`<uclg-about lang="fr"></uclg-about>`);
    const verbs = $$(el, '[part="verb"]');
    expect(verbs.map((v) => v.textContent)).to.deep.equal(['Renforcer', 'Mobiliser', 'Promouvoir', 'Encourager']);
    const style = getComputedStyle(verbs[0]);
    expect(Number(style.fontWeight)).to.be.at.least(700);
    expect(style.fontVariantCaps).to.equal('all-small-caps');
    expect(verbs[0].localName).to.equal('strong');
  });

  it('links the Global Taskforce site, with rel="noopener", reachable with the keyboard', async () => {
    const el = await render<UclgAbout>(html`<uclg-about lang="en"></uclg-about>`);
    const links = $$(el, 'a') as HTMLAnchorElement[];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.rel])).to.deep.equal([
      ['www.global-taskforce.org', 'https://www.global-taskforce.org', 'noopener'],
    ]);
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(links[0]);
    expect(seen(el, '[part="taskforce"] strong')).to.equal('Global Taskforce of Local and Regional Governments');
  });

  describe('topics', () => {
    it('chooses and orders the topics, once each', async () => {
      const el = await render<UclgAbout>(html`<uclg-about lang="es" topics="values  mission values"></uclg-about>`);
      expect(topics(el)).to.deep.equal(['values', 'mission']);
      expect(headings(el)).to.deep.equal(['2 Quiénes somos', '3 Nuestra misión']);
      el.topics = 'objectives';
      await el.updateComplete;
      expect(topics(el)).to.deep.equal(['objectives']);
    });
  });

  describe('heading', () => {
    it('takes heading-level, sub-headings following (at most 6)', async () => {
      const el = await render<UclgAbout>(html`<uclg-about lang="en" heading-level="4" topics="mission"></uclg-about>`);
      expect(headings(el)).to.deep.equal(['4 Who we are', '5 Our mission']);
      el.headingLevel = 6;
      await el.updateComplete;
      expect(headings(el)).to.deep.equal(['6 Who we are', '6 Our mission']);
    });

    it('can be hidden, leaving the section named', async () => {
      const el = await render<UclgAbout>(html`<uclg-about lang="es" no-heading></uclg-about>`);
      expect($(el, '[part="heading"]')).to.equal(null);
      expect($(el, 'section')!.getAttribute('aria-label')).to.equal('Quiénes somos');
      el.noHeading = false;
      await el.updateComplete;
      expect(seen(el, '[part="heading"]')).to.equal('Quiénes somos');
    });
  });

  it('follows a change of language', async () => {
    const el = await render<UclgAbout>(html`<div lang="fr"><uclg-about topics="mission"></uclg-about></div>`).then(
      (w) => w.querySelector('uclg-about')!,
    );
    await settle(el);
    expect(seen(el, '[part="mission"] [role="heading"]')).to.equal('Notre mission');
    el.parentElement!.lang = 'en';
    await settle(el);
    expect(seen(el, '[part="mission"] [role="heading"]')).to.equal('Our mission');
  });

  describe('theme', () => {
    it('takes the public custom properties', async () => {
      const el = await render<UclgAbout>(
        html`<uclg-about lang="fr" style="--uclg-color-accent: rgb(200, 0, 0)"></uclg-about>`,
      );
      expect(getComputedStyle($(el, '[part="verb"]')!).color).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle($(el, 'a')!).color).to.equal('rgb(200, 0, 0)');
    });

    it('hands its colours to the system in forced-colours mode, and stays accessible', async function () {
      const el = await render<UclgAbout>(html`<uclg-about lang="es"></uclg-about>`);
      const verb = $(el, '[part="verb"]')!;
      const accent = getComputedStyle(verb).color;
      await emulate(this, {forcedColors: 'active'});
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      expect(getComputedStyle(verb).color).not.to.equal(accent);
      // The verbs stay set apart without colour.
      expect(getComputedStyle(verb).fontVariantCaps).to.equal('all-small-caps');
      await expect(el).to.be.accessible();
    });
  });

  describe('narrow space', () => {
    // A resize is seen by the ResizeObserver at the next frame, which re-renders at the one after.
    const nextFrame = async () => {
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    };
    const toggles = (el: UclgAbout) => $$(el, '[part="toggle"]') as HTMLButtonElement[];
    // A folded body is `hidden="until-found"` (content-visibility: hidden): its content is what is not seen.
    const shown = (el: UclgAbout) =>
      topics(el).filter((id) => $(el, `[part="${id}"] .body > *, [part="${id}"] > p`)!.checkVisibility());

    it('folds the mission and the objectives behind their subheadings, which stay headings', async () => {
      const el = await render<UclgAbout>(html`<uclg-about lang="fr" style="width: 320px"></uclg-about>`);
      expect(shown(el)).to.deep.equal(['history', 'taskforce', 'values']);
      expect(headings(el)).to.deep.equal(['2 Qui sommes-nous\u00a0?', '3 CGLU', '3 Notre mission', '3 Nos objectifs']);
      expect(
        toggles(el).map((b) => [b.closest('[role="heading"]') !== null, seen(b), b.getAttribute('aria-expanded')]),
      ).to.deep.equal([
        [true, 'Notre mission', 'false'],
        [true, 'Nos objectifs', 'false'],
      ]);
      for (const b of toggles(el))
        expect($(el, `#${b.getAttribute('aria-controls')}`)!.hasAttribute('hidden')).to.equal(true);
      // Within WordPress's 1000-px cap for an embed, even at 320 px.
      expect(el.getBoundingClientRect().height).to.be.below(1000);
    });

    it('opens and closes a topic by a click or the keyboard, and keeps the choice', async () => {
      const el = await render<UclgAbout>(html`<uclg-about lang="en" style="width: 320px"></uclg-about>`);
      toggles(el)[0].click();
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['history', 'taskforce', 'mission', 'values']);
      expect(toggles(el)[0].getAttribute('aria-expanded')).to.equal('true');
      expect(seen(el, '[part="mission"]')).to.equal(expected.en.mission);
      // Tab from the Taskforce link reaches the toggles in order; Enter and Space work them.
      ($(el, 'a') as HTMLAnchorElement).focus();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(toggles(el)[0]);
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect($$(el, '[part="objective"]').map((o) => seen(o))).to.deep.equal(expected.en.objectives);
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['history', 'taskforce', 'mission', 'values']);
      expect(el.shadowRoot!.activeElement).to.equal(toggles(el)[1]);
    });

    it('unfolds everything when it grows wide, and folds again, as the reader left it, when narrow', async () => {
      const el = await render<UclgAbout>(html`<uclg-about lang="es" style="width: 320px"></uclg-about>`);
      toggles(el)[1].click();
      el.style.width = '800px';
      await nextFrame();
      await el.updateComplete;
      expect(toggles(el)).to.have.length(0);
      expect(shown(el)).to.deep.equal(['history', 'taskforce', 'mission', 'objectives', 'values']);
      el.style.width = '320px';
      await nextFrame();
      await el.updateComplete;
      expect(toggles(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true']);
    });

    it('shows the first topic chosen open, whichever it is', async () => {
      const el = await render<UclgAbout>(
        html`<uclg-about lang="ar" topics="objectives mission" style="width: 320px"></uclg-about>`,
      );
      expect(shown(el)).to.deep.equal(['objectives']);
      expect(toggles(el).map((b) => seen(b))).to.deep.equal(['رسالتنا']);
    });

    it('points the closed chevron along the reading direction', async () => {
      const chevron = async (lang: string) => {
        const el = await render<UclgAbout>(html`<uclg-about lang=${lang} style="width: 320px"></uclg-about>`);
        return getComputedStyle(toggles(el)[0], '::before').transform;
      };
      // rotate(-45deg) and rotate(135deg): opposite directions.
      const [ltr, rtl] = [await chevron('en'), await chevron('ar')];
      expect(ltr).to.not.equal(rtl);
      const [a, b] = [ltr, rtl].map((m) =>
        m
          .match(/-?[\d.]+/g)!
          .slice(0, 2)
          .map(Number),
      );
      expect(a[0]).to.be.closeTo(-b[0], 0.01);
      expect(a[1]).to.be.closeTo(-b[1], 0.01);
    });
  });

  describe('layout', () => {
    const columns = (el: UclgAbout) =>
      new Set($$(el, '[part="objective"]').map((o) => Math.round(o.getBoundingClientRect().left))).size;

    it('sets the objectives one, two or four a row, never overflowing 280 px', async () => {
      const narrow = await render<UclgAbout>(html`<uclg-about lang="es" style="width: 280px"></uclg-about>`);
      expect(columns(narrow)).to.equal(1);
      expect($(narrow, 'section')!.scrollWidth).to.be.at.most(280);
      const mid = await render<UclgAbout>(html`<uclg-about lang="es" style="width: 640px"></uclg-about>`);
      expect(columns(mid)).to.equal(2);
      const wide = await render<UclgAbout>(html`<uclg-about lang="es" style="width: 1100px"></uclg-about>`);
      expect(columns(wide)).to.equal(4);
    });
  });
});
