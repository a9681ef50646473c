/**
 * The shape every computed view shares: boxes (nodes), their compound groups (layers, agencies,
 * kinds) and the relations drawn between boxes. A view is data only: layout, SVG and Mermaid
 * are computed from it by the generators.
 */
import type { Diagnostic } from '../diagnostics.js';

export type ViewType = 'overall' | 'integration' | 'landscape' | 'context' | 'custom';

export interface ViewText {
  vi: string;
  en?: string;
}

export type GroupRole = 'layer' | 'agency' | 'kind' | 'aside';

export interface ViewGroup {
  id: string;
  label: ViewText;
  parent?: string;
  role: GroupRole;
}

export interface ViewNode {
  /** Unique in the view: the element id, or an id with `--` for boxes no element stands behind. */
  id: string;
  /** Element kind, or `user` / `channel` for the users and access channels of the overall diagram. */
  kind: string;
  category?: string;
  label: ViewText;
  group?: string;
  /** The model element the box stands for; absent for aggregated boxes. */
  elementId?: string;
  /** For an aggregated box: how many elements (or agencies) it stands for. */
  count?: number;
  /** In a diagram of a change (diff, pull request): how the element changed. */
  change?: 'added' | 'removed' | 'changed';
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  /** Relation name (`uses`, `hostedOn`…), or `integration` for a data flow, `access` for users and channels. */
  relation: string;
  label?: ViewText;
  /** A two-way data flow. */
  bidirectional?: boolean;
}

export interface ComputedView {
  /** Stable, URL-safe: `overall--ha-nam`, `integration--ha-nam`, `landscape`, `context--<id>`, `custom--<id>`. */
  id: string;
  viewType: ViewType;
  title: ViewText;
  /** The element the view is about (agency, system, database, view element). */
  subject?: string;
  /** The date the model was evaluated at. */
  asOf: string;
  groups: ViewGroup[];
  nodes: ViewNode[];
  edges: ViewEdge[];
}

export interface ComputeViewsOptions {
  /** Most boxes a view may have (default 150, config `views.maxNodes`); a custom view may set its own. */
  maxNodes?: number;
}

export interface ComputeViewsResult {
  /** Sorted by id. */
  views: ComputedView[];
  /** One `view-too-large` diagnostic per refused view. */
  diagnostics: Diagnostic[];
}

export const DEFAULT_MAX_NODES = 150;
