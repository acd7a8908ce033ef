/** UCLG's facts as typed data, each sourced where it is defined. */
export * from './figures.js';
export * from './organisation.js';
export * from './about.js';
export * from './commissions.js';
export * from './sections.js';
export * from './countries.js';
export * from './iso-numeric.js';
