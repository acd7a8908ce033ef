/**
 * The embed page's script: a configurator that writes the code a webmaster pastes, with the widget
 * previewed at a phone's width and at the chosen one. What it offers comes from custom-elements.json (elements, attributes with their
 * types and defaults, CSS custom properties), embed.json (version, languages, bundles with their
 * integrity hashes) and frames.json (the Link pages, the widgets' headings), all written by the
 * build next to this file: each attribute gets the control its type calls for, so a new element or
 * attribute shows up here without a change to this script (only its words, configurator-text.ts).
 *
 * Its words are the reader's: the page's language comes from the browser and can be changed; the
 * address keeps the choices, not the language, so a shared address opens in the sharer's choices
 * and the reader's language.
 *
 * The page runs under a strict CSP with Trusted Types: no HTML strings, no inline styles (custom
 * properties and sizes go through CSSOM, which CSP allows).
 */
import {customElements as declarationsOf, defaultText, enumValues, listValues, type Item} from '../manifest.js';
import {isStyleValue} from '../style-values.js';
import {quoted} from '../../src/internal/warn.js';
import {direction, locales, matchLocale, msgIn, type Locale, type Msg} from '../../src/internal/localize.js';
import {sectionText} from '../../src/data/sections.js';
import {keyFigures} from '../../src/data/figures.js';
import {figureText} from '../../src/elements/uclg-stats/uclg-stats.text.js';
import {catalogs} from '../generated/catalogs.js';
import {messagesIn} from '../../src/internal/localize.js';
import {
  attributeText,
  choiceText,
  fontText,
  pageText,
  placeText,
  propertyText,
  routeText,
  syntaxText,
} from './configurator-text.js';
import {
  elementSnippet,
  frameSnippet,
  frameTitle,
  linkAttributes,
  places,
  prebuiltPage,
  routes,
  scriptFiles,
  scriptSnippet,
  type Choice,
  type Embed,
  type Place,
  type Route,
} from './snippets.js';

/** The embed page's own messages (site/generated/), in a language. */
const pageMsg = messagesIn(catalogs);

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

/** Each language named in itself, as a reader looks for it. */
const languageName = (code: string) => new Intl.DisplayNames([code], {type: 'language'}).of(code) ?? code;

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

/**
 * The names the widget itself shows for the values of an attribute, in the widget's language: its
 * figures, its sections, its topics.
 */
const shownNames: Record<string, (lang: Locale) => Record<string, string>> = {
  figures: (lang) =>
    Object.fromEntries(
      keyFigures.map((figure) => {
        // Its number and its label, one after the other as the widget shows them.
        const text = figureText(figure, 1, lang, msgIn(lang));
        return [figure.id, `${text.spoken} ${text.label}`];
      }),
    ),
  highlight: (lang) => {
    const sections = sectionText(msgIn(lang));
    return Object.fromEntries(Object.entries(sections).map(([id, text]) => [id, text.name]));
  },
  topics: (lang) => attributeText(pageMsg(lang)).topics.values ?? {},
};

/** One attribute's control: its field, and its value as an attribute (undefined: the default). */
interface Control {
  name: string;
  field: HTMLElement;
  inputs: () => (HTMLInputElement | HTMLSelectElement | HTMLButtonElement)[];
  read: () => string | undefined;
  /** Sets the control from a value of the address; a value it does not take is ignored. */
  write: (value: string) => void;
}

interface Words {
  page: ReturnType<typeof pageText>;
  place: ReturnType<typeof placeText>;
  route: ReturnType<typeof routeText>;
  choice: ReturnType<typeof choiceText>;
  attributes: ReturnType<typeof attributeText>;
  properties: ReturnType<typeof propertyText>;
  syntaxes: ReturnType<typeof syntaxText>;
  fonts: ReturnType<typeof fontText>;
}

const wordsIn = (msg: Msg): Words => ({
  page: pageText(msg),
  place: placeText(msg),
  route: routeText(msg),
  choice: choiceText(msg),
  attributes: attributeText(msg),
  properties: propertyText(msg),
  syntaxes: syntaxText(msg),
  fonts: fontText(msg),
});

/** The reader's language among ours, from the browser's list; English otherwise. */
const browserLanguage = (): Locale =>
  navigator.languages.map((tag) => matchLocale(tag)).find((l) => l !== undefined) ?? 'en';

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
  const pageLangSelect = byId<HTMLSelectElement>('page-lang');
  const whereSet = byId<HTMLFieldSetElement>('where');
  const routeSet = byId<HTMLFieldSetElement>('routes');
  const elementSelect = byId<HTMLSelectElement>('element');
  const langSelect = byId<HTMLSelectElement>('lang');
  const attributesSet = byId<HTMLFieldSetElement>('attributes');
  const styleFields = byId<HTMLDivElement>('style-fields');
  const widthSelect = byId<HTMLSelectElement>('width');
  const baseInput = byId<HTMLInputElement>('base');
  const previews = {chosen: byId<HTMLDivElement>('preview'), phone: byId<HTMLDivElement>('preview-phone')};
  const status = byId<HTMLParagraphElement>('status');

  let ui: Locale = browserLanguage();
  let words = wordsIn(pageMsg(ui));
  let place: Place = 'script';
  let route: Route = places[place];
  let controls: Control[] = [];

  const declaration = () => elements.find((e) => e.tagName === elementSelect.value) ?? elements[0];
  /** The widget's language, or the page's own where the widget will follow its host page. */
  const widgetLanguage = (): Locale => matchLocale(langSelect.value) ?? ui;
  /** The widget's heading in a language (frames.json), as its name. */
  const widgetName = (tag: string, lang: Locale) =>
    frames.pages[`${tag}/${lang}-light`]?.heading || elements.find((e) => e.tagName === tag)?.summary || tag;

  /** A field: the label in plain words, the attribute's name in small type for developers, help, and why it is greyed. */
  function labelled(id: string, label: string, name: string, help: string | undefined, ...inputs: HTMLElement[]) {
    const hints = [create('span', {className: 'hint', id: `${id}-help`}, help ?? '')];
    hints.push(create('span', {className: 'hint cannot', id: `${id}-cannot`}));
    for (const input of inputs) input.setAttribute('aria-describedby', hints.map((h) => h.id).join(' '));
    const labelText = [label, ' ', create('code', {className: 'name', lang: 'en'}, name)];
    return create('p', {className: 'field'}, create('label', {htmlFor: id}, ...labelText), ...inputs, ...hints);
  }

  /** The control an attribute's type calls for (custom-elements.json). */
  function controlFor(attribute: Item): Control {
    const name = attribute.name;
    const id = `attr-${name}`;
    const type = attribute.type?.text ?? '';
    const fallback = defaultText(attribute);
    const own = words.attributes[name] ?? {label: name};
    const names = (values: string[]) => {
      const shown = shownNames[name]?.(widgetLanguage()) ?? own.values ?? {};
      return values.map((value) => [value, shown[value] ?? value] as const);
    };
    const enumerated = enumValues(type.replace(/\s*\|\s*null$/, ''));
    const list = listValues(type);
    if (type === 'boolean') {
      const input = create('input', {id, type: 'checkbox', checked: fallback === 'true'});
      input.setAttribute('role', 'switch');
      const field = labelled(id, own.label, name, own.help, input);
      field.classList.add('switch');
      return {
        name,
        field,
        inputs: () => [input],
        // A boolean attribute is true by its presence: only a default of false can be changed.
        read: () => (input.checked && fallback !== 'true' ? '' : undefined),
        write: () => (input.checked = true),
      };
    }
    if (type === 'number') {
      // The one number attribute is heading-level: 1 to 6.
      const input = create('input', {id, type: 'number', min: '1', max: '6', step: '1', value: fallback});
      return {
        name,
        field: labelled(id, own.label, name, own.help, input),
        inputs: () => [input],
        read: () => (input.value && input.value !== fallback ? input.value : undefined),
        write: (value) => {
          if (/^[1-6]$/.test(value)) input.value = value;
        },
      };
    }
    if (enumerated) {
      // `| null`: nothing chosen is a choice ("none"), the default.
      const optional = enumerated.length !== enumValues(type)?.length;
      const none = optional ? [create('option', {value: ''}, words.choice.none)] : [];
      const options = names(enumerated).map(([value, text]) => create('option', {value}, text));
      const select = create('select', {id}, ...none, ...options);
      select.value = fallback === 'null' ? '' : fallback || (optional ? '' : enumerated[0]);
      return {
        name,
        field: labelled(id, own.label, name, own.help, select),
        inputs: () => [select],
        read: () => (select.value && select.value !== fallback ? select.value : undefined),
        write: (value) => {
          if (enumerated.includes(value)) select.value = value;
        },
      };
    }
    if (list) {
      return checklist(name, own.label, names(list));
    }
    const input = create('input', {id, type: 'text', value: fallback});
    return {
      name,
      field: labelled(id, own.label, name, own.help, input),
      inputs: () => [input],
      read: () => (input.value.trim() && input.value.trim() !== fallback ? input.value.trim() : undefined),
      write: (value) => (input.value = value.slice(0, 200)),
    };
  }

  /** Ordered checkboxes for a list of ids: the ticked ones, in the order shown; none ticked is every one. */
  function checklist(name: string, label: string, items: (readonly [string, string])[]): Control {
    const id = `attr-${name}`;
    const list = create('ul', {className: 'checklist'});
    const help = create('span', {className: 'hint', id: `${id}-help`}, words.choice.allWhenNone);
    const cannot = create('span', {className: 'hint cannot', id: `${id}-cannot`});
    for (const [value, text] of items) {
      const box = create('input', {id: `${id}-${value}`, type: 'checkbox', value});
      const up = create('button', {type: 'button', className: 'move-up', title: words.choice.moveUp(text)}, '↑');
      up.setAttribute('aria-label', words.choice.moveUp(text));
      up.addEventListener('click', () => {
        const item = up.closest('li')!;
        item.previousElementSibling?.before(item);
        up.focus();
        void update();
      });
      list.append(create('li', {}, box, create('label', {htmlFor: box.id}, text), up));
    }
    const legend = create('legend', {}, label, ' ', create('code', {className: 'name', lang: 'en'}, name));
    const field = create('fieldset', {className: 'field', id}, legend, list, help, cannot);
    field.setAttribute('aria-describedby', `${help.id} ${cannot.id}`);
    const boxes = () => [...list.querySelectorAll<HTMLInputElement>('input')];
    return {
      name,
      field,
      inputs: () => [...boxes(), ...list.querySelectorAll<HTMLButtonElement>('button')],
      read: () => {
        const ticked = boxes()
          .filter((b) => b.checked)
          .map((b) => b.value);
        return ticked.length ? ticked.join(' ') : undefined;
      },
      write: (value) => {
        // Ticked in the address's order, ahead of the others.
        const ids = value.split(/\s+/).filter((v) => boxes().some((b) => b.value === v));
        for (const v of [...ids].reverse()) {
          const box = boxes().find((b) => b.value === v)!;
          box.checked = true;
          list.prepend(box.closest('li')!);
        }
      },
    };
  }

  /** One field per public CSS custom property: a colour picker that can be unset, a list of fonts, or text. */
  function styleField({name, syntax}: Item) {
    const id = `css${name}`;
    const label = words.properties[name] ?? name;
    let input: HTMLInputElement | HTMLSelectElement;
    const extra: HTMLElement[] = [];
    if (syntax === '<color>') {
      input = create('input', {id, type: 'color'});
      const clear = create('button', {type: 'button', className: 'clear'}, words.choice.clear);
      clear.addEventListener('click', () => {
        unsetStyle(input as HTMLInputElement);
        void update();
      });
      extra.push(clear);
    } else if (syntax === '<family-name>#') {
      const fonts = words.fonts.map(([value, text]) => create('option', {value}, text));
      input = create('select', {id}, create('option', {value: ''}, words.choice.unset), ...fonts);
    } else {
      input = create('input', {id, type: 'text'});
    }
    input.dataset.property = name;
    input.dataset.syntax = syntax ?? '';
    const state = create('span', {className: 'hint state', id: `${id}-state`}, words.choice.unset);
    const accepted = create('span', {className: 'hint', id: `${id}-help`}, words.syntaxes[syntax ?? ''] ?? '');
    input.setAttribute('aria-describedby', `${accepted.id} ${state.id}`);
    const labelText = [label, ' ', create('code', {className: 'name', lang: 'en'}, name)];
    return create(
      'p',
      {className: 'field'},
      create('label', {htmlFor: id}, ...labelText),
      input,
      ...extra,
      accepted,
      state,
    );
  }

  const styleInputs = () => [...styleFields.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-property]')];

  /** Says, next to a style field, what became of its value; `refused` marks the field invalid. */
  function styleState(input: HTMLElement, text: string, refused = false) {
    byId(`${input.id}-state`).textContent = text;
    if (refused) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  function unsetStyle(input: HTMLInputElement | HTMLSelectElement) {
    input.value = input.type === 'color' ? '#000000' : '';
    delete input.dataset.set;
    styleState(input, words.choice.unset);
  }

  /**
   * Puts a value from the address in a style field, if it is one the property takes (the check the
   * frame pages make, site/style-values.ts) and the field can show; else leaves the field unset
   * and says why next to it. Nothing from the address reaches a snippet unchecked.
   */
  function restoreStyle(input: HTMLInputElement | HTMLSelectElement, value: string) {
    const syntax = input.dataset.syntax;
    // As the frame pages' warnings show it: quoted, escaped, shortened.
    const given = quoted(value);
    const accepted = words.syntaxes[syntax ?? ''] ?? '';
    if (!isStyleValue(syntax, value.trim())) {
      styleState(input, words.choice.notTaken(given, accepted), true);
      return;
    }
    const shown = input.type === 'color' ? asHex(value.trim()) : value.trim();
    if (shown === undefined) {
      styleState(input, words.choice.notTaken(given, words.choice.opaqueOnly), true);
      return;
    }
    // A font stack not in the list, shared by someone who typed it: offered as it is.
    if (input instanceof HTMLSelectElement && ![...input.options].some((o) => o.value === shown)) {
      input.append(create('option', {value: shown}, shown));
    }
    input.value = shown;
    input.dataset.set = '';
    styleState(input, '');
  }

  /** The attributes a Link carries, or any, as the route chosen allows. */
  const carried = (name: string) => route !== 'link' || linkAttributes.has(name);

  function currentAttributes(): [string, string][] {
    const chosen: [string, string][] = langSelect.value ? [['lang', langSelect.value]] : [];
    for (const control of controls) {
      if (!carried(control.name)) continue;
      const value = control.read();
      if (value !== undefined) chosen.push([control.name, value]);
    }
    // A Link page of a highlighted section is zoomed on it.
    if (route === 'link') {
      const highlighted = chosen.some(([name]) => name === 'highlight');
      const others = chosen.filter(([name]) => name !== 'zoom');
      return highlighted && controls.some((c) => c.name === 'zoom') ? [...others, ['zoom', '']] : others;
    }
    return chosen;
  }

  /** Only the custom properties the webmaster set (a colour input always has a value), and only values they take. */
  function currentStyles(): [string, string][] {
    if (route === 'link') return [];
    return styleInputs()
      .filter((input) => input.value.trim() && (input.type !== 'color' || 'set' in input.dataset))
      .filter((input) => isStyleValue(input.dataset.syntax, input.value.trim()))
      .map((input) => [input.dataset.property!, input.value.trim()]);
  }

  /**
   * For a Link: the language and theme become values a page exists for (the page's language
   * cannot be prebuilt), and what no Link page carries is greyed, saying why. Options are greyed
   * by whether a prebuilt page exists with them (frames.json): nothing here lists the pages.
   */
  function fitRoute() {
    const link = route === 'link';
    const tag = declaration().tagName!;
    const pageExists = (lang: string, theme: string, highlight = '') =>
      `${tag}/${lang}-${theme}${highlight ? `-${highlight}` : ''}` in frames.pages;
    const theme = () => controls.find((c) => c.name === 'theme');
    if (link) {
      if (!langSelect.value) langSelect.value = ui;
      const themeSelect = theme()?.inputs()[0] as HTMLSelectElement | undefined;
      if (themeSelect && !pageExists(langSelect.value, themeSelect.value)) themeSelect.value = 'light';
    }
    for (const option of langSelect.options) option.disabled = link && !option.value;
    byId('lang-cannot').textContent = '';
    for (const control of controls) {
      const greyed = link && (!carried(control.name) || control.name === 'zoom');
      for (const input of control.inputs()) input.disabled = greyed;
      const cannot = control.field.querySelector<HTMLElement>('.cannot');
      if (cannot) cannot.textContent = link && !carried(control.name) ? words.route.linkCannot : '';
      control.field.classList.toggle('greyed', greyed);
      const select = control.inputs()[0];
      if (!(select instanceof HTMLSelectElement) || !link) continue;
      for (const option of select.options) {
        const themeValue = (theme()?.inputs()[0] as HTMLSelectElement | undefined)?.value ?? 'light';
        if (control.name === 'theme') option.disabled = !pageExists(langSelect.value, option.value);
        if (control.name === 'highlight') option.disabled = !pageExists(langSelect.value, themeValue, option.value);
      }
      if (select.selectedOptions[0]?.disabled) select.value = '';
    }
    for (const input of [...styleInputs(), ...styleFields.querySelectorAll<HTMLButtonElement>('button')]) {
      input.disabled = link;
    }
    byId<HTMLButtonElement>('reset-styles').disabled = link;
    byId('styles').classList.toggle('greyed', link);
    const stylesCannot = byId('styles').querySelector('.hint');
    if (stylesCannot) stylesCannot.textContent = link ? words.route.linkCannot : words.choice.stylesHint;
  }

  /** The answer and the route's panel shown, and the one sentence that says why this way. */
  function showRoute() {
    for (const input of whereSet.querySelectorAll<HTMLInputElement>('input')) input.checked = input.value === place;
    for (const input of routeSet.querySelectorAll<HTMLInputElement>('input')) input.checked = input.value === route;
    for (const panel of document.querySelectorAll<HTMLElement>('.panel')) panel.hidden = panel.dataset.route !== route;
    const why = places[place] === route ? place : (Object.keys(places) as Place[]).find((p) => places[p] === route)!;
    byId('why').textContent = words.route.why[why];
  }

  /** Every word of the page, in the reader's language. */
  function writeWords() {
    document.documentElement.lang = ui;
    document.documentElement.dir = direction(ui);
    const flat: Record<string, string> = {
      ...words.page,
      ...words.choice,
      ...words.route,
      where: words.place.question,
    } as unknown as Record<string, string>;
    for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
      const text = flat[element.dataset.text!];
      if (typeof text === 'string') element.textContent = text;
    }
    document.title = `${words.page.title} · ${embed.version}`;
    // The languages, each named in itself and isolated in its own direction, in the sentence's list.
    const parts = new Intl.ListFormat(ui, {type: 'conjunction'}).formatToParts(embed.locales.map(languageName));
    let index = 0;
    const list = parts.map((part) =>
      part.type === 'element' ? create('bdi', {lang: embed.locales[index++]}, part.value) : part.value,
    );
    const marker = '\u{E000}';
    const [before, after = ''] = words.page.intro(marker).split(marker);
    byId('intro').replaceChildren(before, ...list, after);

    whereSet.replaceChildren(whereSet.querySelector('legend')!);
    for (const key of Object.keys(places) as Place[]) {
      const input = create('input', {
        type: 'radio',
        name: 'where',
        value: key,
        id: `where-${key}`,
        checked: key === place,
      });
      whereSet.append(
        create('p', {className: 'choice'}, input, create('label', {htmlFor: input.id}, words.place[key])),
      );
    }
    routeSet.replaceChildren(routeSet.querySelector('legend')!);
    for (const key of routes) {
      const input = create('input', {type: 'radio', name: 'route', value: key, id: `route-${key}-input`});
      const label = create('label', {htmlFor: input.id, id: `route-${key}`}, words.route[key]);
      routeSet.append(create('span', {className: 'choice'}, input, label));
    }
    const format = new Intl.NumberFormat(ui);
    const width = widthSelect.value;
    widthSelect.replaceChildren(
      ...[320, 480, 720, 960].map((n) => create('option', {value: String(n)}, words.choice.pixels(format.format(n)))),
      create('option', {value: ''}, words.choice.fullWidth),
    );
    widthSelect.value = width || '720';
    const chosen = elementSelect.value;
    elementSelect.replaceChildren(
      ...elements.map(({tagName}) => create('option', {value: tagName!}, widgetName(tagName!, ui))),
    );
    elementSelect.value = chosen || elements[0].tagName!;
    langSelect.querySelector('option[value=""]')!.textContent = words.choice.hostLanguage;
  }

  /** The fields of the element chosen, named in the reader's language, values in the widget's. */
  function buildFields() {
    const legend = attributesSet.querySelector('legend')!;
    controls = (declaration().attributes ?? []).filter((a) => a.name !== 'lang').map(controlFor);
    attributesSet.replaceChildren(legend, ...controls.map((c) => c.field));
    styleFields.replaceChildren(...(declaration().cssProperties ?? []).map(styleField));
  }

  /** The chosen element, rendered at a phone's width and at the chosen one. */
  async function update() {
    fitRoute();
    const tag = declaration().tagName!;
    const attributes = currentAttributes();
    const styles = currentStyles();
    const made = Object.values(previews).map((preview) => {
      const element = document.createElement(tag);
      for (const [name, value] of attributes) element.setAttribute(name, value);
      for (const [name, value] of styles) element.style.setProperty(name, value);
      // The phone's copy is a picture of the other: out of the keyboard's and screen readers' way.
      element.inert = preview === previews.phone;
      preview.replaceChildren(element);
      return element as HTMLElement & {updateComplete?: Promise<unknown>};
    });
    previews.chosen.style.width = widthSelect.value ? `${widthSelect.value}px` : '';
    // The previews show what the snippet gives: a zoomed map's section module, from this page's own folder.
    const [, detail] = scriptFiles(embed, {tag, attributes, styles, minHeight: 0});
    if (detail) void import(new URL(`${embed.folder}/${detail}`, location.href).href);
    // Measured once the elements have rendered (Lit's updateComplete, when they have one).
    await customElements.whenDefined(tag);
    await Promise.all(made.map((element) => element.updateComplete));
    writeSnippets();
    saveChoices();
  }

  /** The code of each route, at the height the chosen width's preview takes. */
  function writeSnippets() {
    const [shown, phone] = [previews.chosen.firstElementChild, previews.phone.firstElementChild];
    if (!shown?.isConnected || !phone) return;
    const tag = declaration().tagName!;
    const height = (element: Element) => Math.ceil(element.getBoundingClientRect().height);
    const format = new Intl.NumberFormat(ui);
    byId('chosen-reserved').textContent = words.choice.reserved(words.choice.pixels(format.format(height(shown))));
    byId('phone-reserved').textContent = words.choice.reserved(words.choice.pixels(format.format(height(phone))));
    const choice: Choice = {tag, attributes: currentAttributes(), styles: currentStyles(), minHeight: height(shown)};
    const element = elementSnippet(choice);
    const base = baseInput.validity.valid && baseInput.value ? baseInput.value.replace(/\/?$/, '/') : location.href;
    const follow = byId<HTMLInputElement>('follow').checked;
    const scripts = scriptFiles(embed, choice).map((file) => scriptSnippet(embed, base, file, follow));
    byId('module-snippet').textContent = `${scripts.join('\n')}\n${element}`;
    const classic = scriptSnippet(embed, base, 'uclg-widgets.classic.js', follow);
    byId('classic-snippet').textContent = `${classic}\n${element}`;
    const title = frameTitle(choice, frames.pages, declaration().summary ?? tag);
    byId('frame-snippet').textContent = frameSnippet(embed, base, choice, title);
    // Only addresses of real files: dist/ is static, so there is no page for other choices.
    const page = prebuiltPage(choice, frames.pages);
    byId('link-snippet').textContent = page ? new URL(`${embed.channel}/${page}`, base).href : words.route.linkNone;
    byId<HTMLButtonElement>('link-copy').disabled = !page;
  }

  /** The choices in the address (`#element=…&lang=…&theme=…`), to bookmark or send to a colleague. */
  function saveChoices() {
    const params = new URLSearchParams({element: declaration().tagName!, width: widthSelect.value, where: place});
    if (route !== places[place]) params.set('route', route);
    if (byId<HTMLInputElement>('follow').checked) params.set('follow', '');
    if (langSelect.value) params.set('lang', langSelect.value);
    for (const control of controls) {
      const value = control.read();
      if (value !== undefined) params.set(control.name, value);
    }
    for (const input of styleInputs()) {
      if ('set' in input.dataset && isStyleValue(input.dataset.syntax, input.value.trim())) {
        params.set(input.dataset.property!, input.value.trim());
      }
    }
    history.replaceState(null, '', `#${params}`);
  }

  /** Sets the page from an address: each value checked against what its control takes; anything else ignored. */
  function restoreChoices(params: URLSearchParams) {
    const pick = (select: HTMLSelectElement, value: string | null) => {
      if (value !== null && [...select.options].some((o) => o.value === value)) select.value = value;
    };
    const where = params.get('where');
    if (where && where in places) place = where as Place;
    const chosenRoute = params.get('route');
    route = routes.find((r) => r === chosenRoute) ?? places[place];
    pick(elementSelect, params.get('element'));
    pick(langSelect, params.get('lang'));
    pick(widthSelect, params.get('width'));
    byId<HTMLInputElement>('follow').checked = params.has('follow');
    buildFields();
    for (const control of controls) {
      const value = params.get(control.name);
      if (value !== null) control.write(value);
    }
    for (const input of styleInputs()) {
      const value = params.get(input.dataset.property!);
      if (value !== null) restoreStyle(input, value);
    }
    showRoute();
  }

  /** Everything again, as the address says, after a change of the page's language or the widget's. */
  function rebuild() {
    saveChoices();
    words = wordsIn(pageMsg(ui));
    writeWords();
    restoreChoices(new URLSearchParams(location.hash.slice(1)));
    void update();
  }

  // The languages: each named in itself.
  for (const code of locales) pageLangSelect.append(create('option', {value: code, lang: code}, languageName(code)));
  for (const code of embed.locales) langSelect.append(create('option', {value: code, lang: code}, languageName(code)));
  langSelect.prepend(create('option', {value: ''}));
  langSelect.value = '';
  pageLangSelect.value = ui;
  baseInput.value = new URL('.', location.href).href;

  // The snippets' reserved height follows the preview's, whatever changes it (language, width, fonts).
  new ResizeObserver(writeSnippets).observe(previews.chosen);
  new ResizeObserver(writeSnippets).observe(previews.phone);

  pageLangSelect.addEventListener('change', () => {
    ui = matchLocale(pageLangSelect.value) ?? ui;
    rebuild();
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target === elementSelect) {
      buildFields();
      void update();
    } else if (target === langSelect) {
      // The names of figures, sections and topics are the widget's, in its language.
      rebuild();
    } else if (target instanceof HTMLInputElement && target.name === 'where') {
      place = target.value as Place;
      route = places[place];
      showRoute();
      void update();
    }
  });
  byId('follow').addEventListener('change', () => void update());
  routeSet.addEventListener('change', (event) => {
    route = (event.target as HTMLInputElement).value as Route;
    showRoute();
    void update();
  });
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) {
      if (target.dataset.property !== undefined) {
        target.dataset.set = '';
        // A value typed that the property does not take is left out of the snippets, and the field says so.
        const value = target.value.trim();
        const refused = value !== '' && !isStyleValue(target.dataset.syntax, value);
        const accepted = words.syntaxes[target.dataset.syntax ?? ''] ?? '';
        styleState(target, refused ? words.choice.notUsed(accepted) : value ? '' : words.choice.unset, refused);
        if (!value) delete target.dataset.set;
      }
    }
    if (target !== elementSelect && target !== langSelect && target.getAttribute('name') !== 'where') void update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  byId('reset-styles').addEventListener('click', () => {
    for (const input of styleInputs()) unsetStyle(input);
    void update();
  });

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', async () => {
      const code = byId(button.dataset.copy!);
      // Said again even when the same words follow a second copy.
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        status.textContent = words.route.copied;
      } catch {
        // No clipboard (plain http, or permission refused): select the text for the reader to copy.
        const range = document.createRange();
        range.selectNodeContents(code);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        status.textContent = words.route.selected;
      }
    });
  }

  writeWords();
  restoreChoices(new URLSearchParams(location.hash.slice(1)));
  await update();
}

main().catch((error) => {
  byId('status').textContent = pageText(pageMsg(matchLocale(navigator.language) ?? 'en')).failed(String(error));
  throw error;
});
