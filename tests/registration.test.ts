import {expect} from '@open-wc/testing';
import {defineElement} from '../src/internal/define.js';
import {UclgStats} from '../src/elements/uclg-stats/uclg-stats.js';
import {version} from '../src/generated/version.js';
import {UclgElement} from '../src/internal/uclg-element.js';
import {html, render, seen, settle, tags, warnings} from './helpers.js';

describe('registration', () => {
  it('defines every element', () => {
    expect(tags).to.include('uclg-stats');
    expect(customElements.get('uclg-stats')).to.equal(UclgStats);
    for (const tag of tags) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('never throws when an element is defined again (bundles.test.ts loads whole copies)', () => {
    expect(() => defineElement('uclg-stats', class extends UclgStats {})).not.to.throw();
    expect(customElements.get('uclg-stats')).to.equal(UclgStats);
  });

  it('says once when a tag is already defined by another version, naming both', async () => {
    const stamp = Symbol.for('uclg-widgets.version');
    const older = class extends UclgElement {};
    Object.assign(older, {[stamp]: '0.0.9'});
    customElements.define('uclg-versions-test', older);
    const messages = await warnings(() => {
      defineElement('uclg-versions-test', class extends UclgElement {});
      defineElement('uclg-versions-test', class extends UclgElement {});
    });
    expect(customElements.get('uclg-versions-test')).to.equal(older);
    expect(messages).to.deep.equal([
      `<uclg-versions-test>: already defined by version 0.0.9 of @uclg/widgets; this copy (version ${version}) leaves it alone, so the page shows that one. Load one version of @uclg/widgets per page.`,
    ]);
  });

  it('says nothing when the same version defines a tag again', async () => {
    const messages = await warnings(() => defineElement('uclg-stats', class extends UclgStats {}));
    expect(messages).to.deep.equal([]);
  });

  it('keeps properties set before the element was defined', async () => {
    const el = document.createElement('uclg-late') as HTMLElement & {figures?: string; theme?: string};
    el.setAttribute('lang', 'en');
    el.figures = 'people';
    el.theme = 'dark';
    document.body.append(el);
    defineElement('uclg-late', class extends UclgStats {});
    await (el as unknown as UclgStats).updateComplete;
    expect(seen(el, '[part="list"]')).to.equal('UCLG represents 5 billion people worldwide');
    expect(el.getAttribute('theme')).to.equal('dark');
    el.remove();
  });

  it('makes no network request', async () => {
    const before = performance.getEntriesByType('resource').length;
    const page = await render(html`<div><uclg-stats lang="fr" animate></uclg-stats></div>`);
    for (const tag of tags) page.append(document.createElement(tag));
    await Promise.all([...page.children].map((el) => settle(el as HTMLElement)));
    const after = performance.getEntriesByType('resource').slice(before);
    expect(after.map((e) => e.name)).to.deep.equal([]);
  });
});
