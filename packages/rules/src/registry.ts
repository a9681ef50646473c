/**
 * Every rule, in id order. A new rule is one file in `rules/` plus one import and one entry here;
 * the registry test runs its examples.
 */
import type { Rule } from './rule.js';
import mandatoryComponent from './rules/mandatory-component.js';
import publishedHistory from './rules/published-history.js';
import referenceKind from './rules/reference-kind.js';
import referenceOutOfForce from './rules/reference-out-of-force.js';
import unresolvedReference from './rules/unresolved-reference.js';

export const allRules: Rule[] = [
  mandatoryComponent,
  publishedHistory,
  referenceKind,
  referenceOutOfForce,
  unresolvedReference,
].sort((a, b) => (a.id < b.id ? -1 : 1));

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.id === id);
}
