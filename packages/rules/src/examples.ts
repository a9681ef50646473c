/** Runs a rule's documented examples on an in-memory model; used by the tests and `kientruc explain`. */
import { compareDiagnostics, editionDate, evaluateAsOf, loadModelFromSources, PositionResolver, readSnapshot, writeSnapshot, type Diagnostic, type EditionSnapshot } from '@kientruc/core';
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

function toSources(files: Record<string, string>, root: string) {
  return Object.entries(files).map(([path, text]) => ({ path: `${root}/${path}`, bytes: Buffer.from(text, 'utf8') }));
}

/** Freezes each earlier edition of the example the way `kientruc publish` does. */
function publishedEditions(example: RuleExample): EditionSnapshot[] {
  return (example.published ?? []).map(({ edition, files }) => {
    const graph = evaluateAsOf(loadModelFromSources(EXAMPLE_ROOT, toSources(files, EXAMPLE_ROOT)), editionDate(edition));
    const path = `${EXAMPLE_ROOT}/editions/${edition}.yaml`;
    const { snapshot, diagnostics } = readSnapshot(path, Buffer.from(writeSnapshot(edition, graph, []), 'utf8'), `editions/${edition}.yaml`);
    if (!snapshot) throw new Error(`example edition ${edition} did not freeze: ${diagnostics[0]?.message}`);
    return snapshot;
  });
}

export function runExample(rule: Rule, example: RuleExample): ExampleResult {
  const loaded = loadModelFromSources(EXAMPLE_ROOT, toSources(example.files, EXAMPLE_ROOT));
  const graph = evaluateAsOf(loaded, example.asOf ?? DEFAULT_EXAMPLE_AS_OF);
  const editions = publishedEditions(example);
  const { diagnostics } = runRules(graph, { rules: [rule], suppressions: loaded.suppressions, editions });
  const own = diagnostics.filter((d) => d.ruleId === rule.id);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  const texts = new Map([...loaded.files, ...editions.map((e) => e.file)].map((f) => [f.path, f.text]));
  new PositionResolver((file) => texts.get(file)).resolveAll([...own, ...errors]);
  return {
    actual: own.sort(compareDiagnostics).map((d) => formatShort(d, EXAMPLE_ROOT)),
    modelErrors: errors.sort(compareDiagnostics).map((d) => formatShort(d, EXAMPLE_ROOT)),
  };
}
