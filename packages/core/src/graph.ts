/**
 * Linking: the elements in force at the as-of date → one graphology graph of elements and typed
 * relations. Every relation has a named inverse (`ownedBy`/`owns`), so both directions read by
 * name. References that resolve nowhere, to the wrong kind, or to an element out of force at the
 * as-of date are kept aside for the rules that report them.
 */
import { MultiDirectedGraph } from 'graphology';
import { relationSpecs, type ElementKind, type RelationSpec } from '@kientruc/schema';
import { inForce, type Lifecycle } from './lifecycle.js';
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
  readonly graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  readonly dangling: DanglingReference[] = [];
  private readonly byKind = new Map<ElementKind, ElementRecord[]>();
  private readonly relationNames = inverseTable();

  constructor(
    readonly model: Model,
    readonly asOf: string,
  ) {
    for (const record of model.elements) {
      if (!inForce(record.element as Lifecycle, asOf)) continue;
      this.graph.addNode(record.id, { record });
      const list = this.byKind.get(record.kind) ?? [];
      list.push(record);
      this.byKind.set(record.kind, list);
    }
    // Unknown ids and wrong kinds are reported whatever the date: a typo is wrong at any date.
    for (const record of model.elements) {
      for (const reference of referencesOf(record)) this.link(record, reference, this.graph.hasNode(record.id));
    }
  }

  private link(from: ElementRecord, reference: ElementReference, fromInForce: boolean): void {
    const target = this.model.byId.get(reference.target);
    const spec: RelationSpec = reference.relation;
    if (!target) {
      this.dangling.push({ from, reference, problem: 'unknown' });
      return;
    }
    if (!spec.targets.includes('*') && !spec.targets.includes(target.kind)) {
      this.dangling.push({ from, reference, target, problem: 'wrong-kind' });
      return;
    }
    // A time-sliced reference (owner periods) only holds within its own period.
    if (!fromInForce || !inForce(reference, this.asOf)) return;
    if (!this.graph.hasNode(target.id)) {
      if (spec.lifecycle !== 'any') this.dangling.push({ from, reference, target, problem: 'out-of-force' });
      return;
    }
    const edge: RelationEdge = {
      relation: spec.name,
      inverse: spec.inverse,
      source: from.id,
      target: target.id,
      path: reference.path,
    };
    const key = `${from.id}|${reference.path.join('.')}|${target.id}`;
    if (!this.graph.hasEdge(key)) this.graph.addEdgeWithKey(key, from.id, target.id, edge);
  }

  /** The element with this id if it is in force at the as-of date. */
  get(id: string): ElementRecord | undefined {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'record') : undefined;
  }

  /** Elements of a kind in force, sorted by id. */
  ofKind(kind: ElementKind): ElementRecord[] {
    return this.byKind.get(kind) ?? [];
  }

  /** Every element in force, sorted by id. */
  elements(): ElementRecord[] {
    return this.model.elements.filter((record) => this.graph.hasNode(record.id));
  }

  /**
   * Elements related to `id` by a relation named either way: `related(x, 'ownedBy')` gives x's
   * owners, `related(x, 'owns')` what x owns. Sorted by id, without duplicates.
   */
  related(id: string, relation: string): ElementRecord[] {
    const inverse = this.isInverse(relation);
    const ids = new Set(this.edges(id, relation).map((edge) => (inverse ? edge.source : edge.target)));
    return [...ids].sort().map((other) => this.get(other)!);
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
    if (!this.graph.hasNode(id)) return [];
    if (relation === undefined) {
      return [...this.graph.outEdges(id), ...this.graph.inEdges(id)].map((key) => this.graph.getEdgeAttributes(key));
    }
    const entry = this.relationNames.get(relation);
    if (!entry) throw new Error(`unknown relation ${relation}`);
    const keys = entry.inverse ? this.graph.inEdges(id) : this.graph.outEdges(id);
    return keys.map((key) => this.graph.getEdgeAttributes(key)).filter((edge) => edge.relation === entry.forward);
  }

  /** Every relation edge, in a stable order. */
  allEdges(): RelationEdge[] {
    return this.graph.mapEdges((_key, attributes) => attributes);
  }

  /** Names of every relation and inverse the metamodel declares. */
  relationNamesKnown(): string[] {
    return [...this.relationNames.keys()].sort();
  }
}

export function linkModel(model: Model, asOf: string): ModelGraph {
  return new ModelGraph(model, asOf);
}
