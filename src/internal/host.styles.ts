import {css} from 'lit';

/** The dark palette, used by `theme="dark"` and by `theme="auto"` on a dark system. */
const dark = css`
  color-scheme: dark;
  --_uclg-text: var(--uclg-color-text, #eef1f5);
  --_uclg-background: var(--uclg-color-background, #151a21);
  --_uclg-accent: var(--uclg-color-accent, #8cc8ff);
  --_uclg-muted: var(--uclg-color-muted, #b9c2cd);
  --_uclg-border: var(--uclg-color-border, #3c4654);
`;

/**
 * Host styles shared by every element. Public tokens are `--uclg-*` (documented on each
 * element); the private `--_uclg-*` ones hold the theme's defaults, so a host page's own
 * custom properties, which inherit into shadow roots, never collide with ours.
 */
export const hostStyles = css`
  :host {
    /*
     * Inherited properties cross the shadow boundary: start from a clean slate, but the font, and
     * but what a page uses to hide or disable content (collapsed tabs, carousels, overlays).
     */
    all: initial;
    visibility: inherit;
    pointer-events: inherit;
    display: block;
    color-scheme: light;
    --_uclg-text: var(--uclg-color-text, #1b2129);
    --_uclg-background: var(--uclg-color-background, #ffffff);
    --_uclg-accent: var(--uclg-color-accent, #0a57a4);
    --_uclg-muted: var(--uclg-color-muted, #4a5564);
    --_uclg-border: var(--uclg-color-border, #cfd6df);
    --_uclg-radius: var(--uclg-radius, 0.5rem);
    --_uclg-space: var(--uclg-spacing, 1rem);
    font-family: var(--uclg-font-family, inherit);
    font-size: var(--uclg-font-size, inherit);
    line-height: 1.4;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  /* Emphasis the Latin and Cyrillic way, upright in scripts that have no italics (Arabic, Chinese). */
  [part~='base'] {
    --_uclg-italic: italic;
  }
  [part~='base']:is(:lang(ar), :lang(zh)) {
    --_uclg-italic: normal;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  @media (forced-colors: active) {
    :host {
      --_uclg-text: CanvasText;
      --_uclg-background: Canvas;
      --_uclg-accent: LinkText;
      --_uclg-muted: CanvasText;
      --_uclg-border: CanvasText;
    }
  }
  [part~='base'] {
    box-sizing: border-box;
    container-type: inline-size;
    color: var(--_uclg-text);
    background: var(--_uclg-background);
    border: 1px solid var(--_uclg-border);
    border-radius: var(--_uclg-radius);
    padding: var(--_uclg-space);
  }
  [role='heading'] {
    margin: 0 0 calc(var(--_uclg-space) * 0.75);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .subheading {
    margin: var(--_uclg-space) 0 0.4em;
    font-size: 1.1em;
  }
  a {
    color: var(--_uclg-accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 2px solid var(--_uclg-accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .source {
    margin: var(--_uclg-space) 0 0;
    color: var(--_uclg-muted);
    font-size: 0.8em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
