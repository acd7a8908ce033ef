import {html, nothing, type PropertyValues} from 'lit';
import {live} from 'lit/directives/live.js';
import {oneOf} from '../../internal/input-rules.js';
import {collator, formatYear} from '../../internal/intl.js';
import {UclgElement} from '../../internal/uclg-element.js';
import {valuesLine} from '../../data/values.js';
import {
  commissionBodiesYear,
  commissionFields,
  fieldLabels,
  commissionsText,
  type CommissionField,
} from '../../data/commissions.js';
import {searchKey} from './search-key.js';
import {commissionsStyles} from './uclg-commissions.styles.js';
import {commissionsInterfaceText, fieldCount} from './uclg-commissions.text.js';

export const orders = ['alphabetical', 'brochure'] as const;
export type CommissionsOrder = (typeof orders)[number];

/** A field as shown in one language: its label, and the key the filter matches against. */
interface ShownField {
  field: CommissionField;
  label: string;
  key: string;
}

/**
 * The brochure's page on UCLG's commissions and working groups: its three purposes, its values
 * line, and the 22 fields in which members pool their knowledge and experience, with a box that
 * filters them as one types. The fields start folded ("Show all fields"), so the element fits a
 * phone or an embedded frame; typing in the box shows the matching fields at once.
 *
 * @tag uclg-commissions
 * @summary UCLG's commissions and working groups: purposes, values and the 22 fields, filterable.
 *
 * @csspart subheading - The heading over the list of fields (one level below the heading).
 * @csspart purposes - The list of the three purposes.
 * @csspart purpose - One purpose.
 * @csspart values - The values line.
 * @csspart intro - The sentence that introduces the fields.
 * @csspart filter - The filter box (label and input).
 * @csspart input - The filter's text input.
 * @csspart count - The count of fields, or of matches while filtering (a polite live region).
 * @csspart fields - The disclosure that holds the list of every field, folded at first so that the
 * element fits a phone or an embed (typing in the filter shows the matching fields without it).
 * @csspart more - The disclosure's summary ("Show all fields").
 * @csspart list - The list of fields.
 * @csspart field - One field.
 * @csspart emphasis - A field the brochure sets in bold capitals (shown heavier).
 * @csspart body - The kind of UCLG body a field belonged to in 2015 (the brochure's date; UCLG's structure has changed since), where that is confirmed.
 * @csspart clear - The button that clears the filter when nothing matches.
 *
 * @cssprop {<color>} --uclg-color-accent - Colour of the purposes, markers and focus ring.
 * @cssprop {<color>} --uclg-color-border - Colour of the card's border, the input and separators.
 * @cssprop {<length-percentage>} --uclg-radius - Corner radius of the card and the input.
 */
export class UclgCommissions extends UclgElement {
  static override styles = [UclgElement.styles, commissionsStyles];

  static override properties = {
    order: {reflect: true},
    // Removing the attribute empties the box.
    filter: {converter: {fromAttribute: (value: string | null) => value ?? ''}},
    listOpen: {state: true, attribute: false},
  };

  protected static override rules = [
    ...UclgElement.rules,
    oneOf('order', orders, 'alphabetical'),
    {
      property: 'filter',
      attribute: 'filter',
      accepts: (v: unknown) => typeof v === 'string',
      accepted: 'any text',
      fallback: '',
    },
  ];

  /** `alphabetical` (default): sorted in the element's language; `brochure`: the brochure's order. */
  declare order: CommissionsOrder;
  /** The text in the filter box: only fields containing it are listed (case, accents and punctuation ignored). */
  declare filter: string;
  /** The fields in the language and order they were last sorted for (`sortedFor`). */
  private sorted: readonly ShownField[] = [];
  private sortedFor = '';
  private status = '';
  private shown: readonly ShownField[] = [];
  /** Whether the reader opened the list of every field (it starts folded). */
  declare private listOpen: boolean;
  /** The page's words in the element's language: made when the language changes, not on each keystroke. */
  private text?: ReturnType<typeof commissionsText> & {
    locale: string;
    values: string;
    words: ReturnType<typeof commissionsInterfaceText>;
  };

  constructor() {
    super();
    this.order = 'alphabetical';
    this.filter = '';
    this.listOpen = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const locale = this.language.value;
    if (this.text?.locale !== locale) {
      const words = commissionsInterfaceText(this.msg);
      this.text = {...commissionsText(this.msg), values: valuesLine(this.msg), words, locale};
    }
    if (this.sortedFor !== `${locale} ${this.order}`) {
      this.sortedFor = `${locale} ${this.order}`;
      const labels = fieldLabels(this.msg);
      const fields = commissionFields.map((field) => {
        const label = labels[field.id];
        return {field, label, key: searchKey(label, locale)};
      });
      if (this.order === 'alphabetical') fields.sort((a, b) => collator(locale).compare(a.label, b.label));
      this.sorted = fields;
    }
    const query = searchKey(this.filter, locale);
    this.shown = query ? this.sorted.filter((f) => f.key.includes(query)) : this.sorted;
    this.status = this.count();
  }

  /** The count a reader sees, and that screen readers hear politely after each keystroke. */
  private count(): string {
    const locale = this.language.value;
    const n = this.shown.length;
    const words = this.text!.words;
    if (!this.filter.trim()) return fieldCount(words, locale, n, false);
    return n === 0 ? words.noMatch(this.filter.trim()) : fieldCount(words, locale, n, true);
  }

  private onInput(event: Event): void {
    this.filter = (event.target as HTMLInputElement).value;
  }

  /** Escape empties the box (as search boxes do in some browsers but not all). */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.filter) return;
    event.preventDefault();
    this.filter = '';
  }

  /** "Show all fields", where nothing matched: the filter emptied, and every field shown. */
  private clear(): void {
    this.filter = '';
    this.listOpen = true;
    this.renderRoot.querySelector('input')?.focus();
  }

  /** The body a field belonged to, dated: UCLG's structure has changed since the brochure. */
  private renderBody(field: CommissionField) {
    if (!field.body) return nothing;
    const kind = this.text!.words.body(field.body.kind, formatYear(this.language.value, commissionBodiesYear));
    return html`<span part="body" class="body">${kind}</span>`;
  }

  protected override render() {
    const text = this.text!;
    const title = text.title;
    const label = text.words.filterLabel;
    return html`<section part="base" aria-label=${title}>
      ${this.renderHeading(title)}
      <ul part="purposes" class="purposes" role="list">
        ${text.purposes.map((p) => html`<li part="purpose">${p}</li>`)}
      </ul>
      <p part="values" class="values">${text.values}</p>
      ${this.renderSubheading(text.listTitle)}
      <p part="intro" class="intro">${text.intro}</p>
      <div part="filter" class="filter">
        <label for="filter">${label}</label>
        <input
          part="input"
          id="filter"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.filter)}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
        />
        <p part="count" class="count" role="status">${this.status}</p>
      </div>
      ${this.filter.trim() ? this.renderList() : this.renderDisclosure()} ${this.renderSource()}
    </section>`;
  }

  /** Every field, folded until the reader opens it: the list is long (22 fields) and embeds are not. */
  private renderDisclosure() {
    return html`<details
      part="fields"
      ?open=${this.listOpen}
      @toggle=${(e: Event) => (this.listOpen = (e.target as HTMLDetailsElement).open)}
    >
      <summary part="more">${this.text!.words.showAll}</summary>
      ${this.renderList()}
    </details>`;
  }

  /** The fields shown (the matches while filtering), or when none matches the button that clears the filter. */
  private renderList() {
    return this.shown.length
      ? html`<ul part="list" class="fields" role="list">
          ${this.shown.map(
            ({field, label}) =>
              html`<li
                part=${field.emphasis ? 'field emphasis' : 'field'}
                class=${field.emphasis ? 'emphasis' : ''}
                data-field=${field.id}
              >
                <span class="label">${label}</span>${this.renderBody(field)}
              </li>`,
          )}
        </ul>`
      : html`<button part="clear" class="clear" type="button" @click=${this.clear}>
          ${this.text!.words.showAll}
        </button>`;
  }
}
