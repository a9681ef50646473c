export * from './diff.js';
export { effectiveElement } from './effective.js';
