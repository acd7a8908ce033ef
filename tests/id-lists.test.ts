// The attributes that take a list of ids (`<uclg-stats figures>`, `<uclg-about topics>`) all
// follow one rule (src/internal/input-rules.ts, `idList`): in the order asked, each once; an array as a
// property; none known or none asked means every one; unknown ids warned about once and skipped;
// a value of another type warned about and taken as every id. Checked on each element that has one.
import {expect} from '@open-wc/testing';
import {unsafeStatic} from 'lit/static-html.js';
import {aboutTopicIds} from '../src/data/about.js';
import {figureIds} from '../src/data/figures.js';
import {$$, html, render, warnings} from './helpers.js';

type Listing = HTMLElement & {updateComplete: Promise<boolean>; requestUpdate(): void; [property: string]: unknown};

const lists = [
  {tag: 'uclg-stats', attribute: 'figures', ids: figureIds, shown: '[data-figure]', everything: 'showing every figure'},
  {
    tag: 'uclg-about',
    attribute: 'topics',
    ids: aboutTopicIds,
    shown: '[data-topic]',
    everything: 'showing every topic',
  },
];

for (const {tag: tagName, attribute, ids, shown, everything} of lists) {
  const tag = unsafeStatic(tagName);
  const key = shown.slice(1, -1);
  const seen = (el: Element) => $$(el, shown).map((e) => e.getAttribute(key));
  const accepted = `accepted: space-separated ids among ${ids.join(', ')}`;
  const [first, second, third] = ids as readonly string[];

  describe(`<${tagName} ${attribute}>`, () => {
    it('shows the ids asked for, in their order, each once, and follows changes', async () => {
      const el = await render<Listing>(
        html`<${tag} lang="en" ${unsafeStatic(attribute)}=${`${third}  ${first} ${third}`}></${tag}>`,
      );
      expect(seen(el)).to.deep.equal([third, first]);
      el.setAttribute(attribute, second!);
      await el.updateComplete;
      expect(seen(el)).to.deep.equal([second]);
    });

    it('takes an array of ids as a property', async () => {
      const el = await render<Listing>(html`<${tag} lang="en"></${tag}>`);
      el[attribute] = [second, first];
      await el.updateComplete;
      expect(seen(el)).to.deep.equal([second, first]);
    });

    it('shows every id when the list is empty or absent', async () => {
      const empty = await render<Listing>(html`<${tag} lang="en" ${unsafeStatic(attribute)}=" "></${tag}>`);
      expect(seen(empty)).to.deep.equal([...ids]);
      const absent = await render<Listing>(html`<${tag} lang="en"></${tag}>`);
      expect(seen(absent)).to.deep.equal([...ids]);
    });

    it('warns about an unknown id, once, and skips it', async () => {
      let el!: Listing;
      const messages = await warnings(async () => {
        el = await render<Listing>(
          html`<${tag} lang="en" ${unsafeStatic(attribute)}=${`${second} nonsense`}></${tag}>`,
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(seen(el)).to.deep.equal([second]);
      expect(messages).to.deep.equal([
        `<${tagName}>: ${attribute}="${second} nonsense" is not supported (${accepted}); skipping "nonsense".`,
      ]);
    });

    it('names every unknown id of a value in one warning, with the value as given', async () => {
      let el!: Listing;
      const value = `nonsense ${first} "quoted" nonsense2`;
      const messages = await warnings(async () => {
        el = await render<Listing>(html`<${tag} lang="en" ${unsafeStatic(attribute)}=${value}></${tag}>`);
      });
      expect(seen(el)).to.deep.equal([first]);
      expect(messages).to.deep.equal([
        `<${tagName}>: ${attribute}=${JSON.stringify(value)} is not supported (${accepted}); skipping "nonsense", "\\"quoted\\"", "nonsense2".`,
      ]);
    });

    it('shows every id when none is known, with one warning', async () => {
      const el = await render<Listing>(html`<${tag} lang="en"></${tag}>`);
      const messages = await warnings(async () => {
        el.setAttribute(attribute, 'elsewhere');
        await el.updateComplete;
      });
      expect(seen(el)).to.deep.equal([...ids]);
      expect(messages).to.deep.equal([
        `<${tagName}>: ${attribute}="elsewhere" is not supported (${accepted}); skipping "elsewhere".`,
      ]);
    });

    it('warns about a property of the wrong type and shows every id', async () => {
      const el = await render<Listing>(html`<${tag} lang="en"></${tag}>`);
      const messages = await warnings(async () => {
        el[attribute] = 3;
        await el.updateComplete;
      });
      expect(seen(el)).to.deep.equal([...ids]);
      expect(messages).to.deep.equal([`<${tagName}>: ${attribute}=3 is not supported (${accepted}); ${everything}.`]);
    });
  });
}
