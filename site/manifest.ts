/**
 * Reading custom-elements.json, shared by the embed page (site/configurator/embed.ts) and the stories
 * (stories/manifest.ts): both offer what the manifest says each element accepts.
 */

export interface Item {
  name: string;
  description?: string;
  type?: {text: string};
  /** A CSS custom property's value syntax (`<color>`), from its `@cssprop {<color>}` tag. */
  syntax?: string;
  default?: string;
  attribute?: string;
  fieldName?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}

export interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}

/** Every custom element a manifest describes, in its order. */
export function customElements(manifest: {modules: {declarations?: object[]}[]}): Declaration[] {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []) as Declaration[])
    .filter((declaration) => declaration.tagName);
}

/**
 * The values a type accepts when it is a union of string literals (`'a' | 'b'`; the build's
 * analyzer plugin writes enum types that way), else undefined.
 */
export function enumValues(type: string | undefined): string[] | undefined {
  const parts = type?.split('|').map((part) => part.trim()) ?? [];
  if (!parts.length || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/**
 * The ids a list type takes, when it is a list of string literals (`string | readonly ('a' | 'b')[]`,
 * as the build's analyzer plugin writes id lists), else undefined.
 */
export function listValues(type: string | undefined): string[] | undefined {
  const list = /readonly \(([^)]*)\)\[\]/.exec(type ?? '');
  return list ? enumValues(list[1]) : undefined;
}

/** A default as the attribute text it stands for: `'full'` → `full`, `2` → `2`; `''` when none. */
export function defaultText(item: Item): string {
  const source = item.default ?? '';
  return /^'.*'$/.test(source) ? source.slice(1, -1) : source;
}
