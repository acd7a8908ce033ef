import {defineElement} from '../../internal/define.js';
import {UclgAbout} from './uclg-about.js';

export {UclgAbout};
defineElement('uclg-about', UclgAbout);

declare global {
  interface HTMLElementTagNameMap {
    'uclg-about': UclgAbout;
  }
}
