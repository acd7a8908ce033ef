/**
 * @uclg/widgets: classes, types and data. Importing this registers nothing; import
 * `@uclg/widgets/all` (or one element's entry, e.g. `@uclg/widgets/uclg-stats`) to define tags.
 */
export * from './generated/elements.js';
export {UclgElement, type Theme} from './internal/uclg-element.js';
export {type Locale, locales} from './internal/localize.js';
export * from './data/index.js';
