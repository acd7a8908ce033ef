// What every element of the manifest does alike, whatever the element (the one test kit: each
// element's own file tests only what is its own): axe-core finds nothing in any language and
// theme; themes, forced colours, the shared attributes and their warnings; it says which language
// its content is in; and the host page can hide or disable it as any other content.
import {expect} from '@open-wc/testing';
import {html, unsafeStatic} from 'lit/static-html.js';
import {locales} from '../src/internal/localize.js';
import {numberingSystems} from '../src/generated/directions.js';
import {spyIntl} from './intl-spy.js';
import {computed, emulate, render, settle, tags, unemulate, warnings, withBrowserLanguages} from './helpers.js';

type Widget = HTMLElement & {theme: string; updateComplete: Promise<unknown>};
const base = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]')!;
const background = (el: Element) => getComputedStyle(base(el)).backgroundColor;

describe('every element', () => {
  it('is in the manifest', () => {
    expect(tags).to.include.members(['uclg-stats', 'uclg-sections-map']);
    for (const tag of tags) expect(customElements.get(tag), tag).to.be.a('function');
  });

  for (const tagName of tags) {
    const tag = unsafeStatic(tagName);
    describe(`<${tagName}>`, () => {
      const pageLang = document.documentElement.getAttribute('lang');
      afterEach(async () => {
        await unemulate();
        if (pageLang === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', pageLang);
      });

      // Every language in light and dark; `auto` is one of them, so once.
      for (const theme of ['light', 'dark', 'auto']) {
        for (const lang of theme === 'auto' ? locales.slice(0, 1) : locales) {
          it(`has no axe-core violation (${lang}, ${theme})`, async () => {
            const el = await render(html`<${tag} lang=${lang} theme=${theme}></${tag}>`);
            await expect(el).to.be.accessible();
          });
        }
      }

      it('says, small and last, where its facts come from and as of when, in every language', async () => {
        const lines = new Set<string>();
        for (const lang of locales) {
          const el = await render(html`<${tag} lang=${lang}></${tag}>`);
          const source = el.shadowRoot!.querySelector('[part~="source"]')!;
          // In the digits the build chose for the language (the same in every engine).
          const year = new Intl.NumberFormat(lang, {
            useGrouping: false,
            numberingSystem: numberingSystems[lang],
          }).format(2015);
          expect(source.checkVisibility(), lang).to.equal(true);
          expect(source.textContent, lang).to.include(year);
          expect(base(el).lastElementChild, lang).to.equal(source);
          expect(parseFloat(getComputedStyle(source).fontSize)).to.be.below(
            parseFloat(getComputedStyle(base(el)).fontSize),
          );
          lines.add(source.textContent!.replace(year, ''));
        }
        expect(lines.size, 'one wording per language').to.equal(locales.length);
      });

      // A phone's width, where elements take their narrow layouts (folded parts, one column).
      for (const lang of locales) {
        it(`has no axe-core violation and no sideways scroll at 320 px (${lang})`, async () => {
          const el = await render(html`<${tag} lang=${lang} style="width: 320px"></${tag}>`);
          await new Promise((resolve) => requestAnimationFrame(resolve));
          expect(base(el).scrollWidth, 'content wider than the card').to.be.at.most(base(el).clientWidth);
          await expect(el).to.be.accessible();
        });
      }

      it('formats no number, plural or scale at run time in a language the build formatted them in', async () => {
        // Counted while the element renders in each language: its words and second render too.
        const {used, restore} = spyIntl();
        try {
          new Intl.NumberFormat('en').format(1);
          expect(used, 'the spies count').to.have.length(1);
          used.length = 0;
          for (const lang of locales) {
            const el = await render(html`<${tag} lang=${lang}></${tag}>`);
            expect(base(el).textContent, lang).not.to.equal('');
            expect(used, lang).to.deep.equal([]);
          }
        } finally {
          restore();
        }
      });

      it('is light by default, dark on request, and follows the system when auto', async function () {
        const el = await render<Widget>(html`<${tag} lang="fr"></${tag}>`);
        expect(el.theme).to.equal('light');
        expect(background(el)).to.equal('rgb(255, 255, 255)');
        el.theme = 'dark';
        await el.updateComplete;
        expect(el.getAttribute('theme')).to.equal('dark');
        const dark = background(el);
        expect(dark).not.to.equal('rgb(255, 255, 255)');
        el.theme = 'auto';
        await el.updateComplete;
        expect(background(el)).to.equal('rgb(255, 255, 255)');
        await emulate(this, {colorScheme: 'dark'});
        expect(background(el)).to.equal(dark);
      });

      it('hands its colours to the system in forced-colours mode, and stays accessible', async function () {
        const el = await render(html`<${tag} lang="en"></${tag}>`);
        await emulate(this, {forcedColors: 'active'});
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
        expect(getComputedStyle(base(el)).color).to.equal(computed('CanvasText'));
        expect(getComputedStyle(base(el)).backgroundColor).to.equal(computed('Canvas'));
        await expect(el).to.be.accessible();
      });

      it('warns once about an unknown theme and uses light', async () => {
        let el!: Widget;
        const messages = await warnings(async () => {
          el = await render(
            html`<div><${tag} lang="fr" theme="neon"></${tag}><${tag} lang="fr" theme="neon"></${tag}></div>`,
          );
          await Promise.all([...el.children].map((child) => settle(child as HTMLElement)));
        });
        expect((el.firstElementChild as Widget).theme).to.equal('light');
        expect(messages).to.deep.equal([
          `<${tagName}>: theme="neon" is not supported (accepted: light, dark, auto); using "light".`,
        ]);
      });

      it('warns about a heading level outside 1–6 and uses 2', async () => {
        let el!: Widget;
        const messages = await warnings(async () => {
          el = await render(html`<${tag} lang="fr" heading-level="0"></${tag}>`);
        });
        expect(el.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('2');
        expect(messages).to.deep.equal([
          `<${tagName}>: heading-level="0" is not supported (accepted: 1, 2, 3, 4, 5, 6); using 2.`,
        ]);
      });

      it('names a heading level that is no number as the page wrote it, and one set by script as set', async () => {
        let el!: Widget;
        const messages = await warnings(async () => {
          el = await render(html`<${tag} lang="fr" heading-level=">2"></${tag}>`);
          (el as Widget & {headingLevel: number}).headingLevel = 9;
          await el.updateComplete;
        });
        expect(messages).to.deep.equal([
          `<${tagName}>: heading-level=">2" is not supported (accepted: 1, 2, 3, 4, 5, 6); using 2.`,
          `<${tagName}>: heading-level=9 is not supported (accepted: 1, 2, 3, 4, 5, 6); using 2.`,
        ]);
      });

      it('warns about an unsupported lang and takes the page language', async () => {
        const spanish = await render(html`<${tag} lang="es"></${tag}>`);
        let el!: Widget;
        const messages = await warnings(async () => {
          const wrapper = await render(html`<div lang="es"><${tag} lang="de"></${tag}></div>`);
          el = wrapper.firstElementChild as Widget;
          await settle(el);
        });
        expect(base(el).getAttribute('aria-label')).to.equal(base(spanish).getAttribute('aria-label'));
        expect(base(el).getAttribute('lang')).to.equal('es');
        expect(messages).to.deep.equal([
          `<${tagName}>: lang="de" is not supported (accepted: ${locales.join(', ')}, with any region subtag; zh is Simplified Chinese); using the page or browser language.`,
        ]);
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
        await settle(el);
        expect(base(el).getAttribute('lang')).to.equal('es');
        el.lang = 'en';
        await settle(el);
        expect(base(el).getAttribute('lang')).to.equal('en');
        el.removeAttribute('lang');
        await settle(el);
        expect(base(el).getAttribute('lang')).to.equal('fr');
      });

      it('hides its heading with no-heading, its section still named by it', async () => {
        const el = await render<HTMLElement & {noHeading: boolean; updateComplete: Promise<unknown>}>(
          html`<${tag} lang="en"></${tag}>`,
        );
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
        await settle(el);
        expect(getComputedStyle(base(el)).visibility).to.equal('hidden');
        expect(base(el).checkVisibility({visibilityProperty: true})).to.equal(false);
        wrapper.style.visibility = 'visible';
        expect(getComputedStyle(base(el)).visibility).to.equal('visible');
      });

      it('takes no pointer input inside a pointer-events: none layer', async () => {
        const wrapper = await render(html`<div style="pointer-events: none"><${tag} lang="en"></${tag}></div>`);
        const el = wrapper.firstElementChild as HTMLElement;
        await settle(el);
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
