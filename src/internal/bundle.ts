/**
 * What this build of the library holds. The npm modules and the bundles `<tag>.js` and
 * `uclg-widgets.js` hold every language: this module as written here. A one-language bundle
 * (`<tag>.<lang>.js`, `uclg-widgets.<lang>.js`: French, the source, and one language) gets its own
 * copy from the build (rollup.config.mjs), which names that language and the integrity of the index
 * of the others, `uclg-messages.json` beside it (scripts/build/messages.mjs), from which
 * src/internal/more-languages.ts loads them on demand.
 */
import type {Locale} from './locale.js';

/** The language an element falls back to when neither it nor its page nor the browser asks for one it speaks. */
export const fallbackLocale: Locale = 'en';

/** The integrity of `uclg-messages.json`, in a one-language bundle; `null` where every language is inside. */
export const messagesIndex: string | null = null;
