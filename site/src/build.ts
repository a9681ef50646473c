/**
 * `kientruc build`: editions → page map (every output path known and checked) → render → write.
 * The same model, templates and options give the same bytes: nothing reads the clock, the
 * machine's locale or the order of a directory listing.
 */
import { join } from 'node:path';
import { ParseCache, type ElementRecord, type Project } from '@kientruc/core';
import { closeLayoutPool, createLayoutCache } from '@kientruc/diagrams';
import { allRules, coreChecks } from '@kientruc/rules';
import type { Database, InformationSystem, Infrastructure, View } from '@kientruc/schema';
import { siteAssets } from './assets.js';
import { catalogCsv, catalogJson, CATALOGS } from './data-export.js';
import { EditionDiagrams, NO_DIAGRAMS, type DiagramSet } from './diagrams.js';
import { EDITIONS_PAGE, EDITIONS_SCRIPT, editionsPage, editionsScript, REDIRECT_PAGE, redirectPage, rootIndex } from './edition-switch.js';
import { LiveModel, resolveEditions, toSiteDiagnostics, type EditionModel, type SiteDiagnostic } from './editions.js';
import { langRoot, layoutData, type EditionInfo, type LayoutOptions } from './layout.js';
import { architecturePage } from './pages/architecture.js';
import type { Link, PageContext } from './pages/common.js';
import { mermaidKey } from './pages/diagram.js';
import { databasePage, infrastructurePage, systemPage, viewPage } from './pages/element.js';
import { aboutPage, agenciesPage, dataPage, diagnosticsPage, homePage, notFoundPage, rulesPage, searchPage } from './pages/site-pages.js';
import { checkOutputPaths, sortOutputs, type FileSpec, type OutputSpec, type PageData, type PageSpec } from './plan.js';
import { Renderer } from './render.js';
import { buildSearchIndex, searchCorpus, searchIndexScript } from './search/index.js';
import { SiteEdition } from './site-model.js';
import { changeViews } from './changes.js';
import { WHAT_CHANGED_KEY, whatChangedPage } from './pages/what-changed.js';
import { LANGS, type Lang } from './text.js';
import { SiteWriter } from './write.js';

export interface BuildProgress {
  phase: 'check' | 'diagrams' | 'plan' | 'render' | 'commit';
  done: number;
  total: number;
  /** The edition or file being worked on. */
  detail?: string;
}

export interface BuildOptions {
  project: Project;
  outDir: string;
  /** The path the site is served under (`/kien-truc/`); only the 404 pages need it. */
  base?: string;
  /** `--edition YEAR`: the latest edition to build. */
  edition?: number;
  /** Publish a model with errors, marking them on the pages. */
  allowErrors?: boolean;
  templatesDir?: string;
  /** Today's date (default: today in Vietnam), only for the default edition when none is named. */
  today?: string;
  liveReload?: boolean;
  toolVersion?: string;
  session?: BuildSession;
  onProgress?: (progress: BuildProgress) => void;
  /** Draw the diagrams (default true); without, pages say that this build has none. */
  diagrams?: boolean;
  /** Layouts and drawings kept between builds (default: node_modules/.cache/kientruc/layout, shared with `kientruc diagram`). */
  cacheDir?: string;
  /** Layout worker threads (default: the cores). */
  workers?: number;
  /** More pages for each edition and language (a later page type, a test); checked with the others. */
  extraPages?: (site: SiteEdition, lang: Lang) => ExtraPage[];
}

export interface ExtraPage {
  /** Path from the language root. */
  key: string;
  template: string;
  source: string;
  data(ctx: PageContext): PageData;
}

export interface BuildResult {
  outDir: string;
  editions: { year: number; asOf: string; origin: 'live' | 'snapshot'; errors: number; warnings: number; pages: number; diagrams: number }[];
  pages: number;
  files: number;
  bytes: number;
  timings: Record<string, number>;
}

export class ModelErrorsError extends Error {
  override readonly name = 'ModelErrorsError';
  constructor(
    readonly edition: number,
    readonly diagnostics: SiteDiagnostic[],
  ) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `The model has ${errors.length} error(s) as of edition ${edition}; fix them or build with --allow-errors / mô hình còn ${errors.length} lỗi tại ấn bản ${edition}`,
    );
  }
}

/**
 * What `kientruc serve` keeps between rebuilds: parsed model files (by content hash) and the
 * compiled templates. A template change recompiles the templates; a model change re-reads only
 * the files whose bytes changed.
 */
export class BuildSession {
  readonly parseCache = new ParseCache();
  private renderer?: Renderer;

  rendererFor(templatesDir: string | undefined): Renderer {
    if (!this.renderer || (templatesDir !== undefined && this.renderer.templatesDir !== templatesDir)) this.renderer = new Renderer(templatesDir);
    return this.renderer;
  }

  /** Templates changed on disk. */
  reloadTemplates(): void {
    this.renderer?.load();
  }
}

export function normaliseBase(base = '/'): string {
  let path = base.trim();
  if (!path.startsWith('/')) path = `/${path}`;
  if (!path.endsWith('/')) path = `${path}/`;
  return path.replace(/\/{2,}/g, '/');
}

/**
 * The edition each edition is compared with on its "what changed" page: the one before it in the
 * site (none for the first). A frozen edition compares only with a frozen one, so that it never
 * changes with the live model or with editions added to the site.
 */
function previousEditions(editions: EditionModel[]): (EditionModel | undefined)[] {
  return editions.map((edition, index) => {
    const before = editions[index - 1];
    if (!before) return undefined;
    return edition.origin === 'snapshot' && before.origin !== 'snapshot' ? undefined : before;
  });
}

interface EditionPlan {
  site: SiteEdition;
  diagrams: DiagramSet;
}

const RULE_IDS: ReadonlySet<string> = new Set([...allRules, ...coreChecks].map((rule) => rule.id));

function pagesOf({ site, diagrams }: EditionPlan, lang: Lang, base: string, extra: BuildOptions['extraPages']): PageSpec[] {
  const year = site.year;
  const root = langRoot(year, lang);
  const pages: PageSpec[] = [];
  const add = (key: string, template: string, source: string, build: (ctx: PageContext) => PageData, views: string[] = [], absolute = false) => {
    const path = `${root}${key}`;
    const ctx: PageContext = {
      site,
      diagrams,
      lang,
      path,
      langRoot: root,
      editionRoot: `${year}/`,
      ruleIds: RULE_IDS,
      ...(absolute ? { absoluteBase: base } : {}),
    };
    pages.push({ kind: 'page', path, source: `${source} (${year}, ${lang})`, edition: year, lang, key, template, views, data: () => ({ ...build(ctx), ctx }) });
  };
  add('index.html', 'home', 'home page', homePage, ['landscape']);
  add('co-quan.html', 'agencies', 'agencies page', agenciesPage);
  add(WHAT_CHANGED_KEY, 'what-changed', 'what changed page', whatChangedPage, changeViews(site).map((view) => view.id));
  add('quy-tac.html', 'rules', 'rules page', rulesPage);
  add('kiem-tra.html', 'diagnostics', 'check results page', diagnosticsPage);
  add('gioi-thieu.html', 'about', 'about page', aboutPage);
  add('du-lieu.html', 'data', 'data page', dataPage);
  add('tim-kiem.html', 'search', 'search page', searchPage);
  add('404.html', 'not-found', '404 page', notFoundPage, [], true);
  for (const agency of site.agencies) {
    add(`kien-truc/${agency.id}.html`, 'architecture', `agency ${agency.id}`, (ctx) => architecturePage(ctx, agency), [`overall--${agency.id}`, `integration--${agency.id}`]);
  }
  const context = (id: string) => [`context--${id}`];
  for (const record of site.graph.ofKind('information-system') as ElementRecord<InformationSystem>[]) {
    add(`he-thong/${record.id}.html`, 'element', `information-system ${record.id}`, (ctx) => systemPage(ctx, record), context(record.id));
  }
  for (const record of site.graph.ofKind('database') as ElementRecord<Database>[]) {
    add(`csdl/${record.id}.html`, 'element', `database ${record.id}`, (ctx) => databasePage(ctx, record), context(record.id));
  }
  for (const record of site.graph.ofKind('infrastructure') as ElementRecord<Infrastructure>[]) {
    add(`ha-tang/${record.id}.html`, 'element', `infrastructure ${record.id}`, (ctx) => infrastructurePage(ctx, record), context(record.id));
  }
  for (const record of site.graph.ofKind('view') as ElementRecord<View>[]) {
    add(`so-do/${record.id}.html`, 'element', `view ${record.id}`, (ctx) => viewPage(ctx, record), [`custom--${record.id}`]);
  }
  for (const page of extra?.(site, lang) ?? []) add(page.key, page.template, page.source, page.data);
  return pages;
}

/** Only in `kientruc serve`: reloads the page when the preview server says the site was rebuilt. */
const LIVE_RELOAD_SCRIPT = `(function () {
  if (!window.EventSource || location.protocol === 'file:') return;
  new EventSource('/__kientruc/events').addEventListener('reload', function () { location.reload(); });
})();
`;

function filesOf({ site, diagrams }: EditionPlan, liveReload: boolean): FileSpec[] {
  const year = site.year;
  const files: FileSpec[] = [];
  const add = (path: string, source: string, content: () => string | Uint8Array) => files.push({ kind: 'file', path, source: `${source} (${year})`, content });
  for (const asset of siteAssets()) add(`${year}/assets/${asset.name}`, `asset ${asset.name}`, () => asset.content);
  if (liveReload) add(`${year}/assets/live-reload.js`, 'live reload', () => LIVE_RELOAD_SCRIPT);
  for (const lang of LANGS) {
    add(`${year}/assets/search-${lang}.js`, `search index ${lang}`, () => searchIndexScript(buildSearchIndex(searchCorpus(site, lang))));
    for (const view of diagrams.views) add(`${langRoot(year, lang)}${mermaidKey(view.id)}`, `mermaid ${view.id} ${lang}`, () => diagrams.mermaid(view.id, lang)!);
  }
  for (const catalog of CATALOGS) {
    add(`${year}/du-lieu/${catalog.file}.json`, `catalog ${catalog.file} json`, () => catalogJson(site.graph, catalog, year));
    add(`${year}/du-lieu/${catalog.file}.csv`, `catalog ${catalog.file} csv`, () => catalogCsv(site.graph, catalog));
  }
  return files;
}

/**
 * A site ready to render: every edition checked and every output planned (paths checked), each
 * output rendered only when asked. `buildSite` renders all of them to disk; `kientruc serve`
 * renders the ones a browser asks for.
 */
export interface PreparedSite {
  editions: BuildResult['editions'];
  /** Every output, sorted by path. */
  outputs: OutputSpec[];
  byPath: Map<string, OutputSpec>;
  pages: number;
  /** Renders one output; the pages of an edition need its diagrams drawn. */
  render(output: OutputSpec): string | Uint8Array;
  /** Draws the views given of an edition, default all (layout workers run until `closeLayoutPool`). */
  draw(year: number, viewIds?: readonly string[]): Promise<void>;
  /** Draws the diagrams one output shows, if any (serve: only what is viewed is drawn). */
  drawFor(output: OutputSpec): Promise<void>;
  /** Drops an edition's drawings from memory (of the views given, default all). */
  release(year: number, viewIds?: readonly string[]): void;
  timings: Record<string, number>;
}

export async function prepareSite(options: Omit<BuildOptions, 'outDir'>): Promise<PreparedSite> {
  const timings: Record<string, number> = {};
  const lap = (name: string, since: number) => (timings[name] = Math.round(performance.now() - since));
  const progress = options.onProgress ?? (() => undefined);
  const session = options.session ?? new BuildSession();
  const base = normaliseBase(options.base);
  const renderer = session.rendererFor(options.templatesDir);

  let phase = performance.now();
  const live = new LiveModel(options.project, session.parseCache);
  const sources = resolveEditions(live, { ...(options.edition !== undefined ? { requested: options.edition } : {}), ...(options.today ? { today: options.today } : {}) });
  const editions: EditionModel[] = [];
  for (const [index, source] of sources.entries()) {
    progress({ phase: 'check', done: index, total: sources.length, detail: String(source.year) });
    editions.push(source.load());
  }
  progress({ phase: 'check', done: sources.length, total: sources.length });
  if (!options.allowErrors) {
    for (const edition of editions) {
      if (edition.origin === 'live' && edition.diagnostics.some((d) => d.severity === 'error')) throw new ModelErrorsError(edition.year, edition.diagnostics);
    }
  }
  const previous = previousEditions(editions);
  const sites: SiteEdition[] = [];
  for (const [index, edition] of editions.entries()) {
    sites.push(new SiteEdition(edition, previous[index], sites.find((site) => site.edition === previous[index])));
  }
  lap('check', phase);

  phase = performance.now();
  const drawing = options.diagrams ?? true;
  const cache = drawing ? createLayoutCache(options.cacheDir ?? join(options.project.root, 'node_modules', '.cache', 'kientruc', 'layout')) : undefined;
  const maxNodes = options.project.config.views?.maxNodes;
  const plans: EditionPlan[] = sites.map((site) => {
    if (!drawing) return { site, diagrams: NO_DIAGRAMS };
    const diagrams = new EditionDiagrams(site, { ...(cache ? { cache } : {}), ...(options.workers ? { workers: options.workers } : {}), ...(maxNodes !== undefined ? { maxNodes } : {}) });
    // A frozen edition keeps the diagnostics it was published with.
    if (site.edition.origin === 'live') {
      live.loaded.positions.resolveAll(diagrams.diagnostics);
      site.addDiagnostics(toSiteDiagnostics(diagrams.diagnostics, options.project.root));
    }
    return { site, diagrams };
  });
  lap('views', phase);

  phase = performance.now();
  const pages = plans.flatMap((plan) => LANGS.flatMap((lang) => pagesOf(plan, lang, base, options.extraPages)));
  const outputs: OutputSpec[] = [...pages, ...plans.flatMap((plan) => filesOf(plan, options.liveReload ?? false))];
  const editionInfos: EditionInfo[] = plans.map(({ site }) => ({
    year: site.year,
    asOf: site.asOf,
    origin: site.edition.origin,
    errors: site.errors,
    keys: new Set(pages.filter((page) => page.edition === site.year && page.lang === 'vi').map((page) => page.key)),
  }));
  const latest = editionInfos[editionInfos.length - 1]!;
  outputs.push({ kind: 'file', path: 'index.html', source: 'root index', content: () => rootIndex(editionInfos) });
  outputs.push({ kind: 'file', path: EDITIONS_PAGE, source: 'root list of editions', content: () => editionsPage(editionInfos) });
  outputs.push({ kind: 'file', path: EDITIONS_SCRIPT, source: 'root list of editions (script)', content: () => editionsScript(editionInfos) });
  for (const edition of editionInfos) {
    outputs.push({ kind: 'file', path: `${edition.year}/${REDIRECT_PAGE}`, source: `edition switch (${edition.year})`, content: () => redirectPage(edition) });
  }
  // A server answers a missing path anywhere with the root 404 page: the latest edition's, whose links are absolute.
  const latest404 = pages.find((page) => page.edition === latest.year && page.lang === 'vi' && page.key === '404.html')!;
  outputs.push({ kind: 'file', path: '404.html', source: 'root 404 page', content: () => renderPage(latest404) });
  checkOutputPaths(outputs);
  sortOutputs(outputs);
  progress({ phase: 'plan', done: outputs.length, total: outputs.length });
  lap('plan', phase);

  const layout: LayoutOptions = { editions: editionInfos, liveReload: options.liveReload ?? false, allowErrors: options.allowErrors ?? false, toolVersion: options.toolVersion ?? '' };
  function renderPage(page: PageSpec): string {
    const data = page.data() as PageData & { ctx: PageContext; breadcrumb?: Link[] };
    const { ctx, ...own } = data;
    const { breadcrumb, ...frame } = layoutData(page, ctx, layout, data.breadcrumb);
    return renderer.render(page.template, { ...frame, ...own, breadcrumb, lang: page.lang });
  }

  const editionDiagrams = (year: number) => plans.find((plan) => plan.site.year === year)?.diagrams;
  return {
    editions: plans.map(({ site }) => ({
      year: site.year,
      asOf: site.asOf,
      origin: site.edition.origin,
      errors: site.errors,
      warnings: site.diagnostics.filter((d) => d.severity === 'warning').length,
      pages: pages.filter((page) => page.edition === site.year).length,
      diagrams: plans.find((plan) => plan.site === site)!.diagrams.views.length,
    })),
    outputs,
    byPath: new Map(outputs.map((output) => [output.path, output])),
    pages: pages.length,
    render: (output) => (output.kind === 'page' ? renderPage(output) : output.content()),
    draw: async (year, viewIds) => {
      const diagrams = editionDiagrams(year);
      if (diagrams instanceof EditionDiagrams) await diagrams.draw(viewIds);
    },
    drawFor: async (output) => {
      if (output.kind !== 'page' || !output.views.length) return;
      const diagrams = editionDiagrams(output.edition);
      if (diagrams instanceof EditionDiagrams) await diagrams.draw(output.views);
    },
    release: (year, viewIds) => {
      const diagrams = editionDiagrams(year);
      if (diagrams instanceof EditionDiagrams) diagrams.release(viewIds);
    },
    timings,
  };
}

/**
 * Diagrams drawn at a time: enough to keep the layout workers busy, few enough that their
 * drawings (inline SVG, hundreds of megabytes for a national edition) never are all in memory.
 */
const VIEWS_PER_BATCH = 400;

/**
 * An edition's outputs in batches that each draw at most about VIEWS_PER_BATCH views, a page in
 * both languages in the same batch (a view is drawn in both languages at once).
 */
function batchesOf(outputs: OutputSpec[]): { outputs: OutputSpec[]; views: string[] }[] {
  const pagesByKey = new Map<string, PageSpec[]>();
  for (const output of outputs) {
    if (output.kind !== 'page') continue;
    const key = `${output.edition}/${output.key}`;
    const pages = pagesByKey.get(key);
    if (pages) pages.push(output);
    else pagesByKey.set(key, [output]);
  }
  const batches: { outputs: OutputSpec[]; views: string[] }[] = [];
  let batch: { outputs: OutputSpec[]; views: Set<string> } = { outputs: [], views: new Set() };
  for (const output of outputs) {
    if (output.kind !== 'page') {
      batch.outputs.push(output);
      continue;
    }
    const pages = pagesByKey.get(`${output.edition}/${output.key}`);
    if (!pages) continue;
    pagesByKey.delete(`${output.edition}/${output.key}`);
    for (const page of pages) {
      batch.outputs.push(page);
      for (const view of page.views) batch.views.add(view);
    }
    if (batch.views.size >= VIEWS_PER_BATCH) {
      batches.push({ outputs: batch.outputs, views: [...batch.views] });
      batch = { outputs: [], views: new Set() };
    }
  }
  if (batch.outputs.length) batches.push({ outputs: batch.outputs, views: [...batch.views] });
  return batches;
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => undefined);
  const prepared = await prepareSite(options);
  const { outputs, timings } = prepared;
  const writer = new SiteWriter(options.outDir);
  timings.diagrams = 0;
  timings.render = 0;
  let written = 0;
  try {
    // One edition at a time, a batch of pages at a time: their diagrams drawn, the pages
    // rendered and written, the drawings dropped. The next batch's diagrams are already being
    // drawn meanwhile, so that the layout workers never wait for this thread to render pages and
    // this thread renders pages while they lay out. The site root's files (index, 404) go with
    // the latest edition.
    const years = prepared.editions.map((edition) => edition.year);
    for (const [index, year] of years.entries()) {
      const last = index === years.length - 1;
      const own = outputs.filter((output) => output.path.startsWith(`${year}/`) || (last && !/^\d{4}\//.test(output.path)));
      const batches = batchesOf(own);
      const views = batches.reduce((sum, batch) => sum + batch.views.length, 0);
      let drawn = 0;
      const draw = (batch: (typeof batches)[number] | undefined) => (batch?.views.length ? prepared.draw(year, batch.views) : Promise.resolve());
      let drawing = draw(batches[0]);
      for (const [at, batch] of batches.entries()) {
        const next = batches[at + 1];
        const nextDrawing = draw(next);
        // A failure of the next batch's drawing surfaces when it is awaited, not as an unhandled rejection.
        nextDrawing.catch(() => undefined);
        let phase = performance.now();
        if (batch.views.length) progress({ phase: 'diagrams', done: drawn, total: views, detail: String(year) });
        await drawing;
        drawn += batch.views.length;
        timings.diagrams += Math.round(performance.now() - phase);
        phase = performance.now();
        for (const [i, output] of batch.outputs.entries()) {
          if (written++ % 50 === 0) progress({ phase: 'render', done: written, total: outputs.length, detail: output.path });
          await writer.write(output.path, prepared.render(output));
          // Let finished layouts of the next batch be drawn and more be sent to the workers.
          if (i % 16 === 15) await new Promise((resolve) => setImmediate(resolve));
        }
        const kept = new Set(next?.views ?? []);
        prepared.release(
          year,
          batch.views.filter((view) => !kept.has(view)),
        );
        timings.render += Math.round(performance.now() - phase);
        drawing = nextDrawing;
      }
      await drawing;
      prepared.release(year);
    }
    progress({ phase: 'render', done: outputs.length, total: outputs.length });
    const phase = performance.now();
    await writer.commit();
    progress({ phase: 'commit', done: 1, total: 1 });
    timings.commit = Math.round(performance.now() - phase);
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    await closeLayoutPool();
  }
  timings.total = Math.round(performance.now() - started);
  return { outDir: writer.outDir, editions: prepared.editions, pages: prepared.pages, files: writer.files, bytes: writer.bytes, timings };
}
