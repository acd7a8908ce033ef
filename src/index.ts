/**
 * @uclg/widgets: classes, types and data. Importing this registers nothing; import
 * `@uclg/widgets/all` (or one element's entry, e.g. `@uclg/widgets/uclg-stats`) to define tags.
 */
export {UclgStats} from './elements/uclg-stats/uclg-stats.js';
export {UclgContact, type ContactVariant} from './elements/uclg-contact/uclg-contact.js';
export {UclgCommissions, type CommissionsOrder} from './elements/uclg-commissions/uclg-commissions.js';
export {UclgAbout} from './elements/uclg-about/uclg-about.js';
export {UclgSectionsMap} from './elements/uclg-sections-map/uclg-sections-map.js';
export type {SectionSelectDetail, SectionSelectEvent} from './elements/uclg-sections-map/uclg-sections-map.events.js';
export {UclgElement, type Theme} from './internal/uclg-element.js';
export {type Locale, locales} from './internal/localize.js';
export * from './data/index.js';
