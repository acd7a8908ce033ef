import {html, type PropertyValues, type TemplateResult} from 'lit';
import {pickIds} from '../../internal/id-list.js';
import {numberFormat} from '../../internal/intl.js';
import {UclgElement} from '../../internal/uclg-element.js';
import {
  aboutText,
  aboutTopicIds,
  globalTaskforce,
  objectives,
  valuesLine,
  type AboutTopicId,
} from '../../data/about.js';
import {organisation} from '../../data/organisation.js';
import {aboutStyles} from './uclg-about.styles.js';

const taskforceHost = new URL(globalTaskforce.website).host;

/** `text` with each `{key}` replaced by `values[key]`, as parts a template can hold. */
function fill(text: string, values: Record<string, unknown>): unknown[] {
  return text.split(/(\{\w+\})/).map((piece) => (/^\{\w+\}$/.test(piece) ? values[piece.slice(1, -1)] : piece));
}

/**
 * Who UCLG is, as the brochure's first page tells it: the heir of the century-old municipal
 * movement, founded in 2004; the Global Taskforce whose work it leads; its mission; its four
 * objectives; and its values.
 *
 * @tag uclg-about
 * @summary Who UCLG is: history, Global Taskforce, mission, objectives and values, in the reader's language.
 *
 * @csspart heading - The heading ("Who we are").
 * @csspart subheading - The headings of the history, mission and objectives (one level below the heading).
 * @csspart history - The history topic: UCLG's name, the global network it is, what it does, and how it was founded.
 * @csspart taskforce - The Global Taskforce topic.
 * @csspart mission - The mission topic.
 * @csspart objectives - The objectives topic.
 * @csspart objective - One objective.
 * @csspart verb - The verb that opens an objective (emphasised, as the brochure sets it in capitals).
 * @csspart values - The values topic.
 *
 * @cssprop --uclg-color-accent - Colour of the verbs, markers and links.
 * @cssprop --uclg-color-border - Colour of the card's border and separators.
 */
export class UclgAbout extends UclgElement {
  static override styles = [UclgElement.styles, aboutStyles];

  static override properties = {
    topics: {},
  };

  /**
   * Which topics to show, in which order: space-separated ids among `history`, `taskforce`,
   * `mission`, `objectives`, `values` (an array of ids is accepted as a property). Empty or absent
   * shows all five in the brochure's order; unknown ids are warned about and skipped, repeated ones shown once.
   */
  declare topics: string | readonly string[] | undefined;
  private selected: readonly AboutTopicId[] = aboutTopicIds;
  /** The Taskforce sentence in the element's language, its name and count in place. */
  private taskforce: unknown[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topics')) {
      this.selected = pickIds(this, 'topics', this.topics, aboutTopicIds, 'showing every topic');
    }
    const locale = this.language.value;
    this.taskforce = fill(globalTaskforce.sentence[locale], {
      name: html`<strong>${globalTaskforce.name[locale]}</strong>`,
      networks: numberFormat(locale).format(globalTaskforce.networks),
    });
  }

  private renderTopic(id: AboutTopicId): TemplateResult {
    const locale = this.language.value;
    switch (id) {
      case 'history':
        return html`<div part="history" class="topic" data-topic="history">
          ${this.renderSubheading(organisation.acronym[locale])}
          <p class="tagline">${aboutText.network[locale]}</p>
          <p class="lead">${aboutText.represents[locale]}</p>
          <p>${aboutText.history[locale]}</p>
        </div>`;
      case 'taskforce':
        return html`<div part="taskforce" class="topic" data-topic="taskforce">
          <p>${this.taskforce} (<a href=${globalTaskforce.website} rel="noopener">${taskforceHost}</a>)</p>
        </div>`;
      case 'mission':
        return html`<div part="mission" class="topic" data-topic="mission">
          ${this.renderSubheading(aboutText.missionTitle[locale])}
          <p>${aboutText.mission[locale]}</p>
        </div>`;
      case 'objectives':
        return html`<div part="objectives" class="topic" data-topic="objectives">
          ${this.renderSubheading(aboutText.objectivesTitle[locale])}
          <ul role="list">
            ${objectives.map(
              (o) =>
                html`<li part="objective" data-objective=${o.id}>
                  <strong part="verb" class="verb">${o.verb[locale]}</strong> ${o.text[locale]}
                </li>`,
            )}
          </ul>
        </div>`;
      case 'values':
        return html`<div part="values" class="topic values" data-topic="values">
          <p>${valuesLine[locale]}</p>
        </div>`;
    }
  }

  protected override render() {
    const title = aboutText.title[this.language.value];
    return html`<section part="base" aria-label=${title}>
      ${this.renderHeading(title)} ${this.selected.map((id) => this.renderTopic(id))}
    </section>`;
  }
}
