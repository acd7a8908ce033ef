import {
  html,
  LitElement,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {enforce, oneOf, type Rule} from './input-rules.js';
import {LanguageController} from './language-controller.js';
import {direction, type Msg} from './localize.js';
import {hostStyles} from './host.styles.js';
import {addFormatted, formatYear} from './intl.js';
import {shared} from '../generated/formatted.js';
import {brochure, sourceText} from '../data/source.js';

// The source line's year as the build's Intl wrote it in each language (scripts/build/formatted.mjs).
addFormatted(shared);

export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];

/**
 * What every UCLG element shares, and nothing more: its language, the `theme`, `heading-level`
 * and `no-heading` attributes, the checks on its inputs and the host styles, documented here once
 * (custom-elements.json gives every element these, beside its own). Behaviour lives in controllers
 * and in each element.
 *
 * @attr lang - Language of the element, one of those the library speaks (French `fr`, the source, and one per file of `locales/`: `en`, `es`, `ar`, `pt`, `ru`, `tr`, `zh`), region subtags allowed. Defaults to the nearest ancestor's, then the browser's, then `en`.
 * @csspart base - The card around everything.
 * @csspart heading - The heading.
 * @csspart source - Where the facts come from and as of when (the brochure and its year), small, at the end.
 * @cssprop {<color>} --uclg-color-text - Text colour.
 * @cssprop {<color>} --uclg-color-background - Background colour of the card.
 * @cssprop {<color>} --uclg-color-accent - Colour of links and of the focus ring.
 * @cssprop {<color>} --uclg-color-muted - Colour of secondary text.
 * @cssprop {<color>} --uclg-color-border - Colour of the card's border.
 * @cssprop {<family-name>#} --uclg-font-family - Font; inherits the page's font by default.
 * @cssprop {<length-percentage>} --uclg-font-size - Base font size; inherits the page's by default.
 * @cssprop {<length-percentage>} --uclg-radius - Corner radius of the card.
 * @cssprop {<length-percentage>} --uclg-spacing - Base spacing unit.
 */
export class UclgElement extends LitElement {
  static override styles: CSSResultGroup = hostStyles;

  static override properties: PropertyDeclarations = {
    theme: {reflect: true},
    headingLevel: {type: Number, attribute: 'heading-level'},
    noHeading: {type: Boolean, attribute: 'no-heading'},
  };

  /** Checked before every render; subclasses add their own. */
  protected static rules: readonly Rule<unknown>[] = [
    oneOf('theme', themes, 'light'),
    {
      property: 'headingLevel',
      attribute: 'heading-level',
      accepts: (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 6,
      accepted: '1, 2, 3, 4, 5, 6',
      fallback: 2,
    },
  ];

  /** Colour theme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  declare theme: Theme;
  /** Level (1–6) of the element's heading, to fit the host page's outline. */
  declare headingLevel: number;
  /**
   * Hides the heading, for pages that give the element their own (its text still names the
   * element's section for assistive technology).
   */
  declare noHeading: boolean;

  protected readonly language = new LanguageController(this);

  constructor() {
    super();
    this.theme = 'light';
    this.headingLevel = 2;
    this.noHeading = false;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.language.resolve();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    enforce(this, (this.constructor as typeof UclgElement).rules);
  }

  /**
   * An update waits while the element's language is being loaded (a one-language bundle asked for
   * another language): the element is never drawn in a language it was not asked for.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = (): void | Promise<unknown> => {
      const pending = this.language.pending;
      return pending ? pending.then(ready) : super.scheduleUpdate();
    };
    return ready();
  }

  /** Each update starts from the element's current language. */
  protected override performUpdate(): void {
    this.language.resolve(false);
    super.performUpdate();
  }

  /** lit-localize's `msg()`, in this element's language: in a render or an event handler alike. */
  protected get msg(): Msg {
    return this.language.msg;
  }

  /**
   * The rendered content says which language it is in, and its direction (WCAG 3.1.2): the host
   * may sit under a page `lang` the element does not speak (`<html lang="de">` shows English), or
   * be in another language than the page on purpose. Set on the `base` part, never on the host,
   * whose `lang` attribute is the page's to set.
   */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const base = this.renderRoot.querySelector('[part~="base"]');
    base?.setAttribute('lang', this.language.value);
    base?.setAttribute('dir', direction(this.language.value));
  }

  /** The element's heading at the level the page asked for, unless `no-heading` (or `shown` false) hides it. */
  protected renderHeading(text: string, shown = true) {
    return shown && !this.noHeading
      ? html`<div part="heading" role="heading" aria-level=${this.headingLevel}>${text}</div>`
      : nothing;
  }

  /** The year the element's facts are as of: the brochure's edition, unless an element's data says otherwise. */
  protected get factsYear(): number {
    return brochure.year;
  }

  /** Where the element's facts come from and as of when, in its language: the last line of every element. */
  protected renderSource() {
    const year = formatYear(this.language.value, this.factsYear);
    return html`<p part="source" class="source">${sourceText(this.msg, year)}</p>`;
  }

  /** A heading one level below the element's (at most 6), for the parts of a longer element. */
  protected renderSubheading(text: string | TemplateResult) {
    const level = Math.min(6, this.headingLevel + 1);
    return html`<div part="subheading" class="subheading" role="heading" aria-level=${level}>${text}</div>`;
  }
}
