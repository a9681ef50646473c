/**
 * What the views need to know about the model graph: agency levels, owners, the architectures
 * in force with their framework, the layer an element belongs to, and the segments a data flow
 * draws. Pure functions of the graph.
 */
import type { Agency, Architecture, Framework, InformationSystem, Integration } from '@kientruc/schema';
import type { ModelGraph } from '../graph.js';
import type { ElementRecord } from '../model.js';
import { relationLabel } from './labels.js';
import type { ViewEdge, ViewText } from './types.js';

export type AgencyLevel = 'ministry' | 'province';

const MINISTRY_TYPES = new Set(['ministry', 'ministry-level-agency', 'government-agency']);
const PROVINCE_TYPES = new Set(['province', 'centrally-run-city']);

/** An agency's architecture level: ministry for ministries and central agencies, province for provinces and cities. */
export function agencyLevel(agency: ElementRecord | undefined): AgencyLevel | undefined {
  if (!agency || agency.kind !== 'agency') return undefined;
  const type = (agency.element as Agency).agencyType;
  if (MINISTRY_TYPES.has(type)) return 'ministry';
  if (PROVINCE_TYPES.has(type)) return 'province';
  return undefined;
}

const owners = new WeakMap<ModelGraph, Map<string, ElementRecord | undefined>>();

/** The owner of an element as of the graph's date (memoised: every view asks for owners). */
export function ownerOf(graph: ModelGraph, id: string): ElementRecord | undefined {
  let known = owners.get(graph);
  if (!known) {
    known = new Map();
    owners.set(graph, known);
  }
  if (!known.has(id)) known.set(id, graph.one(id, 'ownedBy'));
  return known.get(id);
}

export function nameOf(record: ElementRecord): ViewText {
  const { vi, en } = record.element.name;
  return en ? { vi, en } : { vi };
}

export function categoryOf(record: ElementRecord): string | undefined {
  return (record.element as { category?: string }).category;
}

export interface ArchitectureInForce {
  architecture: ElementRecord<Architecture>;
  agency: ElementRecord<Agency>;
  framework?: ElementRecord<Framework>;
}

const STATUS_RANK: Record<string, number> = { approved: 2, draft: 1, superseded: 0 };

/**
 * One architecture per agency in force: the one no other architecture in force supersedes,
 * preferring approved over draft, then the latest to come into force, then the last id.
 */
export function architecturesInForce(graph: ModelGraph): ArchitectureInForce[] {
  const byAgency = new Map<string, ElementRecord<Architecture>[]>();
  for (const record of graph.ofKind('architecture') as ElementRecord<Architecture>[]) {
    const agency = graph.one(record.id, 'architectureOf');
    if (!agency) continue;
    if (graph.related(record.id, 'supersededBy').length > 0) continue;
    const list = byAgency.get(agency.id) ?? [];
    list.push(record);
    byAgency.set(agency.id, list);
  }
  const out: ArchitectureInForce[] = [];
  for (const [agencyId, list] of [...byAgency].sort(([a], [b]) => compareIds(a, b))) {
    const best = [...list].sort((a, b) => {
      const rank = (STATUS_RANK[b.element.status ?? 'draft'] ?? 0) - (STATUS_RANK[a.element.status ?? 'draft'] ?? 0);
      if (rank !== 0) return rank;
      const since = (b.element.since ?? '').localeCompare(a.element.since ?? '');
      return since !== 0 ? since : compareIds(b.id, a.id);
    })[0]!;
    const framework = graph.one(best.id, 'conformsTo') as ElementRecord<Framework> | undefined;
    out.push({ architecture: best, agency: graph.get(agencyId) as ElementRecord<Agency>, ...(framework ? { framework } : {}) });
  }
  return out;
}

/** The framework a view without an architecture draws its layers from: the one most architectures in force conform to. */
export function prevailingFramework(graph: ModelGraph): ElementRecord<Framework> | undefined {
  const votes = new Map<string, number>();
  for (const { framework } of architecturesInForce(graph)) if (framework) votes.set(framework.id, (votes.get(framework.id) ?? 0) + 1);
  const withLayers = (graph.ofKind('framework') as ElementRecord<Framework>[]).filter((f) => (f.element.layers ?? []).length > 0);
  return [...withLayers].sort((a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0) || compareIds(b.element.version, a.element.version) || compareIds(a.id, b.id))[0];
}

export type FrameworkLayer = NonNullable<Framework['layers']>[number];

/** The synthesised layers: a layer holds the users (or channels) when it says so by kind, or by its conventional id. */
export function isUserLayer(layer: FrameworkLayer): boolean {
  return (layer.kinds ?? []).includes('user') || (layer.id === 'users' && !layer.kinds?.length && !layer.categories?.length);
}
export function isChannelLayer(layer: FrameworkLayer): boolean {
  return (layer.kinds ?? []).includes('channel') || (layer.id === 'channels' && !layer.kinds?.length && !layer.categories?.length);
}

/** The layer an element is drawn in: the first layer naming its category, else the first naming its kind. */
export function layerOf(record: ElementRecord, layers: readonly FrameworkLayer[]): FrameworkLayer | undefined {
  const category = categoryOf(record);
  if (category) {
    const byCategory = layers.find((layer) => (layer.categories ?? []).includes(category));
    if (byCategory) return byCategory;
  }
  return layers.find((layer) => (layer.kinds ?? []).includes(record.kind));
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The stops of a data flow in order: from, each platform it passes through, to. */
export function integrationStops(integration: ElementRecord<Integration>): string[] {
  const { from, to, via } = integration.element;
  return [from, ...(via ?? []), to];
}

export function integrationsOf(graph: ModelGraph): ElementRecord<Integration>[] {
  return graph.ofKind('integration') as ElementRecord<Integration>[];
}

const flowIndex = new WeakMap<ModelGraph, Map<string, ElementRecord<Integration>[]>>();

/** The data flows an element is a stop of (from, via or to), in id order; indexed once per graph. */
export function flowsThrough(graph: ModelGraph, id: string): ElementRecord<Integration>[] {
  let index = flowIndex.get(graph);
  if (!index) {
    index = new Map();
    for (const flow of integrationsOf(graph)) {
      for (const stop of new Set(integrationStops(flow))) {
        const list = index.get(stop);
        if (list) list.push(flow);
        else index.set(stop, [flow]);
      }
    }
    flowIndex.set(graph, index);
  }
  return index.get(id) ?? [];
}

/** The flows any of these elements is a stop of, each once, in id order. */
export function flowsThroughAny(graph: ModelGraph, ids: Iterable<string>): ElementRecord<Integration>[] {
  const flows = new Set<ElementRecord<Integration>>();
  for (const id of ids) for (const flow of flowsThrough(graph, id)) flows.add(flow);
  return [...flows].sort((a, b) => compareIds(a.id, b.id));
}

export function isIntegrationPlatform(record: ElementRecord): boolean {
  return record.kind === 'information-system' && (record.element as InformationSystem).category === 'integration-platform';
}

const MAX_DATA_IN_LABEL = 3;

/**
 * Collects the edges of a view. Edges with the same ends and relation merge into one, whose
 * label lists what flows (at most three items, then a count); the result is sorted by id.
 */
export class EdgeCollector {
  private readonly edges = new Map<string, { source: string; target: string; relation: string; data: ViewText[]; label?: ViewText; bidirectional: boolean }>();

  add(source: string, target: string, relation: string, options: { data?: readonly ViewText[]; label?: ViewText; bidirectional?: boolean } = {}): void {
    if (source === target) return;
    const id = edgeId(source, relation, target);
    let edge = this.edges.get(id);
    if (!edge) {
      edge = { source, target, relation, data: [], bidirectional: false };
      this.edges.set(id, edge);
    }
    for (const item of options.data ?? []) if (!edge.data.some((d) => d.vi === item.vi)) edge.data.push(item);
    if (options.label && !edge.label) edge.label = options.label;
    if (options.bidirectional) edge.bidirectional = true;
  }

  /** A data flow drawn through the stops that are in the view (platforms outside the view are skipped). */
  addIntegration(integration: ElementRecord<Integration>, inView: (id: string) => boolean): void {
    const stops = integrationStops(integration).filter(inView);
    const { data, direction } = integration.element;
    for (let i = 0; i + 1 < stops.length; i++) {
      this.add(stops[i]!, stops[i + 1]!, 'integration', { data: data ?? [], bidirectional: direction === 'two-way' });
    }
  }

  has(source: string, target: string, relation: string): boolean {
    return this.edges.has(edgeId(source, relation, target));
  }

  list(options: { relationLabels?: boolean } = {}): ViewEdge[] {
    return [...this.edges]
      .sort(([a], [b]) => compareIds(a, b))
      .map(([id, edge]) => {
        const label = edge.label ?? dataLabel(edge.data) ?? (options.relationLabels ? relationLabel(edge.relation) : undefined);
        return {
          id,
          source: edge.source,
          target: edge.target,
          relation: edge.relation,
          ...(label ? { label } : {}),
          ...(edge.bidirectional ? { bidirectional: true } : {}),
        };
      });
  }
}

export function edgeId(source: string, relation: string, target: string): string {
  return `e:${source}:${relation}:${target}`;
}

function dataLabel(data: ViewText[]): ViewText | undefined {
  if (data.length === 0) return undefined;
  const shown = data.slice(0, MAX_DATA_IN_LABEL);
  const more = data.length > MAX_DATA_IN_LABEL ? ` (+${data.length - MAX_DATA_IN_LABEL})` : '';
  const vi = shown.map((d) => d.vi).join('; ') + more;
  const en = shown.map((d) => d.en ?? d.vi).join('; ') + more;
  return en === vi ? { vi } : { vi, en };
}
