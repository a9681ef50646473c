/**
 * Domain helpers several rules share: the architecture level of an agency, what a framework asks
 * of it, and the shared definition of "component X connects to national system Y"
 * (the model conventions: an integration whose `from` or `to` is X and whose other end, or one of
 * whose `via` platforms, is Y).
 */
import { keptPerObject, type ElementRecord, type ModelGraph, type RelationEdge } from '@kientruc/core';
import type { Agency, Framework, InformationSystem, Integration } from '@kientruc/schema';
import type { Problem } from './rule.js';

export type ArchitectureLevel = 'ministry' | 'province';
export type MandatoryComponent = NonNullable<Framework['mandatoryComponents']>[number];

/** Ministry level for ministries and government agencies, province level for provinces and cities. */
export function architectureLevel(agency: Agency): ArchitectureLevel {
  return agency.agencyType === 'province' || agency.agencyType === 'centrally-run-city' ? 'province' : 'ministry';
}

/** `integration-platform (LGSP)` or `document-management`: how messages name a component. */
export function componentLabel(component: MandatoryComponent): string {
  return component.platform ? `${component.category} (${component.platform})` : component.category;
}

export function matchesComponent(system: InformationSystem, component: MandatoryComponent): boolean {
  return system.category === component.category && (component.platform === undefined || system.platform === component.platform);
}

/** The integrations in force, not retired, with `systemId` at one end, sorted by id. */
export function integrationsOf(graph: ModelGraph, systemId: string): ElementRecord<Integration>[] {
  return indexOf(graph).integrations.get(systemId) ?? [];
}

const ENDPOINT_KINDS = new Set(['information-system', 'database']);

/** An integration's `from` or `to` element when it is linked (known, of the right kind, in force). */
export function integrationEnd(graph: ModelGraph, integration: ElementRecord<Integration>, end: 'from' | 'to'): ElementRecord | undefined {
  const record = graph.get(integration.element[end]);
  return record && ENDPOINT_KINDS.has(record.kind) ? record : undefined;
}

/** Whether `systemId` connects to `targetId` in the sense of the model conventions. */
export function isConnectedTo(graph: ModelGraph, systemId: string, targetId: string): boolean {
  return integrationsOf(graph, systemId).some(({ element }) => {
    const otherEnd = element.from === systemId ? element.to : element.from;
    return otherEnd === targetId || (element.via ?? []).includes(targetId);
  });
}

/** The owners of an element at the as-of date (its owner period in force). */
export function ownerIds(graph: ModelGraph, id: string): string[] {
  return indexOf(graph).owners.get(id) ?? [];
}

/** What an agency owns at the as-of date, sorted by id: the components of its architecture. */
export function ownedBy(graph: ModelGraph, agencyId: string): ElementRecord[] {
  return indexOf(graph).owned.get(agencyId) ?? [];
}

/** The index of the owner period (or the plain owner) in force, for pointing at it. */
export function ownerPath(graph: ModelGraph, id: string, relation = 'ownedBy'): (string | number)[] | undefined {
  return graph.edges(id, relation)[0]?.path;
}

/** Frameworks in force that an architecture conforms to, by id. */
export function frameworkOf(graph: ModelGraph, frameworks: ElementRecord<Framework>[], architectureId: string): ElementRecord<Framework> | undefined {
  const target = graph.one(architectureId, 'conformsTo');
  return frameworks.find((framework) => framework.id === target?.id);
}

/** `a`, `a` and `b`, `a`, `b` and `c`: ids in backticks for messages. */
export function listIds(ids: readonly string[]): string {
  const quoted = ids.map((id) => `\`${id}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** `an integration`, `a database`. */
export function withArticle(word: string): string {
  return /^[aeiou]/.test(word) && !/^(one|uni|use)/.test(word) ? `an ${word}` : `a ${word}`;
}

interface DomainIndex {
  owners: Map<string, string[]>;
  owned: Map<string, ElementRecord[]>;
  integrations: Map<string, ElementRecord<Integration>[]>;
}

/**
 * Ownership and integrations by element, built once per graph from the relation edges: several
 * rules ask these questions of every system, and asking the graph element by element is slow on
 * a national-scale model. A graph patched from an earlier one (a re-check) gets the earlier
 * index patched where sources changed.
 */
const indexes = new WeakMap<ModelGraph, DomainIndex>();

function indexOf(graph: ModelGraph): DomainIndex {
  let index = indexes.get(graph);
  if (!index) {
    const previous = graph.patchedFrom && indexes.get(graph.patchedFrom);
    index = previous ? patchIndex(graph, previous) : buildIndex(graph);
    indexes.set(graph, index);
  }
  return index;
}

/** The list of a key, made empty when the key has none yet. */
const listed = <T>(map: Map<string, T[]>, key: string): T[] => {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
};
const push = <T>(map: Map<string, T[]>, key: string, value: T) => listed(map, key).push(value);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Integrations in force and not retired, by the system at either end, each once. */
function addIntegration(graph: ModelGraph, integrations: Map<string, ElementRecord<Integration>[]>, edge: RelationEdge, relation: string): void {
  const integration = graph.get(edge.source) as ElementRecord<Integration>;
  if (integration.element.status === 'retired') return;
  // An integration from a system to itself names it twice: listed once. Only such an
  // integration (`from` = `to`) can meet its own `to` end in the list already, so only it is
  // looked for there (a national platform is at one end of thousands of integrations).
  if (relation === 'integrationTo' && integration.element.from === integration.element.to && integrations.get(edge.target)?.includes(integration)) return;
  push(integrations, edge.target, integration);
}

function buildIndex(graph: ModelGraph): DomainIndex {
  const index: DomainIndex = { owners: new Map(), owned: new Map(), integrations: new Map() };
  for (const edge of edgesNamed(graph, 'ownedBy')) {
    push(index.owners, edge.source, edge.target);
    push(index.owned, edge.target, graph.get(edge.source)!);
  }
  for (const relation of INTEGRATION_ENDS) for (const edge of edgesNamed(graph, relation)) addIntegration(graph, index.integrations, edge, relation);
  for (const list of index.owners.values()) list.sort();
  for (const list of index.owned.values()) list.sort(byId);
  for (const list of index.integrations.values()) list.sort(byId);
  return index;
}

const INTEGRATION_ENDS = ['integrationFrom', 'integrationTo'];

/**
 * The index of `graph` from the index of the graph it was patched from: the lists that name a
 * changed source (before or now) are built again from the lists that were, without the changed
 * sources, and the changed sources' edges now. The same index as `buildIndex` would give.
 */
function patchIndex(graph: ModelGraph, previous: DomainIndex): DomainIndex {
  const changed = graph.changedSources;
  // Called only for a graph patched from another (see indexOf).
  const earlier = graph.patchedFrom!;
  const index: DomainIndex = { owners: new Map(previous.owners), owned: new Map(previous.owned), integrations: new Map(previous.integrations) };
  // The changed sources' entries now, by owner and by system; a key is listed (even with no entry
  // now) when a changed source was in its list before.
  const owned = new Map<string, ElementRecord[]>();
  const integrations = new Map<string, ElementRecord<Integration>[]>();
  for (const source of changed) {
    index.owners.delete(source);
    for (const agency of previous.owners.get(source) ?? []) listed(owned, agency);
    for (const relation of INTEGRATION_ENDS) for (const edge of earlier.edges(source, relation)) listed(integrations, edge.target);
    const record = graph.get(source);
    if (!record) continue; // gone, or out of force
    for (const edge of graph.edges(source, 'ownedBy')) {
      push(index.owners, source, edge.target);
      listed(owned, edge.target).push(record);
    }
    index.owners.get(source)?.sort();
    for (const relation of INTEGRATION_ENDS) for (const edge of graph.edges(source, relation)) addIntegration(graph, integrations, edge, relation);
  }
  relist(index.owned, previous.owned, owned, changed);
  relist(index.integrations, previous.integrations, integrations, changed);
  return index;
}

/** For each key of `now`: the list before without the changed sources, with `now`'s entries, by id. */
function relist<T extends { id: string }>(lists: Map<string, T[]>, before: Map<string, T[]>, now: Map<string, T[]>, changed: ReadonlySet<string>): void {
  for (const [key, entries] of now) {
    const list = [...(before.get(key) ?? []).filter((entry) => !changed.has(entry.id)), ...entries].sort(byId);
    if (list.length === 0) lists.delete(key);
    else lists.set(key, list);
  }
}

/**
 * Every edge of a relation (by its forward name) in the graph, indexed once per graph: rules that
 * look at one relation across the whole model read this instead of asking element by element.
 */
export function edgesNamed(graph: ModelGraph, relation: string): RelationEdge[] {
  return edgesByRelation(graph).get(relation) ?? [];
}

const edgesByRelation = keptPerObject((graph: ModelGraph) => {
  const index = new Map<string, RelationEdge[]>();
  for (const edge of graph.allEdges()) {
    const list = index.get(edge.relation);
    if (list) list.push(edge);
    else index.set(edge.relation, [edge]);
  }
  return index;
});

/**
 * Reports every holder of a code that more than one agency in force holds (electronic codes, GSO
 * codes), each pointing at the others.
 */
export function reportDuplicateCodes(
  agencies: ElementRecord<Agency>[],
  field: 'electronicCode' | 'gsoCode',
  describe: { code: string; among: string; asOf: string },
  report: (problem: Problem) => void,
): void {
  const byCode = new Map<string, ElementRecord<Agency>[]>();
  for (const agency of agencies) {
    const code = agency.element[field];
    if (code !== undefined) byCode.set(code, [...(byCode.get(code) ?? []), agency]);
  }
  for (const [code, holders] of byCode) {
    if (holders.length < 2) continue;
    for (const agency of holders) {
      const others = holders.filter((other) => other !== agency);
      report({
        element: agency,
        path: [field],
        message: `Duplicate ${describe.code} \`${code}\` of \`${agency.id}\`, also held by ${listIds(others.map((o) => o.id))}, expected a code unique among ${describe.among} in force on ${describe.asOf}`,
        related: others.map((other) => ({ element: other, path: [field], message: `\`${other.id}\` holds the same code` })),
      });
    }
  }
}
