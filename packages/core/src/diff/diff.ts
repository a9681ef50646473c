/**
 * Semantic diff of two evaluated models (each a ModelGraph as of its own date): elements added,
 * removed, changed (each changed field with its old and new value), moved between agencies
 * (by a merger or a transfer), and relations added or removed — grouped by agency. Compares what
 * the architecture *was* at each side, so a field that holds owner periods is compared by the
 * owner in force at each side's date.
 */
import type { ElementKind } from '@kientruc/schema';
import type { ModelGraph } from '../graph.js';
import type { ElementRecord } from '../model.js';
import { referencesOf } from '../references.js';
import { effectiveElement } from './effective.js';

export interface FieldChange {
  /** Dotted path of the field, e.g. `securityLevel.level`, `name.vi`. */
  path: string;
  old?: unknown;
  new?: unknown;
}

export interface ElementChange {
  id: string;
  kind: ElementKind;
  name: { vi: string; en?: string };
  change: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
  /** Set when the element's owner differs between the sides. */
  moved?: { from?: string; to?: string; reason: 'merger' | 'transfer' };
  /** Agencies the change belongs to (owners on either side, or the agency itself). */
  agencies: string[];
  /** For an added element: the removed elements it `replaces` (a rename or a successor system). */
  replaces?: string[];
  /** For an agency that ended: the agency it was merged into; for a new one: those it was formed from. */
  lineage?: { mergedInto?: string; formedFrom?: string[] };
}

export interface RelationChange {
  change: 'added' | 'removed';
  source: string;
  relation: string;
  target: string;
  agencies: string[];
}

export interface ModelDiff {
  from: { label: string; asOf: string };
  to: { label: string; asOf: string };
  elements: ElementChange[];
  relations: RelationChange[];
  /** Agency ids with at least one change, sorted; `''` collects national elements without owner. */
  agencies: string[];
  summary: { added: number; removed: number; changed: number; moved: number; relationsAdded: number; relationsRemoved: number };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Field-level differences, by dotted path; arrays compare as wholes (their order matters). */
export function diffFields(a: unknown, b: unknown, prefix = ''): FieldChange[] {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => diffFields(a[key], b[key], prefix ? `${prefix}.${key}` : key));
  }
  if (sameValue(a, b)) return [];
  return [{ path: prefix, ...(a === undefined ? {} : { old: a }), ...(b === undefined ? {} : { new: b }) }];
}

function ownerOf(graph: ModelGraph, record: ElementRecord): string | undefined {
  if (record.kind === 'agency') return record.id;
  if (record.kind === 'architecture') return graph.one(record.id, 'architectureOf')?.id;
  if (record.kind === 'integration') {
    const from = graph.one(record.id, 'integrationFrom');
    return from ? ownerOf(graph, from) : undefined;
  }
  return graph.one(record.id, 'ownedBy')?.id;
}

function agenciesOf(graph: ModelGraph, record: ElementRecord): string[] {
  const owners = new Set<string>();
  const own = ownerOf(graph, record);
  if (own) owners.add(own);
  if (record.kind === 'integration') {
    const to = graph.one(record.id, 'integrationTo');
    const toOwner = to ? ownerOf(graph, to) : undefined;
    if (toOwner) owners.add(toOwner);
  }
  return [...owners];
}

/** The agency an agency was merged into, following the lineage as far as it goes by `date`. */
function successor(graph: ModelGraph, agencyId: string): string | undefined {
  const record = graph.model.byId.get(agencyId);
  const lineage = (record?.element as { lineage?: { mergedInto?: { agency: string } } } | undefined)?.lineage;
  return lineage?.mergedInto?.agency;
}

export function diffGraphs(from: ModelGraph, to: ModelGraph, labels: { from: string; to: string }): ModelDiff {
  const before = new Map(from.elements().map((r) => [r.id, r]));
  const after = new Map(to.elements().map((r) => [r.id, r]));
  const elements: ElementChange[] = [];
  const name = (r: ElementRecord) => r.element.name as { vi: string; en?: string };

  for (const [id, record] of before) {
    if (!after.has(id)) {
      elements.push({ id, kind: record.kind, name: name(record), change: 'removed', fields: [], agencies: agenciesOf(from, record) });
    }
  }
  for (const [id, record] of after) {
    const old = before.get(id);
    if (!old) {
      elements.push({ id, kind: record.kind, name: name(record), change: 'added', fields: [], agencies: agenciesOf(to, record) });
      continue;
    }
    const fields = diffFields(effectiveElement(old, from.asOf), effectiveElement(record, to.asOf));
    if (fields.length === 0) continue;
    const oldOwner = ownerOf(from, old);
    const newOwner = ownerOf(to, record);
    const change: ElementChange = {
      id,
      kind: record.kind,
      name: name(record),
      change: 'changed',
      fields,
      agencies: [...new Set([...agenciesOf(from, old), ...agenciesOf(to, record)])],
    };
    if (record.kind !== 'agency' && oldOwner !== newOwner) {
      let reason: 'merger' | 'transfer' = 'transfer';
      // Follow the lineage of the old owner: a merger hands its systems to its successor.
      for (let agency = oldOwner, hops = 0; agency && hops < 5; hops++) {
        agency = successor(from, agency) ?? successor(to, agency);
        if (agency === newOwner) reason = 'merger';
      }
      change.moved = { ...(oldOwner ? { from: oldOwner } : {}), ...(newOwner ? { to: newOwner } : {}), reason };
    }
    elements.push(change);
  }
  // An added system that `replaces` a removed one reads as a rename or a succession, not as two
  // unrelated changes.
  const removed = new Set(elements.filter((e) => e.change === 'removed').map((e) => e.id));
  for (const change of elements) {
    if (change.change !== 'added') continue;
    const replaced = referencesOf(after.get(change.id)!)
      .filter((r) => r.relation.name === 'replaces' && removed.has(r.target))
      .map((r) => r.target);
    if (replaced.length) change.replaces = [...new Set(replaced)].sort();
  }
  for (const change of elements) {
    if (change.kind !== 'agency' || change.change === 'changed') continue;
    const record = (change.change === 'added' ? after : before).get(change.id)!;
    const lineage = (record.element as { lineage?: { mergedInto?: { agency: string }; mergedFrom?: { agency: string }[] } }).lineage;
    if (change.change === 'removed' && lineage?.mergedInto) change.lineage = { mergedInto: lineage.mergedInto.agency };
    if (change.change === 'added' && lineage?.mergedFrom) change.lineage = { formedFrom: lineage.mergedFrom.map((l) => l.agency).sort() };
  }
  elements.sort(byId);

  const edgeKey = (e: { source: string; relation: string; target: string }) => `${e.source}\u0000${e.relation}\u0000${e.target}`;
  const edgesBefore = new Map(from.allEdges().map((e) => [edgeKey(e), e]));
  const edgesAfter = new Map(to.allEdges().map((e) => [edgeKey(e), e]));
  const relations: RelationChange[] = [];
  const relationAgencies = (graph: ModelGraph, id: string) => {
    const record = graph.get(id);
    return record ? agenciesOf(graph, record) : [];
  };
  // A relation is derived from a field of its source: when that field's change, or the source's
  // arrival or departure, is already listed, the relation change says nothing new.
  const changeOf = new Map(elements.map((e) => [e.id, e]));
  const explained = (edge: { source: string; path: (string | number)[] }) => {
    const change = changeOf.get(edge.source);
    if (!change) return false;
    if (change.change !== 'changed') return true;
    const path = edge.path.join('.');
    return change.fields.some((f) => path === f.path || path.startsWith(`${f.path}.`));
  };
  for (const [key, e] of edgesBefore) {
    if (explained(e)) continue;
    if (!edgesAfter.has(key)) relations.push({ change: 'removed', source: e.source, relation: e.relation, target: e.target, agencies: relationAgencies(from, e.source) });
  }
  for (const [key, e] of edgesAfter) {
    if (explained(e)) continue;
    if (!edgesBefore.has(key)) relations.push({ change: 'added', source: e.source, relation: e.relation, target: e.target, agencies: relationAgencies(to, e.source) });
  }
  relations.sort((a, b) => {
    const ka = `${a.source}\u0000${a.relation}\u0000${a.target}\u0000${a.change}`;
    const kb = `${b.source}\u0000${b.relation}\u0000${b.target}\u0000${b.change}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });

  const agencies = new Set<string>();
  for (const change of [...elements, ...relations]) {
    if (change.agencies.length === 0) agencies.add('');
    for (const agency of change.agencies) agencies.add(agency);
  }
  return {
    from: { label: labels.from, asOf: from.asOf },
    to: { label: labels.to, asOf: to.asOf },
    elements,
    relations,
    agencies: [...agencies].sort(),
    summary: {
      added: elements.filter((e) => e.change === 'added').length,
      removed: elements.filter((e) => e.change === 'removed').length,
      changed: elements.filter((e) => e.change === 'changed').length,
      moved: elements.filter((e) => e.moved).length,
      relationsAdded: relations.filter((r) => r.change === 'added').length,
      relationsRemoved: relations.filter((r) => r.change === 'removed').length,
    },
  };
}
