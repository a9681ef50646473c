/**
 * The diagrams of one edition as the pages use them: which views exist, the inline SVG of each
 * in each language, and its Mermaid source. Computing views is core's job (computeViews),
 * drawing them the generators' (@kientruc/diagrams, @kientruc/mermaid); this module asks them
 * and indexes the answers.
 */
import { computeViews, type ComputedView, type Diagnostic } from '@kientruc/core';
import { renderDiagrams, type LayoutCache } from '@kientruc/diagrams';
import { generateMermaid } from '@kientruc/mermaid';
import { changeViews, isChangeView } from './changes.js';
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
 * Every view is drawn on one page: the national landscape on the home page and the diagrams of
 * the change on the "what changed" page (at the language root), every other view on a page one
 * folder down (`kien-truc/`, `he-thong/`, `csdl/`, `so-do/`). Box links are relative to that page.
 */
function hostDepth(view: ComputedView): number {
  return view.viewType === 'landscape' || isChangeView(view.id) ? 0 : 1;
}

const REFUSED_VIEW = /^View `([^`]+)`/;

/**
 * The views of an edition, computed when the site is planned (their Mermaid files are outputs),
 * and their drawings, made by `draw()` and dropped by `release()`: `kientruc build` draws one
 * edition at a time, so that a national model's thousands of drawings are in memory for one
 * edition only.
 */
export class EditionDiagrams implements DiagramSet {
  readonly available = true;
  readonly views: ComputedView[];
  /** `view-too-large` diagnostics of the views not drawn. */
  readonly diagnostics: Diagnostic[];
  private readonly byId: Map<string, ComputedView>;
  private readonly refusals = new Map<string, string>();
  private svgs?: Map<string, string>;
  private readonly mermaids = new Map<string, string>();

  constructor(
    private readonly site: SiteEdition,
    private readonly options: DiagramOptions = {},
  ) {
    const { views, diagnostics } = computeViews(site.graph, options.maxNodes !== undefined ? { maxNodes: options.maxNodes } : {});
    // The diagrams of what changed since the previous edition (not about the model's own
    // consistency: one too large to draw is left out without a diagnostic).
    this.views = [...views, ...changeViews(site, options.maxNodes)];
    this.diagnostics = diagnostics;
    this.byId = new Map(this.views.map((view) => [view.id, view]));
    for (const diagnostic of diagnostics) {
      const viewId = REFUSED_VIEW.exec(diagnostic.message)?.[1];
      if (viewId) this.refusals.set(viewId, diagnostic.message);
    }
  }

  /** Draws the views given (default: all) that are not drawn yet. */
  async draw(viewIds?: readonly string[]): Promise<void> {
    const svgs = (this.svgs ??= new Map());
    const wanted = (viewIds ? viewIds.map((id) => this.byId.get(id)).filter((view): view is ComputedView => view !== undefined) : this.views).filter(
      (view) => !svgs.has(`${view.id}|vi`),
    );
    for (const depth of [0, 1]) {
      const hosted = wanted.filter((view) => hostDepth(view) === depth);
      if (!hosted.length) continue;
      const prefix = '../'.repeat(depth);
      const rendered = await renderDiagrams(hosted, {
        langs: ['vi', 'en'],
        ...(this.options.cache ? { cache: this.options.cache } : {}),
        ...(this.options.workers ? { workers: this.options.workers } : {}),
        hrefFor: (elementId) => {
          const href = this.site.href(elementId);
          return href ? `${prefix}${href}` : undefined;
        },
        // The page has its title already.
        heading: false,
      });
      for (const diagram of rendered) svgs.set(`${diagram.viewId}|${diagram.lang}`, diagram.svg);
    }
  }

  /** Drops the drawings of the views given (default: all). */
  release(viewIds?: readonly string[]): void {
    this.mermaids.clear();
    if (!viewIds) {
      this.svgs = undefined;
      return;
    }
    for (const id of viewIds) {
      this.svgs?.delete(`${id}|vi`);
      this.svgs?.delete(`${id}|en`);
    }
  }

  view(id: string): ComputedView | undefined {
    return this.byId.get(id);
  }

  svg(viewId: string, lang: Lang): string | undefined {
    const svg = this.svgs?.get(`${viewId}|${lang}`);
    if (svg === undefined && this.byId.has(viewId)) throw new Error(`view ${viewId} of edition ${this.site.year} is not drawn yet (draw() before rendering its page)`);
    return svg;
  }

  mermaid(viewId: string, lang: Lang): string | undefined {
    const view = this.byId.get(viewId);
    if (!view) return undefined;
    const key = `${viewId}|${lang}`;
    let text = this.mermaids.get(key);
    if (text === undefined) {
      text = generateMermaid(view, { lang });
      this.mermaids.set(key, text);
    }
    return text;
  }

  refused(viewId: string): string | undefined {
    return this.refusals.get(viewId);
  }
}
