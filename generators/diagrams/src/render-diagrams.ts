/**
 * The whole pipeline for a set of views: measure → ELK input → layout (cache, else the worker
 * pool) → apply → SVG in each language. One layout serves both languages (boxes are sized for
 * the longer label), and views with the same ELK input share one layout. With a cache, a view
 * drawn before with the same options is read back whole.
 */
import type { ComputedView } from '@kientruc/core';
import { serializeElkGraph, toElkGraph } from './elk-graph.js';
import { layoutPool } from './elk-port.js';
import { FontMetrics, fontMetrics } from './fonts.js';
import { applyLayout, extractLayout, type LayoutResult, type LaidOutView } from './layout.js';
import { drawingKey, layoutKey, type LayoutCache } from './layout-cache.js';
import { measureView, type Lang, type ViewMeasurements } from './measure.js';
import { renderSvg, type SvgOptions } from './render-svg.js';

export interface RenderedDiagram {
  viewId: string;
  lang: Lang;
  svg: string;
  /** The ELK input graph (JSON), the same for every language. */
  elkInput: string;
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
}

export interface PreparedView {
  view: ComputedView;
  measurements: ViewMeasurements;
  elkInput: string;
  key: string;
}

/** Measures a view and builds its ELK input (pure apart from reading the font once). */
export function prepareView(view: ComputedView): PreparedView {
  const measurements = measureView(view, fontMetrics());
  const elkInput = serializeElkGraph(toElkGraph(view, measurements));
  return { view, measurements, elkInput, key: layoutKey(elkInput) };
}

/** Layouts by ELK input: from the cache when it has them, else through the pool, each distinct input once. */
function layoutScheduler(options: { cache?: LayoutCache; workers?: number }): (item: PreparedView) => Promise<LayoutResult> {
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
  if (cache?.getDrawing) {
    views.forEach((view, index) => {
      const record = cache.getDrawing!(keys[index]!);
      const parts = record?.split(RECORD_SEPARATOR);
      if (!parts || parts.length !== options.langs.length + 1) return;
      drawn.set(
        index,
        options.langs.map((lang, i) => ({ viewId: view.id, lang, svg: parts[i + 1]!, elkInput: parts[0]! })),
      );
    });
  }
  // A pipeline: each view goes to the pool as soon as it is measured, and is drawn as soon as its
  // layout is back, so that this thread measures and draws while the workers lay out.
  const layoutOf = layoutScheduler(options);
  const jobs: Promise<void>[] = [];
  for (const [index, view] of views.entries()) {
    if (drawn.has(index)) continue;
    const item = prepareView(view);
    jobs.push(
      layoutOf(item).then((layout) => {
        const laid = applyLayout(view, item.measurements, layout);
        const diagrams = options.langs.map((lang) => ({ viewId: view.id, lang, svg: renderSvg(laid, svgOptions(lang, options)), elkInput: item.elkInput }));
        cache?.setDrawing?.(keys[index]!, [item.elkInput, ...diagrams.map((d) => d.svg)].join(RECORD_SEPARATOR));
        drawn.set(index, diagrams);
      }),
    );
    // Let finished layouts be drawn between measurements.
    if (jobs.length % 32 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(jobs);
  return views.flatMap((_, index) => drawn.get(index)!);
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
  return drawingKey(JSON.stringify({ langs: options.langs, embedFont: options.embedFont === true, heading: options.heading !== false, hrefs, fonts }), JSON.stringify(view));
}
