/**
 * Runs the rules over a linked model and turns their problems into diagnostics: severity from
 * the rule or the configuration, rule id stamped, inline suppressions applied (and checked).
 */
import type { Diagnostic, EditionSnapshot, ElementRecord, ModelGraph, Severity, Suppression } from '@kientruc/core';
import type { Framework } from '@kientruc/schema';
import { allRules } from './registry.js';
import type { Problem, Rule } from './rule.js';

export type SeverityOverrides = Record<string, Severity | 'off'>;

export interface RunOptions {
  rules?: Rule[];
  severities?: SeverityOverrides;
  suppressions?: Suppression[];
  editions?: EditionSnapshot[];
}

export interface RunResult {
  diagnostics: Diagnostic[];
  /** Time per rule in milliseconds, for the benchmark. */
  timings: Record<string, number>;
}

function toDiagnostic(rule: Rule, severity: Severity, problem: Problem): Diagnostic {
  const { element } = problem;
  return {
    severity,
    ruleId: rule.id,
    message: problem.message,
    location: { file: element.file, doc: element.doc, path: problem.path ?? [], ...(problem.key ? { key: true } : {}) },
    ...(problem.related
      ? {
          related: problem.related.map((r) => ({
            location: { file: r.element.file, doc: r.element.doc, path: r.path ?? [] },
            message: r.message,
          })),
        }
      : {}),
    fix: problem.fix ?? rule.fix.en,
    elementId: element.id,
  };
}

export function runRules(graph: ModelGraph, options: RunOptions = {}): RunResult {
  const rules = options.rules ?? allRules;
  const severities = options.severities ?? {};
  const suppressions = options.suppressions ?? [];
  const diagnostics: Diagnostic[] = [];
  const timings: Record<string, number> = {};
  const frameworks = graph.ofKind('framework') as ElementRecord<Framework>[];
  const suppressed = new Map<string, Suppression>();
  for (const s of suppressions) if (s.reason) suppressed.set(`${s.file}|${s.doc}|${s.ruleId}`, s);
  const used = new Set<Suppression>();

  for (const rule of rules) {
    const configured = severities[rule.id];
    if (configured === 'off') continue;
    const severity: Severity = configured ?? rule.severity;
    const started = performance.now();
    rule.check({
      graph,
      model: graph.model,
      asOf: graph.asOf,
      frameworks,
      editions: options.editions ?? [],
      report(problem) {
        const s = suppressed.get(`${problem.element.file}|${problem.element.doc}|${rule.id}`);
        if (s) {
          used.add(s);
          return;
        }
        diagnostics.push(toDiagnostic(rule, severity, problem));
      },
    });
    timings[rule.id] = performance.now() - started;
  }

  const known = new Set(allRules.map((rule) => rule.id));
  const ran = new Set(rules.map((rule) => rule.id));
  // A suppression on an element out of force at the as-of date (a merged province, a system not
  // yet launched) has nothing to silence on that date: it is not "unused", only dormant.
  // Only the files that hold suppressions are looked at: keys for every element of a national
  // model cost more than some rules.
  const suppressedFiles = new Set(suppressions.map((s) => s.file));
  const inForce = new Set<string>();
  if (suppressedFiles.size > 0) for (const record of graph.elements()) if (suppressedFiles.has(record.file)) inForce.add(`${record.file}|${record.doc}`);
  for (const s of suppressions) {
    const location = { file: s.file, line: s.line, column: s.column };
    if (!known.has(s.ruleId)) {
      diagnostics.push({ severity: 'warning', ruleId: 'suppression', message: `Unknown rule \`${s.ruleId}\` in a suppression comment`, fix: 'Name a rule that `kientruc rules` lists.', location });
    } else if (!s.reason) {
      diagnostics.push({
        severity: 'warning',
        ruleId: 'suppression',
        message: `Suppression of \`${s.ruleId}\` gives no reason; it is ignored`,
        fix: 'Write the reason after ` -- `, e.g. `# kientruc-disable ' + s.ruleId + ' -- hệ thống nội bộ`.',
        location,
      });
    } else if (ran.has(s.ruleId) && severities[s.ruleId] !== 'off' && !used.has(s) && inForce.has(`${s.file}|${s.doc}`)) {
      diagnostics.push({ severity: 'warning', ruleId: 'suppression', message: `Unused suppression of \`${s.ruleId}\`: the rule reports nothing here`, fix: 'Delete the comment.', location });
    }
  }
  return { diagnostics, timings };
}
