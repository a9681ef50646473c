/**
 * The whole check: load → validate → link as of a date → rules → positions. The CLI, the site
 * builder and the pull-request report all check through this one function.
 */
import {
  compareDiagnostics,
  evaluateAsOf,
  loadModel,
  type Diagnostic,
  type LoadedModel,
  type ModelGraph,
  type ParseCache,
  type Project,
} from '@kientruc/core';
import { runRules } from './engine.js';

export interface CheckResult {
  loaded: LoadedModel;
  graph: ModelGraph;
  /** Every diagnostic, positions resolved, sorted. */
  diagnostics: Diagnostic[];
  timings: { load: number; validate: number; link: number; rules: number; positions: number };
}

export function checkModel(project: Project, asOf: string, options: { cache?: ParseCache; loaded?: LoadedModel } = {}): CheckResult {
  const loaded = options.loaded ?? loadModel(project.modelDir, { limits: project.limits, ...(options.cache ? { cache: options.cache } : {}) });
  let started = performance.now();
  const graph = evaluateAsOf(loaded, asOf);
  const link = performance.now() - started;
  started = performance.now();
  const severities = project.config.rules ?? {};
  const { diagnostics: ruleDiagnostics } = runRules(graph, { severities, suppressions: loaded.suppressions });
  const rules = performance.now() - started;
  started = performance.now();
  const diagnostics = [...loaded.diagnostics, ...ruleDiagnostics];
  loaded.positions.resolveAll(diagnostics);
  diagnostics.sort(compareDiagnostics);
  const positions = performance.now() - started;
  return { loaded, graph, diagnostics, timings: { ...loaded.timings, link, rules, positions } };
}
