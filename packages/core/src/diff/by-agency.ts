/**
 * The changes of a diff that concern one agency: what the agency owned or was on either side,
 * including integrations with one end in it. `''` selects the national elements without owner.
 */
import type { ElementChange, ModelDiff, RelationChange } from './diff.js';

export interface AgencyChanges {
  elements: ElementChange[];
  relations: RelationChange[];
}

export function changesOfAgency(diff: ModelDiff, agency: string): AgencyChanges {
  const belongs = (agencies: string[]) => (agency === '' ? agencies.length === 0 : agencies.includes(agency));
  return {
    elements: diff.elements.filter((e) => belongs(e.agencies)),
    relations: diff.relations.filter((r) => belongs(r.agencies)),
  };
}
