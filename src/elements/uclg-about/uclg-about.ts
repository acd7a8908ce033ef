import {html, type PropertyValues, type TemplateResult} from 'lit';
import {idList, idsOf} from '../../internal/input-rules.js';
import {NarrowController} from '../../internal/narrow-controller.js';
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
import {taskforceSentence, textsFromData} from './uclg-about.text.js';

const taskforceHost = new URL(globalTaskforce.website).host;
/** `hidden`'s "until-found" state (HTML's, where find in page opens it): TypeScript's DOM types know only booleans. */
const untilFound = 'until-found' as unknown as boolean;

/**
 * Who UCLG is, as the brochure's first page tells it: the heir of the century-old municipal
 * movement, founded in 2004; the Global Taskforce whose work it leads; its mission; its four
 * objectives; and its values. In narrow space (under 32 root ems: a phone, a narrow column) the
 * topics after the first that have a subheading (the mission and the objectives by default) fold
 * behind it, one click, tap or key away, so the whole fits a phone's screen or an embed.
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
 * @csspart toggle - In narrow space (under 32 root ems), the button a folded topic's subheading becomes.
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
  declare topics: string | readonly AboutTopicId[] | undefined;
  private selected: readonly AboutTopicId[] = aboutTopicIds;
  /** Below 32 root ems (512 px by default), a phone or a narrow column, topics fold (see renderTopic). */
  private readonly space = new NarrowController(this, 32);
  /** The folded topics the reader opened. */
  private readonly opened = new Set<AboutTopicId>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topics')) {
      this.selected = idsOf(this.topics, aboutTopicIds);
    }
  }

  private renderTaskforce(text: ReturnType<typeof aboutText>) {
    return taskforceSentence(this.msg, text.taskforceName, textsFromData(this.language.value).networks);
  }

  /** A topic's subheading (for those that have one) and its content. */
  private topic(id: AboutTopicId, text: ReturnType<typeof aboutText>): {heading?: string; body: TemplateResult} {
    switch (id) {
      case 'history':
        return {
          heading: organisationText(this.msg).acronym,
          body: html`<p class="tagline">${text.network}</p>
            <p class="lead">${text.represents}</p>
            <p>${text.history(textsFromData(this.language.value).founded)}</p>`,
        };
      case 'taskforce':
        return {
          body: html`<p>
            ${this.renderTaskforce(text)} (<a href=${globalTaskforce.website} rel="noopener">${taskforceHost}</a>)
          </p>`,
        };
      case 'mission':
        return {heading: text.missionTitle, body: html`<p>${text.mission}</p>`};
      case 'objectives': {
        const objective = objectives(this.msg);
        return {
          heading: text.objectivesTitle,
          body: html`<ul role="list">
            ${objectiveIds.map(
              (o) =>
                html`<li part="objective" data-objective=${o}>
                  <strong part="verb" class="verb">${objective[o].verb}</strong> ${objective[o].text}
                </li>`,
            )}
          </ul>`,
        };
      }
      case 'values':
        return {body: html`<p>${valuesLine(this.msg)}</p>`};
    }
  }

  /**
   * One topic. In narrow space, a topic with a subheading after the first shown folds behind it:
   * the subheading becomes a button that opens it (the reader's choice is kept), and the
   * browser's find in page opens it too where `hidden="until-found"` is supported.
   */
  private renderTopic(id: AboutTopicId, index: number, text: ReturnType<typeof aboutText>): TemplateResult {
    const {heading, body} = this.topic(id, text);
    if (heading === undefined) return html`<div part=${id} class="topic" data-topic=${id}>${body}</div>`;
    const folds = this.space.narrow && index > 0;
    const open = !folds || this.opened.has(id);
    const toggle = html`<button
      part="toggle"
      class="toggle"
      aria-expanded=${open}
      aria-controls="${id}-body"
      @click=${() => this.open(id, !open)}
    >
      ${heading}
    </button>`;
    return html`<div part=${id} class="topic" data-topic=${id}>
      ${this.renderSubheading(folds ? toggle : heading)}
      <div class="body" id="${id}-body" .hidden=${open ? false : untilFound} @beforematch=${() => this.open(id, true)}>
        ${body}
      </div>
    </div>`;
  }

  private open(id: AboutTopicId, open: boolean): void {
    if (open) this.opened.add(id);
    else this.opened.delete(id);
    this.requestUpdate();
  }

  protected override render() {
    const text = aboutText(this.msg);
    const title = text.title;
    return html`<section part="base" aria-label=${title}>
      ${this.renderHeading(title)} ${this.selected.map((id, index) => this.renderTopic(id, index, text))}
      ${this.renderSource()}
    </section>`;
  }
}
