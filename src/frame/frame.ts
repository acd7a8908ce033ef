/**
 * The script of every frame page (`frame.html` and the prebuilt pages of `embed/`): shows one
 * configured element and nothing else, keeps the embedding page told of its height, and makes its
 * links work, or say where they lead, inside a frame.
 *
 * A prebuilt page holds its element in its markup (`data-uclg-frame`), with the widget's facts as
 * plain HTML inside it, which readers without JavaScript see and the element's shadow root replaces.
 * `frame.html` builds the element from its address instead. Nothing from the address is written as
 * HTML: the element is made with `createElement` and given attributes with `setAttribute`, so the
 * page works under `require-trusted-types-for 'script'`.
 */
import {reportHeight} from './height.js';
import {frameLanguage} from './language.js';
import {handleLinks} from './links.js';
import {readChoice, type Manifest} from './params.js';

/** Written in by the build: custom-elements.json cut to tags, attributes and CSS properties. */
declare const UCLG_FRAME_MANIFEST: Manifest;
/** Written in by the build: each tag's bundle, beside this script. */
declare const UCLG_FRAME_BUNDLES: Record<string, string>;

function widget(): HTMLElement {
  const prebuilt = document.querySelector<HTMLElement>('[data-uclg-frame]');
  if (prebuilt) return prebuilt;
  const {tag, attributes, styles, warnings} = readChoice(UCLG_FRAME_MANIFEST, new URLSearchParams(location.search));
  // Each mistake once, however often the address repeats it.
  for (const warning of new Set(warnings)) console.warn(warning);
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  // On the page, so they reach the background too; custom properties inherit into the element.
  for (const [name, value] of styles) document.documentElement.style.setProperty(name, value);
  document.body.replaceChildren(element);
  return element;
}

const element = widget();
const root = document.documentElement;
const lang = frameLanguage(element.getAttribute('lang'));
if (lang) root.lang = lang;
// The page's background follows the element's theme (frame.css); an unknown one is the element's to warn about.
root.dataset.theme = ['dark', 'auto'].includes(element.getAttribute('theme') ?? '') ? element.getAttribute('theme')! : 'light';
reportHeight();
handleLinks();
const bundle = UCLG_FRAME_BUNDLES[element.localName];
if (bundle) await import(new URL(bundle, import.meta.url).href);
