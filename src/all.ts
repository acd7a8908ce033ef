/** Registers every UCLG element; what `dist/uclg-widgets.js` is built from. */
import './generated/define-all.js';

export * from './index.js';
