import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {UclgContact} from './uclg-contact.js';
import {vCard, type VCardOrganisation} from './vcard.js';
import {$, html, render, seen, warnings} from '../../../tests/helpers.js';

const sample: VCardOrganisation = {
  name: 'UCLG',
  acronym: 'UCLG',
  street: 'Carrer Avinyó, 15',
  city: 'Barcelona',
  postalCode: '08002',
  country: 'Spain',
  telephone: '+34933428750',
  fax: '+34933428760',
  email: 'info@uclg.org',
  website: 'https://www.uclg.org',
  social: 'https://twitter.com/uclg_org',
};

const links = (el: UclgContact) => [...el.shadowRoot!.querySelectorAll('a')];

/** The vCard the "Add to contacts" link downloads, as text. */
async function vcardOf(el: UclgContact): Promise<string> {
  const response = await fetch(($(el, '[part="vcard"]') as HTMLAnchorElement).href);
  expect(response.headers.get('content-type')).to.match(/^text\/vcard/);
  return response.text();
}

describe('<uclg-contact>', () => {
  for (const theme of ['light', 'dark']) {
    for (const variant of ['full', 'compact']) {
      for (const lang of ['fr', 'en', 'es']) {
        it(`has no axe-core violation (${lang}, ${theme}, ${variant})`, async () => {
          const el = await render<UclgContact>(
            html`<uclg-contact lang=${lang} theme=${theme} variant=${variant}></uclg-contact>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  const expected = {
    fr:
      'Secrétariat mondial Cités et Gouvernements Locaux Unis Carrer Avinyó, 15 08002 Barcelone Espagne ' +
      'Téléphone +34 933 428 750 Fax +34 933 428 760 Courriel info@uclg.org Site web www.uclg.org ' +
      'X (Twitter) @uclg_org Ajouter aux contacts',
    en:
      'World Secretariat United Cities and Local Governments Carrer Avinyó, 15 08002 Barcelona Spain ' +
      'Telephone +34 933 428 750 Fax +34 933 428 760 Email info@uclg.org Website www.uclg.org ' +
      'X (Twitter) @uclg_org Add to contacts',
    es:
      'Secretariado Mundial Ciudades y Gobiernos Locales Unidos Carrer Avinyó, 15 08002 Barcelona España ' +
      'Teléfono +34 933 428 750 Fax +34 933 428 760 Correo electrónico info@uclg.org Sitio web www.uclg.org ' +
      'X (Twitter) @uclg_org Añadir a contactos',
  };
  for (const [lang, text] of Object.entries(expected)) {
    it(`shows the world secretariat (${lang})`, async () => {
      const el = await render<UclgContact>(html`<uclg-contact lang=${lang}></uclg-contact>`);
      // The source line, last, is every element's (tests/every-element.test.ts).
      expect(seen(el).replace(seen(el, '[part~="source"]'), '').trim()).to.equal(text);
    });
  }

  it('puts the details in an <address> under a level-2 heading', async () => {
    const el = await render<UclgContact>(html`<uclg-contact lang="en"></uclg-contact>`);
    const heading = $(el, '[role="heading"]');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect($(el, 'address').textContent).to.contain('United Cities and Local Governments');
    expect($(el, 'address').textContent).to.contain('info@uclg.org');
    el.headingLevel = 3;
    await el.updateComplete;
    expect(heading.getAttribute('aria-level')).to.equal('3');
  });

  it('links telephone, e-mail, website and account; outside links carry rel="noopener"', async () => {
    const el = await render<UclgContact>(html`<uclg-contact lang="en"></uclg-contact>`);
    const found = links(el).map((a) => [a.textContent!.trim(), a.getAttribute('href'), a.rel]);
    expect(found.slice(0, 4)).to.deep.equal([
      ['+34 933 428 750', 'tel:+34933428750', ''],
      ['info@uclg.org', 'mailto:info@uclg.org', ''],
      ['www.uclg.org', 'https://www.uclg.org', 'noopener'],
      ['@uclg_org', 'https://twitter.com/uclg_org', 'noopener'],
    ]);
  });

  it('reaches every link with the keyboard alone, in reading order', async () => {
    const el = await render<UclgContact>(html`<uclg-contact lang="en"></uclg-contact>`);
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({press: 'Tab'});
      order.push(el.shadowRoot!.activeElement!.textContent!.trim());
    }
    expect(order).to.deep.equal(['+34 933 428 750', 'info@uclg.org', 'www.uclg.org', '@uclg_org', 'Add to contacts']);
  });

  describe('Add to contacts', () => {
    it('downloads a vCard 4.0 built from the same data, in the element language', async () => {
      const el = await render<UclgContact>(html`<uclg-contact lang="fr"></uclg-contact>`);
      const link = $(el, '[part="vcard"]') as HTMLAnchorElement;
      expect(link.download).to.equal('CGLU.vcf');
      const card = await vcardOf(el);
      expect(card.endsWith('\r\n')).to.equal(true);
      const lines = card.trimEnd().split('\r\n');
      expect(lines).to.deep.equal([
        'BEGIN:VCARD',
        'VERSION:4.0',
        'KIND:org',
        'FN:Cités et Gouvernements Locaux Unis',
        'ORG:Cités et Gouvernements Locaux Unis',
        'NICKNAME:CGLU',
        'ADR;TYPE=work:;;Carrer Avinyó\\, 15;Barcelone;;08002;Espagne',
        'TEL;VALUE=uri;TYPE="work,voice":tel:+34933428750',
        'TEL;VALUE=uri;TYPE="work,fax":tel:+34933428760',
        'EMAIL;TYPE=work:info@uclg.org',
        'URL;TYPE=work:https://www.uclg.org',
        'URL:https://twitter.com/uclg_org',
        'END:VCARD',
      ]);
    });

    it('follows the language', async () => {
      const el = await render<UclgContact>(html`<uclg-contact lang="es"></uclg-contact>`);
      const card = await vcardOf(el);
      expect(card).to.contain('FN:Ciudades y Gobiernos Locales Unidos\r\n');
      expect(card).to.contain(';Barcelona;;08002;España\r\n');
      el.lang = 'en';
      await el.updateComplete;
      expect(await vcardOf(el)).to.contain('FN:United Cities and Local Governments\r\n');
      expect(($(el, '[part="vcard"]') as HTMLAnchorElement).download).to.equal('UCLG.vcf');
    });

    it('folds long lines at 75 octets, never inside a character, and escapes text', () => {
      const name = 'Ciudades y Gobiernos Locales Unidos; Secretaría Mundial, Organización Más Allá de Fronteras';
      const card = vCard({...sample, name});
      const encoder = new TextEncoder();
      for (const line of card.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
      const unfolded = card.replace(/\r\n /g, '');
      expect(unfolded).to.contain(`FN:${name.replace(/([;,])/g, '\\$1')}\r\n`);
      expect(card).not.to.contain('\uFFFD');
    });
  });

  describe('variant', () => {
    it('compact drops the visible heading but keeps every detail, in a named section', async () => {
      const el = await render<UclgContact>(html`<uclg-contact lang="fr" variant="compact"></uclg-contact>`);
      expect(el.shadowRoot!.querySelector('[role="heading"]')).to.equal(null);
      expect($(el, 'section').getAttribute('aria-label')).to.equal('Secrétariat mondial');
      const text = seen(el);
      for (const detail of [
        'Cités et Gouvernements Locaux Unis',
        'Barcelone',
        '+34 933 428 750',
        'info@uclg.org',
        'Ajouter aux contacts',
      ]) {
        expect(text).to.contain(detail);
      }
      expect(el.getBoundingClientRect().height).to.be.below(
        (await render<UclgContact>(html`<uclg-contact lang="fr"></uclg-contact>`)).getBoundingClientRect().height,
      );
    });

    it('warns about an unknown variant and shows the full card', async () => {
      let el!: UclgContact;
      const messages = await warnings(async () => {
        el = await render<UclgContact>(html`<uclg-contact lang="fr" variant="tiny"></uclg-contact>`);
      });
      expect(el.variant).to.equal('full');
      expect(el.shadowRoot!.querySelector('[role="heading"]')).not.to.equal(null);
      expect(messages).to.deep.equal([
        '<uclg-contact>: variant="tiny" is not supported (accepted: full, compact); using "full".',
      ]);
    });
  });

  it('warns about an unknown theme and uses light', async () => {
    let el!: UclgContact;
    const messages = await warnings(async () => {
      el = await render<UclgContact>(html`<uclg-contact lang="fr" theme="sepia"></uclg-contact>`);
    });
    expect(el.theme).to.equal('light');
    expect(el.getAttribute('theme')).to.equal('light');
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('<uclg-contact>: theme="sepia"');
  });
});
