/**
 * Editions: the site is published once a year, as the model stood on the edition's date. Each
 * edition comes from a source: a published edition from its frozen snapshot
 * (`model/editions/YEAR.yaml`, written by `kientruc publish`), an unpublished one from the live
 * model evaluated as of its date. The builder only sees `EditionModel`, so where an edition
 * comes from never changes how its pages are made.
 */
import { relative, sep } from 'node:path';
import {
  editionDate,
  linkModel,
  loadEditions,
  loadModel,
  todayInVietnam,
  type Diagnostic,
  type EditionSnapshot,
  type LoadedModel,
  type ModelGraph,
  type ParseCache,
  type Project,
  type PublishedDiagnostic,
} from '@kientruc/core';
import { checkModel } from '@kientruc/rules';

/** A diagnostic as the pages show it: the same shape a published snapshot freezes. */
export type SiteDiagnostic = PublishedDiagnostic;

export interface EditionModel {
  year: number;
  /** The date the edition shows the model as of. */
  asOf: string;
  origin: 'live' | 'snapshot';
  graph: ModelGraph;
  /** The check's diagnostics at `asOf`, sorted, with paths relative to the project root. */
  diagnostics: SiteDiagnostic[];
}

export interface EditionSource {
  year: number;
  asOf: string;
  origin: 'live' | 'snapshot';
  load(): EditionModel;
}

export class EditionError extends Error {
  override readonly name = 'EditionError';
}

/**
 * Live diagnostics in the shape `kientruc publish` freezes: paths relative to the project root
 * (`model/agencies/x.yaml`), so pages never name the machine and both kinds of edition read alike.
 */
export function toSiteDiagnostics(diagnostics: Diagnostic[], root: string): SiteDiagnostic[] {
  return diagnostics.map((d) => ({
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    file: relative(root, d.location.file).split(sep).join('/'),
    line: d.position?.line ?? d.location.line ?? 0,
    column: d.position?.column ?? d.location.column ?? 0,
    ...(d.elementId ? { elementId: d.elementId } : {}),
  }));
}

/**
 * Loads the live model once and shares it between the editions built from it (and between the
 * rebuilds of `kientruc serve`: unchanged files are not parsed again, see ParseCache).
 */
export class LiveModel {
  private loadedModel?: LoadedModel;

  constructor(
    readonly project: Project,
    readonly cache?: ParseCache,
  ) {}

  get loaded(): LoadedModel {
    this.loadedModel ??= loadModel(this.project.modelDir, { limits: this.project.limits, ...(this.cache ? { cache: this.cache } : {}) });
    return this.loadedModel;
  }

  edition(year: number, asOf: string): EditionSource {
    return {
      year,
      asOf,
      origin: 'live',
      load: () => {
        const result = checkModel(this.project, asOf, { loaded: this.loaded });
        return { year, asOf, origin: 'live', graph: result.graph, diagnostics: toSiteDiagnostics(result.diagnostics, this.project.root) };
      },
    };
  }
}

export function snapshotEdition(snapshot: EditionSnapshot): EditionSource {
  const { edition: year, asOf } = snapshot.header;
  return {
    year,
    asOf,
    origin: 'snapshot',
    load: () => ({ year, asOf, origin: 'snapshot', graph: linkModel(snapshot.model, asOf), diagnostics: snapshot.header.diagnostics }),
  };
}

export interface EditionChoice {
  /** `--edition YEAR`: the latest edition to build; later ones are left out. */
  requested?: number;
  /** Today, for the default edition when nothing names one (tests pass a fixed date). */
  today?: string;
}

/**
 * The editions of a build, oldest first: every published snapshot, every edition named in
 * `editions:` of kientruc.config.yaml, and the requested one; none later than the requested
 * one. With none at all, the current year.
 */
export function resolveEditions(live: LiveModel, choice: EditionChoice = {}): EditionSource[] {
  const { project } = live;
  const published = loadEditions(project.modelDir);
  const broken = published.diagnostics.find((d) => d.severity === 'error');
  if (broken) {
    const where = `${relative(project.root, broken.location.file).split(sep).join('/')}:${broken.position?.line ?? 1}:${broken.position?.column ?? 1}`;
    throw new EditionError(`${where}: ${broken.message} [${broken.ruleId}]`);
  }
  const sources = new Map<number, EditionSource>();
  for (const snapshot of published.editions) sources.set(snapshot.header.edition, snapshotEdition(snapshot));
  const years = new Set<number>(Object.keys(project.config.editions ?? {}).map(Number));
  if (choice.requested !== undefined) years.add(choice.requested);
  if (years.size === 0 && sources.size === 0) years.add(Number((choice.today ?? todayInVietnam()).slice(0, 4)));
  for (const year of years) {
    if (!sources.has(year)) sources.set(year, live.edition(year, editionDate(year, project.config.editions)));
  }
  return [...sources.values()]
    .filter((source) => choice.requested === undefined || source.year <= choice.requested)
    .sort((a, b) => a.year - b.year);
}
