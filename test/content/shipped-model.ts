/**
 * The shipped national model, loaded once through the real pipeline (`loadModel` +
 * `evaluateAsOf`) and shared by the content tests.
 */
import { fileURLToPath } from 'node:url';
import { evaluateAsOf, loadModel, type ElementRecord, type LoadedModel, type ModelGraph } from '@kientruc/core';
import type { Agency } from '@kientruc/schema';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const modelDir = fileURLToPath(new URL('../../model/', import.meta.url));

let loaded: LoadedModel | undefined;
const graphs = new Map<string, ModelGraph>();

export function shippedModel(): LoadedModel {
  loaded ??= loadModel(modelDir);
  return loaded;
}

export function asOf(date: string): ModelGraph {
  let graph = graphs.get(date);
  if (!graph) {
    graph = evaluateAsOf(shippedModel(), date);
    graphs.set(date, graph);
  }
  return graph;
}

export function agencies(date: string, types: Agency['agencyType'][]): ElementRecord<Agency>[] {
  return (asOf(date).ofKind('agency') as ElementRecord<Agency>[]).filter((record) => types.includes(record.element.agencyType));
}

/** Ids of the agencies owning an element on a date (its owner period in force). */
export function ownersOn(date: string, id: string): string[] {
  return asOf(date).related(id, 'ownedBy').map((owner) => owner.id);
}

/** Ids of the elements an agency owns on a date: the components of its architecture. */
export function ownedBy(date: string, agencyId: string): string[] {
  return asOf(date).related(agencyId, 'owns').map((element) => element.id);
}
