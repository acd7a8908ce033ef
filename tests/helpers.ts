import {fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import '../src/all.js';

/** Every element's tag, as the build's manifest lists them (from the folders of src/elements/). */
export const tags: string[] = await fetch(new URL('../dist/custom-elements.json', import.meta.url))
  .then((response) => response.json() as Promise<{modules: {declarations?: {tagName?: string}[]}[]}>)
  .then((manifest) => manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.tagName ?? []));

/** Opens one of tests/pages in an iframe, and waits until its elements have rendered. */
export async function openPage(page: string): Promise<Window & {recorded: string[]}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px';
  frame.src = new URL(`./pages/${page}`, import.meta.url).href;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as Window & {recorded: string[]};
  const widgets = () => [...win.document.querySelectorAll('*')].filter((e) => tags.includes(e.localName));
  // Five bundles and their first renders (the map's spans several tasks): seconds, not the
  // default one, on a machine busy with the three engines at once.
  await waitUntil(
    () => widgets().length && widgets().every((e) => e.shadowRoot?.childElementCount),
    'the elements did not render',
    {timeout: 10000},
  );
  // And their later renders (the map's words follow its land): each settled.
  for (const widget of widgets() as (Element & {updateComplete: Promise<boolean>})[]) {
    while (!(await widget.updateComplete));
  }
  return win;
}

/** Renders `template` and waits until the element (and its language) has settled. */
export async function render<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const element = await fixture<T>(template);
  await settle(element);
  return element;
}

/**
 * Waits for pending `lang` observers and the element's updates: `updateComplete` is false while
 * another update is pending (the map's first render spans several tasks, longer on a busy machine).
 */
export async function settle(element: HTMLElement): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  const updating = element as HTMLElement & {updateComplete?: Promise<boolean>};
  while (updating.updateComplete && !(await updating.updateComplete));
}

/** Text of the rendered nodes under `root` that `skip` does not exclude, whitespace collapsed. */
function text(root: Node, skip: (element: Element) => boolean): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!skip(parent) && parent.checkVisibility()) parts.push(node.textContent!);
  }
  return parts
    .join(' ')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/** `target`'s shadow root (or `target`), or what `selector` finds in it. */
function find(target: Element, selector?: string): Node {
  const root = target.shadowRoot ?? target;
  const node = selector ? root.querySelector(selector) : root;
  if (!node) throw new Error(`nothing matches ${selector}`);
  return node;
}

/** The text a sighted reader sees (visually hidden text left out). */
export function seen(target: Element, selector?: string): string {
  return text(find(target, selector), (e) => !!e.closest('.visually-hidden'));
}

/** The text a screen reader reads (`aria-hidden` text left out). */
export function spoken(target: Element, selector?: string): string {
  return text(find(target, selector), (e) => !!e.closest('[aria-hidden="true"]'));
}

/** The first node `selector` finds in `el`'s shadow root (null when none, whatever the type says). */
export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!;
/** Every node `selector` finds in `el`'s shadow root. */
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

/** A colour (a name, a system colour such as `Canvas`) as the browser computes it now. */
export function computed(colour: string): string {
  const probe = document.createElement('div');
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** Collects console.warn calls while `fn` runs. */
export async function warnings(fn: () => unknown): Promise<string[]> {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return messages;
}

export /** Makes the browser's languages `languages` while `fn` runs. */
async function withBrowserLanguages<T>(languages: string[], fn: () => Promise<T>): Promise<T> {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
  Object.defineProperty(navigator, 'languages', {configurable: true, get: () => languages});
  try {
    return await fn();
  } finally {
    delete (navigator as unknown as Record<string, unknown>).languages;
    Object.defineProperty(Navigator.prototype, 'languages', original);
  }
}

/** Media features to emulate; null stops emulating one. */
export interface Media {
  forcedColors?: 'active' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  colorScheme?: 'light' | 'dark' | null;
}

/**
 * Emulates media features for the page (server command `emulate`, scripts/tools/browsers.mjs). An engine
 * that cannot (WebKit: its WebDriver has no such command) skips the running test, saying why.
 */
export async function emulate(test: Mocha.Context, media: Media): Promise<void> {
  const result = await executeServerCommand<true | {unsupported: string}, Media>('emulate', media);
  if (result !== true) {
    console.log(`Skipped "${test.test?.title}": ${result.unsupported}.`);
    test.skip();
  }
}

/** Stops emulating every media feature (for afterEach). */
export async function unemulate(): Promise<void> {
  await executeServerCommand('emulate', {forcedColors: null, reducedMotion: null, colorScheme: null});
}

export {html};
