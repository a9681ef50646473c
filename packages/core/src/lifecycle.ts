/**
 * Evaluation as of a date. `since` and `until` are the first and the last day an element is in
 * force, both inclusive: an agency merged on 1/7/2025 has `until: 2025-06-30`, its successor
 * `since: 2025-07-01`. ISO dates compare correctly as strings.
 */

export interface Lifecycle {
  since?: string;
  until?: string;
}

export function inForce(lifecycle: Lifecycle, asOf: string): boolean {
  return (lifecycle.since === undefined || lifecycle.since <= asOf) && (lifecycle.until === undefined || asOf <= lifecycle.until);
}

/** The day after a date, for lineage checks ("successor starts the day after"). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Today in Vietnam (UTC+7), the default as-of date. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

export function isValidDate(date: string): boolean {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

export function describeLifecycle(lifecycle: Lifecycle): string {
  if (lifecycle.since && lifecycle.until) return `in force from ${lifecycle.since} to ${lifecycle.until}`;
  if (lifecycle.since) return `in force from ${lifecycle.since}`;
  if (lifecycle.until) return `in force until ${lifecycle.until}`;
  return 'always in force';
}
