import {css} from 'lit';

export const aboutStyles = css`
  p {
    margin: 0 0 0.6em;
  }
  .topic + .topic {
    margin-block-start: var(--_uclg-space);
  }
  .topic > :last-child,
  .body > :last-child {
    margin-block-end: 0;
  }
  /* A folded topic's subheading: the heading's own look, with a chevron that turns as it opens. */
  .toggle {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    inline-size: 100%;
    padding: 0.2em 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .toggle::before {
    content: '';
    flex: none;
    inline-size: 0.45em;
    block-size: 0.45em;
    /* Physical sides: the chevron's direction is set by the rotations below, right to left too. */
    border-right: 2px solid;
    border-bottom: 2px solid;
    transform: translateY(-0.1em) rotate(45deg);
  }
  .toggle[aria-expanded='false']::before {
    transform: rotate(-45deg);
  }
  [dir='rtl'] .toggle[aria-expanded='false']::before {
    transform: rotate(135deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .toggle::before {
      transition: transform 0.15s;
    }
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
  [data-topic='values'] p {
    padding-block: calc(var(--_uclg-space) * 0.5);
    border-block: 1px solid var(--_uclg-border);
    font-style: var(--_uclg-italic);
  }
`;
