import {defineElement} from '../../internal/define.js';
import {UclgStats} from './uclg-stats.js';

export {UclgStats};
defineElement('uclg-stats', UclgStats);

declare global {
  interface HTMLElementTagNameMap {
    'uclg-stats': UclgStats;
  }
}
