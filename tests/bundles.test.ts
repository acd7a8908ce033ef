import {expect, waitUntil} from '@open-wc/testing';
import {seen} from './helpers.js';

/** Opens one of tests/pages in an iframe, and waits until its elements have rendered. */
async function open(page: string): Promise<Window & {recorded: string[]}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px';
  frame.src = new URL(`./pages/${page}`, import.meta.url).href;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as Window & {recorded: string[]};
  await waitUntil(
    () => [...win.document.querySelectorAll('uclg-stats, uclg-contact, uclg-commissions, uclg-about')].every((e) => e.shadowRoot?.childElementCount),
    'the elements did not render',
  );
  return win;
}

describe('the built bundles, as a webmaster uses them', () => {
  it('render from module scripts loaded several times, under CSP and Trusted Types', async () => {
    const win = await open('module.html');
    const stats = win.document.querySelector('uclg-stats')!;
    const contact = win.document.querySelector('uclg-contact')!;
    expect(seen(stats, '[part="list"]')).to.contain('+240\u202f000 villes, régions et métropoles');
    expect(seen(contact)).to.contain('Ciudades y Gobiernos Locales Unidos');
    const commissions = win.document.querySelector('uclg-commissions')!;
    expect(seen(commissions, '[part="list"] li')).to.equal('Local finance Committee in 2015');
    const about = win.document.querySelector('uclg-about')!;
    expect(seen(about, '[part="objective"]')).to.match(/^Fortalecer el papel formal/);
    expect(win.recorded).to.deep.equal([]);
    // The page's `* { color: lime !important }` stops at the shadow boundary.
    const value = stats.shadowRoot!.querySelector('[part="value"]')!;
    expect(win.getComputedStyle(value).color).not.to.equal('rgb(0, 255, 0)');
  });

  it("each element's own bundle speaks its element's languages (its catalogs keep its messages)", async () => {
    const win = await open('own-bundles.html');
    const map = win.document.querySelector('uclg-sections-map')!;
    await waitUntil(() => map.shadowRoot?.childElementCount, 'the map did not render');
    expect(seen(win.document.querySelector('uclg-stats')!, '[part="list"]')).to.equal(
      'UCLG represents 5 billion people worldwide',
    );
    expect(seen(win.document.querySelector('uclg-contact')!)).to.contain('Teléfono');
    const commissions = win.document.querySelector('uclg-commissions')!;
    expect(seen(commissions, 'label')).to.equal('Filter the fields');
    expect(seen(commissions, '[part="clear"]')).to.equal('Show all fields');
    expect(seen(map, '[part="heading"]')).to.equal("UCLG's sections");
    expect(seen(map, '[part="legend"] li:first-child .scope')).to.equal('covers 55 countries and territories');
    expect(seen(map, '[part="list"] summary')).to.equal('List of the sections and their countries');
    expect(win.recorded).to.deep.equal([]);
  });

  it('render from the classic script, included twice', async () => {
    const win = await open('classic.html');
    expect(seen(win.document.querySelector('uclg-stats')!, '[part="list"]')).to.equal(
      'UCLG represents 5 billion people worldwide',
    );
    expect(seen(win.document.querySelector('uclg-contact')!)).to.contain('info@uclg.org');
    expect(seen(win.document.querySelector('uclg-commissions')!, '[part="list"]')).to.equal('Gender equality Committee in 2015');
    expect(seen(win.document.querySelector('uclg-about')!, '[part="mission"]')).to.match(/^Our mission The mission of UCLG/);
    expect(win.recorded).to.deep.equal([]);
    expect((win as unknown as {UCLGWidgets: Record<string, unknown>}).UCLGWidgets.UclgStats).to.be.a('function');
  });
});
