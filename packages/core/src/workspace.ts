/**
 * The pipeline up to the graph: load → validate → (as of a date) link. Each stage is a pure
 * function of the one before; this module only strings them together.
 */
import type { Diagnostic } from './diagnostics.js';
import { linkModel, type ModelGraph } from './graph.js';
import { loadModelFiles, parseSources, type LoadLimits, type LoadResult, type ModelSource, type ParseCache, type ParsedDocument, type SourceFile } from './load.js';
import { validateModel, type Model } from './model.js';
import { checkModeline } from './modeline.js';
import { PositionResolver } from './positions.js';
import { findSuppressions, type Suppression } from './suppressions.js';

export interface LoadedModel {
  modelDir: string;
  files: SourceFile[];
  model: Model;
  /** Diagnostics of loading and validation (do not depend on the as-of date). */
  diagnostics: Diagnostic[];
  suppressions: Suppression[];
  positions: PositionResolver;
  timings: { load: number; validate: number };
  /** The cache it was loaded through, which also keeps the last graph linked per date. */
  cache?: ParseCache;
}

function fromLoad(modelDir: string, loaded: LoadResult, loadMs: number, onDisk: boolean, cache: ParseCache | undefined): LoadedModel {
  const started = performance.now();
  const { model, diagnostics } = validateModel(loaded.files, { onDisk });
  const validate = performance.now() - started;
  const texts = new Map(loaded.files.map((file) => [file.path, file.text]));
  return {
    modelDir,
    files: loaded.files,
    model,
    // Files that did not parse already have their one diagnostic.
    diagnostics: [...loaded.diagnostics, ...diagnostics, ...loaded.files.filter((file) => file.documents.length > 0).flatMap((file) => checkModeline(file) ?? [])],
    suppressions: loaded.files.flatMap(suppressionsOf),
    positions: new PositionResolver((file) => texts.get(file)),
    timings: { load: loadMs, validate },
    ...(cache ? { cache } : {}),
  };
}

/**
 * Suppression comments by parse result, so that a re-check does not search the whole model's text
 * again (a file's `SourceFile` is new on every load, its parsed documents are not). The same
 * content can sit at two paths, so the path is checked too.
 */
const suppressionsByParse = new WeakMap<ParsedDocument[], { path: string; found: Suppression[] }>();

function suppressionsOf(file: SourceFile): Suppression[] {
  const kept = suppressionsByParse.get(file.documents);
  if (kept?.path === file.path) return kept.found;
  const found = findSuppressions(file);
  suppressionsByParse.set(file.documents, { path: file.path, found });
  return found;
}

export function loadModel(modelDir: string, options: { limits?: LoadLimits; cache?: ParseCache; files?: string[] } = {}): LoadedModel {
  const started = performance.now();
  const loaded = loadModelFiles(modelDir, options);
  // Files read from disk use the disk cache for their validation results too.
  return fromLoad(modelDir, loaded, performance.now() - started, true, options.cache);
}

/** The same from sources in memory (rule examples, tests, snapshots). */
export function loadModelFromSources(modelDir: string, sources: ModelSource[], options: { limits?: LoadLimits; cache?: ParseCache } = {}): LoadedModel {
  const started = performance.now();
  const loaded = parseSources(sources, modelDir, options);
  return fromLoad(modelDir, loaded, performance.now() - started, false, options.cache);
}

/** The model as of a date; a model loaded through a cache is linked by patching the cache's last graph of that date. */
export function evaluateAsOf(loaded: LoadedModel, asOf: string): ModelGraph {
  const graph = linkModel(loaded.model, asOf, loaded.cache?.graphs.get(asOf));
  loaded.cache?.graphs.set(asOf, graph);
  return graph;
}
