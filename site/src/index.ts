export { buildSite, prepareSite, BuildSession, ModelErrorsError, normaliseBase, type BuildOptions, type BuildProgress, type BuildResult, type PreparedSite } from './build.js';
export { resolveEditions, LiveModel, EditionError, snapshotEdition, toSiteDiagnostics, type EditionModel, type EditionSource, type SiteDiagnostic } from './editions.js';
export { checkOutputPaths, relativeHref, DuplicateOutputPathError, InvalidOutputPathError, type PageSpec, type FileSpec, type OutputSpec } from './plan.js';
export { SiteWriter, OutputFolderError, GENERATOR_MARK } from './write.js';
export { TemplateError, DEFAULT_TEMPLATES_DIR } from './render.js';
export { searchCore, type SearchDocument, type SearchHit, type SearchData, type SearchRow } from './search/core.js';
export { buildSearchIndex, loadSearchIndexScript, searchCorpus, searchIndexScript, type SearchCorpus } from './search/index.js';
export { SiteEdition } from './site-model.js';
export { startPreviewServer, LIVE_RELOAD_PATH, type PreviewServer, type ServeOptions, type BuildEvent } from './serve.js';
/** Ends the diagram layout workers (after `prepareSite` and drawing, the process would not exit without it). */
export { closeLayoutPool } from '@kientruc/diagrams';
