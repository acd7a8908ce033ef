import {expect} from '@open-wc/testing';
import {html, unsafeStatic} from 'lit/static-html.js';
import {locales} from '../src/internal/localize.js';
import {openPage as open, render, seen, spoken, tags} from './helpers.js';

describe('the built bundles, as a webmaster uses them', () => {
  it('render from module scripts loaded several times, under CSP and Trusted Types', async () => {
    const win = await open('module.html');
    const stats = win.document.querySelector('uclg-stats')!;
    const contact = win.document.querySelector('uclg-contact')!;
    expect(seen(stats, '[part="list"]')).to.contain('+240\u202f000 villes, régions et métropoles');
    expect(seen(contact)).to.contain('Ciudades y Gobiernos Locales Unidos');
    const commissions = win.document.querySelector('uclg-commissions')! as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    // Its fields are folded at first: a reader opens them.
    (commissions.shadowRoot!.querySelector('[part="more"]') as HTMLElement).click();
    await commissions.updateComplete;
    expect(seen(commissions, '[part="list"] li')).to.equal('Local finance Committee in 2015');
    const about = win.document.querySelector('uclg-about')!;
    expect(seen(about, '[part="objective"]')).to.match(/^Fortalecer el papel formal/);
    expect(win.recorded).to.deep.equal([]);
    // The page's `* { color: lime !important }` stops at the shadow boundary.
    const value = stats.shadowRoot!.querySelector('[part="value"]')!;
    expect(win.getComputedStyle(value).color).not.to.equal('rgb(0, 255, 0)');
  });

  for (const lang of locales) {
    it(`each element's own bundle renders it as the source does (${lang}): its catalogs keep its messages`, async () => {
      const win = await open(`own-bundles.html?lang=${lang}`);
      for (const tag of tags) {
        const built = win.document.querySelector(tag)!;
        const source = await render(html`<${unsafeStatic(tag)} lang=${lang}></${unsafeStatic(tag)}>`);
        expect(seen(built), tag).to.equal(seen(source));
        expect(spoken(built), tag).to.equal(spoken(source));
      }
      expect(win.recorded).to.deep.equal([]);
    });
  }

  it('render from the classic script, included twice', async () => {
    const win = await open('classic.html');
    expect(seen(win.document.querySelector('uclg-stats')!, '[part="list"]')).to.equal(
      'UCLG represents 5 billion people worldwide',
    );
    expect(seen(win.document.querySelector('uclg-contact')!)).to.contain('info@uclg.org');
    expect(seen(win.document.querySelector('uclg-commissions')!, '[part="list"]')).to.equal(
      'Gender equality Committee in 2015',
    );
    expect(seen(win.document.querySelector('uclg-about')!, '[part="mission"]')).to.match(
      /^Our mission The mission of UCLG/,
    );
    expect(win.recorded).to.deep.equal([]);
    expect((win as unknown as {UCLGWidgets: Record<string, unknown>}).UCLGWidgets.UclgStats).to.be.a('function');
  });
});
