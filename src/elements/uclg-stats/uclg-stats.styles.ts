import {css} from 'lit';

export const statsStyles = css`
  ul {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_uclg-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    padding-block-start: calc(var(--_uclg-space) * 0.5);
    border-block-start: 3px solid var(--_uclg-accent);
  }
  .lead {
    font-size: 0.85em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  /* In one column a figure without words before it takes no line for them. */
  .lead:empty {
    display: none;
  }
  .value {
    color: var(--_uclg-accent);
    /* Scales with the card, so the longest figure ("5 mil millones") fits its column. */
    font-size: clamp(1.5em, 11cqi, 2em);
    font-weight: 800;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .unit {
    font-size: 0.6em;
    font-weight: 700;
  }
  .label {
    color: var(--_uclg-muted);
    font-size: 0.95em;
  }
  @container (min-width: 30rem) {
    ul {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    /* Side by side, every figure keeps the line so that the numbers line up. */
    .lead,
    .lead:empty {
      display: block;
      min-block-size: 1.3em;
    }
    .value {
      font-size: clamp(1.5em, 5.5cqi, 2em);
    }
  }
  @container (min-width: 60rem) {
    ul {
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      grid-template-columns: none;
    }
    .value {
      font-size: clamp(1.5em, 2.6cqi, 2.5em);
    }
  }
`;
