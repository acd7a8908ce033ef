/**
 * Links inside a frame. A link would load its page inside the frame, where the reader loses the
 * widget and many sites refuse to be framed, so every link opens in a new tab instead.
 *
 * WordPress frames its embeds with `sandbox="allow-scripts"`: no new tab, no navigation of the
 * page, no download, no mail client. There a link would look clickable and do nothing, so in an
 * opaque origin (or when the browser refuses to open it) the frame shows the link's address in a
 * note, selected for the reader to copy (the clipboard is out of reach of a sandboxed frame).
 * WordPress's own `link` message does not help: its host follows it only to the frame's own site,
 * and the widgets link elsewhere.
 *
 * The note's words are messages (site/frame/frame-text.ts), which the build writes into the page
 * (`#uclg-frame-words`, a JSON data block), in the languages the page can show: this script loads
 * no catalog.
 */
import type {FrameText} from './frame-text.js';
import {type Locale, matchLocale} from '../../src/internal/locale.js';

/** The note's words in `locale`, from the page; English, or any language the page has, if not there. */
function wordsIn(locale: Locale): FrameText | undefined {
  try {
    const all = JSON.parse(document.getElementById('uclg-frame-words')?.textContent ?? '{}') as Record<
      string,
      FrameText
    >;
    return all[locale] ?? all.en ?? Object.values(all)[0];
  } catch {
    return undefined;
  }
}

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
    // A sandbox without allow-same-origin gives the frame an opaque origin: WordPress's case, whose
    // sandbox has no allow-popups either. There the note comes at once: trying to open the link
    // first would only add the browser's refusal to the console.
    const sandboxed = self.origin === 'null';
    if (download && !sandboxed) return;
    event.preventDefault();
    const opened = download || sandboxed ? null : open(link.href, '_blank');
    if (opened) {
      opened.opener = null;
      return;
    }
    const address = download ? location.href.replace(/#.*$/, '') : link.href.replace(/^(mailto|tel):/, '');
    showNote(address, link);
  });
}

let note: HTMLElement | undefined;

function showNote(address: string, link: HTMLElement): void {
  // The frame page's language is its widget's (see frame.ts).
  const locale = matchLocale(document.documentElement.lang) ?? matchLocale(navigator.language) ?? 'en';
  const words = wordsIn(locale);
  // Without its words (a page made by hand), the browser's own refusal is all the reader gets.
  if (!words) return;
  note?.remove();
  const id = 'uclg-frame-note-text';
  const text = Object.assign(document.createElement('p'), {id, textContent: words.blocked});
  const field = Object.assign(document.createElement('input'), {readOnly: true, value: address});
  field.setAttribute('aria-label', words.address);
  field.setAttribute('aria-describedby', id);
  const close = Object.assign(document.createElement('button'), {type: 'button', textContent: words.close});
  // In the page's direction (its widget's, see frame.ts), which it inherits.
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
