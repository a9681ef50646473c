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
  if (value === undefined || value === null) return;
  if (at < sitePath.length) {
    const segment = sitePath[at]!;
    if (segment === '*') {
      if (Array.isArray(value)) value.forEach((item, i) => visit(item, sitePath, at + 1, [...path, i], relation, out));
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      visit((value as Record<string, unknown>)[segment], sitePath, at + 1, [...path, segment], relation, out);
    }
    return;
  }
  const key = relation.key ?? 'agency';
  const one = (item: unknown, itemPath: (string | number)[]) => {
    if (typeof item === 'string') out.push({ target: item, relation, path: itemPath });
    else if (item && typeof item === 'object' && typeof (item as Record<string, unknown>)[key] === 'string') {
      const period = item as Record<string, unknown>;
      out.push({
        target: period[key] as string,
        relation,
        path: [...itemPath, key],
        ...(typeof period.since === 'string' ? { since: period.since } : {}),
        ...(typeof period.until === 'string' ? { until: period.until } : {}),
      });
    }
  };
  if (Array.isArray(value)) value.forEach((item, i) => one(item, [...path, i]));
  else one(value, path);
}

export function referencesOf(record: ElementRecord): ElementReference[] {
  const out: ElementReference[] = [];
  for (const site of relationSpecs().get(record.kind) ?? []) {
    visit(record.element, site.path, 0, [], site.relation, out);
  }
  return out;
}
