/**
 * UCLG's facts as typed data, each sourced where it is defined. Text is a function of a language's
 * `msg`: `sectionText(msgIn('es')).africa.name` is "África".
 */
export {locales, msgIn, type Locale, type Msg} from '../internal/localize.js';
export * from './figures.js';
export * from './organisation.js';
export * from './about.js';
export * from './commissions.js';
export * from './sections.js';
export * from './countries.js';
export * from './iso-numeric.js';
export * from './source.js';
