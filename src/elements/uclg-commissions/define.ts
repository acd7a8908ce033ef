import {defineElement} from '../../internal/define.js';
import {UclgCommissions} from './uclg-commissions.js';

export {UclgCommissions};
defineElement('uclg-commissions', UclgCommissions);

declare global {
  interface HTMLElementTagNameMap {
    'uclg-commissions': UclgCommissions;
  }
}
