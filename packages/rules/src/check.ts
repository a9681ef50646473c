/**
 * The whole check: load → validate → link as of a date → rules → positions. The CLI, the site
 * builder and the pull-request report all check through this one function.
 */
import {
  compareDiagnostics,
  evaluateAsOf,
  loadEditions,
  loadModel,
  PositionResolver,
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
  const editions = loadEditions(project.modelDir);
  const { diagnostics: ruleDiagnostics } = runRules(graph, { severities, suppressions: loaded.suppressions, editions: editions.editions });
  const rules = performance.now() - started;
  started = performance.now();
  const diagnostics = [...loaded.diagnostics, ...ruleDiagnostics, ...editions.diagnostics];
  if (editions.editions.length === 0) loaded.positions.resolveAll(diagnostics);
  else {
    // Rules about published history point into snapshot files, which are not live model files.
    const texts = new Map([...loaded.files, ...editions.editions.map((e) => e.file)].map((f) => [f.path, f.text]));
    new PositionResolver((file) => texts.get(file)).resolveAll(diagnostics);
  }
  diagnostics.sort(compareDiagnostics);
  const positions = performance.now() - started;
  return { loaded, graph, diagnostics, timings: { ...loaded.timings, link, rules, positions } };
}
