/**
 * The diagrams of one edition as the pages use them: which views exist, the inline SVG of each
 * in each language, and its Mermaid source. Computing views is core's job, drawing them the
 * generators'; this module only asks them and indexes the answers.
 */
import type { Lang } from './text.js';

export interface ViewSummary {
  id: string;
  viewType: string;
  title: { vi: string; en?: string };
  subject?: string;
}

export interface DiagramSet {
  /** False when the build has no diagram renderer: pages say so instead of drawing. */
  available: boolean;
  views: ViewSummary[];
  view(id: string): ViewSummary | undefined;
  /** Views about an element (its context view, an agency's overall and integration views). */
  viewsOf(elementId: string): ViewSummary[];
  svg(viewId: string, lang: Lang): string | undefined;
  mermaid(viewId: string, lang: Lang): string | undefined;
  /** Views refused as too large, by id, with the reason. */
  refused(viewId: string): string | undefined;
}

export const NO_DIAGRAMS: DiagramSet = {
  available: false,
  views: [],
  view: () => undefined,
  viewsOf: () => [],
  svg: () => undefined,
  mermaid: () => undefined,
  refused: () => undefined,
};
