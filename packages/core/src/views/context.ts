/**
 * The context view of an information system or a national database: its one-hop neighbourhood
 * (who owns and operates it, what it uses and who uses it, where it is hosted, what protects it)
 * and the data flows it takes part in, through the platform next to it. When one kind of
 * neighbour is too numerous to draw (a national database fed by every province) it is drawn as
 * one box with a count, per agency level.
 */
import type { ModelGraph } from '../graph.js';
import type { ElementRecord } from '../model.js';
import { elementNode } from './architecture-views.js';
import { isNational } from './landscape.js';
import { KIND_PLURALS, kindLabel } from './labels.js';
import { agencyLevel, compareIds, EdgeCollector, flowsThrough, integrationStops, nameOf, ownerOf } from './queries.js';
import type { ComputedView, ViewNode, ViewText } from './types.js';

/** More neighbours of one sort than this are drawn as one aggregated box. */
export const AGGREGATE_ABOVE = 12;

const NEIGHBOUR_KINDS = new Set(['agency', 'information-system', 'database', 'infrastructure', 'security-component', 'public-service', 'business-function']);

const LEVEL_OWNERS: Record<string, ViewText> = {
  ministry: { vi: 'bộ, ngành', en: 'ministries' },
  province: { vi: 'tỉnh, thành phố', en: 'provinces' },
  other: { vi: 'cơ quan khác', en: 'other agencies' },
};

export function contextSubjects(graph: ModelGraph): ElementRecord[] {
  return [...graph.ofKind('information-system'), ...graph.ofKind('database').filter(isNational)].sort((a, b) => compareIds(a.id, b.id));
}

interface Link {
  other: string;
  /** Edge direction: the subject side is `source` when `outgoing`. */
  outgoing: boolean;
  relation: string;
}

export function contextView(graph: ModelGraph, subject: ElementRecord): ComputedView {
  const edges = new EdgeCollector();
  const nodes = new Map<string, ViewNode>([[subject.id, elementNode(subject, undefined)]]);

  // Relations, grouped by how they attach and what they reach, so that big groups aggregate.
  const buckets = new Map<string, Link[]>();
  for (const edge of graph.edges(subject.id)) {
    const outgoing = edge.source === subject.id;
    const other = graph.get(outgoing ? edge.target : edge.source);
    if (!other || other.id === subject.id || !NEIGHBOUR_KINDS.has(other.kind)) continue;
    const key = `${outgoing ? 'out' : 'in'}:${edge.relation}:${other.kind}`;
    const list = buckets.get(key) ?? [];
    if (!list.some((link) => link.other === other.id)) list.push({ other: other.id, outgoing, relation: edge.relation });
    buckets.set(key, list);
  }
  for (const [key, links] of [...buckets].sort(([a], [b]) => compareIds(a, b))) {
    if (links.length <= AGGREGATE_ABOVE) {
      for (const link of links) {
        nodes.set(link.other, elementNode(graph.get(link.other)!, undefined));
        if (link.outgoing) edges.add(subject.id, link.other, link.relation);
        else edges.add(link.other, subject.id, link.relation);
      }
      continue;
    }
    const first = links[0]!;
    const kind = graph.get(first.other)!.kind;
    const id = `aggregate--${key.replace(/:/g, '--')}`;
    nodes.set(id, aggregateNode(id, kind, links.length));
    if (first.outgoing) edges.add(subject.id, id, first.relation);
    else edges.add(id, subject.id, first.relation);
  }

  // Data flows: the subject, the stop beside it (often a platform) and the far end; for a
  // platform the subject is a stop of, the two ends it connects.
  const flows = flowsThrough(graph, subject.id);
  const ends = new Set<string>();
  for (const flow of flows) {
    for (const end of [flow.element.from, flow.element.to]) if (end !== subject.id && graph.get(end)) ends.add(end);
  }
  const subjectOwner = ownerOf(graph, subject.id);
  const aggregate = ends.size > AGGREGATE_ABOVE;
  const memberIds = new Map<string, Set<string>>();
  const endNode = (id: string): string => {
    const record = graph.get(id)!;
    if (!aggregate) {
      nodes.set(id, elementNode(record, undefined));
      return id;
    }
    const owner = ownerOf(graph, id);
    const own = owner !== undefined && owner.id === subjectOwner?.id;
    const bucket = own ? 'own' : (agencyLevel(owner) ?? 'other');
    const aggregateId = `aggregate--flows--${record.kind}--${bucket}`;
    const members = memberIds.get(aggregateId) ?? new Set<string>();
    members.add(id);
    memberIds.set(aggregateId, members);
    nodes.set(aggregateId, aggregateNode(aggregateId, record.kind, members.size, own ? nameOf(owner!) : LEVEL_OWNERS[bucket]));
    return aggregateId;
  };
  for (const flow of flows) {
    const { from, to, data, direction } = flow.element;
    if (!graph.get(from) || !graph.get(to)) continue;
    const stops = integrationStops(flow).filter((stop) => graph.get(stop));
    const at = stops.indexOf(subject.id);
    let path: string[];
    if (from === subject.id) path = [subject.id, stops[1]!, to];
    else if (to === subject.id) path = [from, stops[at - 1]!, subject.id];
    else path = [from, subject.id, to];
    path = path.filter((id, index) => index === 0 || id !== path[index - 1]);
    const drawn = path.map((id) => {
      if (id === subject.id) return id;
      if (id === from || id === to) return endNode(id);
      nodes.set(id, elementNode(graph.get(id)!, undefined));
      return id;
    });
    for (let i = 0; i + 1 < drawn.length; i++) edges.add(drawn[i]!, drawn[i + 1]!, 'integration', { data: data ?? [], bidirectional: direction === 'two-way' });
  }

  const name = nameOf(subject);
  return {
    id: `context--${subject.id}`,
    viewType: 'context',
    title: { vi: `Ngữ cảnh: ${name.vi}`, en: `Context: ${name.en ?? name.vi}` },
    subject: subject.id,
    asOf: graph.asOf,
    groups: [],
    nodes: [...nodes.values()].sort((a, b) => (a.id === subject.id ? -1 : b.id === subject.id ? 1 : compareIds(a.id, b.id))),
    edges: edges.list({ relationLabels: true }),
  };
}

function aggregateNode(id: string, kind: string, count: number, owners?: ViewText): ViewNode {
  const plural = KIND_PLURALS[kind] ?? kindLabel(kind);
  const vi = `${count} ${plural.vi}${owners ? ` của ${owners.vi}` : ''}`;
  const en = `${count} ${plural.en}${owners ? ` of ${owners.en}` : ''}`;
  return { id, kind, label: { vi, en }, count };
}
