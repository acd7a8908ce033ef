import {html, nothing, svg, type PropertyValues} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {sectionOfCountry} from '../../data/countries.js';
import {
  regionalSectionIds,
  sectionIds,
  sections,
  type RegionalSectionId,
  type Section,
  type SectionId,
} from '../../data/sections.js';
import {direction} from '../../internal/localize.js';
import type {Rule} from '../../internal/input-rules.js';
import {UclgElement} from '../../internal/uclg-element.js';
import {nextPaint, nextTask, queuedTask, whenIdle} from '../../internal/tasks.js';
import {
  addDetail,
  detailDrawing,
  hasDetail,
  mapGeometry,
  prepareDrawing,
  WIDTH,
  type Drawing,
  type GeometrySource,
  type MapGeometry,
} from './map-geometry.js';
import {fit, type MapView} from './map-view.js';
import {shown, warnOnce} from '../../internal/warn.js';
import {placeNames} from './place-names.js';
import {sectionSelect} from './uclg-sections-map.events.js';
import {isRegional, sectionsSummary, textsFromData} from './uclg-sections-map.text.js';
import {firstWords} from '../../generated/first-words.js';
import {sourceLocale} from '../../generated/locale-codes.js';
import {messagesIndex} from '../../internal/bundle.js';
import {takeFromLanguages} from '../../internal/more-languages.js';
import {sectionsMapStyles} from './uclg-sections-map.styles.js';

interface Tip {
  /** A place (country, territory, marker) or a regional section. */
  id: string;
  /** Position in the map's box, in percent of its width and height. */
  left: number;
  top: number;
}

/**
 * When the last map to render so far is painted: maps on one page render one after the other, each
 * once the one before is painted, so no single frame lays out and paints them all.
 */
let lastPainted: Promise<void> = Promise.resolve();

/**
 * Runs `work` in a map's turn, once `ready` (work shared by the page's maps, made in tasks of its
 * own, before the turn) and the maps before have painted what they were doing (a render's frame);
 * then lets the next map have its turn once this one's frame is painted (`work` renders, or
 * resolves just before its caller renders).
 */
async function inTurn(work: () => unknown, ready?: Promise<void>): Promise<void> {
  const before = lastPainted;
  let painted!: () => void;
  lastPainted = new Promise((resolve) => (painted = resolve));
  try {
    await ready;
    await before;
    // A turn is new work: what the page queued meanwhile (a section's module, its own scripts'
    // tasks) goes first; the turn's own steps then follow each other with `nextTask`.
    await queuedTask();
    await work();
  } finally {
    // Even a render that throws lets the next map have its turn.
    void nextPaint().then(painted);
  }
}

/** What holds a word's place (one line) while the words are still to come. */
const BLANK = '\u00a0';

// A language a one-language bundle loads later brings the words the build made for its first render.
if (messagesIndex)
  takeFromLanguages('firstWords', firstWords[sourceLocale], (locale, words) => (firstWords[locale] = words));

/** The maps on the page, which a section's detail, when it arrives, redraws. */
const maps = new Set<UclgSectionsMap>();

/**
 * A world map of UCLG's sections: every country and territory coloured by the regional section
 * that covers it, small member states as markers, a legend of all nine sections with their
 * organisations, and the same facts as a list for readers who do not use the map.
 *
 * Zoomed on a regional section, the map draws that section's finer coasts and borders (Natural
 * Earth 1:50m) when the section's module, `uclg-sections-map.<section>.js`, is on the page too
 * (before or after the map's script); without it, the world's 1:110m geometry, and one console
 * warning that says which module to add.
 *
 * @tag uclg-sections-map
 * @summary World map of UCLG's sections, localized, usable with keyboard and screen reader.
 *
 * @fires uclg-section-select - The reader selected a section (click, Enter or Space on a country, a section or a legend entry). `detail: {section}`; bubbles and crosses shadow roots.
 *
 * @csspart heading - The heading ("UCLG's sections").
 * @csspart summary - The brochure's count of the sections ("7 sections régionales, 1 section métropolitaine et 1 forum des régions").
 * @csspart map - The box holding the map and its tooltip; keeps the map's aspect ratio.
 * @csspart tooltip - The tooltip naming the place and its section.
 * @csspart legend - The legend of the nine sections.
 * @csspart list - The disclosure listing each section's countries.
 *
 * @cssprop {<color>} --uclg-color-text - Text colour, and the colour of coasts and section borders.
 * @cssprop {<color>} --uclg-color-ocean - Colour of the sea.

 */
export class UclgSectionsMap extends UclgElement {
  static override styles = [UclgElement.styles, sectionsMapStyles];

  /** `highlight` is a section id or nothing; `zoom` needs it. */
  protected static override rules: readonly Rule<unknown>[] = [
    ...UclgElement.rules,
    {
      property: 'highlight',
      attribute: 'highlight',
      accepts: (value) => value == null || sectionIds.includes(value as SectionId),
      accepted: sectionIds.join(', '),
      fallback: null,
      outcome: 'showing the whole world',
    },
    {
      // Kept as it is: it zooms once a section is highlighted or chosen.
      property: 'zoom',
      attribute: 'zoom',
      accepts: (zoom, host) =>
        !zoom || (host as UclgSectionsMap).highlight != null || (host as UclgSectionsMap).selected != null,
      accepted: 'zoom together with highlight="<section id>"',
      outcome: 'showing the whole world',
    },
  ];

  static override properties = {
    highlight: {},
    zoom: {type: Boolean, reflect: true},
    // Internal state. `attribute: false` (implied by `state`) also keeps the manifest analyzer,
    // which reads static properties without knowing `state`, from listing them as attributes.
    selected: {state: true, attribute: false},
    active: {state: true, attribute: false},
    listOpen: {state: true, attribute: false},
  };

  /** The section to emphasize (the others are dimmed): one of the nine section ids. */
  declare highlight: SectionId | null;
  /** Fit the view to the highlighted section (animated unless the reader prefers reduced motion). */
  declare zoom: boolean;

  /** The section the reader selected, which overrides `highlight` until Escape. */
  declare private selected: SectionId | null;
  /** Whether the reader opened the list (its content is only built then). */
  declare private listOpen: boolean;
  /** What the tooltip shows: set on hover and focus, written straight to its DOM, no render. */
  private tip: Tip | null = null;
  /** The regional section that holds the map's one tab stop. */
  declare private active: RegionalSectionId;

  private geometry!: MapGeometry;
  /** The zoomed section's finer drawing, when its module has handed it over. */
  private detail?: Drawing;
  /** This map's copy of each finer drawing it has shown. */
  private detailLayers = new Map<Drawing, SVGGElement>();
  /** What the map's box shows (the world, or the zoomed section), derived before each render. */
  private frame!: MapView;
  /** This map's copy of the countries, territories, markers, borders and coasts: made once, never re-rendered. */
  private places?: SVGGElement;
  /** The section shown emphasized, after checks: the reader's choice, else `highlight`. */
  private shown: SectionId | null = null;
  private announcement = '';
  /** Per-language texts, remade only when the language changes (never on hover). */
  private texts?: ReturnType<typeof textsFromData> & {locale: string; summary: string};
  /** Told of each section's detail as it arrives, while the first render waits for its section's. */
  private arrived?: (section: string) => void;
  /** When this map's words may render: in its turn after its land's (their texts made by then). */
  private spoken?: Promise<void>;
  /**
   * Whether every section's outline is drawn (each is seen only when focused or highlighted):
   * from when the page is idle after the first paint, or the reader reaches the map by keyboard.
   */
  private outlined = false;

  constructor() {
    super();
    this.highlight = null;
    this.zoom = false;
    this.selected = null;
    this.listOpen = false;
    this.active = regionalSectionIds[0];
  }

  /**
   * Takes a regional section's finer drawing, as its module (`uclg-sections-map.<section>.js`)
   * hands it over, and redraws the maps zoomed on it. Called by that module; a section or a
   * drawing it does not know is left out, with a warning.
   */
  static addDetail(section: string, detail: GeometrySource): void {
    if (!isRegional(section) || typeof detail?.arcs !== 'string' || typeof detail.shapes !== 'string') {
      warnOnce(
        `<uclg-sections-map>: a detail for section=${shown(section)} is not one it can draw (accepted: ${regionalSectionIds.join(', ')}, with the drawing of its uclg-sections-map.<section>.js); ignored, the zoomed map stays at 1:110m.`,
      );
      return;
    }
    if (!addDetail(section, detail)) return;
    for (const map of maps) {
      map.arrived?.(section);
      map.requestUpdate();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    maps.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    maps.delete(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.geometry = mapGeometry();
    this.shown = this.selected ?? this.highlight;
    const zoomed = this.zoomedOn();
    this.frame = zoomed
      ? fit(this.geometry.extents[zoomed], WIDTH, this.geometry.height)
      : {x: 0, y: 0, k: 1, height: this.geometry.height};
    this.detail = zoomed ? detailDrawing(zoomed) : undefined;
    if (this.detail && !this.detailLayers.has(this.detail)) this.detailLayers.set(this.detail, this.detail.layer());
    // The world's countries are copied only for a map that shows them.
    if (!this.detail) this.worldLayer();
    // Told once the page is idle, when the module (fetched beside the map's bundle) has had its chance.
    if (zoomed && !this.detail) {
      whenIdle(() => {
        if (detailDrawing(zoomed)) return;
        warnOnce(
          `<uclg-sections-map>: zoomed on ${zoomed} without its detail: drawing the world's 1:110m geometry; add uclg-sections-map.${zoomed}.js (with its integrity) beside the map's script for finer coasts and borders.`,
        );
      });
    }
    // Once the texts are made, they follow the language.
    if (this.texts) this.makeTexts();
    if (changed.has('highlight') && isRegional(this.highlight)) this.active = this.highlight;
  }

  /** The regional section the map is zoomed on, if any. */
  private zoomedOn(): RegionalSectionId | null {
    const shown = this.selected ?? this.highlight;
    return this.zoom && isRegional(shown) ? shown : null;
  }

  /** This map's copy of the world's countries, made on first need. */
  private worldLayer(): SVGGElement {
    return (this.places ??= this.geometry.layer());
  }

  /** The texts of the current language, unless they are made already. */
  private makeTexts() {
    const locale = this.language.value;
    if (this.texts?.locale === locale) return;
    const texts = textsFromData(locale, this.msg);
    this.texts = {...texts, locale, summary: firstWords[locale]?.summary ?? sectionsSummary(texts.words, locale)};
  }

  /**
   * The first render draws the land only, and waits its turn, so that no task holds the page long
   * (the bench's aim: none over 50 ms, from navigation until the map is painted and the page
   * idle): the shared drawing is made once per page in tasks of its own, then this map renders,
   * in a task per map, each map once the one before is painted. Its words (heading, summary,
   * legend, list, the options' names; the page's first Intl formatters and the language's
   * catalog) come in later tasks, in a second render, in space the first keeps for them; until
   * then the map is inert (and so hidden from assistive technology). `updateComplete` waits for
   * them too (the first update ends with the second pending).
   *
   * A map zoomed on a section whose detail has not come yet waits a bounded moment for the
   * detail (its module is often on its way: fetched beside the map's bundle, its script runs once
   * the page's tasks let it), so that it draws the finer map straight away rather than the
   * world's first and the finer one after; its words follow in its next turn.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.hasUpdated) {
      await (this.spoken ??= inTurn(() => this.texts ?? this.prepareTexts()));
      // Waits too while the element's language is being loaded (UclgElement).
      await super.scheduleUpdate();
      return;
    }
    const zoomed = this.zoomedOn();
    if (zoomed && !hasDetail(zoomed)) {
      // The detail, or a bounded wait: up to 3 s while the page names the section's module (a
      // script, a preload), its fetch under way; else until the page is idle (a module fetched by
      // then has run), at most 300 ms. Then the map draws what it has: never a blank map for long.
      // Nothing else runs meanwhile (the texts come after the land), so the module's script runs
      // as soon as it is fetched.
      const file = `uclg-sections-map.${zoomed}.js`;
      const named = document.querySelector(`script[src*="${file}"], link[href*="${file}"]`);
      await new Promise<void>((resolve) => {
        this.arrived = (section) => section === zoomed && resolve();
        setTimeout(resolve, named ? 3000 : 300);
        if (!named) whenIdle(resolve);
      });
    }
    await inTurn(() => super.scheduleUpdate(), prepareDrawing(zoomed));
    // The words' render is pending as the first update ends: `updateComplete` waits for it too.
    this.requestUpdate();
  }

  /**
   * This map's texts, in a task of its own: no `Intl` service, since their numbers and plurals are
   * the build's (src/generated/formatted.ts), and their heading and summary too
   * (src/generated/first-words.ts), in every language a bundle holds or loads.
   */
  private async prepareTexts() {
    await nextTask();
    this.language.resolve(false);
    this.makeTexts();
    await nextTask();
  }

  /**
   * Once the map is painted and the page idle, makes what only hover and keyboard need, each in
   * its own idle task: the names the first hover shows (a page's first Intl.DisplayNames is slow,
   * and so the first hover would be), then the sections' outlines.
   */
  protected override firstUpdated(): void {
    whenIdle(() => placeNames(this.language.value).name('FR'));
    whenIdle(() => this.outline());
  }

  /**
   * Positions go through the CSSOM, never a style attribute, which a strict
   * Content-Security-Policy (style-src without 'unsafe-inline') would block.
   */
  protected override updated(): void {
    const root = this.renderRoot;
    const {x, y, k, height} = this.frame;
    // The box takes the view's ratio (a zoomed wide section's box is lower than the world's).
    root.querySelector<HTMLElement>('[part="map"]')!.style.aspectRatio = `${WIDTH} / ${height}`;
    const view = root.querySelector<SVGElement>('.view')!;
    view.style.transform = `translate(${x}px, ${y}px) scale(${k})`;
    view.style.setProperty('--_uclg-zoom', String(k));
    this.showTip(this.tip);
  }

  /**
   * Shows (or hides) the tooltip by writing its few nodes directly: hovering costs no render of
   * the element, let alone of the map.
   */
  private showTip(tip: Tip | null): string {
    this.tip = tip;
    const tooltip = this.renderRoot.querySelector<HTMLElement>('[part="tooltip"]');
    if (!tooltip) return '';
    tooltip.hidden = !tip;
    if (!tip) return '';
    const section = isRegional(tip.id) ? null : sectionOfCountry(tip.id);
    const [first, second] = isRegional(tip.id)
      ? [this.sectionName(tip.id), this.scope(tip.id)]
      : [
          placeNames(this.language.value).name(tip.id),
          section ? this.sectionName(section) : this.texts!.words.noSection,
        ];
    tooltip.firstElementChild!.textContent = first;
    tooltip.lastElementChild!.textContent = second;
    // The tooltip follows the pointer on the side the reading goes to (right in left-to-right
    // languages, left in right-to-left ones), and turns back near the map's edge on that side.
    const rtl = direction(this.language.value) === 'rtl';
    tooltip.classList.toggle('end', rtl ? tip.left >= 40 : tip.left > 60);
    Object.assign(tooltip.style, {left: `${tip.left}%`, top: `${tip.top}%`});
    return this.texts!.words.pair(first, second);
  }

  // —— handlers ——

  private select(section: SectionId) {
    this.selected = section;
    if (isRegional(section)) this.active = section;
    this.announcement = this.describe(section);
    this.dispatchEvent(sectionSelect(section));
  }

  private clear() {
    this.showTip(null);
    if (this.selected == null) return;
    this.selected = null;
    this.announcement = this.texts!.words.selectionCleared;
  }

  private readonly onPointerMove = (event: PointerEvent) => {
    const {clientX, clientY} = event;
    let target = event.target as Element;
    if (target.classList.contains('hit')) {
      // Markers close together (the Lesser Antilles on a zoomed map) overlap: the nearest one's.
      const away = (hit: Element) => {
        const b = hit.getBoundingClientRect();
        return Math.hypot(b.x + b.width / 2 - clientX, b.y + b.height / 2 - clientY);
      };
      for (const hit of (this.renderRoot as ShadowRoot).elementsFromPoint(clientX, clientY)) {
        if (hit.classList.contains('hit') && away(hit) < away(target)) target = hit;
      }
    }
    const id = target.getAttribute('data-id');
    if (!id) {
      if (this.tip && !isRegional(this.tip.id)) this.showTip(null);
      return;
    }
    const box = (event.currentTarget as Element).getBoundingClientRect();
    this.showTip({
      id,
      left: ((clientX - box.left) / box.width) * 100,
      top: ((clientY - box.top) / box.height) * 100,
    });
  };

  private readonly onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    const id = target.getAttribute('data-id') ?? target.getAttribute('data-section');
    const section = id && (isRegional(id) ? id : sectionOfCountry(id));
    if (section) this.select(section);
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const along = {ArrowDown: 1, ArrowUp: -1}[event.key];
    if (along) {
      event.preventDefault();
      this.browse(along);
      return;
    }
    // Left and Right go the way the reader sees the legend: forward is right in a left-to-right
    // language, left in a right-to-left one (the map itself is never mirrored).
    const [forward, back] =
      direction(this.language.value) === 'rtl' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    const step = event.key === forward ? 1 : event.key === back ? -1 : undefined;
    const last = regionalSectionIds.length - 1;
    const index = regionalSectionIds.indexOf(this.active);
    let next: number | undefined;
    if (step) next = (index + step + last + 1) % (last + 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key === 'Enter' || event.key === ' ') this.select(this.active);
    else return;
    event.preventDefault();
    if (next !== undefined) {
      this.active = regionalSectionIds[next]!;
      this.updateComplete.then(() => this.focusActive());
    }
  };

  /**
   * Up and Down go through the focused section's countries, in alphabetical order: each is
   * shown in the tooltip, where it is on the map, and announced. So every country and marker is
   * reachable by keyboard too.
   */
  private browse(step: number) {
    const ids = placeNames(this.language.value).ids[this.active];
    const at = this.tip ? ids.indexOf(this.tip.id) : -1;
    const id = ids[at < 0 ? (step > 0 ? 0 : ids.length - 1) : (at + step + ids.length) % ids.length]!;
    const selector = `.marker[data-id="${id}"], .place[data-id="${id}"]`;
    // A member the zoomed view's detail does not reach (Tonga, east of the antimeridian) is where the world has it.
    const shape = (this.layer().querySelector(selector) ??
      this.worldLayer().querySelector(selector)) as SVGGraphicsElement;
    const box = shape.getBBox();
    const {x, y, k, height} = this.frame;
    this.announcement = this.showTip({
      id,
      left: ((x + k * (box.x + box.width / 2)) / WIDTH) * 100,
      top: ((y + k * (box.y + box.height / 2)) / height) * 100,
    });
    this.requestUpdate();
  }

  private readonly onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.clear();
  };

  private readonly onFocus = (event: FocusEvent) => {
    this.outline();
    const id = (event.target as Element).getAttribute('data-section');
    if (isRegional(id)) this.showTip({id, ...this.anchor(id)});
  };

  private readonly onBlur = () => void this.showTip(null);

  /** Draws every section's outline, from now on. */
  private outline() {
    if (this.outlined) return;
    this.outlined = true;
    this.requestUpdate();
  }

  private focusActive() {
    this.renderRoot.querySelector<SVGElement>(`[data-section="${this.active}"]`)?.focus();
  }

  // —— derived text ——

  private sectionName(id: SectionId) {
    return this.texts!.sections[id].name;
  }

  /** How many countries and territories a section covers (its area, not its members), or "worldwide". */
  private scope(id: SectionId) {
    return this.texts!.scope[id];
  }

  /** What a screen reader says of a section: its name and how many countries and territories it covers. */
  private describe(id: SectionId) {
    return this.texts!.words.pair(this.sectionName(id), this.scope(id));
  }

  /** Where the tooltip of a focused section points: the middle of its area, through the zoom. */
  private anchor(id: RegionalSectionId) {
    const [ax, ay] = this.geometry.anchors[id];
    const {x, y, k, height} = this.frame;
    return {left: ((x + k * ax) / WIDTH) * 100, top: ((y + k * ay) / height) * 100};
  }

  // —— render ——

  /** The texts a render shows: none in the first (the land only), even where they are made. */
  private get written() {
    return this.hasUpdated ? this.texts : undefined;
  }

  /**
   * Without its texts (the first render), the same template with the words the build made for the
   * language (src/generated/first-words.ts: the heading, the summary, each legend entry's words,
   * the list's summary, the source; a language loaded later brings its own), so that nothing moves
   * when the texts come; should a language come without them, one blank line for each. The whole
   * is inert (so out of the accessibility tree too) until then.
   */
  protected override render() {
    const texts = this.written;
    // The words are there from the first render (made at build time, no Intl nor catalog): the
    // map never moves down, and what is below it never moves, when the texts come.
    const first = this.firstWords;
    const title = texts?.words.title ?? first?.title;
    return html`<section part="base" aria-label=${title ?? nothing} .inert=${!texts} @keydown=${this.onEscape}>
      ${this.renderHeading(title ?? BLANK)}
      <p part="summary" class="summary">${texts?.summary ?? first?.summary ?? BLANK}</p>
      ${this.renderMap()} ${this.renderLegend()} ${this.renderList()}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${texts ? this.renderSource() : html`<p part="source" class="source">${first?.source ?? BLANK}</p>`}
    </section>`;
  }

  /** The drawing the map shows: the zoomed section's finer one, or the world's. */
  private layer() {
    return (this.detail && this.detailLayers.get(this.detail)) ?? this.worldLayer();
  }

  private renderMap() {
    const {sphere} = this.geometry;
    const {sectionOutline} = this.detail ?? this.geometry;
    const {height} = this.frame;
    const label = this.written?.words.mapLabel;
    return html`<div part="map" class="map ${this.frame.k > 1 ? 'zoomed' : ''}">
      <svg
        viewBox="0 0 ${WIDTH} ${height}"
        @pointermove=${this.onPointerMove}
        @pointerleave=${() => this.showTip(null)}
        @click=${this.onClick}
      >
        <g class="view">
          <path class="sphere" d=${sphere}></path>
          <g class="land" data-highlight=${isRegional(this.shown) ? this.shown : nothing} aria-hidden="true">
            ${this.layer()}
          </g>
          <g
            role="listbox"
            tabindex="-1"
            aria-label=${label ?? nothing}
            aria-orientation="horizontal"
            @keydown=${this.onKeyDown}
            @focusin=${this.onFocus}
            @focusout=${this.onBlur}
          >
            ${regionalSectionIds.map(
              (id) => svg`<path
                class="section s-${id}"
                role="option"
                data-section=${id}
                d=${this.outlined || id === this.shown ? sectionOutline(id) : nothing}
                tabindex=${id === this.active ? 0 : -1}
                aria-selected=${id === this.shown ? 'true' : 'false'}
                aria-label=${this.written ? this.describe(id) : nothing}
              ></path>`,
            )}
          </g>
        </g>
      </svg>
      ${this.renderTip()}
    </div>`;
  }

  private renderTip() {
    return html`<div part="tooltip" class="tooltip" role="tooltip" hidden><strong></strong><span></span></div>`;
  }

  /** The words the build made for the language, which the first render shows. */
  private get firstWords() {
    return firstWords[this.language.value];
  }

  private renderLegend() {
    const texts = this.written;
    const first = this.firstWords?.legend;
    return html`<ul part="legend" class="legend" aria-label=${texts?.words.legendLabel ?? nothing}>
      ${sections.map(
        (s: Section) =>
          html`<li class=${s.regional ? '' : 'worldwide'}>
            <button
              type="button"
              data-section=${s.id}
              aria-pressed=${s.id === this.shown ? 'true' : 'false'}
              @click=${() => this.select(s.id)}
            >
              <svg class="swatch s-${s.id}" viewBox="0 0 16 16" aria-hidden="true">
                <rect x="1" y="1" width="14" height="14" rx="2"></rect>
              </svg>
              <span class="name">${texts ? this.sectionName(s.id) : (first?.[s.id].name ?? BLANK)}</span>
              <span class="scope">${texts ? this.scope(s.id) : (first?.[s.id].scope ?? BLANK)}</span>
            </button>
            <a href=${s.website} rel="noopener">${texts?.sections[s.id].short ?? first?.[s.id].short ?? BLANK}</a>
          </li>`,
      )}
    </ul>`;
  }

  private renderList() {
    const summary = this.written?.words.listSummary ?? this.firstWords?.listSummary ?? BLANK;
    return html`<details
      part="list"
      class="list"
      @toggle=${(e: Event) => (this.listOpen = (e.target as HTMLDetailsElement).open)}
    >
      <summary>${summary}</summary>
      ${this.listOpen ? guard([this.language.value], () => this.renderListContent()) : nothing}
    </details>`;
  }

  /** Built when the list is first opened: a closed <details> shows its content to no one. */
  private renderListContent() {
    const names = placeNames(this.language.value);
    return html` <ul>
      ${sections.map(
        (s) =>
          html`<li>
            ${this.texts!.words.listEntry(this.sectionName(s.id), this.texts!.sections[s.id].organisation, this.scope(s.id))}
            ${
              s.regional
                ? html`<ul class="countries">
                    ${names.members[s.id as RegionalSectionId].map((n) => html`<li>${n}</li>`)}
                  </ul>`
                : nothing
            }
          </li>`,
      )}
    </ul>`;
  }
}
