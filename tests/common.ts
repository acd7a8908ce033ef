import {expect} from '@open-wc/testing';
import {html, unsafeStatic} from 'lit/static-html.js';
import {emulate, render, settle, unemulate, warnings} from './helpers.js';

/**
 * What every element does alike, as tests: axe-core finds nothing in any language and theme, the
 * `theme` attribute, and the warnings about a bad `lang`, `theme` or `heading-level`. Call inside
 * the element's `describe`, with the title it shows in Spanish.
 */
export function behavesLikeEveryElement(tagName: string, spanishTitle: string): void {
  const tag = unsafeStatic(tagName);
  const background = (el: Element) =>
    getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;

  for (const theme of ['light', 'dark']) {
    for (const lang of ['fr', 'en', 'es']) {
      it(`has no axe-core violation (${lang}, ${theme})`, async () => {
        const el = await render(html`<${tag} lang=${lang} theme=${theme}></${tag}>`);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('is light by default, dark on request, and follows the system when auto', async function () {
    const el = await render<HTMLElement & {theme: string; updateComplete: Promise<unknown>}>(
      html`<${tag} lang="fr"></${tag}>`,
    );
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
    try {
      expect(background(el)).to.equal(dark);
    } finally {
      await unemulate();
    }
  });

  it('warns about an unknown theme and uses light', async () => {
    let el!: HTMLElement & {theme: string};
    const messages = await warnings(async () => {
      el = await render(html`<${tag} lang="fr" theme="neon"></${tag}>`);
    });
    expect(el.theme).to.equal('light');
    expect(messages).to.deep.equal([
      `<${tagName}>: theme="neon" is not supported (accepted: light, dark, auto); using "light".`,
    ]);
  });

  it('warns about a heading level outside 1–6 and uses 2', async () => {
    let el!: HTMLElement;
    const messages = await warnings(async () => {
      el = await render(html`<${tag} lang="fr" heading-level="0"></${tag}>`);
    });
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(messages).to.deep.equal([
      `<${tagName}>: heading-level=0 is not supported (accepted: 1, 2, 3, 4, 5, 6); using 2.`,
    ]);
  });

  it('warns about an unsupported lang and takes the page language', async () => {
    let el!: HTMLElement;
    const messages = await warnings(async () => {
      const wrapper = await render(html`<div lang="es"><${tag} lang="de"></${tag}></div>`);
      el = wrapper.firstElementChild as HTMLElement;
      await settle(el);
    });
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal(spanishTitle);
    expect(messages).to.deep.equal([
      `<${tagName}>: lang="de" is not supported (accepted: fr, en, es, with any region subtag); using the page or browser language.`,
    ]);
  });
}
