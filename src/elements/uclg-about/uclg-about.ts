import {html, type PropertyValues, type TemplateResult} from 'lit';
import {idList, idsOf} from '../../internal/input-rules.js';
import {numberFormat} from '../../internal/intl.js';
import {UclgElement} from '../../internal/uclg-element.js';
import {
  aboutText,
  aboutTopicIds,
  globalTaskforce,
  objectiveIds,
  objectives,
  valuesLine,
  type AboutTopicId,
} from '../../data/about.js';
import {organisationText} from '../../data/organisation.js';
import {aboutStyles} from './uclg-about.styles.js';
import {taskforceSentence} from './uclg-about.text.js';

const taskforceHost = new URL(globalTaskforce.website).host;

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
 * @cssprop {<color>} --uclg-color-accent - Colour of the verbs, markers and links.
 * @cssprop {<color>} --uclg-color-border - Colour of the card's border and separators.
 */
export class UclgAbout extends UclgElement {
  static override styles = [UclgElement.styles, aboutStyles];

  protected static override rules = [...UclgElement.rules, idList('topics', aboutTopicIds, 'showing every topic')];

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topics')) {
      this.selected = idsOf(this.topics, aboutTopicIds);
    }
  }

  private renderTaskforce(text: ReturnType<typeof aboutText>) {
    const name = html`<strong>${text.taskforceName}</strong>`;
    return taskforceSentence(this.msg, name, numberFormat(this.language.value).format(globalTaskforce.networks));
  }

  private renderTopic(id: AboutTopicId, text: ReturnType<typeof aboutText>): TemplateResult {
    switch (id) {
      case 'history':
        return html`<div part="history" class="topic" data-topic="history">
          ${this.renderSubheading(organisationText(this.msg).acronym)}
          <p class="tagline">${text.network}</p>
          <p class="lead">${text.represents}</p>
          <p>${text.history}</p>
        </div>`;
      case 'taskforce':
        return html`<div part="taskforce" class="topic" data-topic="taskforce">
          <p>${this.renderTaskforce(text)} (<a href=${globalTaskforce.website} rel="noopener">${taskforceHost}</a>)</p>
        </div>`;
      case 'mission':
        return html`<div part="mission" class="topic" data-topic="mission">
          ${this.renderSubheading(text.missionTitle)}
          <p>${text.mission}</p>
        </div>`;
      case 'objectives': {
        const objective = objectives(this.msg);
        return html`<div part="objectives" class="topic" data-topic="objectives">
          ${this.renderSubheading(text.objectivesTitle)}
          <ul role="list">
            ${objectiveIds.map(
              (o) =>
                html`<li part="objective" data-objective=${o}>
                  <strong part="verb" class="verb">${objective[o].verb}</strong> ${objective[o].text}
                </li>`,
            )}
          </ul>
        </div>`;
      }
      case 'values':
        return html`<div part="values" class="topic values" data-topic="values">
          <p>${valuesLine(this.msg)}</p>
        </div>`;
    }
  }

  protected override render() {
    const text = aboutText(this.msg);
    const title = text.title;
    return html`<section part="base" aria-label=${title}>
      ${this.renderHeading(title)} ${this.selected.map((id) => this.renderTopic(id, text))}
    </section>`;
  }
}
