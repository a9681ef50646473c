/**
 * View + label measurements → the ELK input graph (pure). Layered top to bottom; compound
 * nodes for groups (layers, agencies, kinds); orthogonal edges that meet boxes at ports (out at
 * the bottom, in at the top); layers of the framework kept in order by partitions; boxes of a
 * group with no edge between them wrapped into rows by layout-only edges. Every id and every
 * list is in the view's order, which is sorted, so the JSON is byte-identical for the same view.
 */
import type { ComputedView, ViewGroup } from '@kientruc/core';
import { EDGE_LABEL_PADDING, GROUP_PADDING, type ViewMeasurements } from './measure.js';

export interface ElkLabelInput {
  id: string;
  /** ELK places only labels that have a text; the Vietnamese one, for whoever reads the JSON. */
  text: string;
  width: number;
  height: number;
}
export interface ElkPortInput {
  id: string;
  width: number;
  height: number;
  layoutOptions: Record<string, string>;
}
export interface ElkEdgeInput {
  id: string;
  sources: string[];
  targets: string[];
  labels?: ElkLabelInput[];
}
export interface ElkNodeInput {
  id: string;
  width?: number;
  height?: number;
  layoutOptions?: Record<string, string>;
  ports?: ElkPortInput[];
  children?: ElkNodeInput[];
  edges?: ElkEdgeInput[];
}

export const groupElkId = (groupId: string) => `group:${groupId}`;
export const portElkId = (edgeId: string, end: 'source' | 'target') => `port:${end}:${edgeId}`;
export const sharedPortElkId = (nodeId: string, side: 'in' | 'out') => `port:${side}:${nodeId}`;
/** More edges than this on one side of a box share one port. */
const SHARED_PORT_ABOVE = 8;
export const edgeLabelElkId = (edgeId: string) => `label:${edgeId}`;
/** Layout-only edges (rows of unconnected boxes): never drawn. */
export const WRAP_PREFIX = 'wrap:';

const ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  // One sweep of crossing minimisation: on the largest views (150 boxes) the default seven
  // cost three to six times the time for few fewer crossings; the model-order tie-breaking
  // (`considerModelOrder`) was the costliest of all and is left out.
  'elk.layered.thoroughness': '1',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.spacing.nodeNode': '24',
  'elk.spacing.edgeNode': '14',
  'elk.spacing.edgeEdge': '8',
  'elk.spacing.edgeLabel': '4',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
  'elk.randomSeed': '1',
};

/** Boxes per row when a group's boxes have no edges between them. */
function rowLength(count: number, role: ViewGroup['role'] | undefined, beside: boolean): number {
  if (beside) return Math.max(1, Math.ceil(count / 8));
  if (role === 'layer') return Math.max(6, Math.ceil(Math.sqrt(count * 2)));
  return Math.max(4, Math.ceil(Math.sqrt(count)));
}

/** Aside groups (security, management) can stand beside the layers when no edge crosses into them. */
export function asideBeside(view: ComputedView): Set<string> {
  const beside = new Set<string>();
  const groupOfNode = new Map(view.nodes.map((node) => [node.id, node.group]));
  const hasLayers = view.groups.some((group) => group.role === 'layer' && !group.parent);
  if (!hasLayers) return beside;
  for (const group of view.groups) {
    if (group.role !== 'aside' || group.parent) continue;
    const crossing = view.edges.some((edge) => (groupOfNode.get(edge.source) === group.id) !== (groupOfNode.get(edge.target) === group.id));
    if (!crossing) beside.add(group.id);
  }
  return beside;
}

export function toElkGraph(view: ComputedView, measurements: ViewMeasurements): ElkNodeInput {
  const topLayers = view.groups.filter((group) => !group.parent && (group.role === 'layer' || group.role === 'aside'));
  const partitioned = topLayers.some((group) => group.role === 'layer');
  const beside = asideBeside(view);
  const partitionOf = new Map<string, number>();
  topLayers.filter((group) => group.role === 'layer').forEach((group, index) => partitionOf.set(group.id, index));
  let next = partitionOf.size;
  for (const group of topLayers) if (group.role === 'aside') partitionOf.set(group.id, next++);

  // A port per edge end, so that edges meet a box at distinct points; a busy side (a platform
  // that a hundred flows pass through) gets one shared port instead, where its edges merge.
  const ports = new Map<string, ElkPortInput[]>();
  const addPort = (nodeId: string, port: ElkPortInput) => {
    const list = ports.get(nodeId) ?? [];
    if (!list.some((p) => p.id === port.id)) list.push(port);
    ports.set(nodeId, list);
  };
  const degree = new Map<string, number>();
  for (const edge of view.edges) {
    degree.set(`${edge.source}:out`, (degree.get(`${edge.source}:out`) ?? 0) + 1);
    degree.set(`${edge.target}:in`, (degree.get(`${edge.target}:in`) ?? 0) + 1);
  }
  const portFor = (nodeId: string, edgeId: string, end: 'source' | 'target') => {
    const side = end === 'source' ? 'out' : 'in';
    const shared = (degree.get(`${nodeId}:${side}`) ?? 0) > SHARED_PORT_ABOVE;
    const id = shared ? sharedPortElkId(nodeId, side) : portElkId(edgeId, end);
    addPort(nodeId, { id, width: 0, height: 0, layoutOptions: { 'elk.port.side': end === 'source' ? 'SOUTH' : 'NORTH' } });
    return id;
  };
  const edges: ElkEdgeInput[] = [];
  for (const edge of view.edges) {
    const source = portFor(edge.source, edge.id, 'source');
    const target = portFor(edge.target, edge.id, 'target');
    const label = measurements.edgeLabels.get(edge.id);
    edges.push({
      id: edge.id,
      sources: [source],
      targets: [target],
      ...(label ? { labels: [{ id: edgeLabelElkId(edge.id), text: edge.label!.vi, width: label.width + 2 * EDGE_LABEL_PADDING, height: label.height + 2 * EDGE_LABEL_PADDING }] } : {}),
    });
  }

  // Rows: boxes that would otherwise all stand in one long layer are chained column-wise by
  // layout-only edges: the boxes of a group with no edge inside the group (the systems of a
  // layer), and the satellites of one hub (the systems whose only link is to their LGSP).
  const groupOfNode = new Map(view.nodes.map((node) => [node.id, node.group]));
  const neighbours = new Map<string, Set<string>>();
  const directions = new Map<string, Set<string>>();
  const connectedInGroup = new Set<string>();
  for (const edge of view.edges) {
    for (const [node, other, direction] of [
      [edge.source, edge.target, 'out'],
      [edge.target, edge.source, 'in'],
    ] as const) {
      neighbours.set(node, (neighbours.get(node) ?? new Set()).add(other));
      directions.set(node, (directions.get(node) ?? new Set()).add(direction));
    }
    if (groupOfNode.get(edge.source) === groupOfNode.get(edge.target)) {
      connectedInGroup.add(edge.source);
      connectedInGroup.add(edge.target);
    }
  }
  const roleOf = new Map(view.groups.map((group) => [group.id, group.role]));
  const rows = new Map<string, { group: string | undefined; members: string[] }>();
  for (const node of view.nodes) {
    const linked = neighbours.get(node.id);
    let key: string | undefined;
    if (!connectedInGroup.has(node.id)) key = `${node.group ?? ''}|loose`;
    else if (linked?.size === 1) key = `${node.group ?? ''}|satellite:${[...linked][0]}:${[...directions.get(node.id)!].sort().join('+')}`;
    if (!key) continue;
    const row = rows.get(key) ?? { group: node.group, members: [] };
    row.members.push(node.id);
    rows.set(key, row);
  }
  for (const { group, members } of rows.values()) {
    const length = rowLength(members.length, group ? roleOf.get(group) : undefined, group !== undefined && beside.has(group));
    for (let i = length; i < members.length; i++) {
      edges.push({ id: `${WRAP_PREFIX}${members[i - length]}:${members[i]}`, sources: [members[i - length]!], targets: [members[i]!] });
    }
  }

  const nodeOf = (id: string): ElkNodeInput => {
    const size = measurements.nodes.get(id)!;
    const nodePorts = ports.get(id);
    return {
      id,
      width: size.width,
      height: size.height,
      layoutOptions: { 'elk.portConstraints': 'FIXED_SIDE' },
      ...(nodePorts ? { ports: nodePorts } : {}),
    };
  };
  const groupNode = (group: ViewGroup): ElkNodeInput => {
    const label = measurements.groupLabels.get(group.id)!;
    const children = [
      ...view.groups.filter((child) => child.parent === group.id).map(groupNode),
      ...view.nodes.filter((node) => node.group === group.id).map((node) => nodeOf(node.id)),
    ];
    const partition = partitionOf.get(group.id);
    return {
      id: groupElkId(group.id),
      layoutOptions: {
        'elk.padding': `[top=${label.height + 2 * GROUP_PADDING},left=${GROUP_PADDING},bottom=${GROUP_PADDING},right=${GROUP_PADDING}]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        // ELK swaps width and height of a compound node's minimum size in a DOWN layout
        // (eclipse-elk/elk#1033); given swapped, the group is as wide as its title.
        'elk.nodeSize.minimum': `(${label.height + 3 * GROUP_PADDING},${label.width + 2 * GROUP_PADDING})`,
        ...(partition !== undefined ? { 'elk.partitioning.partition': String(partition) } : {}),
      },
      children,
    };
  };
  const children = [
    ...view.groups.filter((group) => !group.parent).map(groupNode),
    ...view.nodes.filter((node) => !node.group).map((node) => {
      const elkNode = nodeOf(node.id);
      return partitioned ? { ...elkNode, layoutOptions: { ...elkNode.layoutOptions, 'elk.partitioning.partition': String(next) } } : elkNode;
    }),
  ];
  return {
    id: 'root',
    layoutOptions: { ...ROOT_OPTIONS, ...(partitioned ? { 'elk.partitioning.activate': 'true' } : {}) },
    children,
    edges,
  };
}

/**
 * JSON with one line per small object (a port, an edge, a box) and indentation above that:
 * readable in a golden file's diff, and half the size of fully indented JSON.
 */
export function serializeElkGraph(graph: ElkNodeInput): string {
  return `${formatJson(graph, '')}\n`;
}

const LINE = 160;

function formatJson(value: unknown, indent: string): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= LINE) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item) => inner + formatJson(item, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}
