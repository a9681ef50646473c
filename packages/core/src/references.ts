/**
 * Finds the references an element holds, through the reference sites that the schemas declare
 * (`x-relation`). A reference can be a plain id, a list of ids, or periods `{agency, since, until}`.
 */
import { relationSpecs, type RelationSpec } from '@kientruc/schema';
import type { ElementRecord } from './model.js';

export interface ElementReference {
  target: string;
  relation: RelationSpec;
  /** Concrete path to the id inside the element. */
  path: (string | number)[];
  /** The period in which the reference holds, for time-sliced assignments. */
  since?: string;
  until?: string;
}

function visit(value: unknown, sitePath: string[], at: number, path: (string | number)[], relation: RelationSpec, out: ElementReference[]): void {
  if (at < sitePath.length) {
    // Most sites are absent from most elements: look before allocating the longer path.
    const segment = sitePath[at]!;
    if (segment === '*') {
      if (!Array.isArray(value)) return;
      for (let i = 0; i < value.length; i++) if (value[i] !== undefined && value[i] !== null) visit(value[i], sitePath, at + 1, [...path, i], relation, out);
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const child = (value as Record<string, unknown>)[segment];
      if (child !== undefined && child !== null) visit(child, sitePath, at + 1, [...path, segment], relation, out);
    }
    return;
  }
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) addReference(value[i], [...path, i], relation, out);
  else addReference(value, path, relation, out);
}

/** A reference is an id, or a period `{agency, since, until}` (the key is the site's `key`). */
function addReference(item: unknown, path: (string | number)[], relation: RelationSpec, out: ElementReference[]): void {
  if (typeof item === 'string') {
    out.push({ target: item, relation, path });
    return;
  }
  const key = relation.key ?? 'agency';
  if (item && typeof item === 'object' && typeof (item as Record<string, unknown>)[key] === 'string') {
    const period = item as Record<string, unknown>;
    out.push({
      target: period[key] as string,
      relation,
      path: [...path, key],
      ...(typeof period.since === 'string' ? { since: period.since } : {}),
      ...(typeof period.until === 'string' ? { until: period.until } : {}),
    });
  }
}

/** The path a visit starts from: shared, never changed (longer paths are copies). */
const ROOT: (string | number)[] = Object.freeze([]) as unknown as (string | number)[];

export function referencesOf(record: ElementRecord): ElementReference[] {
  const out: ElementReference[] = [];
  // Most sites are absent from most elements: nothing is allocated for them.
  for (const site of relationSpecs().get(record.kind) ?? []) visit(record.element, site.path, 0, ROOT, site.relation, out);
  return out;
}
