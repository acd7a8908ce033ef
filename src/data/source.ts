/**
 * Where the widgets' facts come from, and as of when: UCLG's brochure "CGLU – Qui sommes-nous ?"
 * (`brochure-fr.md`), published by UCLG on issuu on 24 November 2015 with its English edition
 * "UCLG – Who we are?" (`uclg-facts.md`, the brochure's note). Each element says it under its facts.
 */
import {str, type Msg} from '../internal/localize.js';

/** The brochure the facts come from, and the year of its edition. */
export const brochure = {title: 'CGLU – Qui sommes-nous ?', year: 2015} as const;

/** The source line every element shows: the brochure and `year`, the year its facts are as of, formatted in the language. */
export const sourceText = (msg: Msg, year: string): string =>
  msg(str`Source\u00a0: brochure «\u00a0CGLU – Qui sommes-nous\u00a0?\u00a0» de ${year}`, {
    id: 'source.brochure',
    desc: 'Under every widget, small: where its facts come from. The placeholder is the year its facts are as of (the brochure’s edition, 2015). The brochure’s title in the language where UCLG published one (EN “UCLG – Who we are?”, ES “CGLU – Quiénes somos”), else translated; UCLG’s short name as the glossary has it.',
  });
