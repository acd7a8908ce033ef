/**
 * The words of <uclg-about> that are its own, through the element's `msg`; the brochure's text it
 * shows is data (src/data/about.ts, src/data/organisation.ts).
 */
import {html, type TemplateResult} from 'lit';
import {founded, globalTaskforce} from '../../data/about.js';
import {addFormatted, formatNumber, formatYear} from '../../internal/intl.js';
import {uclgAbout} from '../../generated/formatted.js';
import {str, type Locale, type Msg} from '../../internal/localize.js';

// What the build's Intl wrote for this element's texts (scripts/build/formatted.mjs).
addFormatted(uclgAbout);

/**
 * The numbers <uclg-about> shows, in `locale`: the Taskforce's networks and the year UCLG was
 * founded. The build has `Intl` write them (scripts/build/formatted.mjs).
 */
export const textsFromData = (locale: Locale) => ({
  networks: formatNumber(locale, globalTaskforce.networks),
  founded: formatYear(locale, founded),
});

/** Where the name goes in the translated sentence: a private-use character no translation holds. */
const nameMark = '\uE000';

/**
 * The Taskforce sentence, its `name` (in bold, as in the brochure) and its number of `networks`
 * put in. FR: brochure. EN: the wording of AMB's UCLG page (`uclg-facts.md` §0), not UCLG's own
 * text. Other languages: ours, not official.
 */
export function taskforceSentence(msg: Msg, name: string, networks: string): TemplateResult {
  // A plain-text message (`str`), so that every catalog is data a page can also load as JSON
  // (src/internal/more-languages.ts); the name is set in bold where the translation put it.
  const sentence = msg(
    str`CGLU anime le travail de la ${nameMark} qui réunit plus de ${networks} réseaux actifs au niveau international.`,
    {
      id: 'about.taskforce',
      desc: 'The Global Taskforce sentence; the first placeholder is its name, the second the number of networks. Official in no language but French.',
    },
  );
  const [before, after = ''] = sentence.split(nameMark);
  return html`${before}<strong>${name}</strong>${after}`;
}
