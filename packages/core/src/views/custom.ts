/**
 * Custom views declared in the model (`kind: view`): the elements matching any `include`
 * predicate and no `exclude` predicate, the relations between them, and the data flows between
 * them labelled with what flows. Integrations are drawn as edges, never as boxes.
 */
import type { Predicate, View } from '@kientruc/schema';
import type { ModelGraph } from '../graph.js';
import type { ElementRecord } from '../model.js';
import { agencyGroupId, elementNode, layerGroupId, sortNodes } from './architecture-views.js';
import { kindLabel } from './labels.js';
import { categoryOf, compareIds, EdgeCollector, flowsThrough, flowsThroughAny, integrationStops, layerOf, nameOf, ownerOf, prevailingFramework } from './queries.js';
import type { ComputedView, ViewGroup, ViewNode } from './types.js';

/** Relations that describe the model's bookkeeping (views, roadmaps, framework rules), not the architecture. */
const META_RELATIONS = new Set(['shows', 'centredOn', 'filtersOwner', 'plans', 'requiresConnectionTo']);
const NOT_BOXES = new Set(['view', 'integration']);

export const customViewId = (viewElementId: string) => `custom--${viewElementId}`;

export function customView(graph: ModelGraph, viewRecord: ElementRecord<View>): ComputedView {
  const view = viewRecord.element;
  const candidates = graph.elements().filter((record) => !NOT_BOXES.has(record.kind));
  const related = new Map<Predicate, Set<string>>();
  const matches = (record: ElementRecord, predicate: Predicate): boolean => {
    if (predicate.ids && !predicate.ids.includes(record.id)) return false;
    if (predicate.kinds && !predicate.kinds.includes(record.kind)) return false;
    if (predicate.categories && !predicate.categories.includes(categoryOf(record) ?? '')) return false;
    if (predicate.tags && !(record.element.tags ?? []).some((tag) => predicate.tags!.includes(tag))) return false;
    if (predicate.owners && !predicate.owners.includes(ownerOf(graph, record.id)?.id ?? '')) return false;
    if (predicate.relatedTo) {
      let set = related.get(predicate);
      if (!set) {
        set = neighbourhood(graph, predicate.relatedTo.element, predicate.relatedTo.relations, predicate.relatedTo.depth ?? 1);
        related.set(predicate, set);
      }
      if (!set.has(record.id)) return false;
    }
    return true;
  };
  const included = candidates.filter(
    (record) => view.include.some((predicate) => matches(record, predicate)) && !(view.exclude ?? []).some((predicate) => matches(record, predicate)),
  );
  const inView = new Set(included.map((record) => record.id));

  const wanted = view.relations ? new Set(view.relations) : undefined;
  const edges = new EdgeCollector();
  for (const record of included) {
    for (const edge of graph.edges(record.id)) {
      if (edge.source !== record.id || !inView.has(edge.target) || META_RELATIONS.has(edge.relation)) continue;
      if (wanted && !wanted.has(edge.relation) && !wanted.has(edge.inverse)) continue;
      edges.add(edge.source, edge.target, edge.relation);
    }
  }
  if (!wanted || wanted.has('integration')) {
    for (const flow of flowsThroughAny(graph, inView)) {
      if (integrationStops(flow).filter((stop) => inView.has(stop)).length >= 2) edges.addIntegration(flow, (id) => inView.has(id));
    }
  }

  const groupBy = view.groupBy ?? 'owner';
  const groupsById = new Map<string, ViewGroup>();
  const nodes: ViewNode[] = [];
  const layers = groupBy === 'layer' ? (prevailingFramework(graph)?.element.layers ?? []) : [];
  for (const record of included) {
    let group: ViewGroup | undefined;
    if (groupBy === 'owner' && record.kind !== 'agency') {
      const owner = ownerOf(graph, record.id);
      if (owner) group = { id: agencyGroupId(owner.id), label: nameOf(owner), role: 'agency' };
    } else if (groupBy === 'kind') {
      group = { id: `kind--${record.kind}`, label: kindLabel(record.kind), role: 'kind' };
    } else if (groupBy === 'layer') {
      const layer = layerOf(record, layers);
      if (layer) group = { id: layerGroupId(layer.id), label: layer.name, role: layer.aside ? 'aside' : 'layer' };
    }
    if (group && !groupsById.has(group.id)) groupsById.set(group.id, group);
    nodes.push(elementNode(record, group?.id));
  }
  const layerRank = new Map(layers.map((layer, index) => [layerGroupId(layer.id), index]));
  const groups = [...groupsById.values()].sort((a, b) => (layerRank.get(a.id) ?? 0) - (layerRank.get(b.id) ?? 0) || compareIds(a.id, b.id));
  const name = nameOf(viewRecord);
  return {
    id: customViewId(viewRecord.id),
    viewType: 'custom',
    title: name.en ? { vi: name.vi, en: name.en } : { vi: name.vi },
    subject: viewRecord.id,
    asOf: graph.asOf,
    groups,
    nodes: sortNodes(nodes, groups),
    edges: edges.list(),
  };
}

/**
 * The elements within `depth` relations of `centre` (the centre included), through the named
 * relations (either direction's name) or any. A data flow counts as one step from end to end.
 */
export function neighbourhood(graph: ModelGraph, centre: string, relations: string[] | undefined, depth: number): Set<string> {
  const wanted = relations ? new Set(relations) : undefined;
  const seen = new Set<string>(graph.get(centre) ? [centre] : []);
  let frontier = [...seen];
  const followFlows = !wanted || wanted.has('integration');
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    const visit = (id: string) => {
      const record = graph.get(id);
      if (!record || seen.has(id) || record.kind === 'integration' || record.kind === 'view') return;
      seen.add(id);
      next.push(id);
    };
    for (const id of frontier) {
      for (const edge of graph.edges(id)) {
        if (META_RELATIONS.has(edge.relation)) continue;
        if (wanted && !wanted.has(edge.relation) && !wanted.has(edge.inverse)) continue;
        visit(edge.source === id ? edge.target : edge.source);
      }
      if (followFlows) for (const flow of flowsThrough(graph, id)) for (const stop of integrationStops(flow)) visit(stop);
    }
    frontier = next.sort(compareIds);
  }
  return seen;
}
