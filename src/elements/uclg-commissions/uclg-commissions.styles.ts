import {css} from 'lit';

export const commissionsStyles = css`
  p {
    margin: 0 0 calc(var(--_uclg-space) * 0.75);
  }
  .purposes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: calc(var(--_uclg-space) * 0.75);
    margin: 0 0 var(--_uclg-space);
    padding: 0;
    list-style: none;
  }
  .purposes li {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_uclg-accent);
    font-weight: 700;
    line-height: 1.3;
  }
  .values {
    padding-block: calc(var(--_uclg-space) * 0.5);
    border-block: 1px solid var(--_uclg-border);
    font-style: var(--_uclg-italic);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.75em;
    margin-block-end: calc(var(--_uclg-space) * 0.75);
  }
  label {
    font-weight: 600;
  }
  input {
    flex: 1 1 12rem;
    min-width: 0;
    box-sizing: border-box;
    padding: 0.4em 0.6em;
    font: inherit;
    color: inherit;
    background: var(--_uclg-background);
    border: 1px solid var(--_uclg-muted);
    border-radius: var(--_uclg-radius);
  }
  .count {
    flex-basis: 100%;
    margin: 0;
    color: var(--_uclg-muted);
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    align-items: start;
    gap: 0.5em var(--_uclg-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .fields li {
    display: flex;
    flex-direction: column;
    gap: 0.1em;
    padding-block: 0.3em;
    padding-inline-start: 0.6em;
    border-inline-start: 2px solid var(--_uclg-border);
  }
  /* Heavier type and a thicker rule: the brochure's bold, carried by more than colour. */
  .fields .emphasis {
    border-inline-start: 4px solid var(--_uclg-accent);
    padding-inline-start: calc(0.6em - 2px);
    font-weight: 800;
  }
  .body {
    color: var(--_uclg-muted);
    font-size: 0.8em;
    font-weight: 400;
  }
  summary {
    margin-block-end: 0.5em;
    color: var(--_uclg-accent);
    font-weight: 700;
    cursor: pointer;
  }
  .clear {
    padding: 0.4em 0.9em;
    font: inherit;
    color: var(--_uclg-accent);
    background: transparent;
    border: 1px solid var(--_uclg-accent);
    border-radius: var(--_uclg-radius);
    cursor: pointer;
  }
`;
