/**
 * The words of <uclg-about> that are its own, through the element's `msg`; the brochure's text it
 * shows is data (src/data/about.ts, src/data/organisation.ts).
 */
import {html, type TemplateResult} from 'lit';
import type {Msg} from '../../internal/localize.js';

/**
 * The Taskforce sentence, its `name` (in bold, as in the brochure) and its number of `networks`
 * put in. FR: brochure. EN: the wording of AMB's UCLG page (`uclg-facts.md` §0), not UCLG's own
 * text. Other languages: ours, not official.
 */
export const taskforceSentence = (msg: Msg, name: TemplateResult, networks: string): TemplateResult =>
  msg(
    html`CGLU anime le travail de la ${name} qui réunit plus de ${networks} réseaux actifs au niveau international.`,
    {
      id: 'about.taskforce',
      desc: 'The Global Taskforce sentence; the first placeholder is its name, the second the number of networks. Official in no language but French.',
    },
  );
