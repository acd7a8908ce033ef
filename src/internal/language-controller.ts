import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {fallbackLocale} from './bundle.js';
import {type Locale, locales, type Msg, msgIn} from './localize.js';
import {findLocale} from './more-languages.js';
import {warnInvalid} from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected controller; one observer re-resolves them all when any `lang` changes. */
const controllers = new Set<LanguageController>();
const reresolve = () => controllers.forEach((c) => c.resolve());
let observer: MutationObserver | undefined;
/** The document and the shadow roots a lookup has climbed through: where a `lang` change matters. */
const observed = new WeakSet<Node>();

/** Watches `root` (the document or a shadow root) and its subtree for `lang` changes, once. */
function watch(root: Document | ShadowRoot): void {
  if (observed.has(root)) return;
  if (!observer) {
    observer = new MutationObserver(reresolve);
    addEventListener('languagechange', reresolve);
  }
  observed.add(root);
  observer.observe(root, {attributes: true, attributeFilter: ['lang'], subtree: true});
}

/**
 * Gives an element its own language and renders it in that language: its `lang` attribute,
 * else the nearest ancestor with a supported `lang` (across shadow roots, up to `<html>`), else
 * the browser's languages, else English (in a one-language bundle, its language). An unsupported
 * `lang` on the element itself is warned about once; an unsupported page language falls back silently.
 *
 * In a one-language bundle, a language it does not hold is loaded first (src/internal/more-languages.ts):
 * meanwhile {@link pending} is set, and the host's update waits for it (UclgElement#scheduleUpdate).
 */
export class LanguageController implements ReactiveController {
  /** The language the host renders in. */
  value: Locale = fallbackLocale;
  /** While the language asked for is being loaded: settles when it is (then looked up again). */
  pending?: Promise<void>;
  private readonly host: Host;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watch(document);
    this.resolve();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** lit-localize's `msg()` in the host's language, wherever the host makes text. */
  get msg(): Msg {
    return msgIn(this.value);
  }

  /** Re-reads the language; asks for a render when it changed and `update` is true. */
  resolve(update = true): void {
    const next = this.lookup();
    if (typeof next !== 'string') {
      if (next !== this.pending) {
        this.pending = next;
        void next.then(() => {
          if (this.pending !== next) return;
          this.pending = undefined;
          this.resolve();
        });
      }
      return;
    }
    this.pending = undefined;
    if (next === this.value) return;
    this.value = next;
    if (update) this.host.requestUpdate();
  }

  private lookup(): Locale | Promise<void> {
    const tag = this.host.localName;
    const own = this.host.getAttribute('lang');
    if (own) {
      const locale = findLocale(own, tag);
      if (locale) return locale;
      warnInvalid(
        this.host.localName,
        'lang',
        own,
        `${locales.join(', ')}, with any region subtag; zh is Simplified Chinese`,
        'using the page or browser language',
      );
    }
    for (let node: Element | null = this.host.parentElement ?? hostOf(this.host); node;) {
      watchRootOf(node);
      const withLang = node.closest('[lang]');
      const locale = findLocale(withLang?.getAttribute('lang'), tag);
      if (locale) return locale;
      node = withLang ? (withLang.parentElement ?? hostOf(withLang)) : hostOf(node);
    }
    for (const language of navigator.languages ?? [navigator.language]) {
      const locale = findLocale(language, tag);
      if (locale) return locale;
    }
    return fallbackLocale;
  }
}

/** The shadow host of the tree `node` lives in, to keep climbing out of shadow roots. */
function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Watches the shadow root a lookup searches in, so a `lang` set inside it later is seen too. */
function watchRootOf(node: Element): void {
  const root = node.getRootNode();
  if (root instanceof ShadowRoot) watch(root);
}
