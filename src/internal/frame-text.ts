/**
 * The words of the note a frame page shows where its sandbox stops a link (src/frame/links.ts).
 * Messages like every element's, translated in `locales/`; the frame pages do not load the
 * catalogs: the build writes these words into each page, in the languages the page can show
 * (scripts/frames.mjs), and the page reads them from there.
 */
import type {Msg} from './localize.js';

export const frameText = (msg: Msg) => ({
  blocked: msg('Ce cadre ne peut pas ouvrir ce lien. Copiez son adresse\u00a0:', {
    id: 'frame.blocked',
    desc: "Shown in an embedded frame whose sandbox stops a link; the link's address follows, to copy.",
  }),
  download: msg('Ce cadre ne peut pas télécharger de fichier. Ouvrez le widget sur sa propre page\u00a0:', {
    id: 'frame.download',
    desc: "Shown in an embedded frame whose sandbox stops a download; the widget's own page address follows.",
  }),
  address: msg('Adresse', {id: 'frame.address', desc: 'Accessible name of the field holding the address to copy.'}),
  close: msg('Fermer', {id: 'frame.close', desc: 'Button that closes the note.'}),
});

export type FrameText = ReturnType<typeof frameText>;
