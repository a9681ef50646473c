/**
 * Linking: the elements in force at the as-of date → one graphology graph of elements and typed
 * relations. Every relation has a named inverse (`ownedBy`/`owns`), so both directions read by
 * name. References that resolve nowhere, to the wrong kind, or to an element out of force at the
 * as-of date are kept aside for the rules that report them.
 */
import { MultiDirectedGraph } from 'graphology';
import { relationSpecs, type ElementKind, type RelationSpec } from '@kientruc/schema';
import { inForce, type Lifecycle } from './lifecycle.js';
import { mergeSorted } from './merge-sorted.js';
import type { ElementRecord, Model } from './model.js';
import { referencesOf, type ElementReference } from './references.js';

export interface RelationEdge {
  relation: string;
  inverse: string;
  source: string;
  target: string;
  path: (string | number)[];
}

export interface DanglingReference {
  from: ElementRecord;
  reference: ElementReference;
  /** The element the id names, when it exists but cannot be linked (wrong kind, out of force). */
  target?: ElementRecord;
  problem: 'unknown' | 'wrong-kind' | 'out-of-force';
}

type NodeAttributes = { record: ElementRecord };
type EdgeAttributes = RelationEdge;

/** Inverse names of every relation, both ways: `ownedBy` → `owns`, `owns` → `ownedBy`. */
function inverseTable(): Map<string, { forward: string; inverse: boolean }> {
  const table = new Map<string, { forward: string; inverse: boolean }>();
  for (const sites of relationSpecs().values()) {
    for (const { relation } of sites) {
      table.set(relation.name, { forward: relation.name, inverse: false });
      table.set(relation.inverse, { forward: relation.name, inverse: true });
    }
  }
  return table;
}

export class ModelGraph {
  readonly dangling: DanglingReference[] = [];
  /**
   * The graph this one's edge indexes were patched from, and the sources whose edges changed
   * since (elements of changed files, or whose targets changed, and elements gone), so that
   * indexes derived from the edges can be patched too (see the rules' domain index). A graph
   * forgets its own previous graph when the next is patched from it: at most two stay reachable.
   */
  patchedFrom: ModelGraph | undefined;
  changedSources: ReadonlySet<string> = new Set();
  private readonly byKind = new Map<ElementKind, ElementRecord[]>();
  private readonly relationNames = inverseTable();
  /**
   * The linker's own indexes: the queries below (`get`, `related`, `edges`…) read these, which
   * cost a fraction of building the graphology graph (a third of the whole check on the national
   * model). That graph is built from them on first use of `graph`, with the same nodes and edges
   * in the same order.
   */
  private readonly nodes = new Map<string, ElementRecord>();
  private readonly edgeList: RelationEdge[] = [];
  /**
   * Edges by source and by target: by source in the order the references are written, by target
   * in the order of the sources (by id), then of the references. Both maps and their lists are
   * shared with the next graph when it is patched from this one (see `patchEdges`): never changed
   * once built.
   */
  private outgoing = new Map<string, RelationEdge[]>();
  private incoming = new Map<string, RelationEdge[]>();
  /** The same in graphology's order (what `edges` returns), computed for a node when first asked. */
  private readonly ordered = new Map<string, { out: RelationEdge[]; in: RelationEdge[] }>();
  private graphology: MultiDirectedGraph<NodeAttributes, EdgeAttributes> | undefined;
  /** `related` answers: rules and pages ask the same question many times, and the graph never changes. */
  private readonly relatedCache = new Map<string, readonly ElementRecord[]>();
  /** `elements()`, built on first use. */
  private elementList: readonly ElementRecord[] | undefined;

  /**
   * `previous`: a graph of an earlier version of the model as of the same date (a re-check). Its
   * edge indexes are patched where elements changed instead of being built again; the graph is
   * the same either way.
   */
  constructor(
    readonly model: Model,
    readonly asOf: string,
    previous?: ModelGraph,
  ) {
    for (const record of model.elements) {
      (record as Stamped)[IN_MODEL] = model;
      if (!inForce(record.element as Lifecycle, asOf)) continue;
      this.nodes.set(record.id, record);
      const list = this.byKind.get(record.kind) ?? [];
      list.push(record);
      this.byKind.set(record.kind, list);
    }
    const linked = model.elements.map((record) => this.linkElement(record));
    // Whether `previous` used each element's links, before they are marked as this graph's.
    const unchanged = linked.map((element) => previous !== undefined && element.graph === previous);
    for (const element of linked) {
      for (const reference of element.dangling) this.dangling.push(reference);
      for (const edge of element.edges) this.edgeList.push(edge);
      element.graph = this;
    }
    const patched = previous !== undefined && previous.asOf === asOf && this.patchEdges(previous, linked, unchanged);
    this.patchedFrom = patched ? previous : undefined;
    if (previous) previous.patchedFrom = undefined;
    if (!patched) this.indexEdges(linked);
  }

  /** The edges by source and by target, from every element's links. */
  private indexEdges(linked: LinkedElement[]): void {
    this.model.elements.forEach((record, i) => {
      const { edges } = linked[i]!;
      if (edges.length === 0) return;
      this.outgoing.set(record.id, edges);
      for (const edge of edges) {
        const incoming = this.incoming.get(edge.target);
        if (incoming) incoming.push(edge);
        else this.incoming.set(edge.target, [edge]);
      }
    });
  }

  /**
   * The edges by source and by target, from `previous`'s: only the lists of the sources whose
   * edges changed (elements of changed files, or whose targets did) and of their targets are
   * built again. Returns false, doing nothing, when too much changed for a patch to pay.
   */
  private patchEdges(previous: ModelGraph, linked: LinkedElement[], unchanged: boolean[]): boolean {
    const elements = this.model.elements;
    /** Sources whose edges changed, with their edges before and now (now in model order). */
    const changed = new Map<string, { before: RelationEdge[]; now: RelationEdge[] }>();
    /** Sources of `previous` found here: when fewer than all, some are gone. */
    let found = 0;
    elements.forEach((record, i) => {
      const now = linked[i]!.edges;
      if (unchanged[i]) {
        if (now.length > 0) found++;
        return;
      }
      const before = previous.outgoing.get(record.id);
      if (before) found++;
      if (now.length > 0 || before) changed.set(record.id, { before: before ?? [], now });
    });
    // Sources gone since (deleted, or out of force): their edges go too.
    if (found < previous.outgoing.size) for (const [id, before] of previous.outgoing) if (!this.nodes.has(id)) changed.set(id, { before, now: [] });
    if (changed.size > elements.length / PATCH_SHARE) return false;
    this.changedSources = new Set(changed.keys());

    this.outgoing = new Map(previous.outgoing);
    this.incoming = new Map(previous.incoming);
    const added = new Map<string, RelationEdge[]>();
    const targets = new Set<string>();
    for (const [id, { before, now }] of changed) {
      if (now.length === 0) this.outgoing.delete(id);
      else this.outgoing.set(id, now);
      for (const edge of before) targets.add(edge.target);
      for (const edge of now) {
        targets.add(edge.target);
        const list = added.get(edge.target);
        if (list) list.push(edge);
        else added.set(edge.target, [edge]);
      }
    }
    for (const target of targets) {
      const kept = (previous.incoming.get(target) ?? []).filter((edge) => !changed.has(edge.source));
      // `changed` lists the sources in model order (those gone add nothing), so `added` is in source order.
      const merged = mergeSorted(kept, added.get(target) ?? [], (edge) => edge.source);
      if (merged.length === 0) this.incoming.delete(target);
      else this.incoming.set(target, merged);
    }
    return true;
  }

  /**
   * The edges and dangling references of one element. Elements of unchanged files are the same
   * objects from one check to the next, so what an earlier graph found for an element still holds
   * when every reference names the same element as then: a re-check links only what changed.
   */
  private linkElement(record: ElementRecord): LinkedElement {
    const cached = (record as Stamped)[LINKED];
    // The references are a function of the element alone: kept with its links, found in one look-up.
    const references = cached?.references ?? referencesOf(record);
    if (cached && cached.asOf === this.asOf && sameTargets(references, cached.targets, this.model)) return cached;
    const targets = references.map((reference) => this.model.byId.get(reference.target));
    const linked: LinkedElement = { asOf: this.asOf, references, targets, edges: [], dangling: [] };
    // Unknown ids and wrong kinds are reported whatever the date: a typo is wrong at any date.
    const fromInForce = this.nodes.has(record.id);
    references.forEach((reference, i) => {
      const target = targets[i];
      const spec: RelationSpec = reference.relation;
      if (!target) linked.dangling.push({ from: record, reference, problem: 'unknown' });
      else if (!spec.targets.includes('*') && !spec.targets.includes(target.kind)) linked.dangling.push({ from: record, reference, target, problem: 'wrong-kind' });
      // A time-sliced reference (owner periods) only holds within its own period.
      else if (!fromInForce || !inForce(reference, this.asOf)) return;
      else if (!this.nodes.has(target.id)) {
        if (spec.lifecycle !== 'any') linked.dangling.push({ from: record, reference, target, problem: 'out-of-force' });
      } else {
        // One element refers once per path (ids are unique, so are paths in an element): no duplicates.
        linked.edges.push({ relation: spec.name, inverse: spec.inverse, source: record.id, target: target.id, path: reference.path });
      }
    });
    (record as Stamped)[LINKED] = linked;
    return linked;
  }

  /** The model as one graphology graph (for graph algorithms and generators), built on first use. */
  get graph(): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
    if (!this.graphology) {
      const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
      for (const record of this.nodes.values()) graph.addNode(record.id, { record });
      for (const edge of this.edgeList) {
        const key = `${edge.source}|${edge.path.join('.')}|${edge.target}`;
        // A copy: graphology keeps attribute objects as given, and edges are shared between the
        // graphs of successive checks (see linkElement), so a change made here stays here.
        if (!graph.hasEdge(key)) graph.addEdgeWithKey(key, edge.source, edge.target, { ...edge });
      }
      this.graphology = graph;
    }
    return this.graphology;
  }

  /** The element with this id if it is in force at the as-of date. */
  get(id: string): ElementRecord | undefined {
    return this.nodes.get(id);
  }

  /** Elements of a kind in force, sorted by id. */
  ofKind(kind: ElementKind): ElementRecord[] {
    return this.byKind.get(kind) ?? [];
  }

  /** Every element in force, sorted by id. */
  elements(): readonly ElementRecord[] {
    // Kept: rules and pages ask for every element many times, and the graph never changes.
    this.elementList ??= Object.freeze([...this.nodes.values()]);
    return this.elementList;
  }

  /**
   * Elements related to `id` by a relation named either way: `related(x, 'ownedBy')` gives x's
   * owners, `related(x, 'owns')` what x owns. Sorted by id, without duplicates.
   */
  related(id: string, relation: string): readonly ElementRecord[] {
    const key = `${id}\u0000${relation}`;
    let list = this.relatedCache.get(key);
    if (!list) {
      const inverse = this.isInverse(relation);
      const ids = new Set(this.edges(id, relation).map((edge) => (inverse ? edge.source : edge.target)));
      list = ids.size === 0 ? NONE : [...ids].sort().map((other) => this.get(other)!);
      this.relatedCache.set(key, list);
    }
    return list;
  }

  /** The first related element, for single-valued relations like `ownedBy`. */
  one(id: string, relation: string): ElementRecord | undefined {
    return this.related(id, relation)[0];
  }

  private isInverse(relation: string): boolean {
    return this.relationNames.get(relation)?.inverse ?? false;
  }

  /** Edges of `id` for a relation named either way (outgoing for the forward name). */
  edges(id: string, relation?: string): RelationEdge[] {
    if (!this.nodes.has(id)) return [];
    let adjacency = this.ordered.get(id);
    if (!adjacency) {
      adjacency = { out: inGraphologyOrder(this.outgoing.get(id), 'target'), in: inGraphologyOrder(this.incoming.get(id), 'source') };
      this.ordered.set(id, adjacency);
    }
    if (relation === undefined) return [...adjacency.out, ...adjacency.in];
    const entry = this.relationNames.get(relation);
    if (!entry) throw new Error(`unknown relation ${relation}`);
    return (entry.inverse ? adjacency.in : adjacency.out).filter((edge) => edge.relation === entry.forward);
  }

  /** Every relation edge, in a stable order. */
  allEdges(): RelationEdge[] {
    return [...this.edgeList];
  }

  /** Names of every relation and inverse the metamodel declares. */
  relationNamesKnown(): string[] {
    return [...this.relationNames.keys()].sort();
  }
}

/** What linking found for one element as of a date (see `linkElement`). */
interface LinkedElement {
  asOf: string;
  references: ElementReference[];
  /** The element each reference named (undefined for an unknown id), in reference order. */
  targets: (ElementRecord | undefined)[];
  edges: RelationEdge[];
  dangling: DanglingReference[];
  /** The graph that used these links last: a graph patched from it knows them unchanged. */
  graph?: ModelGraph;
}

const NONE: readonly ElementRecord[] = Object.freeze([]);

/**
 * The model an element record was last seen in, stamped on the record as linking starts: records
 * of unchanged files are shared between successive models, so "is this record still the one its
 * id names" is a property read instead of a look-up in a map of every id (a third of a re-check's
 * linking on a national model). A symbol key: no enumeration, JSON or structured clone sees it.
 */
const IN_MODEL = Symbol('kientruc.inModel');
/**
 * What linking last found for an element (see `linkElement`), kept on its record the same way:
 * a property of every record costs less to write and read than a `WeakMap` entry for each.
 */
const LINKED = Symbol('kientruc.linked');
type Stamped = ElementRecord & { [IN_MODEL]?: Model; [LINKED]?: LinkedElement };

/** Whether every reference still names the element it named when `targets` were found. */
function sameTargets(references: ElementReference[], targets: (ElementRecord | undefined)[], model: Model): boolean {
  for (let i = 0; i < references.length; i++) {
    const target = targets[i] as Stamped | undefined;
    // A record of this model is the one its id names here (ids are unique among its elements);
    // an id that named nothing must still name nothing.
    if (target ? target[IN_MODEL] !== model : model.byId.has(references[i]!.target)) return false;
  }
  return true;
}

/** Whether a key is an array index, which JavaScript objects (graphology's adjacency) list first. */
function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

/**
 * A node's edges the way graphology lists them, which views and rules were written against:
 * grouped by the node at the other end (in order of first appearance, ids that look like array
 * indexes first, as in a JavaScript object), newest first within a group.
 */
function inGraphologyOrder(edges: RelationEdge[] | undefined, end: 'source' | 'target'): RelationEdge[] {
  if (!edges) return [];
  if (edges.length === 1 && !isArrayIndex(edges[0]![end])) return edges;
  const groups = new Map<string, RelationEdge[]>();
  for (const edge of edges) {
    const group = groups.get(edge[end]);
    if (group) group.unshift(edge);
    else groups.set(edge[end], [edge]);
  }
  const indexLike = [...groups.keys()].filter(isArrayIndex);
  if (groups.size === edges.length && indexLike.length === 0) return edges;
  const order = [...indexLike.sort((a, b) => Number(a) - Number(b)), ...[...groups.keys()].filter((key) => !isArrayIndex(key))];
  return order.flatMap((key) => groups.get(key)!);
}

/** Above one changed source in this many elements, a graph is built afresh instead of patched. */
const PATCH_SHARE = 8;

/**
 * Links a model as of a date. `previous`: a graph of an earlier version of the same model as of
 * the same date, which the new graph is patched from (see ModelGraph).
 */
export function linkModel(model: Model, asOf: string, previous?: ModelGraph): ModelGraph {
  return new ModelGraph(model, asOf, previous);
}
