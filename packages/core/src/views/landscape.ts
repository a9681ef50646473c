/**
 * The national landscape: the national platforms, shared systems and databases, and how many
 * ministries and provinces connect to each. Agencies are aggregated by level (one box for the
 * ministries, one for the provinces, one edge with a count per national system) so that the
 * diagram stays readable at 34 provinces and 17 ministries.
 */
import type { Database, InformationSystem } from '@kientruc/schema';
import type { ModelGraph } from '../graph.js';
import type { ElementRecord } from '../model.js';
import { elementNode, sortNodes } from './architecture-views.js';
import { LEVEL_LABELS } from './labels.js';
import { agencyLevel, compareIds, EdgeCollector, integrationsOf, integrationStops, ownerOf, type AgencyLevel } from './queries.js';
import type { ComputedView, ViewGroup, ViewNode } from './types.js';

const LEVELS: AgencyLevel[] = ['ministry', 'province'];
const PLATFORM_CATEGORIES = new Set(['integration-platform', 'document-axis']);

export const aggregateAgenciesId = (level: AgencyLevel) => `agencies--${level}`;

export function isNational(record: ElementRecord | undefined): boolean {
  if (!record) return false;
  if (record.kind === 'information-system') return (record.element as InformationSystem).scope === 'national';
  if (record.kind === 'database') return (record.element as Database).scope === 'national';
  return false;
}

export function landscapeView(graph: ModelGraph): ComputedView | undefined {
  const agencies = new Map<AgencyLevel, string[]>(LEVELS.map((level) => [level, []]));
  for (const agency of graph.ofKind('agency')) {
    const level = agencyLevel(agency);
    if (level && !graph.one(agency.id, 'partOf')) agencies.get(level)!.push(agency.id);
  }
  const nationals = [...graph.ofKind('information-system'), ...graph.ofKind('database')].filter(isNational).sort((a, b) => compareIds(a.id, b.id));
  if (nationals.length === 0) return undefined;
  const nationalIds = new Set(nationals.map((record) => record.id));

  // Which agencies of each level reach each national system: a flow of one of their (non-national)
  // components that ends at it or passes through it, or a component that uses it.
  const reached = new Map<string, Set<string>>();
  const reach = (componentId: string, nationalId: string) => {
    const component = graph.get(componentId);
    if (!component || isNational(component)) return;
    const owner = ownerOf(graph, componentId);
    if (!owner || !agencyLevel(owner)) return;
    const set = reached.get(nationalId) ?? new Set<string>();
    set.add(owner.id);
    reached.set(nationalId, set);
  };
  const edges = new EdgeCollector();
  for (const flow of integrationsOf(graph)) {
    const stops = integrationStops(flow);
    const { from, to } = flow.element;
    for (const stop of stops) {
      if (!nationalIds.has(stop)) continue;
      reach(from, stop);
      reach(to, stop);
    }
    // The national backbone: flows between national systems, labelled with what flows; agency flows
    // add the segments they travel between national systems, unlabelled.
    const nationalFlow = nationalIds.has(from) && nationalIds.has(to);
    const nationalStops = stops.filter((stop) => nationalIds.has(stop));
    for (let i = 0; i + 1 < nationalStops.length; i++) {
      edges.add(nationalStops[i]!, nationalStops[i + 1]!, 'integration', nationalFlow ? { data: flow.element.data ?? [], bidirectional: flow.element.direction === 'two-way' } : {});
    }
  }
  for (const national of nationals) {
    for (const edge of graph.edges(national.id)) {
      if (edge.relation === 'uses' && edge.target === national.id) reach(edge.source, national.id);
      if ((edge.relation === 'uses' || edge.relation === 'hostedBy') && edge.source === national.id && nationalIds.has(edge.target)) edges.add(edge.source, edge.target, edge.relation);
    }
  }

  const nodes: ViewNode[] = [];
  const groups: ViewGroup[] = [];
  const levelsPresent = LEVELS.filter((level) => agencies.get(level)!.length > 0);
  if (levelsPresent.length > 0) groups.push({ id: 'kind--agencies', label: { vi: 'Bộ, ngành và địa phương', en: 'Ministries and provinces' }, role: 'agency' });
  for (const level of levelsPresent) {
    const members = agencies.get(level)!;
    const label = LEVEL_LABELS[level]!;
    nodes.push({ id: aggregateAgenciesId(level), kind: 'agency', label: { vi: `${label.vi} (${members.length})`, en: `${label.en} (${members.length})` }, group: 'kind--agencies', count: members.length });
    for (const national of nationals) {
      const count = [...(reached.get(national.id) ?? [])].filter((id) => members.includes(id)).length;
      if (count > 0) edges.add(aggregateAgenciesId(level), national.id, 'connectedTo', { label: { vi: `${count}/${members.length}` } });
    }
  }
  const groupOf = (record: ElementRecord) =>
    record.kind === 'database' ? 'kind--national-databases' : PLATFORM_CATEGORIES.has((record.element as InformationSystem).category) ? 'kind--national-platforms' : 'kind--national-systems';
  const kindGroups: ViewGroup[] = [
    { id: 'kind--national-platforms', label: { vi: 'Nền tảng tích hợp, chia sẻ dữ liệu quốc gia', en: 'National integration and sharing platforms' }, role: 'kind' },
    { id: 'kind--national-systems', label: { vi: 'Hệ thống thông tin dùng chung quốc gia', en: 'National shared information systems' }, role: 'kind' },
    { id: 'kind--national-databases', label: { vi: 'Cơ sở dữ liệu quốc gia', en: 'National databases' }, role: 'kind' },
  ];
  for (const national of nationals) nodes.push(elementNode(national, groupOf(national)));
  groups.push(...kindGroups.filter((group) => nodes.some((node) => node.group === group.id)));
  return {
    id: 'landscape',
    viewType: 'landscape',
    title: { vi: 'Toàn cảnh kết nối quốc gia', en: 'National landscape' },
    asOf: graph.asOf,
    groups,
    nodes: sortNodes(nodes, groups),
    edges: edges.list(),
  };
}
