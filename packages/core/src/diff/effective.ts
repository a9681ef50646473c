/**
 * An element as it stands on a date: every time-sliced reference (owner periods) is replaced by
 * the id in force on that date, so two dates compare by what was true, not by how it is written.
 */
import { inForce } from '../lifecycle.js';
import type { ElementRecord } from '../model.js';
import { referencesOf } from '../references.js';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function effectiveElement(record: ElementRecord, asOf: string): Record<string, unknown> {
  const element = clone(record.element) as unknown as Record<string, unknown>;
  const periodic = new Map<string, string | undefined>();
  for (const reference of referencesOf(record)) {
    if (reference.since === undefined && reference.until === undefined) continue;
    // Periods live at <field>[i].<key>; the field is the path without the last two segments.
    const field = reference.path.slice(0, -2).join('.');
    if (!periodic.has(field)) periodic.set(field, undefined);
    if (inForce(reference, asOf)) periodic.set(field, reference.target);
  }
  for (const [field, value] of periodic) {
    const path = field.split('.');
    let parent: Record<string, unknown> = element;
    for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string, unknown>;
    const last = path[path.length - 1]!;
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  }
  return element;
}
