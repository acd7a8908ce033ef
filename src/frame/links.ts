/**
 * Links inside a frame. A link would load its page inside the frame, where the reader loses the
 * widget and many sites refuse to be framed, so every link opens in a new tab instead.
 *
 * WordPress frames its embeds with `sandbox="allow-scripts"`: no new tab, no navigation of the
 * page, no download, no mail client. There a link would look clickable and do nothing, so when the
 * browser refuses to open it, the frame shows the link's address in a note, selected for the reader
 * to copy (the clipboard is out of reach of a sandboxed frame). WordPress's own `link` message does
 * not help: its host follows it only to the frame's own site, and the widgets link elsewhere.
 *
 * The note's few words are per-language data, like the brochure's text in src/data, rather than
 * `msg()` messages: this page script shares no catalog with the elements.
 */
import type {Localized} from '../data/organisation.js';
import {matchLocale} from '../internal/locale.js';

const words = {
  blocked: {
    fr: 'Ce cadre ne peut pas ouvrir ce lien. Copiez son adresse :',
    en: 'This frame cannot open the link. Copy its address:',
    es: 'Este marco no puede abrir el enlace. Copie su dirección:',
  },
  download: {
    fr: 'Ce cadre ne peut pas télécharger de fichier. Ouvrez le widget sur sa propre page :',
    en: 'This frame cannot download files. Open the widget on its own page:',
    es: 'Este marco no puede descargar archivos. Abra el widget en su propia página:',
  },
  address: {fr: 'Adresse', en: 'Address', es: 'Dirección'},
  close: {fr: 'Fermer', en: 'Close', es: 'Cerrar'},
} satisfies Record<string, Localized>;

/** The link a click landed on, looking through the elements' (open) shadow roots. */
function linkOf(event: Event): HTMLAnchorElement | undefined {
  return event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && Boolean(node.href));
}

/** Opens links in new tabs; where the frame's sandbox forbids it, shows the address to copy. */
export function handleLinks(): void {
  addEventListener('click', (event) => {
    const link = linkOf(event);
    if (!link || event.defaultPrevented || event.button !== 0) return;
    const download = link.hasAttribute('download');
    // A sandbox without allow-same-origin gives the frame an opaque origin: WordPress's case.
    const sandboxed = self.origin === 'null';
    if (download && !sandboxed) return;
    event.preventDefault();
    const opened = download ? null : open(link.href, '_blank');
    if (opened) {
      opened.opener = null;
      return;
    }
    const address = download ? location.href.replace(/#.*$/, '') : link.href.replace(/^(mailto|tel):/, '');
    showNote(download ? 'download' : 'blocked', address, link);
  });
}

let note: HTMLElement | undefined;

function showNote(reason: 'blocked' | 'download', address: string, link: HTMLElement): void {
  // The frame page's language is its widget's (see frame.ts).
  const locale = matchLocale(document.documentElement.lang) ?? matchLocale(navigator.language) ?? 'en';
  note?.remove();
  const id = 'uclg-frame-note-text';
  const text = Object.assign(document.createElement('p'), {id, textContent: words[reason][locale]});
  const field = Object.assign(document.createElement('input'), {readOnly: true, value: address});
  field.setAttribute('aria-label', words.address[locale]);
  field.setAttribute('aria-describedby', id);
  const close = Object.assign(document.createElement('button'), {type: 'button', textContent: words.close[locale]});
  note = Object.assign(document.createElement('div'), {className: 'uclg-frame-note', lang: locale});
  note.setAttribute('role', 'group');
  note.setAttribute('aria-labelledby', id);
  note.append(text, field, close);
  document.body.append(note);
  close.addEventListener('click', () => {
    note?.remove();
    note = undefined;
    link.focus();
  });
  field.addEventListener('keydown', (event) => event.key === 'Escape' && close.click());
  field.focus();
  field.select();
}
