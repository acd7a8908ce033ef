import {html, nothing, type PropertyValues} from 'lit';
import {CountUpController} from '../../internal/count-up-controller.js';
import {MediaQueryController} from '../../internal/media-query-controller.js';
import {UclgElement} from '../../internal/uclg-element.js';
import {idList, idsOf} from '../../internal/input-rules.js';
import {figureIds, keyFigures, type FigureId, type KeyFigure} from '../../data/figures.js';
import {figureText, statsTitle, type FigureText} from './uclg-stats.text.js';
import {statsStyles} from './uclg-stats.styles.js';

const byId = new Map(keyFigures.map((f) => [f.id, f]));

/**
 * UCLG's key figures: a strong, united voice before the international community.
 *
 * @tag uclg-stats
 * @summary The brochure's five key figures, in the reader's language.
 *
 * @csspart list - The list of figures.
 * @csspart figure - One figure (value and label).
 * @csspart lead - The brochure's words before a figure ("CGLU représente"), where it has some.
 * @csspart value - A figure's number.
 * @csspart label - A figure's label.
 *
 * @cssprop {<color>} --uclg-color-accent - Colour of the figures and links.
 * @cssprop {<color>} --uclg-color-border - Colour of the card's border and separators.
 */
export class UclgStats extends UclgElement {
  static override styles = [UclgElement.styles, statsStyles];

  protected static override rules = [...UclgElement.rules, idList('figures', figureIds, 'showing every figure')];

  static override properties = {
    figures: {},
    animated: {type: Boolean, attribute: 'animate'},
  };

  /**
   * Which figures to show, in which order: space-separated ids among `cities`, `associations`,
   * `people`, `population-share`, `countries` (an array of ids is accepted as a property).
   * Empty or absent shows all five; unknown ids are warned about and skipped, repeated ones shown once.
   */
  declare figures: string | readonly FigureId[] | undefined;
  /**
   * Counts the figures up once when first scrolled into view, unless the reader prefers reduced
   * motion (attribute `animate`; the property is not `animate`, which would hide `Element.animate()`).
   */
  declare animated: boolean;

  private readonly countUp = new CountUpController(this);
  private readonly reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  private selected: readonly KeyFigure[] = keyFigures;

  /** The figures shown are as of the latest year among them. */
  protected override get factsYear(): number {
    return Math.max(...this.selected.map((figure) => figure.asOf));
  }
  private texts: readonly FigureText[] = [];

  constructor() {
    super();
    this.animated = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('figures')) {
      this.selected = idsOf(this.figures, figureIds).map((id) => byId.get(id)!);
    }
    this.countUp.enabled = this.animated && !this.reducedMotion.matches;
    const locale = this.language.value;
    this.texts = this.selected.map((f) => figureText(f, this.countUp.progress, locale, this.msg));
  }

  protected override render() {
    const title = statsTitle(this.msg);
    return html`<section part="base" aria-label=${title}>
      ${this.renderHeading(title)}
      <ul part="list" role="list">
        ${this.texts.map(
          (t) =>
            html`<li part="figure" data-figure=${t.id}>
              <span part="lead" class="lead">${t.lead}</span>
              <span part="value" class="value" aria-hidden="true"
                >${t.shown}${t.unit ? html`<span class="unit">${t.unit}</span>` : nothing}</span
              >
              <span class="visually-hidden">${t.spoken}</span>
              <span part="label" class="label">${t.label}</span>
            </li>`,
        )}
      </ul>
      ${this.renderSource()}
    </section>`;
  }
}
