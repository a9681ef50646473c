/**
 * Results kept in the disk cache (`node_modules/.cache/kientruc/`, see @kientruc/schema) between
 * processes, by the content hash of the file they were computed from: parse results and
 * validation results. A fresh process reads them for unchanged files instead of computing them
 * again. Entries are V8-serialised, so they come back exactly as computed (numbers like `.inf`
 * included), and a truncated entry does not deserialise. Each kind of entry lives in a folder named
 * after a hash of the code that computes it, so a changed parser or schema never reads an old result.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { diskCacheDir, readCacheEntry, writeCacheEntry } from '@kientruc/schema';

/** Entries kept per folder; beyond this, entries the last run did not use go. */
const MAX_ENTRIES = 4000;

/** A folder name for a kind of entry: a hash of the modules that compute it and of other inputs. */
export function entryFolder(kind: string, modules: URL[], ...inputs: string[]): string {
  const hash = createHash('sha256');
  for (const module of modules) hash.update(readFileSync(module));
  for (const input of inputs) hash.update(input);
  return `${kind}/${hash.digest('hex').slice(0, 16)}`;
}

export function readEntry<T>(folder: string, hash: string): T | undefined {
  const content = readCacheEntry(`${folder}/${hash}.v8`);
  if (!content) return undefined;
  try {
    return deserialize(content) as T;
  } catch {
    return undefined; // a truncated or foreign entry: compute again
  }
}

export function writeEntry(folder: string, hash: string, value: unknown): void {
  if (!diskCacheDir()) return;
  // Not atomic (one file operation less per entry): a truncated entry does not deserialise.
  writeCacheEntry(`${folder}/${hash}.v8`, serialize(value), { atomic: false });
}

/**
 * Keeps the cache bounded: the other folders of the same kind go (older code, other limits), and
 * when a folder holds too many entries, those the last run did not use (older versions of edited files).
 */
export function pruneEntries(folder: string, used: Set<string>): void {
  const dir = diskCacheDir();
  if (!dir) return;
  const [kind] = folder.split('/');
  try {
    for (const name of readdirSync(join(dir, kind!))) if (`${kind}/${name}` !== folder) rmSync(join(dir, kind!, name), { recursive: true, force: true });
    const entries = readdirSync(join(dir, folder));
    if (entries.length <= MAX_ENTRIES) return;
    for (const name of entries) if (!used.has(name.replace(/\.v8$/, ''))) rmSync(join(dir, folder, name), { force: true });
  } catch {
    // Another process pruned first, or the cache is not writable: nothing to do.
  }
}
