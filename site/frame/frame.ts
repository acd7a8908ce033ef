/**
 * The script of every frame page (`frame/<tag>.html` and the prebuilt pages of `embed/`): shows one
 * configured element and nothing else, keeps the embedding page told of its height, and makes its
 * links work, or say where they lead, inside a frame.
 *
 * A prebuilt page holds its element in its markup (`data-uclg-frame`), with the widget's facts as
 * plain HTML inside it, which readers without JavaScript see and the element's shadow root replaces.
 * `frame/<tag>.html` builds its element from its address instead, checked against the element's
 * declaration, which the page holds as data (`<script type="application/json">`, never run).
 * Nothing from the address is written as HTML: the element is made with `createElement` and given
 * attributes with `setAttribute`, so the page works under `require-trusted-types-for 'script'`.
 *
 * Both kinds of page name their element's bundle in a `<link rel="modulepreload">`, so the browser
 * fetches it alongside this script (one request round, not two), and this script imports it.
 */
import type {Declaration} from '../manifest.js';
import {reportHeight} from './height.js';
import {matchLocale} from '../../src/internal/locale.js';
import {handleLinks} from './links.js';
import {readChoice} from './params.js';

function widget(): HTMLElement {
  const prebuilt = document.querySelector<HTMLElement>('[data-uclg-frame]');
  if (prebuilt) return prebuilt;
  const declaration = JSON.parse(document.getElementById('uclg-frame-element')!.textContent!) as Declaration;
  const {attributes, styles, warnings} = readChoice(declaration, new URLSearchParams(location.search));
  // Each mistake once, however often the address repeats it.
  for (const warning of new Set(warnings)) console.warn(warning);
  const element = document.createElement(declaration.tagName!);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  // On the page, so they reach the background too; custom properties inherit into the element.
  for (const [name, value] of styles) document.documentElement.style.setProperty(name, value);
  document.body.replaceChildren(element);
  return element;
}

const element = widget();
const root = document.documentElement;
const lang = matchLocale(element.getAttribute('lang'));
if (lang) root.lang = lang;
// The page's background follows the element's theme (frame.css); an unknown one is the element's to warn about.
root.dataset.theme = ['dark', 'auto'].includes(element.getAttribute('theme') ?? '')
  ? element.getAttribute('theme')!
  : 'light';
// The element's renders, once its bundle (imported below) has defined it, with its fonts: until
// no update is pending (`updateComplete` is true), since the map's words follow its land.
const rendered = customElements.whenDefined(element.localName).then(async () => {
  // (An element without `updateComplete` has no later render to wait for.)
  while ((await (element as HTMLElement & {updateComplete?: Promise<boolean>}).updateComplete) === false);
  // The page speaks as its widget does: the language it resolved (the address's, else the
  // reader's) and its direction, for the page's own parts too (the copy note, the scrollbar).
  const base = element.shadowRoot?.querySelector('[part~="base"]');
  for (const name of ['lang', 'dir']) {
    const value = base?.getAttribute(name);
    if (value) root.setAttribute(name, value);
  }
  return document.fonts?.ready;
});
reportHeight(rendered);
handleLinks();
const bundle = document.querySelector<HTMLLinkElement>('link[rel="modulepreload"]')?.href;
// A zoomed map's section module (its finer map), when the page names one for its section: from
// the page's own data, never from the address. It hands its drawing over whichever loads first.
const details = document.getElementById('uclg-frame-details');
const section = element.hasAttribute('zoom') ? element.getAttribute('highlight') : null;
const named = details && section ? (JSON.parse(details.textContent!) as Record<string, string>) : {};
const detail = section && Object.hasOwn(named, section) ? named[section] : undefined;
if (bundle) await Promise.all([import(bundle), detail && import(new URL(detail, bundle).href)]);
