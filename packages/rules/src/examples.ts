/** Runs a rule's documented examples on an in-memory model; used by the tests and `kientruc explain`. */
import { compareDiagnostics, evaluateAsOf, loadModelFromSources, type Diagnostic } from '@kientruc/core';
import { runRules } from './engine.js';
import type { Rule, RuleExample } from './rule.js';

const EXAMPLE_ROOT = '/example-model';
export const DEFAULT_EXAMPLE_AS_OF = '2025-12-31';

export function formatShort(d: Diagnostic, root: string): string {
  const file = d.location.file.startsWith(`${root}/`) ? d.location.file.slice(root.length + 1) : d.location.file;
  return `${file}:${d.position?.line ?? 0}:${d.position?.column ?? 0}: ${d.severity} ${d.message} [${d.ruleId}]`;
}

export interface ExampleResult {
  /** Diagnostics of the rule, formatted like `RuleExample.expected`. */
  actual: string[];
  /** Errors of loading or validating the example's model (an example must be a valid model). */
  modelErrors: string[];
}

export function runExample(rule: Rule, example: RuleExample): ExampleResult {
  const sources = Object.entries(example.files).map(([path, text]) => ({
    path: `${EXAMPLE_ROOT}/${path}`,
    bytes: Buffer.from(text, 'utf8'),
  }));
  const loaded = loadModelFromSources(EXAMPLE_ROOT, sources);
  const graph = evaluateAsOf(loaded, example.asOf ?? DEFAULT_EXAMPLE_AS_OF);
  const { diagnostics } = runRules(graph, { rules: [rule], suppressions: loaded.suppressions });
  const own = diagnostics.filter((d) => d.ruleId === rule.id);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  loaded.positions.resolveAll(own);
  loaded.positions.resolveAll(errors);
  return {
    actual: own.sort(compareDiagnostics).map((d) => formatShort(d, EXAMPLE_ROOT)),
    modelErrors: errors.sort(compareDiagnostics).map((d) => formatShort(d, EXAMPLE_ROOT)),
  };
}
