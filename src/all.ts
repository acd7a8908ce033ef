/** Registers every UCLG element; what `dist/uclg-widgets.js` is built from. */
import './elements/uclg-stats/define.js';
import './elements/uclg-contact/define.js';
import './elements/uclg-commissions/define.js';
import './elements/uclg-about/define.js';
import './elements/uclg-sections-map/define.js';

export * from './index.js';
