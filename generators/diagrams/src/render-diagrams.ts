/**
 * The whole pipeline for a set of views: measure → ELK input → layout (cache, else the worker
 * pool) → apply → SVG in each language. One layout serves both languages (boxes are sized for
 * the longer label), and views with the same ELK input share one layout. With a cache, a view
 * drawn before with the same options is read back whole.
 */
import type { ComputedView } from '@kientruc/core';
import { serializeElkGraph, toElkGraph, type ElkNodeInput } from './elk-graph.js';
import { defaultWorkers, layoutPool } from './elk-port.js';
import { FontMetrics, fontMetrics } from './fonts.js';
import { applyLayout, extractLayout, type LayoutResult, type LaidOutView } from './layout.js';
import { drawingKey, layoutKey, type LayoutCache } from './layout-cache.js';
import { measureView, type Lang, type ViewMeasurements } from './measure.js';
import { renderSvg, type SvgOptions } from './render-svg.js';

export interface RenderedDiagram {
  viewId: string;
  lang: Lang;
  svg: string;
  /** The ELK input graph (readable JSON, `serializeElkGraph`), the same for every language; only with `elkInput: true`. */
  elkInput?: string;
}

export interface RenderDiagramsOptions {
  langs: Lang[];
  /** On-disk cache by hash of the ELK input, created by the caller (`createLayoutCache`). */
  cache?: LayoutCache;
  /** Worker threads for layout (default: the number of cores). */
  workers?: number;
  /** Link of a box, for the site. */
  hrefFor?: (elementId: string, lang: Lang) => string | undefined;
  /** Inline the font in each SVG (for files opened on their own; default false). */
  embedFont?: boolean;
  /** Declare the font at these URLs instead (SVG files sharing a `fonts/` folder). */
  fontUrl?: (fileName: string) => string;
  /** Draw the title above each diagram (default true). */
  heading?: boolean;
  /** Also give each diagram its ELK input as readable JSON (`kientruc diagram --all` writes it). */
  elkInput?: boolean;
}

export interface PreparedView {
  view: ComputedView;
  measurements: ViewMeasurements;
  elkGraph: ElkNodeInput;
  /** The ELK input as compact JSON: what the workers lay out and the layout cache's key hashes. */
  elkInput: string;
  key: string;
}

/** Measures a view and builds its ELK input (pure apart from reading the font once). */
export function prepareView(view: ComputedView): PreparedView {
  const measurements = measureView(view, fontMetrics());
  const elkGraph = toElkGraph(view, measurements);
  const elkInput = JSON.stringify(elkGraph);
  return { view, measurements, elkGraph, elkInput, key: layoutKey(elkInput) };
}

/** The layout-relevant part of a prepared view, so that a pending layout does not keep the ELK graph alive. */
type LayoutItem = Pick<PreparedView, 'elkInput' | 'key'>;

/** Layouts by ELK input: from the cache when it has them, else through the pool, each distinct input once. */
function layoutScheduler(options: { cache?: LayoutCache; workers?: number }): (item: LayoutItem) => Promise<LayoutResult> {
  const pending = new Map<string, Promise<LayoutResult>>();
  return (item) => {
    let promise = pending.get(item.key);
    if (!promise) {
      const cached = options.cache?.get(item.key);
      promise = cached
        ? Promise.resolve(cached)
        : layoutPool(options.workers)
            .layout(item.elkInput)
            .then((output) => {
              const layout = extractLayout(JSON.parse(output));
              options.cache?.set(item.key, layout);
              return layout;
            });
      pending.set(item.key, promise);
    }
    return promise;
  };
}

/** Lays out prepared views: from the cache when it has them, else through the pool (each distinct input once). */
export async function layoutViews(prepared: PreparedView[], options: { cache?: LayoutCache; workers?: number } = {}): Promise<LaidOutView[]> {
  const layoutOf = layoutScheduler(options);
  return Promise.all(prepared.map(async (item) => applyLayout(item.view, item.measurements, await layoutOf(item))));
}

export async function renderDiagrams(views: ComputedView[], options: RenderDiagramsOptions): Promise<RenderedDiagram[]> {
  const { cache } = options;
  const drawn = new Map<number, RenderedDiagram[]>();
  const keys = views.map((view) => drawingKeyOf(view, options));
  // Views drawn before with the same options, read back whole: nothing to measure, lay out or draw.
  const parts = 1 + options.langs.length;
  if (cache?.getDrawing) {
    views.forEach((view, index) => {
      const record = cache.getDrawing!(keys[index]!)?.split(RECORD_SEPARATOR);
      if (!record || record.length !== parts) return;
      drawn.set(
        index,
        options.langs.map((lang, i) => ({ viewId: view.id, lang, svg: record[i + 1]!, ...(options.elkInput ? { elkInput: record[0]! } : {}) })),
      );
    });
  }
  // A pipeline: each view goes to the pool as soon as it is measured, and is drawn as soon as its
  // layout is back, so that this thread measures and draws while the workers lay out.
  const order = layoutOrder(views, [...views.keys()].filter((index) => !drawn.has(index)), options.workers ?? defaultWorkers());
  const layoutOf = layoutScheduler(options);
  const jobs: Promise<void>[] = [];
  for (const index of order) {
    const view = views[index]!;
    const { measurements, elkGraph, elkInput, key } = prepareView(view);
    const readable = options.elkInput ? serializeElkGraph(elkGraph) : '';
    jobs.push(
      layoutOf({ elkInput, key }).then((layout) => {
        const laid = applyLayout(view, measurements, layout);
        const svgs = options.langs.map((lang) => renderSvg(laid, svgOptions(lang, options)));
        cache?.setDrawing?.(keys[index]!, [readable, ...svgs].join(RECORD_SEPARATOR));
        drawn.set(
          index,
          options.langs.map((lang, i) => ({ viewId: view.id, lang, svg: svgs[i]!, ...(options.elkInput ? { elkInput: readable } : {}) })),
        );
      }),
    );
    // Let finished layouts be drawn between measurements.
    if (jobs.length % 32 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(jobs);
  return views.flatMap((_, index) => drawn.get(index)!);
}

/** Views with at least this many boxes are large: a layout costs tens of small ones. */
const LARGE_VIEW = 40;
/** Small layouts per worker before elkjs's JIT has warmed up: a large view laid out earlier costs several times as much. */
const WARM_UP_LAYOUTS = 300;

/**
 * The order views go to the pool: small ones first until elkjs has warmed up in every worker,
 * then the large ones, largest first, then the other small ones, so that the pool does not end
 * on one long layout while the other workers idle. On the synthetic national model, laying out
 * the large views first, before the JIT had warmed up, took a quarter more CPU in all.
 */
function layoutOrder(views: ComputedView[], pending: number[], workers: number): number[] {
  const small = pending.filter((index) => views[index]!.nodes.length < LARGE_VIEW);
  const large = pending.filter((index) => views[index]!.nodes.length >= LARGE_VIEW).sort((a, b) => views[b]!.nodes.length - views[a]!.nodes.length || a - b);
  const warmUp = WARM_UP_LAYOUTS * workers;
  return [...small.slice(0, warmUp), ...large, ...small.slice(warmUp)];
}

/** Between the ELK input and the SVGs of a cached record: never in either (JSON escapes it, SVG text cannot hold it). */
const RECORD_SEPARATOR = '\u0000';

function svgOptions(lang: Lang, options: RenderDiagramsOptions): SvgOptions {
  return {
    lang,
    ...(options.hrefFor ? { hrefFor: options.hrefFor } : {}),
    ...(options.embedFont ? { embedFont: true } : {}),
    ...(options.fontUrl ? { fontUrl: options.fontUrl } : {}),
    ...(options.heading === false ? { heading: false } : {}),
  };
}

/** The key of a view's drawings: the view and every option they depend on, links and font URLs included. */
function drawingKeyOf(view: ComputedView, options: RenderDiagramsOptions): string {
  const hrefs = options.hrefFor ? options.langs.map((lang) => view.nodes.map((node) => (node.elementId ? (options.hrefFor!(node.elementId, lang) ?? '') : ''))) : [];
  const fonts = options.fontUrl ? FontMetrics.files().map((font) => options.fontUrl!(font.name)) : [];
  return drawingKey(JSON.stringify({ langs: options.langs, embedFont: options.embedFont === true, heading: options.heading !== false, elkInput: options.elkInput === true, hrefs, fonts }), JSON.stringify(view));
}
