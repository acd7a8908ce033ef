import {defineElement} from '../../internal/define.js';
import {UclgContact} from './uclg-contact.js';

export {UclgContact};
defineElement('uclg-contact', UclgContact);

declare global {
  interface HTMLElementTagNameMap {
    'uclg-contact': UclgContact;
  }
}
