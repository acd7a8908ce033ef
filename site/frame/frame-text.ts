/**
 * The words of the note a frame page shows where its sandbox stops a link (site/frame/links.ts).
 * Messages like every element's, translated in `locales/`; the frame pages do not load the
 * catalogs: the build writes these words into each page, in the languages the page can show
 * (site/build/frames.mjs), and the page reads them from there.
 */
import type {Msg} from '../../src/internal/localize.js';

export const frameText = (msg: Msg) => ({
  // One sentence for a link and a download alike (for a download, the address is the widget's own
  // page, where the download works): the words are in every frame page, in every language, so they are few.
  blocked: msg('Ce cadre ne peut pas le faire ici. Copiez cette adresse\u00a0:', {
    id: 'frame.blocked',
    desc: "Shown in an embedded frame whose sandbox stops a link or a download; the address follows (the link's, or for a download the widget's own page), selected for the reader to copy. Keep it short: it ships in every frame page.",
  }),
  address: msg('Adresse', {id: 'frame.address', desc: 'Accessible name of the field holding the address to copy.'}),
  close: msg('Fermer', {id: 'frame.close', desc: 'Button that closes the note.'}),
});

export type FrameText = ReturnType<typeof frameText>;
