/**
 * Registers a custom element unless the tag is already taken. Every entry point goes through
 * here, so a page may load any mix of our bundles (or the same one twice) without the
 * "has already been used with this registry" error that `customElements.define` throws.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
