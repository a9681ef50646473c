export * from './diff.js';
export { effectiveElement } from './effective.js';
export { changeView, type ChangeViewOptions } from './change-view.js';
export { changesOfAgency, type AgencyChanges } from './by-agency.js';
