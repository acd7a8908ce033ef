import type {Msg} from '../internal/localize.js';

/**
 * The values line of the brochure's commissions page, which `<uclg-about>` shows too. FR: the
 * brochure's words ("PROMÈT", sic, for "promeut"), made a sentence as the official EN and ES
 * lines are: its subject, CGLU, set as the brochure names UCLG elsewhere ("CGLU anime…"), and a
 * full stop. EN and ES: official (`uclg-facts.md` §4); they add "defending the general interests
 * of citizens", which the brochure leaves out.
 */
export const valuesLine = (msg: Msg): string =>
  msg(
    'CGLU promeut une société juste, durable et solidaire, fondée sur la démocratie locale, l’autonomie et la décentralisation.',
    {
      id: 'about.values',
      desc: "UCLG's official wording in fr, en and es (uclg-facts.md §4); in any other language, our translation.",
    },
  );
