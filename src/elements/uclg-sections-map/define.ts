import {defineElement} from '../../internal/define.js';
import {UclgSectionsMap} from './uclg-sections-map.js';

export {UclgSectionsMap};
defineElement('uclg-sections-map', UclgSectionsMap);

declare global {
  interface HTMLElementTagNameMap {
    'uclg-sections-map': UclgSectionsMap;
  }
}
