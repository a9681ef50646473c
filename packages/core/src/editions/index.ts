export * from './snapshot.js';
export * from './editions.js';
