import {html, type PropertyValues} from 'lit';
import {oneOf} from '../../internal/input-rules.js';
import {displayNames} from '../../internal/intl.js';
import {UclgElement} from '../../internal/uclg-element.js';
import {organisation, organisationText, secretariat} from '../../data/organisation.js';
import {contactStyles} from './uclg-contact.styles.js';
import {contactText} from './uclg-contact.text.js';
import {vCard} from './vcard.js';

export const variants = ['full', 'compact'] as const;
export type ContactVariant = (typeof variants)[number];

const websiteHost = new URL(organisation.website).host;

/**
 * UCLG's world secretariat in Barcelona: name, postal address, telephone, fax, e-mail, website
 * and social account, with a vCard to add it to one's contacts.
 *
 * @tag uclg-contact
 * @summary How to reach UCLG's world secretariat, in the reader's language.
 *
 * @csspart heading - The heading ("World Secretariat").
 * @csspart address - The `<address>` holding every contact detail.
 * @csspart name - The organisation's name.
 * @csspart details - The list of telephone, fax, e-mail, website and social account.
 * @csspart vcard - The "Add to contacts" link that downloads the vCard.
 *
 * @cssprop {<color>} --uclg-color-accent - Colour of links.
 * @cssprop {<color>} --uclg-color-muted - Colour of the labels.
 */
export class UclgContact extends UclgElement {
  static override styles = [UclgElement.styles, contactStyles];

  static override properties = {
    variant: {reflect: true},
  };

  protected static override rules = [...UclgElement.rules, oneOf('variant', variants, 'full')];

  /** `full` (default): a card with labelled details; `compact`: a few lines for a page footer. */
  declare variant: ContactVariant;

  private country = '';
  private vcardHref = '';
  /** The organisation's name, acronym and city in the element's language: the card and the vCard share them. */
  private text!: ReturnType<typeof organisationText>;
  /** The card's own words, in the element's language. */
  private words!: ReturnType<typeof contactText>;

  constructor() {
    super();
    this.variant = 'full';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const locale = this.language.value;
    this.country = displayNames(locale, {type: 'region'}).of(secretariat.country) ?? secretariat.country;
    this.words = contactText(this.msg);
    const text = (this.text = organisationText(this.msg));
    const card = vCard({
      name: text.name,
      acronym: text.acronym,
      street: secretariat.street,
      city: text.city,
      postalCode: secretariat.postalCode,
      country: this.country,
      telephone: secretariat.telephone.e164,
      fax: secretariat.fax.e164,
      email: secretariat.email,
      website: organisation.website,
      social: secretariat.social.url,
    });
    this.vcardHref = `data:text/vcard;charset=utf-8,${encodeURIComponent(card)}`;
  }

  protected override render() {
    const {text, words} = this;
    const s = secretariat;
    const title = words.title;
    return html`<section part="base" class=${this.variant} aria-label=${title}>
      ${this.renderHeading(title, this.variant === 'full')}
      <address part="address">
        <span part="name" class="name">${text.name}</span>
        <span class="postal">
          <span><bdi>${s.street}</bdi></span>
          <span>${s.postalCode} ${text.city}</span>
          <span>${this.country}</span>
        </span>
        <!-- Numbers, addresses and the street as written in Barcelona read left to right in every language. -->
        <dl part="details">
          <div>
            <dt>${words.telephone}</dt>
            <dd><a href="tel:${s.telephone.e164}" dir="ltr">${s.telephone.display}</a></dd>
          </div>
          <div>
            <dt>${words.fax}</dt>
            <dd><span dir="ltr">${s.fax.display}</span></dd>
          </div>
          <div>
            <dt>${words.email}</dt>
            <dd><a href="mailto:${s.email}" dir="ltr">${s.email}</a></dd>
          </div>
          <div>
            <dt>${words.website}</dt>
            <dd><a href=${organisation.website} rel="noopener" dir="ltr">${websiteHost}</a></dd>
          </div>
          <div>
            <dt>${s.social.network}</dt>
            <dd><a href=${s.social.url} rel="noopener" dir="ltr">${s.social.handle}</a></dd>
          </div>
        </dl>
      </address>
      <a part="vcard" class="vcard" href=${this.vcardHref} type="text/vcard" download="${text.acronym}.vcf">
        ${words.addToContacts}
      </a>
      ${this.renderSource()}
    </section>`;
  }
}
