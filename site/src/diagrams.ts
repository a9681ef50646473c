/**
 * The diagrams of one edition as the pages use them: which views exist, the inline SVG of each
 * in each language, and its Mermaid source. Computing views is core's job (computeViews),
 * drawing them the generators' (@kientruc/diagrams, @kientruc/mermaid); this module asks them
 * and indexes the answers.
 */
import { computeViews, type ComputedView, type Diagnostic } from '@kientruc/core';
import { renderDiagrams, type LayoutCache } from '@kientruc/diagrams';
import { generateMermaid } from '@kientruc/mermaid';
import type { SiteEdition } from './site-model.js';
import type { Lang } from './text.js';

export interface ViewSummary {
  id: string;
  viewType: string;
  title: { vi: string; en?: string };
  subject?: string;
}

export interface DiagramSet {
  /** False when the build draws no diagrams: pages say so instead of drawing. */
  available: boolean;
  views: ViewSummary[];
  view(id: string): ViewSummary | undefined;
  svg(viewId: string, lang: Lang): string | undefined;
  mermaid(viewId: string, lang: Lang): string | undefined;
  /** Why a view was not drawn (too many boxes), if it was refused. */
  refused(viewId: string): string | undefined;
}

export const NO_DIAGRAMS: DiagramSet = {
  available: false,
  views: [],
  view: () => undefined,
  svg: () => undefined,
  mermaid: () => undefined,
  refused: () => undefined,
};

export interface DiagramOptions {
  /** Layouts and drawings kept between builds (createLayoutCache). */
  cache?: LayoutCache;
  /** Layout worker threads (default: the cores). */
  workers?: number;
  /** Most boxes a view may have (`views.maxNodes` of kientruc.config.yaml). */
  maxNodes?: number;
}

/**
 * Every view is drawn on one page: the national landscape on the home page (the language root),
 * every other view on a page one folder down (`kien-truc/`, `he-thong/`, `csdl/`, `so-do/`).
 * Box links are relative to that page.
 */
function hostDepth(view: ComputedView): number {
  return view.viewType === 'landscape' ? 0 : 1;
}

const REFUSED_VIEW = /^View `([^`]+)`/;

export async function editionDiagrams(site: SiteEdition, options: DiagramOptions = {}): Promise<{ diagrams: DiagramSet; diagnostics: Diagnostic[] }> {
  const { views, diagnostics } = computeViews(site.graph, options.maxNodes !== undefined ? { maxNodes: options.maxNodes } : {});
  const svgs = new Map<string, string>();
  for (const depth of [0, 1]) {
    const hosted = views.filter((view) => hostDepth(view) === depth);
    if (!hosted.length) continue;
    const prefix = '../'.repeat(depth);
    const rendered = await renderDiagrams(hosted, {
      langs: ['vi', 'en'],
      ...(options.cache ? { cache: options.cache } : {}),
      ...(options.workers ? { workers: options.workers } : {}),
      hrefFor: (elementId) => {
        const href = site.href(elementId);
        return href ? `${prefix}${href}` : undefined;
      },
      // The page has its title already.
      heading: false,
    });
    for (const diagram of rendered) svgs.set(`${diagram.viewId}|${diagram.lang}`, diagram.svg);
  }
  const byId = new Map(views.map((view) => [view.id, view]));
  const refusals = new Map<string, string>();
  for (const diagnostic of diagnostics) {
    const viewId = REFUSED_VIEW.exec(diagnostic.message)?.[1];
    if (viewId) refusals.set(viewId, diagnostic.message);
  }
  const mermaid = new Map<string, string>();
  return {
    diagrams: {
      available: true,
      views,
      view: (id) => byId.get(id),
      svg: (viewId, lang) => svgs.get(`${viewId}|${lang}`),
      mermaid: (viewId, lang) => {
        const view = byId.get(viewId);
        if (!view) return undefined;
        const key = `${viewId}|${lang}`;
        let text = mermaid.get(key);
        if (text === undefined) {
          text = generateMermaid(view, { lang });
          mermaid.set(key, text);
        }
        return text;
      },
      refused: (viewId) => refusals.get(viewId),
    },
    diagnostics,
  };
}
