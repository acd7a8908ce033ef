import {expect} from '@open-wc/testing';
import {html, unsafeStatic} from 'lit/static-html.js';
import {locales} from '../src/internal/localize.js';
import {waitUntil} from '@open-wc/testing';
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

describe('one-language bundles (<tag>.<lang>.js), the other languages loaded on demand', () => {
  type Page = Window & {recorded: string[]; warned: string[]; formattedAtRunTime: string[]};
  const page = (address: string) => open(address) as Promise<Page>;
  /** The message files the page requested (its resource timing entries). */
  const messageFiles = (win: Window) =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.includes('uclg-messages'));
  /** Every element of the page reads and speaks as the source renders it in `lang`. */
  async function expectAsSource(win: Window, lang: string) {
    for (const tag of tags) {
      const built = win.document.querySelector(tag)!;
      const source = await render(html`<${unsafeStatic(tag)} lang=${lang}></${unsafeStatic(tag)}>`);
      expect(seen(built), `${tag} in ${lang}`).to.equal(seen(source));
      expect(spoken(built), `${tag} in ${lang}`).to.equal(spoken(source));
      expect(built.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'), tag).to.equal(lang);
    }
  }

  for (const lang of locales) {
    it(`${lang}: its own bundles render it with no request beyond them`, async () => {
      const win = await page(`own-bundles.html?bundle=${lang}&lang=${lang}`);
      await expectAsSource(win, lang);
      expect(messageFiles(win)).to.deep.equal([]);
      expect(win.recorded).to.deep.equal([]);
      expect(win.warned).to.deep.equal([]);
      expect(win.formattedAtRunTime, 'the build formatted it').to.deep.equal([]);
    });
  }

  for (const lang of locales.filter((l) => l !== 'fr')) {
    it(`${lang}: French bundles load it on demand, from their folder, checked against the index`, async () => {
      const win = await page(`own-bundles.html?bundle=fr&lang=${lang}`);
      await expectAsSource(win, lang);
      const base = win.document.querySelector('uclg-stats')!.shadowRoot!.querySelector('[part~="base"]')!;
      expect(base.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect([...new Set(messageFiles(win))].sort()).to.deep.equal(
        ['/dist/uclg-messages.json', `/dist/uclg-messages.${lang}.json`].sort(),
      );
      expect(win.recorded).to.deep.equal([]);
      expect(win.warned).to.deep.equal([]);
      // Its numbers, plurals and the map's first words came with its messages, made by the build.
      expect(win.formattedAtRunTime).to.deep.equal([]);
    });
  }

  it('a language set later is loaded, then shown', async () => {
    const win = await page('own-bundles.html?bundle=en&lang=en');
    const stats = win.document.querySelector('uclg-stats')! as HTMLElement & {updateComplete: Promise<boolean>};
    const source = await render(html`<uclg-stats lang="pt"></uclg-stats>`);
    stats.setAttribute('lang', 'pt');
    await waitUntil(() => seen(stats) === seen(source), 'the stats did not turn Portuguese', {timeout: 5000});
    expect(messageFiles(win)).to.include('/dist/uclg-messages.pt.json');
    expect(win.warned).to.deep.equal([]);
  });

  it('an unsupported language: one warning per element, naming every language, and the page language', async () => {
    const win = await page('own-bundles.html?bundle=en&lang=de');
    await expectAsSource(win, 'fr');
    for (const tag of tags) {
      const warnings = win.warned.filter((w) => w.startsWith(`<${tag}>`));
      expect(warnings, tag).to.have.length(1);
      expect(warnings[0]).to.contain('lang="de" is not supported (accepted: ');
      for (const lang of locales) expect(warnings[0]).to.match(new RegExp(`accepted: [^)]*\\b${lang}\\b`));
    }
    expect([...new Set(messageFiles(win))]).to.deep.equal(['/dist/uclg-messages.json']);
  });

  it('messages altered after the build are refused: a warning, and the next language found', async () => {
    const win = await page('own-bundles.html?from=tampered&bundle=en&lang=es');
    // The page is in French: the elements show French, never the altered Spanish.
    await expectAsSource(win, 'fr');
    for (const tag of tags) {
      expect(
        win.warned.filter((w) => w.startsWith(`<${tag}>: could not load the messages in es`)),
        tag,
      ).to.have.length(1);
      expect(seen(win.document.querySelector(tag)!)).not.to.contain('Texto cambiado');
    }
  });
});
