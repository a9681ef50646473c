/**
 * ELK output → positions (what the cache keeps), and positions → the laid-out view the
 * renderer draws. Applying also finishes what a layered layout cannot express: the layer bands
 * of the overall diagram span the full width, and the aside layers (security, management) stand
 * beside them at full height.
 */
import type { ComputedView, ViewEdge, ViewGroup, ViewNode } from '@kientruc/core';
import { asideBeside, edgeLabelElkId, groupElkId, WRAP_PREFIX } from './elk-graph.js';
import type { NodeMeasure, TextBlock, ViewMeasurements } from './measure.js';

export type Box = [x: number, y: number, width: number, height: number];

/** Positions of a laid-out ELK graph, by ELK id. */
export interface LayoutResult {
  width: number;
  height: number;
  boxes: Record<string, Box>;
  edges: Record<string, { points: [number, number][]; label?: Box }>;
}

interface ElkOutputShape {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  children?: ElkOutputShape[];
  edges?: ElkOutputEdge[];
  labels?: ElkOutputShape[];
}
interface ElkOutputEdge {
  id: string;
  sections?: { startPoint: { x: number; y: number }; endPoint: { x: number; y: number }; bendPoints?: { x: number; y: number }[] }[];
  labels?: ElkOutputShape[];
}

const r = (value: number | undefined) => Math.round((value ?? 0) * 100) / 100;

export function extractLayout(output: ElkOutputShape): LayoutResult {
  const boxes: Record<string, Box> = {};
  const edges: LayoutResult['edges'] = {};
  const visit = (shape: ElkOutputShape) => {
    for (const child of shape.children ?? []) {
      boxes[child.id] = [r(child.x), r(child.y), r(child.width), r(child.height)];
      visit(child);
    }
    for (const edge of shape.edges ?? []) {
      if (edge.id.startsWith(WRAP_PREFIX)) continue;
      const points: [number, number][] = [];
      for (const section of edge.sections ?? []) {
        for (const point of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) {
          const last = points[points.length - 1];
          if (!last || last[0] !== r(point.x) || last[1] !== r(point.y)) points.push([r(point.x), r(point.y)]);
        }
      }
      const label = edge.labels?.find((l) => l.id === edgeLabelElkId(edge.id));
      edges[edge.id] = { points, ...(label ? { label: [r(label.x), r(label.y), r(label.width), r(label.height)] as Box } : {}) };
    }
  };
  visit(output);
  const sortedBoxes = Object.fromEntries(Object.entries(boxes).sort(([a], [b]) => (a < b ? -1 : 1)));
  const sortedEdges = Object.fromEntries(Object.entries(edges).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { width: r(output.width), height: r(output.height), boxes: sortedBoxes, edges: sortedEdges };
}

export interface LaidOutNode {
  node: ViewNode;
  x: number;
  y: number;
  width: number;
  height: number;
  measure: NodeMeasure;
}
export interface LaidOutGroup {
  group: ViewGroup;
  x: number;
  y: number;
  width: number;
  height: number;
  text: TextBlock;
}
export interface LaidOutEdge {
  edge: ViewEdge;
  points: [number, number][];
  label?: { x: number; y: number; width: number; height: number; text: TextBlock };
}
export interface LaidOutView {
  view: ComputedView;
  width: number;
  height: number;
  groups: LaidOutGroup[];
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

const ASIDE_GAP = 24;
const MARGIN = 16;

export function applyLayout(view: ComputedView, measurements: ViewMeasurements, layout: LayoutResult): LaidOutView {
  const box = (elkId: string): Box => {
    const found = layout.boxes[elkId];
    if (!found) throw new Error(`layout has no position for \`${elkId}\``);
    return [...found];
  };
  const groups: LaidOutGroup[] = view.groups.map((group) => {
    const [x, y, width, height] = box(groupElkId(group.id));
    return { group, x, y, width, height, text: measurements.groupLabels.get(group.id)! };
  });
  const nodes: LaidOutNode[] = view.nodes.map((node) => {
    const [x, y, width, height] = box(node.id);
    return { node, x, y, width, height, measure: measurements.nodes.get(node.id)! };
  });
  const edges: LaidOutEdge[] = view.edges.map((edge) => {
    const laid = layout.edges[edge.id];
    if (!laid) throw new Error(`layout has no route for edge \`${edge.id}\``);
    const text = measurements.edgeLabels.get(edge.id);
    const label = text && laid.label ? { x: laid.label[0], y: laid.label[1], width: laid.label[2], height: laid.label[3], text } : undefined;
    return { edge, points: laid.points.map(([x, y]) => [x, y] as [number, number]), ...(label ? { label } : {}) };
  });

  // Layer bands: the full width of the widest band.
  const bands = groups.filter((g) => !g.group.parent && g.group.role === 'layer');
  if (bands.length > 0) {
    const left = Math.min(...bands.map((g) => g.x));
    const right = Math.max(...bands.map((g) => g.x + g.width));
    for (const band of bands) {
      band.x = left;
      band.width = right - left;
    }
    // Aside layers: moved beside the bands, from the top of the first to the bottom of the last.
    const top = Math.min(...bands.map((g) => g.y));
    const bottom = Math.max(...bands.map((g) => g.y + g.height));
    let x = right + ASIDE_GAP;
    for (const groupId of asideBeside(view)) {
      const aside = groups.find((g) => g.group.id === groupId)!;
      const dx = x - aside.x;
      const dy = top - aside.y;
      const inside = new Set(descendants(view, groupId));
      for (const g of groups) if (inside.has(g.group.id)) Object.assign(g, { x: g.x + dx, y: g.y + dy });
      for (const n of nodes) if (n.node.group && inside.has(n.node.group)) Object.assign(n, { x: n.x + dx, y: n.y + dy });
      for (const e of edges) {
        if (!inside.has(nodes.find((n) => n.node.id === e.edge.source)?.node.group ?? '')) continue;
        e.points = e.points.map(([px, py]) => [px + dx, py + dy]);
        if (e.label) Object.assign(e.label, { x: e.label.x + dx, y: e.label.y + dy });
      }
      aside.height = Math.max(aside.height, bottom - top);
      x += aside.width + ASIDE_GAP;
    }
  }

  // Bounds of everything drawn, moved to start at the margin.
  const xs: number[] = [];
  const ys: number[] = [];
  const extend = (x: number, y: number, w = 0, h = 0) => {
    xs.push(x, x + w);
    ys.push(y, y + h);
  };
  for (const g of groups) extend(g.x, g.y, g.width, g.height);
  for (const n of nodes) extend(n.x, n.y, n.width, n.height);
  for (const e of edges) {
    for (const [px, py] of e.points) extend(px, py);
    if (e.label) extend(e.label.x, e.label.y, e.label.width, e.label.height);
  }
  const minX = xs.length ? Math.min(...xs) : 0;
  const minY = ys.length ? Math.min(...ys) : 0;
  const dx = MARGIN - minX;
  const dy = MARGIN - minY;
  const shift = <T extends { x: number; y: number }>(item: T) => Object.assign(item, { x: r(item.x + dx), y: r(item.y + dy) });
  groups.forEach(shift);
  nodes.forEach(shift);
  for (const e of edges) {
    e.points = e.points.map(([px, py]) => [r(px + dx), r(py + dy)]);
    if (e.label) shift(e.label);
  }
  const width = r((xs.length ? Math.max(...xs) : 0) + dx + MARGIN);
  const height = r((ys.length ? Math.max(...ys) : 0) + dy + MARGIN);
  return { view, width, height, groups, nodes, edges };
}

function descendants(view: ComputedView, groupId: string): string[] {
  const out = [groupId];
  for (const group of view.groups) if (group.parent === groupId) out.push(...descendants(view, group.id));
  return out;
}
