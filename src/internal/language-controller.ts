import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {type Locale, matchLocale, withLocale} from './localize.js';
import {warnInvalid} from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected controller; one observer re-resolves them all when any `lang` changes. */
const controllers = new Set<LanguageController>();
let observer: MutationObserver | undefined;

function watchPage(): void {
  if (observer) return;
  observer = new MutationObserver(() => controllers.forEach((c) => c.resolve()));
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
  addEventListener('languagechange', () => controllers.forEach((c) => c.resolve()));
}

/**
 * Gives an element its own language and renders it in that language: its `lang` attribute,
 * else the nearest ancestor with a supported `lang` (across shadow roots, up to `<html>`), else
 * the browser's languages, else English. An unsupported `lang` on the element itself is warned
 * about once; an unsupported page language falls back silently.
 */
export class LanguageController implements ReactiveController {
  /** The language the host renders in. */
  value: Locale = 'en';
  private readonly host: Host;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchPage();
    this.resolve();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Runs `fn` with `msg()` answering in the host's language (each update of the host runs in it). */
  run<T>(fn: () => T): T {
    return withLocale(this.value, fn);
  }

  /** Re-reads the language; asks for a render when it changed and `update` is true. */
  resolve(update = true): void {
    const next = this.lookup();
    if (next === this.value) return;
    this.value = next;
    if (update) this.host.requestUpdate();
  }

  private lookup(): Locale {
    const own = this.host.getAttribute('lang');
    if (own) {
      const locale = matchLocale(own);
      if (locale) return locale;
      warnInvalid(this.host.localName, 'lang', own, 'fr, en, es, with any region subtag',
        'using the page or browser language');
    }
    for (let node: Element | null = this.host.parentElement ?? hostOf(this.host); node; ) {
      const withLang = node.closest('[lang]');
      const locale = matchLocale(withLang?.getAttribute('lang'));
      if (locale) return locale;
      node = withLang ? withLang.parentElement ?? hostOf(withLang) : hostOf(node);
    }
    for (const tag of navigator.languages ?? [navigator.language]) {
      const locale = matchLocale(tag);
      if (locale) return locale;
    }
    return 'en';
  }
}

/** The shadow host of the tree `node` lives in, to keep climbing out of shadow roots. */
function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
