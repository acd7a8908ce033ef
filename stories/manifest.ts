/**
 * Stories from custom-elements.json: `metaFor(tag)` gives a story file its title, controls
 * (argTypes), default args and render function, all read from the element's entry in the
 * manifest, so a new attribute, event or CSS custom property shows up in Storybook without an
 * edit here. The manifest is written afresh by `cem analyze` when Storybook starts (.storybook/main.ts).
 */
import type {ArgTypes, Args, Decorator, Meta} from '@storybook/web-components-vite';
import {action} from 'storybook/actions';
import manifest from 'virtual:custom-elements-manifest';
import {customElements, enumValues, type Declaration, type Item} from '../site/manifest.js';
import {locales} from '../src/internal/localize.js';

/** Every custom element the manifest describes. */
export const declarations = customElements(manifest);

/** The manifest's entry for `tag`; throws when the element is not in it (a story for nothing). */
export function declaration(tag: string): Declaration {
  const found = declarations.find((d) => d.tagName === tag);
  if (!found) throw new Error(`${tag} is not in custom-elements.json: run \`npx cem analyze\``);
  return found;
}

/** The value of a default written as source (`'light'`, `2`, `false`), or undefined. */
function parseDefault(source: string | undefined): unknown {
  if (source === undefined) return undefined;
  try {
    return JSON.parse(source.replace(/^'(.*)'$/, '"$1"'));
  } catch {
    return undefined;
  }
}

/** The Storybook control for an attribute, from its type in the manifest. */
function control(attribute: Item): ArgTypes[string] {
  if (attribute.name === 'lang') return {control: 'select', options: [...locales]};
  const values = enumValues(attribute.type?.text);
  if (values) return {control: 'select', options: values};
  if (attribute.type?.text === 'boolean') return {control: 'boolean'};
  if (attribute.type?.text === 'number') return {control: 'number'};
  return {control: 'text'};
}

const colour = /^--uclg-color-/;

/**
 * Meta for `tag`'s story file: controls for every attribute (lang and theme left unset so the
 * toolbar's language and theme apply) and every public CSS custom property; the element's
 * properties, events and parts documented (Storybook reads those from the manifest itself);
 * events logged in the Actions panel.
 */
export function metaFor(tag: string): Meta {
  const element = declaration(tag);
  const attributes = element.attributes ?? [];
  const argTypes: ArgTypes = {};
  const args: Args = {};
  for (const attribute of attributes) {
    argTypes[attribute.name] = {...control(attribute), table: {category: 'attributes'}};
    const value = parseDefault(attribute.default);
    if (value !== undefined && attribute.name !== 'theme') args[attribute.name] = value;
  }
  for (const member of element.members ?? []) {
    // Documented as attributes when they have one; internals are hidden from the table.
    const reflected = attributes.some((a) => a.fieldName === member.name && a.name !== member.name);
    if (member.privacy && member.privacy !== 'public') argTypes[member.name] = {table: {disable: true}};
    else if (reflected || member.static) argTypes[member.name] = {control: false};
  }
  for (const property of element.cssProperties ?? []) {
    argTypes[property.name] = {
      control: colour.test(property.name) ? 'color' : 'text',
      table: {category: 'css custom properties'},
    };
  }
  for (const part of element.cssParts ?? []) {
    argTypes[part.name] = {control: false, table: {category: 'css shadow parts'}};
  }
  return {
    title: `Elements/${tag}`,
    component: tag,
    args,
    argTypes,
    parameters: {
      docs: {
        description: {component: [element.summary, element.description].filter(Boolean).join('\n\n')},
        // "Show code" gives the element as a page writes it, without the toolbar's wrapper.
        source: {excludeDecorators: true},
      },
    },
    render: (storyArgs: Args) => render(tag, storyArgs),
  };
}

/**
 * The element as a page would write it: the attributes that differ from their defaults, then
 * inline custom properties; events logged.
 */
function render(tag: string, args: Args): HTMLElement {
  const element = document.createElement(tag);
  const attributes = new Map((declaration(tag).attributes ?? []).map((a) => [a.name, parseDefault(a.default)]));
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (name.startsWith('--')) element.style.setProperty(name, String(value));
    else if (attributes.has(name) && value !== attributes.get(name)) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const event of declaration(tag).events ?? []) {
    element.addEventListener(event.name, action(event.name));
  }
  return element;
}

/** Renders the story in a box `width` pixels wide, as in a page's narrow column. */
export const width =
  (pixels: number): Decorator =>
  (story) => {
    const box = document.createElement('div');
    box.style.width = `${pixels}px`;
    box.append(story() as unknown as Node);
    return box;
  };
