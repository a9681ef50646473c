/**
 * The toolkit's cache on disk, `node_modules/.cache/kientruc/` at the repository root: results
 * that are pure functions of their inputs (compiled schemas, parsed model files), stored under a
 * hash of those inputs, so a fresh process starts from them. A missing, stale or unreadable entry
 * only costs recomputing it. `KIENTRUC_CACHE=off` turns the cache off; `KIENTRUC_CACHE_DIR`
 * moves it.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_DIR = fileURLToPath(new URL('../../../node_modules/.cache/kientruc/', import.meta.url));

/** The cache folder, or undefined when the cache is off. */
export function diskCacheDir(): string | undefined {
  if (process.env.KIENTRUC_CACHE === 'off') return undefined;
  return process.env.KIENTRUC_CACHE_DIR || DEFAULT_DIR;
}

/** An entry's bytes, or undefined when it is absent, unreadable or the cache is off. */
export function readCacheEntry(name: string): Buffer | undefined {
  const dir = diskCacheDir();
  if (!dir) return undefined;
  try {
    return readFileSync(join(dir, name));
  } catch {
    return undefined;
  }
}

/** Folders this process already made. */
const made = new Set<string>();

/**
 * Writes an entry; a failure is ignored. `atomic` (through a temporary file and a rename) is for
 * entries a partial copy of which would still read as valid; a format that rejects a truncated
 * entry can skip it and save a file operation per entry.
 */
export function writeCacheEntry(name: string, content: string | Uint8Array, options: { atomic?: boolean } = {}): void {
  const dir = diskCacheDir();
  if (!dir) return;
  const path = join(dir, name);
  try {
    if (!made.has(dirname(path))) {
      mkdirSync(dirname(path), { recursive: true });
      made.add(dirname(path));
    }
    if (options.atomic === false) {
      writeFileSync(path, content);
      return;
    }
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch {
    // A read-only or full disk: the next run recomputes.
  }
}
