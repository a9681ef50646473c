/**
 * "What is new in this edition": the elements that came into force, left it, or changed owner
 * since the previous edition. Compares two evaluated models by id, so it reads the same whether
 * an edition comes from the live model or from a frozen snapshot.
 */
import type { ElementRecord, ModelGraph } from '@kientruc/core';

/** The kinds a reader of the national architecture follows from year to year. */
export const TRACKED_KINDS = ['agency', 'architecture', 'information-system', 'database', 'integration', 'infrastructure', 'public-service'] as const;

export interface EditionChanges {
  added: ElementRecord[];
  removed: ElementRecord[];
  /** Elements in both editions whose owner changed (the 2025 mergers hand systems over). */
  transferred: { record: ElementRecord; from: ElementRecord[]; to: ElementRecord[] }[];
}

export function editionChanges(current: ModelGraph, previous: ModelGraph): EditionChanges {
  const tracked = new Set<string>(TRACKED_KINDS);
  const added = current.elements().filter((record) => tracked.has(record.kind) && !previous.get(record.id));
  const removed = previous.elements().filter((record) => tracked.has(record.kind) && !current.get(record.id));
  const transferred: EditionChanges['transferred'] = [];
  for (const record of current.elements()) {
    if (!tracked.has(record.kind) || !previous.get(record.id)) continue;
    const to = current.related(record.id, 'ownedBy');
    const from = previous.related(record.id, 'ownedBy');
    if (to.map((r) => r.id).join() !== from.map((r) => r.id).join()) transferred.push({ record, from, to });
  }
  return { added, removed, transferred };
}
