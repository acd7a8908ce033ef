// Right to left: an Arabic widget lays out right to left on any page, a French one stays left to
// right on an Arabic page, and the map's legend, tooltip and arrow keys follow the reading
// direction while the map itself is never mirrored.
import {expect} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import {unsafeStatic} from 'lit/static-html.js';
import type {UclgSectionsMap} from '../src/elements/uclg-sections-map/uclg-sections-map.js';
import {matchLocale} from '../src/internal/locale.js';
import {$, $$, html, render, settle, tags} from './helpers.js';

const base = (el: Element) => $(el, '[part~="base"]') as HTMLElement;
const direction = (el: Element) => getComputedStyle(base(el)).direction;

describe('right to left', () => {
  const page = {lang: document.documentElement.getAttribute('lang'), dir: document.documentElement.getAttribute('dir')};
  afterEach(async () => {
    for (const [name, value] of Object.entries(page)) {
      if (value === null) document.documentElement.removeAttribute(name);
      else document.documentElement.setAttribute(name, value);
    }
    await resetMouse();
  });

  for (const tagName of tags) {
    const tag = unsafeStatic(tagName);
    it(`<${tagName}> in Arabic is right to left on a left-to-right page, and French stays left to right on an Arabic page`, async () => {
      document.documentElement.setAttribute('dir', 'ltr');
      const arabic = await render(html`<${tag} lang="ar"></${tag}>`);
      expect(base(arabic).getAttribute('dir')).to.equal('rtl');
      expect(direction(arabic)).to.equal('rtl');
      expect(getComputedStyle(arabic).direction, "the host keeps the page's direction").to.equal('ltr');
      document.documentElement.setAttribute('dir', 'rtl');
      document.documentElement.setAttribute('lang', 'ar');
      const french = await render(html`<${tag} lang="fr"></${tag}>`);
      expect(direction(french)).to.equal('ltr');
      // Its text starts on the left, as French reads.
      const heading = $(french, '[part="heading"]') as HTMLElement;
      expect(heading.getBoundingClientRect().left - base(french).getBoundingClientRect().left).to.be.below(40);
      // And an element that takes the page's language is Arabic, right to left.
      const inherited = await render(html`<${tag}></${tag}>`);
      expect(direction(inherited)).to.equal('rtl');
    });
  }

  it('maps Chinese and Portuguese tags to the languages we have, and not Traditional Chinese', () => {
    for (const tag of ['zh', 'zh-Hans', 'zh-CN', 'zh-SG', 'zh-Hans-CN']) expect(matchLocale(tag), tag).to.equal('zh');
    for (const tag of ['zh-Hant', 'zh-TW', 'zh-HK']) expect(matchLocale(tag), tag).to.equal(undefined);
    for (const tag of ['pt', 'pt-BR', 'pt-PT', 'pt-AO']) expect(matchLocale(tag), tag).to.equal('pt');
    for (const tag of ['ar', 'ar-MA', 'ar-EG']) expect(matchLocale(tag), tag).to.equal('ar');
  });

  it('<uclg-contact> in Arabic keeps numbers, addresses and the handle left to right', async () => {
    const el = await render(html`<uclg-contact lang="ar"></uclg-contact>`);
    const values = $$(el, 'dd a, dd span');
    expect(values.length).to.equal(5);
    for (const value of values) expect(getComputedStyle(value).direction, value.textContent!).to.equal('ltr');
    // "+34 933 428 750" starts with its "+" on the left.
    const phone = $(el, 'a[href^="tel:"]') as HTMLElement;
    const text = [...phone.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
    const range = document.createRange();
    range.setStart(text, text.textContent!.indexOf('+'));
    range.setEnd(text, text.textContent!.indexOf('+') + 1);
    expect(range.getBoundingClientRect().left - phone.getBoundingClientRect().left).to.be.below(2);
  });

  describe('<uclg-sections-map> in Arabic', () => {
    const legend = (el: Element) => $$(el, '[part="legend"] > li').map((li) => li.getBoundingClientRect());

    it('orders its legend from right to left, and keeps the map as it is', async () => {
      const [arabic, english] = [
        await render<UclgSectionsMap>(html`<uclg-sections-map lang="ar" style="width: 960px"></uclg-sections-map>`),
        await render<UclgSectionsMap>(html`<uclg-sections-map lang="en" style="width: 960px"></uclg-sections-map>`),
      ];
      const [first, second] = legend(arabic);
      expect(first!.top).to.equal(second!.top);
      expect(first!.left, 'the first section is right of the second').to.be.above(second!.left);
      const [enFirst, enSecond] = legend(english);
      expect(enFirst!.left).to.be.below(enSecond!.left);
      // The map is never mirrored: Chad is at the same place in both. (A country, drawn by the
      // first render; a section's outline is drawn only once the page is idle.)
      const chad = (el: Element) => ($(el, '.place[data-id="TD"]') as SVGGraphicsElement).getBBox();
      expect(chad(english).width).to.be.above(0);
      expect(chad(arabic)).to.deep.include({x: chad(english).x, width: chad(english).width});
    });

    it('shows the tooltip left of the pointer, turning back near the left edge', async () => {
      const el = await render<UclgSectionsMap>(
        html`<uclg-sections-map lang="en" style="width: 960px"></uclg-sections-map>`,
      );
      const tip = $(el, '[part="tooltip"]') as HTMLElement;
      /** Which side of the pointer the tooltip opens on, over the middle of a place, in `lang`. */
      const side = async (lang: string, place: string) => {
        el.lang = lang;
        await settle(el);
        await resetMouse();
        const box = $(el, `.place[data-id="${place}"]`).getBoundingClientRect();
        const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
        await sendMouse({type: 'move', position: [x, y]});
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(tip.hidden, `tooltip over ${place}`).to.equal(false);
        const shown = tip.getBoundingClientRect();
        return shown.right <= x ? 'left' : shown.left >= x ? 'right' : 'over';
      };
      // Chad, near the middle of the map: English opens the tooltip to the right, Arabic to the
      // left, the way each reads.
      expect(await side('en', 'TD')).to.equal('right');
      expect(await side('ar', 'TD')).to.equal('left');
      // Brazil, near the left edge: Arabic turns it back, so it stays on the map; China, near the
      // right edge, opens it to the left in both.
      expect(await side('ar', 'BR')).to.equal('right');
      expect(await side('en', 'CN')).to.equal('left');
    });

    it('moves to the next section with Left and the previous with Right, as the legend reads', async () => {
      const el = await render<UclgSectionsMap>(html`<uclg-sections-map lang="ar"></uclg-sections-map>`);
      const focused = () => el.shadowRoot!.activeElement!.getAttribute('data-section');
      await sendKeys({press: 'Tab'});
      expect(focused()).to.equal('africa');
      await sendKeys({press: 'ArrowLeft'});
      await el.updateComplete;
      expect(focused()).to.equal('asia-pacific');
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      expect(focused()).to.equal('north-america');
    });
  });
});
