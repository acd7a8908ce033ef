import {css, unsafeCSS} from 'lit';
import {regionalSectionIds, sections} from '../../data/sections.js';
import {height, width} from '../../generated/geometry.js';

// Section colours come from the data module (our own constants, never page input).
const fills = (theme: 'light' | 'dark') =>
  unsafeCSS(sections.map((s) => `.s-${s.id}{--_fill:${s.colour[theme]}}`).join(''));
const dimmed = unsafeCSS(
  regionalSectionIds.map((id) => `.land[data-highlight='${id}'] :is(.place,.marker):not(.s-${id})`).join(','),
);
const highlighted = unsafeCSS(
  regionalSectionIds.map((id) => `.land[data-highlight='${id}'] :is(.place,.marker).s-${id}`).join(','),
);

export const sectionsMapStyles = css`
  :host {
    --_uclg-ocean: var(--uclg-color-ocean, #e8eff6);
    --_uclg-none: #d5d9de;
  }
  :host([theme='dark']) {
    --_uclg-ocean: var(--uclg-color-ocean, #1c2631);
    --_uclg-none: #4a525c;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_uclg-ocean: var(--uclg-color-ocean, #1c2631);
      --_uclg-none: #4a525c;
    }
  }
  ${fills('light')}
  :host([theme='dark']) {
    ${fills('dark')}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${fills('dark')}
    }
  }
  .s-none {
    --_fill: var(--_uclg-none);
  }
  .summary {
    margin: 0 0 var(--_uclg-space);
    color: var(--_uclg-muted);
  }
  .map {
    /* The map's own ratio, known at build time: nothing moves when it renders. */
    aspect-ratio: ${width} / ${height};
    container-type: inline-size;
    position: relative;
    overflow: hidden;
    width: 100%;
  }
  svg {
    display: block;
    width: 100%;
    height: 100%;
  }
  .view {
    transform-origin: 0 0;
  }
  /* Markers keep their size on screen when the view zooms, and grow on narrow maps. */
  .marker,
  .hit {
    transform-box: fill-box;
    transform-origin: center;
    transform: scale(calc(var(--_uclg-marker, 1) / var(--_uclg-zoom, 1)));
  }
  @container (max-width: 640px) {
    .view {
      --_uclg-marker: 1.6;
    }
  }
  @container (max-width: 400px) {
    .view {
      --_uclg-marker: 2.4;
    }
  }
  .view {
    transition: transform 0.6s ease-in-out;
  }
  .marker,
  .hit {
    transition:
      transform 0.6s ease-in-out,
      opacity 0.2s;
  }
  .sphere {
    fill: var(--_uclg-ocean);
    stroke: var(--_uclg-border);
    vector-effect: non-scaling-stroke;
  }
  /* Zoomed, the whole frame is sea: where a view reaches past the projection's rim (Asia-Pacific's
     east, Eurasia's north-east), no rim shows inside it. */
  .zoomed {
    background: var(--_uclg-ocean);
  }
  .zoomed .sphere {
    stroke: none;
  }
  .place,
  .marker {
    fill: var(--_fill);
  }
  .place {
    transition: opacity 0.2s;
  }
  /* A ring in the text colour: a marker reads on land of its own colour (Malta, Monaco… on
     Europe) as well as on the sea, in both themes. */
  .marker {
    stroke: var(--_uclg-text);
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }
  .hit {
    fill: transparent;
  }
  .borders,
  .outlines,
  .section {
    fill: none;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .borders {
    stroke: var(--_uclg-background);
    stroke-width: 0.5;
  }
  .outlines {
    stroke: var(--_uclg-text);
    stroke-width: 0.6;
    stroke-opacity: 0.8;
  }
  ${dimmed} {
    opacity: 0.25;
  }
  .section {
    stroke: none;
    outline: none;
  }
  .section[aria-selected='true'] {
    stroke: var(--_uclg-text);
    stroke-width: 1.75;
  }
  .section:focus-visible {
    stroke: var(--_uclg-accent);
    stroke-width: 3;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    display: flex;
    flex-direction: column;
    max-width: 16em;
    padding: 0.35em 0.6em;
    transform: translate(0.75em, -50%);
    color: var(--_uclg-text);
    background: var(--_uclg-background);
    border: 1px solid var(--_uclg-border);
    border-radius: calc(var(--_uclg-radius) / 2);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    font-size: 0.875em;
    pointer-events: none;
    white-space: nowrap;
    /* Its own layer: moving it repaints neither the map nor the page. */
    will-change: transform;
  }
  /* Placed in physical terms, as the map is (never mirrored): .end puts it left of the pointer. */
  .tooltip.end {
    transform: translate(calc(-100% - 0.75em), -50%);
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip span {
    color: var(--_uclg-muted);
  }
  .legend {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13em, 1fr));
    gap: 0.5em 1em;
    margin: var(--_uclg-space) 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  /* On a phone, the legend's nine entries a little closer: the map fits a 1000-px embed at 360 px. */
  @container (max-width: 30rem) {
    .legend {
      row-gap: 0.3em;
      line-height: 1.3;
    }
  }
  .legend li {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
  }
  .legend button {
    display: grid;
    grid-template-columns: 1.1em auto;
    column-gap: 0.45em;
    align-items: center;
    padding: 0.1em 0.25em;
    margin-inline-start: -0.25em;
    color: inherit;
    font: inherit;
    text-align: start;
    background: none;
    border: 1px solid transparent;
    border-radius: 3px;
    cursor: pointer;
  }
  .legend button[aria-pressed='true'] {
    border-color: var(--_uclg-text);
  }
  .legend .name {
    font-weight: 700;
  }
  .legend .scope {
    grid-column: 2;
    color: var(--_uclg-muted);
  }
  .legend a {
    margin-inline-start: 1.55em;
  }
  .swatch {
    width: 1.1em;
    height: 1.1em;
  }
  .swatch rect {
    fill: var(--_fill);
    stroke: var(--_uclg-text);
    stroke-width: 1;
  }
  .worldwide .swatch rect {
    fill: none;
    stroke: var(--_fill);
    stroke-width: 2.5;
    stroke-dasharray: 3 2;
  }
  .list {
    margin-block-start: var(--_uclg-space);
    font-size: 0.875em;
  }
  .list summary {
    cursor: pointer;
    color: var(--_uclg-accent);
  }
  .list > ul {
    padding-inline-start: 1.25em;
  }
  .countries {
    columns: 12em;
    margin: 0.25em 0 0.75em;
    padding-inline-start: 1.25em;
  }
  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }
    .sphere {
      fill: Canvas;
      stroke: CanvasText;
    }
    .place,
    .marker,
    .swatch rect {
      fill: Canvas;
    }
    ${highlighted} {
      fill: Highlight;
    }
    .marker,
    .outlines,
    .swatch rect,
    .worldwide .swatch rect {
      stroke: CanvasText;
    }
    .borders {
      stroke: GrayText;
    }
    /* Without fills, sections are told apart by their borders. */
    .outlines {
      stroke-width: 1.5;
      stroke-opacity: 1;
    }
    .section[aria-selected='true'] {
      stroke: CanvasText;
    }
    .section:focus-visible {
      stroke: Highlight;
    }
    .legend button[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .view,
    .place,
    .marker,
    .hit {
      transition: none;
    }
  }
`;
