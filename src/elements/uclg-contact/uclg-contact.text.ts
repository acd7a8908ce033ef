/**
 * The words of <uclg-contact>'s card, through the element's `msg`; the organisation's name and the
 * secretariat's details are data (src/data/organisation.ts).
 */
import type {Msg} from '../../internal/localize.js';

export const contactText = (msg: Msg) => ({
  title: msg('Secrétariat mondial', {
    id: 'contact.title',
    desc: "Heading of UCLG's world secretariat contact card.",
  }),
  telephone: msg('Téléphone', {id: 'contact.telephone'}),
  fax: msg('Fax', {id: 'contact.fax'}),
  email: msg('Courriel', {id: 'contact.email'}),
  website: msg('Site web', {id: 'contact.website'}),
  addToContacts: msg('Ajouter aux contacts', {
    id: 'contact.add-to-contacts',
    desc: 'Link that downloads the contact card (vCard).',
  }),
});
