/** UCLG's facts as typed data, each sourced where it is defined. */
export * from './figures.js';
export * from './organisation.js';
export * from './about.js';
export * from './commissions.js';
