export * from './rule.js';
export * from './engine.js';
export { allRules, findRule } from './registry.js';
export { runExample, formatShort, DEFAULT_EXAMPLE_AS_OF, type ExampleResult } from './examples.js';
export { coreChecks } from './core-checks.js';
export { checkModel, type CheckResult } from './check.js';
