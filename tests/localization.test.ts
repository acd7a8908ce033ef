import {expect} from '@open-wc/testing';
import type {UclgStats} from '../src/elements/uclg-stats/uclg-stats.js';
import {html, render, settle, warnings, withBrowserLanguages} from './helpers.js';

const title = (el: Element) => el.shadowRoot!.querySelector('section')!.getAttribute('aria-label');
const FR = 'Une voix forte et unie devant la communauté internationale';
const EN = 'A strong, united voice before the international community';
const ES = 'Una voz fuerte y unida ante la comunidad internacional';

describe('language', () => {
  const html0 = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (html0 === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', html0);
  });

  it("takes the element's own lang first", async () => {
    const el = await render<UclgStats>(html`<div lang="fr"><uclg-stats lang="es"></uclg-stats></div>`);
    expect(title(el.querySelector('uclg-stats')!)).to.equal(ES);
  });

  it('else the nearest ancestor with lang', async () => {
    document.documentElement.lang = 'en';
    const el = await render<HTMLElement>(
      html`<div lang="es">
        <p lang="fr"><uclg-stats></uclg-stats></p>
      </div>`,
    );
    expect(title(el.querySelector('uclg-stats')!)).to.equal(FR);
  });

  it('else <html lang>', async () => {
    document.documentElement.lang = 'es';
    const el = await render<UclgStats>(html`<uclg-stats></uclg-stats>`);
    expect(title(el)).to.equal(ES);
  });

  it('else the browser languages, else English', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await withBrowserLanguages(['de-DE', 'es-MX'], () => render<UclgStats>(html`<uclg-stats></uclg-stats>`));
    expect(title(el)).to.equal(ES);
    const other = await withBrowserLanguages(['de-DE', 'ja'], () => render<UclgStats>(html`<uclg-stats></uclg-stats>`));
    expect(title(other)).to.equal(EN);
  });

  it('looks through shadow roots for an ancestor with lang', async () => {
    const host = await render<HTMLElement>(html`<div lang="es"></div>`);
    const inner = host.attachShadow({mode: 'open'});
    const el = document.createElement('uclg-stats');
    inner.append(el);
    await settle(el);
    expect(title(el)).to.equal(ES);
  });

  it('drops region subtags', async () => {
    const el = await render<HTMLElement>(
      html`<div>
        <uclg-stats lang="fr-CA"></uclg-stats><uclg-stats lang="es-419"></uclg-stats
        ><uclg-stats lang="EN-gb"></uclg-stats>
      </div>`,
    );
    expect([...el.children].map(title)).to.deep.equal([FR, ES, EN]);
  });

  it('takes Traditional Chinese for no language of ours: one warning, then the page language', async () => {
    let el!: HTMLElement;
    const messages = await warnings(async () => {
      el = await render<HTMLElement>(html`<div lang="en"><uclg-stats lang="zh-TW"></uclg-stats></div>`);
    });
    expect(title(el.querySelector('uclg-stats')!)).to.equal(EN);
    expect(messages).to.deep.equal([
      '<uclg-stats>: lang="zh-TW" is not supported (accepted: fr, ar, en, es, pt, ru, tr, zh, with any region subtag; zh is Simplified Chinese); using the page or browser language.',
    ]);
  });

  it('warns once about an unsupported lang on the element, and falls back', async () => {
    let el!: HTMLElement;
    const messages = await warnings(async () => {
      el = await render<HTMLElement>(
        html`<div lang="es"><uclg-stats lang="de"></uclg-stats><uclg-stats lang="de"></uclg-stats></div>`,
      );
    });
    expect([...el.children].map(title)).to.deep.equal([ES, ES]);
    expect(messages).to.deep.equal([
      '<uclg-stats>: lang="de" is not supported (accepted: fr, ar, en, es, pt, ru, tr, zh, with any region subtag; zh is Simplified Chinese); using the page or browser language.',
    ]);
  });

  it('falls back silently for a page in an unsupported language', async () => {
    const messages = await warnings(async () => {
      const el = await render<HTMLElement>(
        html`<div lang="fr">
          <div lang="de-CH"><uclg-stats></uclg-stats></div>
        </div>`,
      );
      expect(title(el.querySelector('uclg-stats')!)).to.equal(FR);
    });
    expect(messages).to.deep.equal([]);
  });

  it('renders two languages side by side', async () => {
    const el = await render<HTMLElement>(
      html`<div>
        <uclg-stats lang="fr"></uclg-stats><uclg-contact lang="es"></uclg-contact><uclg-stats lang="en"></uclg-stats>
      </div>`,
    );
    const [fr, es, en] = [...el.children];
    expect(title(fr)).to.equal(FR);
    expect(title(en)).to.equal(EN);
    expect(title(es)).to.equal('Secretariado Mundial');
  });

  it('re-renders when lang changes on the element, an ancestor or <html>', async () => {
    document.documentElement.lang = 'fr';
    const wrapper = await render<HTMLElement>(html`<div><uclg-stats></uclg-stats></div>`);
    const el = wrapper.querySelector('uclg-stats')!;
    expect(title(el)).to.equal(FR);
    document.documentElement.lang = 'en';
    await settle(el);
    expect(title(el)).to.equal(EN);
    wrapper.lang = 'es';
    await settle(el);
    expect(title(el)).to.equal(ES);
    el.lang = 'fr';
    await settle(el);
    expect(title(el)).to.equal(FR);
    el.removeAttribute('lang');
    await settle(el);
    expect(title(el)).to.equal(ES);
  });

  it("re-renders when lang changes on an ancestor inside another component's shadow root", async () => {
    const outer = await render<HTMLElement>(html`<div lang="fr"></div>`);
    const inner = outer.attachShadow({mode: 'open'});
    const section = document.createElement('div');
    section.lang = 'es';
    const el = document.createElement('uclg-stats');
    section.append(el);
    inner.append(section);
    await settle(el);
    expect(title(el)).to.equal(ES);
    section.lang = 'en';
    await settle(el);
    expect(title(el)).to.equal(EN);
    section.removeAttribute('lang');
    await settle(el);
    expect(title(el)).to.equal(FR);
  });

  it("makes localized text in the element's own language wherever it is made, not only in an update", async () => {
    const wrapper = await render<HTMLElement>(
      html`<div><uclg-stats lang="en"></uclg-stats><uclg-stats lang="es"></uclg-stats></div>`,
    );
    type Speaker = {msg: (text: string, options: {id: string}) => string};
    const [en, es] = [...wrapper.children] as unknown as Speaker[];
    // As an event handler or a timer would, long after any update.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const title = (el: Speaker) =>
      el.msg('Une voix forte et unie devant la communauté internationale', {id: 'stats.title'});
    expect([title(en), title(es), title(en)]).to.deep.equal([EN, ES, EN]);
  });
});
