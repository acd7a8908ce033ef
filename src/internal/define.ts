import {version} from '../generated/version.js';
import {warnOnce} from './warn.js';

/** What this copy of the library stamps on each class it registers. */
const stamp = Symbol.for('uclg-widgets.version');
type Stamped = CustomElementConstructor & {[stamp]?: string};

/**
 * Registers a custom element unless the tag is already taken. Every entry point goes through
 * here, so a page may load any mix of our bundles (or the same one twice) without the
 * "has already been used with this registry" error that `customElements.define` throws. When
 * the tag was taken by another version of the library (or by something else), the page shows
 * that one: say so once, naming both, so the webmaster knows why.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as Stamped | undefined;
  if (!existing) {
    (ctor as Stamped)[stamp] = version;
    customElements.define(tag, ctor);
    return;
  }
  const theirs = existing[stamp];
  if (theirs === version) return;
  const other = theirs ? `version ${theirs} of @uclg/widgets` : 'another script';
  warnOnce(
    `<${tag}>: already defined by ${other}; this copy (version ${version}) leaves it alone, so the page shows that one. Load one version of @uclg/widgets per page.`,
  );
}
