/**
 * The embed page's script: a gallery of every element and a configurator that writes the
 * snippet a webmaster pastes. Everything it offers comes from custom-elements.json (elements,
 * attributes with their types and defaults, CSS custom properties) and embed.json (version,
 * languages, bundles with their integrity hashes), both written by the build next to this file:
 * a new element shows up here without a change to this script.
 *
 * The page runs under a strict CSP with Trusted Types: no HTML strings, no inline styles (custom
 * properties and sizes go through CSSOM, which CSP allows).
 */
import {customElements as declarationsOf, defaultText, enumValues, type Declaration} from '../manifest.js';
import {acceptedStyle, isStyleValue} from '../style-values.js';
import {quoted} from '../../src/internal/warn.js';

interface Embed {
  version: string;
  folder: string;
  locales: string[];
  bundles: Record<string, {integrity: string; type: 'module' | 'classic'}>;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function create<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), properties);
  element.append(...children);
  return element;
}

const unset = 'Unset: the widget’s own.';

/** A manifest description as text, its `code` spans as <code>. */
function described(id: string, text = ''): HTMLSpanElement {
  const parts = text.split('`').map((part, i) => (i % 2 ? create('code', {}, part) : part));
  return create('span', {className: 'hint', id}, ...parts);
}

/**
 * A colour as `#rrggbb`, the only form a colour input holds, as the browser reads it (a canvas
 * context gives opaque colours back that way); undefined for a colour with transparency.
 */
function asHex(colour: string): string | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return /^#[\da-f]{6}$/i.test(colour) ? colour.toLowerCase() : undefined;
  context.fillStyle = colour;
  const read = String(context.fillStyle);
  return /^#[\da-f]{6}$/.test(read) ? read : undefined;
}

/** What the webmaster chose: the element, its attributes (in the manifest's order) and styles. */
interface Choice {
  tag: string;
  attributes: [string, string][];
  styles: [string, string][];
  minHeight: number;
}

/** The element as it is written in a snippet, with its space reserved. */
function elementSnippet({tag, attributes, styles, minHeight}: Choice): string {
  const style = [`display:block`, `min-height:${minHeight}px`, ...styles.map(([name, value]) => `${name}:${value}`)];
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`));
  return `<${tag}${attrs.join('')} style="${escape(style.join(';'))}"></${tag}>`;
}

/** The `<script>` tag that loads `file` from `base` (a folder URL), checked by its integrity hash. */
function scriptSnippet(embed: Embed, base: string, file: string): string {
  const {integrity, type} = embed.bundles[file];
  const src = new URL(`${embed.folder}/${file}`, base).href;
  const kind = type === 'module' ? ' type="module"' : '';
  const defer = type === 'classic' ? ' defer' : '';
  return `<script${kind} src="${escape(src)}" integrity="${integrity}" crossorigin="anonymous"${defer}></script>`;
}

/**
 * The prebuilt page (`embed/<tag>/<lang>-<theme>[-<section>].html`, see site/build/frames.mjs) that
 * shows exactly this choice, when frames.json lists one; else undefined.
 */
function prebuiltPage({tag, attributes, styles}: Choice, pages: Record<string, unknown>): string | undefined {
  const chosen = new Map(attributes);
  const {lang, theme = 'light', highlight} = Object.fromEntries(chosen);
  const rest = [...chosen.keys()].filter((name) => !['lang', 'theme', 'highlight', 'zoom'].includes(name));
  // A highlighted section is prebuilt zoomed; nothing else is prebuilt with options or colours.
  if (!lang || rest.length || styles.length || (highlight !== undefined) !== chosen.has('zoom')) return undefined;
  const key = `${tag}/${lang}-${theme}${highlight ? `-${highlight}` : ''}`;
  return key in pages ? `embed/${key}.html` : undefined;
}

/**
 * The frame route: the element's frame page (`frame/<tag>.html`, see site/build/frames.mjs) with the
 * choice in its address, and the host script that sizes it.
 */
function frameSnippet(embed: Embed, base: string, choice: Choice, title: {text: string; lang?: string}): string {
  const src = new URL(`${embed.folder}/frame/${choice.tag}.html`, base);
  src.search = new URLSearchParams([...choice.attributes, ...choice.styles]).toString();
  // A block, so that a theme's column holds and centres it as it does an image.
  const style = `display:block;width:100%;height:${choice.minHeight}px;border:0`;
  const lang = title.lang ? ` lang="${escape(title.lang)}"` : '';
  const frame = `<iframe src="${escape(src.href)}" title="${escape(title.text)}"${lang} data-uclg-frame style="${style}"></iframe>`;
  return `${frame}\n${scriptSnippet(embed, base, 'uclg-frame-host.js')}`;
}

/**
 * The frame's title: the widget's heading in the language chosen, as the build measured it for
 * that language's Link page (frames.json); for the page's language, which only the reader's
 * browser will tell, the element's summary.
 */
function frameTitle({tag, attributes}: Choice, pages: Record<string, {heading?: string}>, summary: string) {
  const lang = new Map(attributes).get('lang');
  const heading = lang ? pages[`${tag}/${lang}-light`]?.heading : undefined;
  return heading ? {text: heading, lang} : {text: `UCLG: ${summary}`};
}

async function main() {
  const [manifest, embed, frames] = await Promise.all([
    fetch(new URL('custom-elements.json', import.meta.url)).then((r) => r.json()),
    fetch(new URL('embed.json', import.meta.url)).then((r) => r.json() as Promise<Embed>),
    fetch(new URL('frames.json', import.meta.url)).then(
      (r) => r.json() as Promise<{pages: Record<string, {heading?: string}>}>,
    ),
  ]);
  const elements = declarationsOf(manifest);

  const form = byId<HTMLFormElement>('form');
  const elementSelect = byId<HTMLSelectElement>('element');
  const langSelect = byId<HTMLSelectElement>('lang');
  const attributesSet = byId<HTMLFieldSetElement>('attributes');
  const styleFields = byId<HTMLDivElement>('style-fields');
  const widthSelect = byId<HTMLSelectElement>('width');
  const baseInput = byId<HTMLInputElement>('base');
  const preview = byId<HTMLDivElement>('preview');
  const status = byId<HTMLParagraphElement>('status');

  // Each language named in itself, as a reader looks for it.
  const languageName = (code: string) => new Intl.DisplayNames([code], {type: 'language'}).of(code) ?? code;
  for (const select of [langSelect, byId<HTMLSelectElement>('gallery-lang')]) {
    for (const code of embed.locales) select.append(create('option', {value: code, lang: code}, languageName(code)));
  }
  langSelect.prepend(create('option', {value: ''}, "The page's language"));
  langSelect.value = '';
  for (const element of elements) {
    elementSelect.append(create('option', {value: element.tagName}, `<${element.tagName}> ${element.summary ?? ''}`));
  }
  baseInput.value = new URL('.', location.href).href;

  const declaration = () => elements.find((e) => e.tagName === elementSelect.value) ?? elements[0];

  /** One form field per attribute (but `lang`, chosen above), typed by the manifest. */
  function attributeFields() {
    attributesSet.replaceChildren(create('legend', {}, 'Options'));
    for (const attribute of declaration().attributes ?? []) {
      if (attribute.name === 'lang') continue;
      const id = `attr-${attribute.name}`;
      const values = enumValues(attribute.type?.text);
      const type = attribute.type?.text;
      let input: HTMLInputElement | HTMLSelectElement;
      if (values) {
        input = create('select', {id}, ...values.map((value) => create('option', {value}, value)));
        input.value = defaultText(attribute) || values[0];
      } else if (type === 'boolean') {
        input = create('input', {id, type: 'checkbox', checked: defaultText(attribute) === 'true'});
      } else {
        input = create('input', {id, type: type === 'number' ? 'number' : 'text', value: defaultText(attribute)});
      }
      input.dataset.attribute = attribute.name;
      input.dataset.default = defaultText(attribute);
      const hint = described(`${id}-hint`, attribute.description);
      input.setAttribute('aria-describedby', hint.id);
      const label = create('label', {htmlFor: id}, create('code', {}, attribute.name));
      const field =
        type === 'boolean'
          ? create('p', {className: 'check'}, input, label, hint)
          : create('p', {}, label, input, hint);
      attributesSet.append(field);
    }
  }

  /** One field per public CSS custom property: a colour picker for colours, text for the rest. */
  function styleFieldsFor() {
    const chosen = new Map(currentStyles());
    styleFields.replaceChildren();
    for (const {name, description, syntax} of declaration().cssProperties ?? []) {
      const id = `css${name}`;
      const colour = syntax === '<color>';
      const input = create('input', {id, type: colour ? 'color' : 'text', placeholder: colour ? '' : 'unset'});
      input.dataset.property = name;
      input.dataset.syntax = syntax ?? '';
      const value = chosen.get(name);
      if (value) {
        input.value = value;
        input.dataset.set = '';
      }
      // A colour input cannot be empty: until it is changed it reads "unset" and looks dimmed.
      const state = create('span', {className: 'hint state', id: `${id}-state`}, value ? '' : unset);
      input.setAttribute('aria-describedby', `${id}-hint ${state.id}`);
      const label = create('label', {htmlFor: id}, create('code', {}, name));
      styleFields.append(create('p', {}, label, input, described(`${id}-hint`, description), state));
    }
  }

  /** Says, next to a style field, what became of its value; `refused` marks the field invalid. */
  function styleState(input: HTMLInputElement, text: string, refused = false) {
    byId(`${input.id}-state`).textContent = text;
    if (refused) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  /**
   * Puts a value from the address in a style field, if it is one the property takes (the check the
   * frame pages make, site/style-values.ts) and the field can show; else leaves the field unset
   * and says why next to it. Nothing from the address reaches a snippet unchecked.
   */
  function restoreStyle(input: HTMLInputElement, value: string) {
    const syntax = input.dataset.syntax;
    // As the frame pages' warnings show it: quoted, escaped, shortened.
    const given = quoted(value);
    if (!isStyleValue(syntax, value.trim())) {
      styleState(input, `Not taken from the address: ${given} is not ${acceptedStyle(syntax)}.`, true);
      return;
    }
    const shown = input.type === 'color' ? asHex(value.trim()) : value.trim();
    if (shown === undefined) {
      styleState(input, `Not taken from the address: the colour picker takes opaque colours only, not ${given}.`, true);
      return;
    }
    input.value = shown;
    input.dataset.set = '';
    styleState(input, '');
  }

  function currentAttributes(): [string, string][] {
    const chosen: [string, string][] = langSelect.value ? [['lang', langSelect.value]] : [];
    for (const input of attributesSet.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]')) {
      const name = input.dataset.attribute!;
      if (input instanceof HTMLInputElement && input.type === 'checkbox') {
        // A boolean attribute is true by its presence: only a default of false can be changed.
        if (input.checked && input.dataset.default !== 'true') chosen.push([name, '']);
      } else if (input.value.trim() && input.value.trim() !== input.dataset.default) {
        chosen.push([name, input.value.trim()]);
      }
    }
    return chosen;
  }

  /** Only the custom properties the webmaster set (a colour input always has a value), and only values they take. */
  function currentStyles(): [string, string][] {
    return [...styleFields.querySelectorAll<HTMLInputElement>('[data-property]')]
      .filter((input) => input.value.trim() && (input.type !== 'color' || 'set' in input.dataset))
      .filter((input) => isStyleValue(input.dataset.syntax, input.value.trim()))
      .map((input) => [input.dataset.property!, input.value.trim()]);
  }

  let shown: HTMLElement | undefined;
  /** Renders the chosen element in the preview, then writes the snippets at its measured height. */
  async function update() {
    const tag = declaration().tagName!;
    const attributes = currentAttributes();
    const styles = currentStyles();
    const element = document.createElement(tag);
    for (const [name, value] of attributes) element.setAttribute(name, value);
    for (const [name, value] of styles) element.style.setProperty(name, value);
    preview.style.width = widthSelect.value ? `${widthSelect.value}px` : '';
    preview.replaceChildren(element);
    shown = element;
    // Measured once the element has rendered (Lit's updateComplete, when it has one).
    await customElements.whenDefined(tag);
    await (element as HTMLElement & {updateComplete?: Promise<unknown>}).updateComplete;
    if (shown === element) writeSnippets();
    saveChoices();
  }

  function writeSnippets() {
    if (!shown?.isConnected) return;
    const tag = declaration().tagName!;
    const choice = {
      tag,
      attributes: currentAttributes(),
      styles: currentStyles(),
      minHeight: Math.ceil(shown.getBoundingClientRect().height),
    };
    const element = elementSnippet(choice);
    const base = baseInput.validity.valid && baseInput.value ? baseInput.value.replace(/\/?$/, '/') : location.href;
    // One element's own bundle when the build made one, else the bundle of every element.
    const module = embed.bundles[`${tag}.js`] ? `${tag}.js` : 'uclg-widgets.js';
    byId('module-snippet').textContent = `${scriptSnippet(embed, base, module)}\n${element}`;
    byId('classic-snippet').textContent = `${scriptSnippet(embed, base, 'uclg-widgets.classic.js')}\n${element}`;
    const title = frameTitle(choice, frames.pages, declaration().summary ?? tag);
    byId('frame-snippet').textContent = frameSnippet(embed, base, choice, title);
    // Only addresses of real files: dist/ is static, so there is no page for other choices.
    const page = prebuiltPage(choice, frames.pages);
    byId('link-snippet').textContent = page
      ? new URL(`${embed.folder}/${page}`, base).href
      : 'No prebuilt page for these options: the Link route has one per language and theme (light or dark), ' +
        'and for the map one per regional section highlighted and zoomed, without other options or colours. ' +
        'Choose one of those, or use the Frame route.';
    byId<HTMLButtonElement>('link-copy').disabled = !page;
  }

  /** The choices in the address (`#element=…&lang=…&theme=…`), to bookmark or send to a colleague. */
  function saveChoices() {
    const params = new URLSearchParams({element: declaration().tagName!, width: widthSelect.value});
    for (const [name, value] of [...currentAttributes(), ...currentStyles()]) params.set(name, value);
    history.replaceState(null, '', `#${params}`);
  }

  /** Sets the form from the address; anything it does not know is ignored. */
  function restoreChoices() {
    const params = new URLSearchParams(location.hash.slice(1));
    const pick = (select: HTMLSelectElement, value: string | null) => {
      if (value !== null && [...select.options].some((o) => o.value === value)) select.value = value;
    };
    pick(elementSelect, params.get('element'));
    pick(langSelect, params.get('lang'));
    pick(widthSelect, params.get('width'));
    attributeFields();
    styleFieldsFor();
    for (const input of attributesSet.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]')) {
      const value = params.get(input.dataset.attribute!);
      if (value === null) continue;
      if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = true;
      else if (input instanceof HTMLSelectElement) pick(input, value);
      else input.value = value;
    }
    for (const input of styleFields.querySelectorAll<HTMLInputElement>('[data-property]')) {
      const value = params.get(input.dataset.property!);
      if (value !== null) restoreStyle(input, value);
    }
  }

  // The snippet's reserved height follows the preview's, whatever changes it (language, width, fonts).
  new ResizeObserver(writeSnippets).observe(preview);

  elementSelect.addEventListener('change', () => {
    attributeFields();
    styleFieldsFor();
    void update();
  });
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.dataset.property !== undefined) {
      target.dataset.set = '';
      // A value typed that the property does not take is left out of the snippets, and the field says so.
      const value = target.value.trim();
      const refused = value !== '' && !isStyleValue(target.dataset.syntax, value);
      styleState(target, refused ? `Not used: this takes ${acceptedStyle(target.dataset.syntax)}.` : '', refused);
    }
    if (target !== elementSelect) void update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  byId('reset-styles').addEventListener('click', () => {
    for (const input of styleFields.querySelectorAll<HTMLInputElement>('[data-property]')) {
      input.value = input.type === 'color' ? '#000000' : '';
      delete input.dataset.set;
      styleState(input, unset);
    }
    void update();
  });

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', async () => {
      const code = byId(button.dataset.copy!);
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        status.textContent = 'Copied. Paste it into an HTML block of your page.';
      } catch {
        // No clipboard (plain http, or permission refused): select the text for the reader to copy.
        const range = document.createRange();
        range.selectNodeContents(code);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
      }
    });
  }

  restoreChoices();
  gallery(elements);
  await update();
}

/** Every element with its default attributes, in the language chosen above the gallery. */
function gallery(elements: Declaration[]) {
  const gallery = byId<HTMLDivElement>('gallery');
  const lang = byId<HTMLSelectElement>('gallery-lang');
  lang.value = 'fr';
  gallery.lang = lang.value;
  lang.addEventListener('change', () => (gallery.lang = lang.value));
  for (const {tagName, summary, attributes} of elements) {
    const element = document.createElement(tagName!);
    // The element's heading sits under this page's h3.
    if (attributes?.some((a) => a.name === 'heading-level')) element.setAttribute('heading-level', '4');
    gallery.append(
      create(
        'section',
        {className: 'widget'},
        create('h3', {}, create('code', {}, `<${tagName}>`)),
        create('p', {}, summary ?? ''),
        element,
      ),
    );
  }
}

main().catch((error) => {
  byId('status').textContent = `The configurator could not start: ${error}`;
  throw error;
});
