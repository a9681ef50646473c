/**
 * The page map: every file the build will write, known before anything is rendered or written.
 * Two outputs on one path (compared without case, as on the file systems of Windows and macOS)
 * is an error that names both, raised before the first byte is written.
 */
import type { Lang } from './text.js';

export interface PlannedOutput {
  /** Path from the site root, `/`-separated: `2025/en/he-thong/vneid.html`. */
  path: string;
  /** What produced it, for error messages: `information-system vneid (2025, en)`. */
  source: string;
}

export interface PageSpec extends PlannedOutput {
  kind: 'page';
  edition: number;
  lang: Lang;
  /** Path from the language root, the same in both languages and every edition: `he-thong/vneid.html`. */
  key: string;
  /** Template in `templates/pages/`, without extension. */
  template: string;
  /** The views the page draws (their diagrams must be drawn before it is rendered). */
  views: string[];
  /** Builds the data the template reads; called only when the page is rendered. */
  data(): PageData;
}

export interface FileSpec extends PlannedOutput {
  kind: 'file';
  content(): string | Uint8Array;
}

export type OutputSpec = PageSpec | FileSpec;

export interface PageData {
  title: string;
  /** One line under the title and in `<meta name="description">`. */
  description?: string;
  [key: string]: unknown;
}

export class DuplicateOutputPathError extends Error {
  override readonly name = 'DuplicateOutputPathError';
  constructor(readonly duplicates: { path: string; sources: string[] }[]) {
    super(
      `Two outputs would write the same path / hai trang ghi cùng một đường dẫn:\n${duplicates
        .map((d) => `  ${d.path}: ${d.sources.join(' and ')}`)
        .join('\n')}`,
    );
  }
}

export class InvalidOutputPathError extends Error {
  override readonly name = 'InvalidOutputPathError';
}

const SAFE_SEGMENT = /^[a-z0-9][a-z0-9._-]*$/i;

/** Throws if two outputs share a path or a path could leave the output folder. */
export function checkOutputPaths(outputs: readonly PlannedOutput[]): void {
  const seen = new Map<string, PlannedOutput[]>();
  for (const output of outputs) {
    const segments = output.path.split('/');
    if (segments.some((segment) => !SAFE_SEGMENT.test(segment) || segment === '..')) {
      throw new InvalidOutputPathError(`Unsafe output path \`${output.path}\` from ${output.source}`);
    }
    const key = output.path.toLowerCase();
    const list = seen.get(key) ?? [];
    list.push(output);
    seen.set(key, list);
  }
  const duplicates = [...seen.values()]
    .filter((list) => list.length > 1)
    .map((list) => ({ path: list[0]!.path, sources: list.map((output) => output.source) }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  if (duplicates.length) throw new DuplicateOutputPathError(duplicates);
}

/** Sorted by path, so the build does the same thing in the same order everywhere. */
export function sortOutputs<T extends PlannedOutput>(outputs: T[]): T[] {
  return outputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The relative link from one output to another (both paths from the site root). Every link on
 * every page goes through here, so it walks the two strings once instead of splitting them.
 */
export function relativeHref(from: string, to: string): string {
  const hash = to.indexOf('#');
  const toPath = hash === -1 ? to : to.slice(0, hash);
  // The folders both paths start with: up to the last `/` they share.
  let common = 0;
  const shared = Math.min(from.length, toPath.length);
  for (let i = 0; i < shared && from.charCodeAt(i) === toPath.charCodeAt(i); i++) if (from.charCodeAt(i) === 47) common = i + 1;
  let up = '';
  for (let i = from.indexOf('/', common); i !== -1; i = from.indexOf('/', i + 1)) up += '../';
  return `${up}${toPath.slice(common)}${hash === -1 || hash === to.length - 1 ? '' : to.slice(hash)}`;
}
