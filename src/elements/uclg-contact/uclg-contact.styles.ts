import {css} from 'lit';

export const contactStyles = css`
  address {
    display: grid;
    gap: calc(var(--_uclg-space) * 0.75);
    font-style: normal;
  }
  .name {
    font-weight: 700;
  }
  .postal {
    display: flex;
    flex-direction: column;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.35em 1em;
    margin: 0;
  }
  dl > div {
    display: contents;
  }
  dt {
    color: var(--_uclg-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .vcard {
    display: inline-flex;
    align-items: center;
    margin-block-start: var(--_uclg-space);
    padding: 0.45em 0.9em;
    border: 1px solid var(--_uclg-accent);
    border-radius: var(--_uclg-radius);
    font-weight: 600;
    text-decoration: none;
  }
  .vcard:hover {
    text-decoration: underline;
  }
  @container (max-width: 22rem) {
    dl {
      grid-template-columns: 1fr;
      gap: 0 0;
    }
    dd {
      margin-block-end: 0.4em;
    }
  }

  /* Compact: a few wrapping lines, for a page footer. */
  .compact {
    font-size: 0.9em;
    padding: calc(var(--_uclg-space) * 0.75);
  }
  .compact address,
  .compact .postal,
  .compact dl,
  .compact dl > div {
    display: flex;
    flex-flow: row wrap;
    align-items: baseline;
    gap: 0.2em 0.4em;
  }
  .compact address,
  .compact dl {
    column-gap: 1.25em;
  }
  .compact .postal > span:not(:last-child)::after {
    content: ',';
  }
  .compact .vcard {
    margin-block-start: 0.5em;
    padding: 0.2em 0.6em;
  }
`;
