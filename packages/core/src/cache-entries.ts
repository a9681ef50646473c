/**
 * Results kept in the disk cache (`node_modules/.cache/kientruc/`, see @kientruc/schema) between
 * processes, by the content hash of the file they were computed from: parse results and
 * validation results. A fresh process reads them for unchanged files instead of computing them
 * again. Entries are V8-serialised, so they come back exactly as computed (numbers like `.inf`
 * included), and a truncated entry does not deserialise. Each kind of entry lives in a folder named
 * after a hash of the code that computes it, so a changed parser or schema never reads an old result.
 *
 * The entries of the model files of one folder are kept together in one cache file (a pack):
 * creating a file costs more than parsing one on some disks, so a first check of a large model
 * creates one cache file per model folder, not one per model file.
 *
 * A model folder's entries are stored from the second check that sees it on: the first writes an
 * empty pack, a mark that the folder was seen. Serialising and writing the entries of a national
 * model costs about a quarter of a first check, which a one-off check (a pull request's CI job on
 * a fresh clone) would pay for nothing; a folder checked twice is likely to be checked again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { diskCacheDir, readCacheEntry, writeCacheEntry } from '@kientruc/schema';

/** Packs kept per kind of entry; beyond this, the least recently written go (folders of old test runs). */
const MAX_PACKS = 1000;

/** A folder name for a kind of entry: a hash of the modules that compute it and of other inputs. */
export function entryFolder(kind: string, modules: URL[], ...inputs: string[]): string {
  const hash = createHash('sha256');
  for (const module of modules) hash.update(readFileSync(module));
  for (const input of inputs) hash.update(input);
  return `${kind}/${hash.digest('hex').slice(0, 16)}`;
}

interface Pack {
  /** Its cache entry name. */
  name: string;
  /** Serialised entries by content hash. */
  entries: Map<string, Uint8Array>;
  /** Whether entries are stored: the pack was found on disk (a mark at least), or its mark was written. */
  admitted: boolean;
  changed: boolean;
}

/** The entries of one kind, read and written a model folder at a time. */
export class CachedEntries<T> {
  /** Packs by model folder. */
  private readonly packs = new Map<string, Pack>();
  constructor(private readonly folder: string) {}

  private packName(modelFolder: string): string {
    return `${this.folder}/${createHash('sha256').update(modelFolder).digest('hex').slice(0, 16)}.v8`;
  }

  private pack(file: string): Pack {
    const modelFolder = dirname(file);
    let pack = this.packs.get(modelFolder);
    if (!pack) {
      const name = this.packName(modelFolder);
      const entries = readPack(name);
      pack = { name, entries: entries ?? new Map(), admitted: entries !== undefined, changed: false };
      this.packs.set(modelFolder, pack);
    }
    return pack;
  }

  /** The entry of a file's content, when a run stored it. */
  get(file: string, hash: string): T | undefined {
    const bytes = this.pack(file).entries.get(hash);
    if (!bytes) return undefined;
    try {
      return deserialize(bytes) as T;
    } catch {
      return undefined; // a truncated or foreign entry: compute again
    }
  }

  /** Stores the entry `value()` gives, when the file's folder is admitted (else `value` is not called). */
  set(file: string, hash: string, value: () => T): void {
    const pack = this.pack(file);
    // Until the folder is admitted, only its mark is written: nothing to compute or serialise.
    if (pack.admitted) pack.entries.set(hash, serialize(value()));
    pack.changed = true;
  }

  /**
   * Writes the packs that got new entries, with only the entries of `current` (the content hashes of
   * the model's files now: older versions of edited files go), or the mark of a folder seen for the
   * first time; then prunes the other folders of this kind (older code, other limits).
   */
  save(current: Set<string>): void {
    if (!diskCacheDir()) return;
    let written = false;
    for (const pack of this.packs.values()) {
      if (!pack.changed) continue;
      const kept = new Map([...pack.entries].filter(([hash]) => current.has(hash)));
      writeCacheEntry(pack.name, serialize(kept));
      pack.admitted = true;
      pack.changed = false;
      written = true;
    }
    if (written) prune(this.folder);
  }
}

/** A pack's entries, empty for a mark or an unreadable pack, or undefined when there is none. */
function readPack(name: string): Map<string, Uint8Array> | undefined {
  const content = readCacheEntry(name);
  if (!content) return undefined;
  try {
    const entries = deserialize(content) as unknown;
    return entries instanceof Map ? (entries as Map<string, Uint8Array>) : new Map();
  } catch {
    return new Map(); // a truncated or foreign pack: compute again
  }
}

function prune(folder: string): void {
  const dir = diskCacheDir()!;
  const [kind] = folder.split('/');
  try {
    for (const name of readdirSync(join(dir, kind!))) if (`${kind}/${name}` !== folder) rmSync(join(dir, kind!, name), { recursive: true, force: true });
    const packs = readdirSync(join(dir, folder)).filter((name) => name.endsWith('.v8'));
    if (packs.length <= MAX_PACKS) return;
    const written = (name: string) => statSync(join(dir, folder, name)).mtimeMs;
    for (const name of packs.sort((a, b) => written(b) - written(a)).slice(MAX_PACKS)) rmSync(join(dir, folder, name), { force: true });
  } catch {
    // Another process pruned first, or the cache is not writable: nothing to do.
  }
}
