/**
 * The organisation and its world secretariat. Sources: the brochure's back page
 * (`brochure-fr.md`: name, address, telephone, fax, e-mail, website, @uclg_org), UCLG report
 * imprints for the names in three languages, Cities Alliance's UCLG page and UCLG's Constitution
 * art. 1 for the address and numbers (`uclg-facts.md` §0).
 */
import type {Msg} from '../internal/localize.js';

export interface Organisation {
  website: string;
}

export const organisation: Organisation = {
  // Brochure: "www.uclg.org".
  website: 'https://www.uclg.org',
};

/**
 * The organisation's name, acronym and its secretariat's city, in the language of `msg` (see
 * `locales/`). Report imprints give the official name in three languages: "United Cities and
 * Local Governments / Cités et Gouvernements Locaux Unis / Ciudades y Gobiernos Locales Unidos";
 * acronyms UCLG / CGLU / CGLU.
 */
export const organisationText = (msg: Msg) => ({
  name: msg('Cités et Gouvernements Locaux Unis', {
    id: 'organisation.name',
    desc: "UCLG's full name. Official in fr, en, es (report imprints); elsewhere, the name UCLG uses in that language, or English.",
  }),
  acronym: msg('CGLU', {
    id: 'organisation.acronym',
    desc: "UCLG's acronym: CGLU in French and Spanish, UCLG in English. Keep UCLG where the language has no official acronym.",
  }),
  // Brochure: "Barcelone - Espagne".
  city: msg('Barcelone', {
    id: 'organisation.city',
    desc: "The secretariat's city, Barcelona, as the language names it.",
  }),
});

export interface Secretariat {
  /** Street line as written locally (Catalan street name). */
  street: string;
  postalCode: string;
  /** The city's name is text (`organisationText`): Intl has no city names. */
  /** ISO 3166-1 alpha-2; its name comes from `Intl.DisplayNames`. */
  country: string;
  /** E.164 numbers, and the grouping the brochure prints them with. */
  telephone: {e164: string; display: string};
  fax: {e164: string; display: string};
  email: string;
  social: {network: string; handle: string; url: string};
}

export const secretariat: Secretariat = {
  // Brochure: "Carrer Avinyó, 15 / 08002 Barcelone - Espagne"; Constitution art. 1: "15 Carrer Avinyó".
  street: 'Carrer Avinyó, 15',
  postalCode: '08002',
  country: 'ES',
  // Brochure: "Telf: +34 933 428 750", "Fax +34 933 428 760" (Cities Alliance: (+34) 93 34 28 750 / 760).
  telephone: {e164: '+34933428750', display: '+34 933 428 750'},
  fax: {e164: '+34933428760', display: '+34 933 428 760'},
  // Brochure: "info@uclg.org". uclg-facts.md found no other page confirming this address; the
  // brochure is the authoritative text, so it stands.
  email: 'info@uclg.org',
  // Brochure: "@uclg_org", linked to twitter.com/uclg_org.
  social: {network: 'X (Twitter)', handle: '@uclg_org', url: 'https://twitter.com/uclg_org'},
};
