/** A diagram on a page: the inline SVG of a view, its Mermaid source, or why there is none. */
import { t } from '../i18n.js';
import { safeHtml, type SafeHtml } from '../render.js';
import { pickText } from '../text.js';
import { hrefTo, type PageContext } from './common.js';

export interface DiagramBlock {
  /** Anchor of the figure. */
  id: string;
  title: string;
  svg?: SafeHtml;
  mermaidHref?: string;
  /** Shown instead of the drawing when there is none. */
  note?: string;
}

/** Path of a view's Mermaid source from the language root. */
export function mermaidKey(viewId: string): string {
  return `so-do/${viewId}.mmd`;
}

export function diagramBlock(ctx: PageContext, viewId: string, title?: string): DiagramBlock | undefined {
  const { diagrams } = ctx;
  const id = `so-do-${viewId}`;
  if (!diagrams.available) return { id, title: title ?? '', note: t('diagram.unavailable', ctx.lang) };
  const view = diagrams.view(viewId);
  const heading = title ?? (view ? pickText(view.title, ctx.lang) : viewId);
  if (diagrams.refused(viewId)) return { id, title: heading, note: t('diagram.refused', ctx.lang) };
  const svg = diagrams.svg(viewId, ctx.lang);
  if (!view || !svg) return undefined;
  return {
    id,
    title: heading,
    svg: safeHtml(svg),
    // Every drawn view has its Mermaid source beside it (see filesOf in build.ts).
    mermaidHref: hrefTo(ctx, mermaidKey(viewId)),
  };
}
