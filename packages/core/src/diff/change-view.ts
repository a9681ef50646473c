/**
 * The changed part of the architecture as a view: every added, removed or changed element, marked
 * with its change, its one-hop neighbours for context, grouped by owner agency. Removed elements
 * come from the older side, the rest from the newer. Used for pull-request comments and the
 * "what changed" pages.
 */
import type { ModelGraph } from '../graph.js';
import type { ElementRecord } from '../model.js';
import type { ComputedView, ViewEdge, ViewGroup, ViewNode } from '../views/types.js';
import type { ModelDiff } from './diff.js';

export interface ChangeViewOptions {
  /** Most changed elements drawn; a larger change gets no diagram (default 40). */
  maxChanged?: number;
  /** Most boxes in all, neighbours included (default 80): neighbours are dropped first. */
  maxNodes?: number;
}

const nameOf = (record: ElementRecord) => record.element.name as { vi: string; en?: string };
const CHANGE_SIGN = { added: '+', removed: '−', changed: '~' } as const;

export function changeView(diff: ModelDiff, from: ModelGraph, to: ModelGraph, options: ChangeViewOptions = {}): ComputedView | undefined {
  const maxChanged = options.maxChanged ?? 40;
  const maxNodes = options.maxNodes ?? 80;
  const changed = diff.elements.filter((e) => e.kind !== 'view');
  if (changed.length === 0 || changed.length > maxChanged) return undefined;

  const nodes = new Map<string, ViewNode>();
  const owners = new Map<string, string>();
  const graphOf = (id: string) => (to.get(id) ? to : from);
  const add = (record: ElementRecord, change?: ViewNode['change']) => {
    if (nodes.has(record.id)) return;
    const category = (record.element as { category?: string }).category;
    const name = nameOf(record);
    // The sign makes the change readable without colour (print, colour blindness).
    const sign = change ? `[${CHANGE_SIGN[change]}] ` : '';
    nodes.set(record.id, {
      id: record.id,
      kind: record.kind,
      ...(category ? { category } : {}),
      label: { vi: sign + name.vi, ...(name.en ? { en: sign + name.en } : {}) },
      elementId: record.id,
      ...(change ? { change } : {}),
    });
    const owner = record.kind === 'agency' ? undefined : graphOf(record.id).one(record.id, 'ownedBy');
    if (owner) owners.set(record.id, owner.id);
  };
  for (const change of changed) {
    const record = change.change === 'removed' ? from.get(change.id) : to.get(change.id);
    if (record) add(record, change.change);
  }
  // Context: the neighbours of each changed element, until the view is full.
  for (const change of changed) {
    const graph = change.change === 'removed' ? from : to;
    for (const edge of graph.edges(change.id)) {
      if (nodes.size >= maxNodes) break;
      const other = edge.source === change.id ? edge.target : edge.source;
      const record = graph.get(other);
      if (record && record.kind !== 'agency' && record.kind !== 'view') add(record);
    }
  }

  const edges = new Map<string, ViewEdge>();
  for (const graph of [from, to]) {
    for (const edge of graph.allEdges()) {
      if (!nodes.has(edge.source) || !nodes.has(edge.target) || edge.relation === 'ownedBy') continue;
      const id = `${edge.source}--${edge.relation}--${edge.target}`;
      if (!edges.has(id)) edges.set(id, { id, source: edge.source, target: edge.target, relation: edge.relation });
    }
  }

  const groups = new Map<string, ViewGroup>();
  for (const [elementId, ownerId] of owners) {
    const owner = to.model.byId.get(ownerId) ?? from.model.byId.get(ownerId);
    if (!owner || nodes.has(ownerId)) continue;
    groups.set(ownerId, { id: `agency--${ownerId}`, label: nameOf(owner), role: 'agency' });
    nodes.get(elementId)!.group = `agency--${ownerId}`;
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    id: 'change',
    viewType: 'custom',
    title: { vi: `Thay đổi: ${diff.from.label} → ${diff.to.label}`, en: `Changes: ${diff.from.label} → ${diff.to.label}` },
    asOf: to.asOf,
    groups: [...groups.values()].sort(byId),
    nodes: [...nodes.values()].sort(byId),
    edges: [...edges.values()].sort(byId),
  };
}
