/**
 * The two views of each architecture in force: the overall diagram (sơ đồ tổng thể) in the
 * layers of its framework, and the integration view (its systems, its LGSP, the national
 * platforms and the systems and databases it exchanges data with).
 */
import type { InformationSystem } from '@kientruc/schema';
import type { ModelGraph } from '../graph.js';
import type { ElementRecord } from '../model.js';
import { CHANNEL_LABELS, USER_LABELS } from './labels.js';
import {
  architecturesInForce,
  categoryOf,
  compareIds,
  EdgeCollector,
  flowsThroughAny,
  integrationStops,
  isChannelLayer,
  isIntegrationPlatform,
  isUserLayer,
  layerOf,
  nameOf,
  ownerOf,
  prevailingFramework,
  type ArchitectureInForce,
  type FrameworkLayer,
} from './queries.js';
import type { ComputedView, ViewGroup, ViewNode } from './types.js';

/**
 * Relations drawn between the components of an overall diagram, besides the way users reach
 * the portals. The overall diagram is the one-page map of the layers: data flows (through the
 * integration platform, so every system has one), use of databases, hosting and protection
 * are drawn by the integration and context views; drawn here for a province of a hundred
 * systems they make a tangle nobody reads.
 */
const OVERALL_RELATIONS = new Set(['connectsTo', 'reportsTo']);

export const layerGroupId = (layerId: string) => `layer--${layerId}`;
export const agencyGroupId = (agencyId: string) => `agency--${agencyId}`;

export function overallView(graph: ModelGraph, entry: ArchitectureInForce): ComputedView | undefined {
  const framework = entry.framework ?? prevailingFramework(graph);
  const layers = framework?.element.layers ?? [];
  if (layers.length === 0) return undefined;
  const { agency } = entry;
  const nodes: ViewNode[] = [];
  const layerOfNode = new Map<string, FrameworkLayer>();
  for (const component of graph.related(agency.id, 'owns')) {
    const layer = layerOf(component, layers);
    if (!layer || isUserLayer(layer) || isChannelLayer(layer)) continue;
    layerOfNode.set(component.id, layer);
    nodes.push(elementNode(component, layerGroupId(layer.id)));
  }
  const inView = (id: string) => layerOfNode.has(id);
  const edges = new EdgeCollector();

  // Users and channels are not elements: they come from the `users` and `channels` of the systems.
  const userLayer = layers.find(isUserLayer);
  const channelLayer = layers.find(isChannelLayer);
  const firstComponentLayer = layers.find((layer) => !layer.aside && !isUserLayer(layer) && !isChannelLayer(layer) && nodes.some((n) => n.group === layerGroupId(layer.id)));
  const users = new Set<string>();
  const channels = new Set<string>();
  for (const node of nodes) {
    const record = graph.get(node.id)!;
    if (record.kind !== 'information-system') continue;
    const system = record.element as InformationSystem;
    const systemUsers = userLayer ? (system.users ?? []) : [];
    const systemChannels = channelLayer ? (system.channels ?? []) : [];
    for (const user of systemUsers) users.add(user);
    for (const channel of systemChannels) channels.add(channel);
    for (const user of systemUsers) for (const channel of systemChannels) edges.add(userNodeId(user), channelNodeId(channel), 'access');
    // Access is drawn to the first layer of components (portals), the way users reach the government.
    if (layerOfNode.get(node.id) !== firstComponentLayer) continue;
    if (systemChannels.length > 0) for (const channel of systemChannels) edges.add(channelNodeId(channel), node.id, 'access');
    else for (const user of systemUsers) edges.add(userNodeId(user), node.id, 'access');
  }
  for (const user of [...users].sort()) {
    nodes.push({ id: userNodeId(user), kind: 'user', label: USER_LABELS[user] ?? { vi: user }, group: layerGroupId(userLayer!.id) });
  }
  for (const channel of [...channels].sort()) {
    nodes.push({ id: channelNodeId(channel), kind: 'channel', label: CHANNEL_LABELS[channel] ?? { vi: channel }, group: layerGroupId(channelLayer!.id) });
  }

  for (const node of nodes) {
    if (!node.elementId) continue;
    for (const edge of graph.edges(node.id)) {
      if (edge.source === node.id && OVERALL_RELATIONS.has(edge.relation) && inView(edge.target)) edges.add(edge.source, edge.target, edge.relation);
    }
  }

  const groups: ViewGroup[] = layers
    .filter((layer) => nodes.some((n) => n.group === layerGroupId(layer.id)))
    .map((layer) => ({ id: layerGroupId(layer.id), label: layer.name, role: layer.aside ? 'aside' : 'layer' }));
  const name = nameOf(agency);
  return {
    id: `overall--${agency.id}`,
    viewType: 'overall',
    title: { vi: `Sơ đồ tổng thể: ${name.vi}`, en: `Overall diagram: ${name.en ?? name.vi}` },
    subject: agency.id,
    asOf: graph.asOf,
    groups,
    nodes: sortNodes(nodes, groups),
    edges: edges.list(),
  };
}

export function integrationView(graph: ModelGraph, entry: ArchitectureInForce): ComputedView | undefined {
  const { agency } = entry;
  const owned = new Set(graph.related(agency.id, 'owns').map((record) => record.id));
  const inModel = new Set<string>();
  const flows = flowsThroughAny(graph, owned);
  for (const flow of flows) for (const stop of integrationStops(flow)) if (graph.get(stop)) inModel.add(stop);
  for (const id of owned) if (isIntegrationPlatform(graph.get(id)!)) inModel.add(id);
  if (inModel.size === 0) return undefined;
  const edges = new EdgeCollector();
  for (const flow of flows) edges.addIntegration(flow, (id) => inModel.has(id));

  const groupsById = new Map<string, ViewGroup>();
  const nodes: ViewNode[] = [];
  for (const id of [...inModel].sort(compareIds)) {
    const record = graph.get(id)!;
    const owner = ownerOf(graph, id);
    if (owner && !groupsById.has(owner.id)) groupsById.set(owner.id, { id: agencyGroupId(owner.id), label: nameOf(owner), role: 'agency' });
    nodes.push(elementNode(record, owner ? agencyGroupId(owner.id) : undefined));
  }
  // The agency's own group first, then the others by id.
  const groups = [...groupsById.values()].sort((a, b) => (a.id === agencyGroupId(agency.id) ? -1 : b.id === agencyGroupId(agency.id) ? 1 : compareIds(a.id, b.id)));
  const name = nameOf(agency);
  return {
    id: `integration--${agency.id}`,
    viewType: 'integration',
    title: { vi: `Tích hợp, chia sẻ dữ liệu: ${name.vi}`, en: `Integration and data sharing: ${name.en ?? name.vi}` },
    subject: agency.id,
    asOf: graph.asOf,
    groups,
    nodes: sortNodes(nodes, groups),
    edges: edges.list(),
  };
}

export function architectureViews(graph: ModelGraph): { entry: ArchitectureInForce; views: ComputedView[] }[] {
  return architecturesInForce(graph).map((entry) => ({
    entry,
    views: [overallView(graph, entry), integrationView(graph, entry)].filter((view): view is ComputedView => view !== undefined),
  }));
}

export function elementNode(record: ElementRecord, group: string | undefined): ViewNode {
  const category = categoryOf(record);
  return {
    id: record.id,
    kind: record.kind,
    ...(category ? { category } : {}),
    label: nameOf(record),
    ...(group ? { group } : {}),
    elementId: record.id,
  };
}

export const userNodeId = (user: string) => `user--${user}`;
export const channelNodeId = (channel: string) => `channel--${channel}`;

/** Nodes in the order of their groups (the order the groups are drawn in), then by id. */
export function sortNodes(nodes: ViewNode[], groups: ViewGroup[]): ViewNode[] {
  const rank = new Map(groups.map((group, index) => [group.id, index]));
  return [...nodes].sort((a, b) => {
    const ga = a.group === undefined ? groups.length : (rank.get(a.group) ?? groups.length);
    const gb = b.group === undefined ? groups.length : (rank.get(b.group) ?? groups.length);
    return ga - gb || compareIds(a.id, b.id);
  });
}
