/**
 * Every view of the model as of the graph's date, sorted by id. A view with more boxes than
 * the limit is not returned: a `view-too-large` diagnostic says how to split it instead.
 */
import type { Framework, View } from '@kientruc/schema';
import type { Diagnostic, SourceLocation } from '../diagnostics.js';
import type { ModelGraph } from '../graph.js';
import type { ElementRecord } from '../model.js';
import { architectureViews } from './architecture-views.js';
import { contextSubjects, contextView } from './context.js';
import { customView } from './custom.js';
import { landscapeView } from './landscape.js';
import { compareIds, layerOf, ownerOf, prevailingFramework } from './queries.js';
import { DEFAULT_MAX_NODES, type ComputedView, type ComputeViewsOptions, type ComputeViewsResult } from './types.js';

interface Candidate {
  view: ComputedView;
  /** Where a refusal points. */
  at?: ElementRecord;
  path?: (string | number)[];
  limit: number;
}

export function computeViews(graph: ModelGraph, options: ComputeViewsOptions = {}): ComputeViewsResult {
  const limit = options.maxNodes ?? DEFAULT_MAX_NODES;
  const candidates: Candidate[] = [];
  for (const { entry, views } of architectureViews(graph)) {
    for (const view of views) candidates.push({ view, at: entry.architecture, path: ['agency'], limit });
  }
  const landscape = landscapeView(graph);
  if (landscape) candidates.push({ view: landscape, ...atOptional(prevailingFramework(graph)), limit });
  for (const subject of contextSubjects(graph)) candidates.push({ view: contextView(graph, subject), at: subject, path: ['id'], limit });
  for (const record of graph.ofKind('view') as ElementRecord<View>[]) {
    candidates.push({ view: customView(graph, record), at: record, path: ['include'], limit: record.element.maxNodes ?? limit });
  }

  const views: ComputedView[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const candidate of candidates) {
    if (candidate.view.nodes.length <= candidate.limit) views.push(candidate.view);
    else diagnostics.push(tooLarge(graph, candidate));
  }
  views.sort((a, b) => compareIds(a.id, b.id));
  return { views, diagnostics };
}

function atOptional(record: ElementRecord<Framework> | undefined): { at?: ElementRecord; path?: (string | number)[] } {
  return record ? { at: record, path: ['layers'] } : {};
}

/** The views that draw an element, sorted by id. */
export function viewsOfElement(views: readonly ComputedView[], elementId: string): ComputedView[] {
  return views.filter((view) => view.nodes.some((node) => node.elementId === elementId));
}

const SUGGESTIONS_SHOWN = 5;

function tooLarge(graph: ModelGraph, { view, at, path, limit }: Candidate): Diagnostic {
  const layers = prevailingFramework(graph)?.element.layers ?? [];
  const byAgency = new Map<string, number>();
  const byLayer = new Map<string, number>();
  const byKind = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const node of view.nodes) {
    bump(byKind, node.kind);
    const record = node.elementId ? graph.get(node.elementId) : undefined;
    // The layer the view draws the box in (users and channels have no element), else the framework's.
    const layerId = node.group?.startsWith('layer--') ? node.group.slice('layer--'.length) : record ? layerOf(record, layers)?.id : undefined;
    if (layerId) bump(byLayer, layerId);
    if (!record) continue;
    const owner = record.kind === 'agency' ? record : ownerOf(graph, record.id);
    if (owner) bump(byAgency, owner.id);
  }
  const list = (map: Map<string, number>) =>
    [...map]
      .sort(([a, x], [b, y]) => y - x || compareIds(a, b))
      .slice(0, SUGGESTIONS_SHOWN)
      .map(([key, count]) => `${key} ${count}`)
      .join(', ') + (map.size > SUGGESTIONS_SHOWN ? `, … ${map.size - SUGGESTIONS_SHOWN} more` : '');
  const ways = [
    byAgency.size > 1 ? `by agency (${list(byAgency)})` : undefined,
    byLayer.size > 1 ? `by layer (${list(byLayer)})` : undefined,
    byKind.size > 1 ? `by kind (${list(byKind)})` : undefined,
  ].filter((way): way is string => way !== undefined);
  const location: SourceLocation = at ? { file: at.file, doc: at.doc, ...(path ? { path } : {}) } : { file: graph.model.files[0]?.path ?? '' };
  return {
    severity: 'warning',
    ruleId: 'view-too-large',
    message: `View \`${view.id}\` has ${view.nodes.length} boxes, more than the limit of ${limit}, and is not drawn; split it${ways.length ? ` ${ways.join(', ')}` : ''}`,
    fix:
      'Declare smaller custom views (`kind: view`) whose `include` filters by `owners`, `kinds`, `categories` or `relatedTo`, or raise the limit (`views.maxNodes` in kientruc.config.yaml, `maxNodes` of a view).',
    location,
    ...(at ? { elementId: at.id } : {}),
  };
}
