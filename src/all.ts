/**
 * Registers every UCLG element; what `dist/uclg-widgets.js` (and its classic twin, whose global
 * `UCLGWidgets` holds these exports) is built from. It exports the classes only: the data tables
 * are in `@uclg/widgets/data` for npm users, and a bundle carries just the data its elements show.
 */
import './generated/define-all.js';

export * from './generated/elements.js';
