import {css} from 'lit';

export const aboutStyles = css`
  p {
    margin: 0 0 0.6em;
  }
  .topic + .topic {
    margin-block-start: var(--_uclg-space);
  }
  .topic > :last-child {
    margin-block-end: 0;
  }
  .tagline {
    margin-block-start: -0.3em;
    color: var(--_uclg-accent);
    font-weight: 600;
  }
  .lead {
    font-weight: 700;
    line-height: 1.3;
  }
  ul {
    display: grid;
    grid-template-columns: 1fr;
    gap: calc(var(--_uclg-space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_uclg-accent);
  }
  /* The brochure's capital verbs, as small capitals: read as words, not spelt out. */
  .verb {
    color: var(--_uclg-accent);
    font-size: 1.2em;
    font-weight: 800;
    font-variant-caps: all-small-caps;
    letter-spacing: 0.04em;
  }
  /* One, two or four objectives a row: never three over one. */
  @container (min-width: 30rem) {
    ul {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 56rem) {
    ul {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  .values p {
    padding-block: calc(var(--_uclg-space) * 0.5);
    border-block: 1px solid var(--_uclg-border);
    font-style: var(--_uclg-italic);
  }
`;
