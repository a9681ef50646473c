/**
 * Diagnostics: every problem the toolkit finds, in one shape, at a file position.
 * Rules and the loader report a *location* (file, document, property path); positions
 * (line, column) are resolved later, only for the diagnostics that exist, from the source text.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Where a diagnostic points before positions are resolved. */
export interface SourceLocation {
  /** Absolute path of the model file. */
  file: string;
  /** Index of the YAML document in the file (each document is one element). */
  doc?: number;
  /** Property path inside the document. */
  path?: (string | number)[];
  /** Point at the key of the last path segment rather than its value. */
  key?: boolean;
  /** An exact position, when the reporter already knows it (parse errors, comments). */
  line?: number;
  column?: number;
}

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface RelatedInformation {
  location: SourceLocation;
  message: string;
}

export interface Diagnostic {
  severity: Severity;
  /** The rule or check that produced it, e.g. `unresolved-reference`, `yaml-syntax`. */
  ruleId: string;
  message: string;
  location: SourceLocation;
  /** Filled by `resolvePositions`. */
  position?: Position;
  related?: (RelatedInformation & { position?: Position })[];
  /** How to fix it, when the reporter knows. */
  fix?: string;
  /** Id of the element the diagnostic is about, when there is one. */
  elementId?: string;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: file, line, column, then severity, rule and message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.location.file !== b.location.file) return a.location.file < b.location.file ? -1 : 1;
  const la = a.position?.line ?? 0;
  const lb = b.position?.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.position?.column ?? 0;
  const cb = b.position?.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.severity !== b.severity) return severityOrder[a.severity] - severityOrder[b.severity];
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/**
 * ` at \`a.b\`` for a schema error's place in its element or config. An unexpected property's path
 * ends with the property, which the message already names: its parent is the place.
 */
export function whereText(error: { path: (string | number)[]; keyword: string }): string {
  const path = error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties' ? error.path.slice(0, -1) : error.path;
  return path.length ? ` at \`${path.join('.')}\`` : '';
}
