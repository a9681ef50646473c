/**
 * What changed in an edition since the previous one, as the pages read it: the semantic diff of
 * the two evaluated models (core's `diffGraphs`, the same as `kientruc diff`) and the diagrams of
 * the change (core's `changeView`). Computed once per edition and shared by the "what changed"
 * page, the home page's summary and the agency pages.
 */
import { changesOfAgency, changeView, DEFAULT_MAX_NODES, diffGraphs, type ComputedView, type ModelDiff } from '@kientruc/core';
import type { EditionModel } from './editions.js';
import type { SiteEdition } from './site-model.js';

/** Id of the diagram of the whole change. */
export const CHANGE_VIEW = 'change';
/** Ids of the diagrams of one agency's changes (when the whole change is too large to draw). */
const AGENCY_CHANGE_PREFIX = 'change--';
/** The national elements without owner (agency `''` in a diff). */
const NATIONAL_CHANGE_VIEW = 'change-national';

/** The most changed elements one diagram shows, and the most boxes with their neighbours. */
const MAX_CHANGED = 40;
const MAX_BOXES = 80;

export interface EditionChangeSet {
  previous: EditionModel;
  diff: ModelDiff;
  /** The diagram of the whole change, when it is small enough to read. */
  whole?: ComputedView;
  /** Otherwise one diagram per agency with changes of its systems, databases…, by agency id. */
  byAgency: Map<string, ComputedView>;
  /** Agencies whose own change is still too large to draw. */
  tooLarge: Set<string>;
}

export function isChangeView(viewId: string): boolean {
  return viewId === CHANGE_VIEW || viewId === NATIONAL_CHANGE_VIEW || viewId.startsWith(AGENCY_CHANGE_PREFIX);
}

export function agencyChangeViewId(agency: string): string {
  return agency === '' ? NATIONAL_CHANGE_VIEW : `${AGENCY_CHANGE_PREFIX}${agency}`;
}

const computed = new WeakMap<SiteEdition, EditionChangeSet | null>();

/** The changes of an edition since the previous one; undefined for the first edition. */
export function editionChangeSet(site: SiteEdition, maxNodes = DEFAULT_MAX_NODES): EditionChangeSet | undefined {
  const known = computed.get(site);
  if (known !== undefined) return known ?? undefined;
  const previous = site.previous;
  if (!previous) {
    computed.set(site, null);
    return undefined;
  }
  const diff = diffGraphs(previous.graph, site.graph, { from: String(previous.year), to: String(site.year) });
  const options = { maxChanged: Math.min(MAX_CHANGED, maxNodes), maxNodes: Math.min(MAX_BOXES, maxNodes) };
  const draw = (part: ModelDiff, id: string): ComputedView | undefined => {
    const view = changeView(part, previous.graph, site.graph, options);
    return view && { ...view, id };
  };
  const drawn = (e: ModelDiff['elements'][number]) => e.kind !== 'agency' && e.kind !== 'view';
  const set: EditionChangeSet = { previous, diff, byAgency: new Map(), tooLarge: new Set() };
  const whole = draw(diff, CHANGE_VIEW);
  if (whole) set.whole = whole;
  else if (diff.elements.some(drawn)) {
    // Too large for one diagram: one per agency whose systems, databases… changed (an agency
    // that only appeared or ended is told by its lineage, not by a diagram of one box).
    for (const agency of diff.agencies) {
      const { elements, relations } = changesOfAgency(diff, agency);
      if (!elements.some(drawn)) continue;
      const part: ModelDiff = { ...diff, elements, relations };
      const view = draw(part, agencyChangeViewId(agency));
      if (view) set.byAgency.set(agency, view);
      else set.tooLarge.add(agency);
    }
  }
  computed.set(site, set);
  return set;
}

/** The change diagrams an edition draws (on its "what changed" page). */
export function changeViews(site: SiteEdition, maxNodes?: number): ComputedView[] {
  const set = editionChangeSet(site, maxNodes);
  if (!set) return [];
  return set.whole ? [set.whole] : [...set.byAgency.values()];
}
