export * from './types.js';
export { computeViews, viewsOfElement } from './compute.js';
export { KIND_LABELS, KIND_PLURALS, RELATION_LABELS, USER_LABELS, CHANNEL_LABELS, LEVEL_LABELS, kindLabel, relationLabel, textIn } from './labels.js';
export { overallView, integrationView } from './architecture-views.js';
export { landscapeView, isNational } from './landscape.js';
export { contextView, contextSubjects, AGGREGATE_ABOVE } from './context.js';
export { customView, neighbourhood } from './custom.js';
export { architecturesInForce, agencyLevel, type ArchitectureInForce, type AgencyLevel } from './queries.js';
