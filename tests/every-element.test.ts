// What every element of the manifest does alike, whatever the element: it says which language its
// content is in, and the host page can hide or disable it as any other content.
import {expect} from '@open-wc/testing';
import {html, unsafeStatic} from 'lit/static-html.js';
import {render, settle, tags, withBrowserLanguages} from './helpers.js';

const base = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]')!;

describe('every element', () => {
  it('is in the manifest', () => {
    expect(tags).to.include.members(['uclg-stats', 'uclg-sections-map']);
    for (const tag of tags) expect(customElements.get(tag), tag).to.be.a('function');
  });

  for (const tagName of tags) {
    const tag = unsafeStatic(tagName);
    describe(`<${tagName}>`, () => {
      const pageLang = document.documentElement.getAttribute('lang');
      afterEach(() => {
        if (pageLang === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', pageLang);
      });

      it('says its content is in English on a German page it cannot speak (WCAG 3.1.2)', async () => {
        document.documentElement.lang = 'de';
        const el = await withBrowserLanguages(['de-DE', 'en-GB'], () => render(html`<${tag}></${tag}>`));
        expect(base(el).getAttribute('lang')).to.equal('en');
        expect(base(el).getAttribute('dir')).to.equal('ltr');
        expect(getComputedStyle(base(el)).direction).to.equal('ltr');
        expect(el.hasAttribute('lang'), 'the host keeps the page’s attributes').to.equal(false);
      });

      it('says its content is in its own language, and follows a change of it', async () => {
        const wrapper = await render(html`<div lang="fr"><${tag} lang="es-419"></${tag}></div>`);
        const el = wrapper.firstElementChild as HTMLElement;
        expect(base(el).getAttribute('lang')).to.equal('es');
        el.lang = 'en';
        await settle(el);
        expect(base(el).getAttribute('lang')).to.equal('en');
        el.removeAttribute('lang');
        await settle(el);
        expect(base(el).getAttribute('lang')).to.equal('fr');
      });

      it('hides its heading with no-heading, its section still named by it', async () => {
        const el = await render<HTMLElement & {noHeading: boolean; updateComplete: Promise<unknown>}>(html`<${tag} lang="en"></${tag}>`);
        const heading = el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim();
        expect(heading).not.to.equal('');
        el.noHeading = true;
        await el.updateComplete;
        expect(el.getAttribute('no-heading'), 'the property is not reflected').to.equal(null);
        expect(el.shadowRoot!.querySelector('[part="heading"]')).to.equal(null);
        expect(base(el).getAttribute('aria-label')).to.equal(heading);
        const attributed = await render(html`<${tag} lang="en" no-heading></${tag}>`);
        expect(attributed.shadowRoot!.querySelector('[part="heading"]')).to.equal(null);
      });

      it('is hidden inside a visibility: hidden container', async () => {
        const wrapper = await render(html`<div style="visibility: hidden"><${tag} lang="en"></${tag}></div>`);
        const el = wrapper.firstElementChild as HTMLElement;
        expect(getComputedStyle(base(el)).visibility).to.equal('hidden');
        expect(base(el).checkVisibility({visibilityProperty: true})).to.equal(false);
        wrapper.style.visibility = 'visible';
        expect(getComputedStyle(base(el)).visibility).to.equal('visible');
      });

      it('takes no pointer input inside a pointer-events: none layer', async () => {
        const wrapper = await render(html`<div style="pointer-events: none"><${tag} lang="en"></${tag}></div>`);
        const el = wrapper.firstElementChild as HTMLElement;
        const box = base(el).getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + Math.min(box.height / 2, 40)];
        const hit = () => document.elementFromPoint(x, y) === el;
        expect(hit(), 'the widget is hit through a pointer-events: none layer').to.equal(false);
        wrapper.style.pointerEvents = 'auto';
        expect(hit(), 'the widget is hit once the layer takes pointer events').to.equal(true);
      });
    });
  }
});
