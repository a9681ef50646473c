/**
 * The whole pipeline for a set of views: measure → ELK input → layout (cache, else the worker
 * pool) → apply → SVG in each language. One layout serves both languages (boxes are sized for
 * the longer label), and views with the same ELK input share one layout.
 */
import type { ComputedView } from '@kientruc/core';
import { serializeElkGraph, toElkGraph } from './elk-graph.js';
import { layoutPool } from './elk-port.js';
import { fontMetrics } from './fonts.js';
import { applyLayout, extractLayout, type LayoutResult, type LaidOutView } from './layout.js';
import { layoutKey, type LayoutCache } from './layout-cache.js';
import { measureView, type Lang, type ViewMeasurements } from './measure.js';
import { renderSvg } from './render-svg.js';

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

/** Lays out prepared views: from the cache when it has them, else through the pool (each distinct input once). */
export async function layoutViews(prepared: PreparedView[], options: { cache?: LayoutCache; workers?: number } = {}): Promise<LaidOutView[]> {
  const pending = new Map<string, Promise<LayoutResult>>();
  const layoutOf = (item: PreparedView): Promise<LayoutResult> => {
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
  return Promise.all(prepared.map(async (item) => applyLayout(item.view, item.measurements, await layoutOf(item))));
}

export async function renderDiagrams(views: ComputedView[], options: RenderDiagramsOptions): Promise<RenderedDiagram[]> {
  const prepared = views.map(prepareView);
  const laidOut = await layoutViews(prepared, options);
  const out: RenderedDiagram[] = [];
  laidOut.forEach((laid, index) => {
    for (const lang of options.langs) {
      out.push({
        viewId: laid.view.id,
        lang,
        svg: renderSvg(laid, {
          lang,
          ...(options.hrefFor ? { hrefFor: options.hrefFor } : {}),
          ...(options.embedFont ? { embedFont: true } : {}),
          ...(options.fontUrl ? { fontUrl: options.fontUrl } : {}),
          ...(options.heading === false ? { heading: false } : {}),
        }),
        elkInput: prepared[index]!.elkInput,
      });
    }
  });
  return out;
}
