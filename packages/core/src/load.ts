/**
 * Loading: model files → parsed YAML documents (parse.ts parses one file). Files already parsed
 * are found by content hash, in memory (ParseCache) or in the disk cache; the others are parsed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import type { ModelGraph } from './graph.js';
import { createRequire } from 'node:module';
import { diskCacheDir } from '@kientruc/schema';
import { CachedEntries, entryFolder } from './cache-entries.js';
import { DEFAULT_LIMITS, fromEntry, parseModelText, toEntry, type LoadLimits, type ParsedDocument, type ParsedEntry, type ParsedText } from './parse.js';

export { DEFAULT_LIMITS, parseModelText, type FileDiagnostic, type LoadLimits, type ParsedDocument, type ParsedText } from './parse.js';

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the model folder, with `/` separators. */
  modelPath: string;
  /** The text as parsed: BOM removed, CRLF → LF, NFC (positions are computed on it). */
  text: string;
  /**
   * SHA-1 of the raw bytes: the key of the file's cached results (a content identity, not a
   * signature; SHA-1 hashes a national model's 10 MB three times as fast as SHA-256 here).
   */
  hash: string;
  documents: ParsedDocument[];
}

export interface LoadResult {
  files: SourceFile[];
  diagnostics: Diagnostic[];
}

/**
 * What a re-check in the same process reuses: parsed files by content hash, so an unchanged file
 * is never parsed twice, and the last graph linked as of each date from a model loaded through
 * this cache, which the next one is patched from (see ModelGraph).
 */
export class ParseCache {
  readonly graphs = new Map<string, ModelGraph>();
  private readonly entries = new Map<string, ParsedText>();
  /** Content hash of each file as last read, with the stat stamp it had then. */
  private readonly files = new Map<string, { stamp: string; hash: string }>();
  hits = 0;
  misses = 0;
  get(hash: string): ParsedText | undefined {
    const entry = this.entries.get(hash);
    if (entry) this.hits++;
    else this.misses++;
    return entry;
  }
  set(hash: string, entry: ParsedText): void {
    this.entries.set(hash, entry);
  }
  /**
   * The content hash of a file that has not changed since it was read (same size, modification
   * and change times to the nanosecond, same inode), when its parse result is still here.
   */
  unchanged(path: string, stamp: string): string | undefined {
    const known = this.files.get(path);
    return known && known.stamp === stamp && this.entries.has(known.hash) ? known.hash : undefined;
  }
  remember(path: string, stamp: string, hash: string): void {
    this.files.set(path, { stamp, hash });
  }
}

const MODEL_FILE = /\.ya?ml$/;
const RACY_MS = 2000;

/** Every model file under `dir`, sorted by path so results never depend on directory order. */
export function findModelFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      // Published editions are frozen snapshots, read by editions/, not part of the live model.
      if (folder === dir && entry.name === 'editions' && entry.isDirectory()) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && MODEL_FILE.test(entry.name) && !/\.config\.ya?ml$/.test(entry.name)) found.push(full);
    }
  };
  walk(dir);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface ModelSource {
  /** Absolute path. */
  path: string;
  bytes: Uint8Array;
}

const parsedFolders = new Map<string, string>();

/** Parse results in the disk cache, under the parser's own code, js-yaml's version and the limits. */
function parsedFolder(limits: LoadLimits): string {
  const key = JSON.stringify(limits);
  let folder = parsedFolders.get(key);
  if (!folder) {
    const jsYamlVersion = (createRequire(import.meta.url)('js-yaml/package.json') as { version: string }).version;
    folder = entryFolder('parsed', ['./parse.ts', './yaml-subset.ts', './text.ts', './utf8.ts'].map((module) => new URL(module, import.meta.url)), jsYamlVersion, key);
    parsedFolders.set(key, folder);
  }
  return folder;
}

function sourceFile(path: string, modelDir: string, hash: string, parsed: ParsedText): SourceFile {
  return { path, modelPath: relative(modelDir, path).split(sep).join('/'), text: parsed.text, hash, documents: parsed.documents };
}

/**
 * Parses sources already in memory (used by the loader below and by rule examples). `stored`: the
 * disk cache's parse results, read and written here (the loader passes it for files read from disk).
 */
export function parseSources(
  sources: ModelSource[],
  modelDir: string,
  options: { limits?: LoadLimits; cache?: ParseCache; stored?: CachedEntries<ParsedEntry> | undefined; unchanged?: string[] } = {},
): LoadResult {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const { stored } = options;
  const found: { path: string; bytes: Uint8Array; hash: string; parsed?: ParsedText }[] = [];
  for (const { path, bytes } of [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const hash = createHash('sha1').update(bytes).digest('hex');
    let parsed = options.cache?.get(hash);
    if (!parsed) {
      const entry = stored?.get(path, hash);
      if (entry) parsed = fromEntry(entry, bytes);
    }
    found.push({ path, bytes, hash, ...(parsed ? { parsed } : {}) });
  }
  // What neither cache had is parsed now.
  for (const file of found) {
    if (file.parsed) continue;
    file.parsed = parseModelText(file.bytes, limits);
    stored?.set(file.path, file.hash, () => toEntry(file.parsed!));
  }
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { path, hash, parsed } of found) {
    options.cache?.set(hash, parsed!);
    files.push(sourceFile(path, modelDir, hash, parsed!));
    for (const d of parsed!.diagnostics) diagnostics.push({ ...d, location: { ...d.location, file: path } });
  }
  // The files a ParseCache did not read again keep their entries too.
  stored?.save(new Set([...files.map((file) => file.hash), ...(options.unchanged ?? [])]));
  return { files, diagnostics };
}

/** Reads and parses every model file under `modelDir`. I/O happens here and nowhere below. */
export function loadModelFiles(
  modelDir: string,
  options: { limits?: LoadLimits; cache?: ParseCache; files?: string[] } = {},
): LoadResult {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const { cache } = options;
  const sources: ModelSource[] = [];
  const stamps = new Map<string, string>();
  // With a cache, a file whose stat has not changed is not read again (a re-check reads only
  // what was edited); its parse result is found by the content hash it had.
  const unchanged: { path: string; hash: string }[] = [];
  const diagnostics: Diagnostic[] = [];
  const unreadable = (path: string, error: unknown) =>
    diagnostics.push({
      severity: 'error',
      ruleId: 'unreadable-file',
      message: `Cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      location: { file: path, line: 1, column: 1 },
    });
  const toRead: string[] = [];
  for (const path of options.files ?? findModelFiles(modelDir)) {
    try {
      const stat = statSync(path, { bigint: true });
      if (stat.size > limits.maxFileBytes) {
        diagnostics.push({
          severity: 'error',
          ruleId: 'file-too-large',
          message: `File is ${stat.size} bytes, more than the limit of ${limits.maxFileBytes} bytes`,
          fix: 'Split the file into several files (one per agency or per kind), or raise `limits.maxFileBytes` in kientruc.config.yaml.',
          location: { file: path, line: 1, column: 1 },
        });
        continue;
      }
      const stamp = `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
      const hash = cache?.unchanged(path, stamp);
      if (hash) {
        unchanged.push({ path, hash });
        continue;
      }
      // A file modified in the last seconds could change again within the clock's resolution
      // without its stamp changing ("racy" in git's words): such a file is read again next time.
      if (Date.now() - Number(stat.mtimeNs / 1_000_000n) > RACY_MS) stamps.set(path, stamp);
      toRead.push(path);
    } catch (error) {
      unreadable(path, error);
    }
  }
  // The disk cache's parse results, read and written by parseSources.
  const stored = diskCacheDir() ? new CachedEntries<ParsedEntry>(parsedFolder(limits)) : undefined;
  for (const path of toRead) {
    try {
      sources.push({ path, bytes: readFileSync(path) });
    } catch (error) {
      unreadable(path, error);
    }
  }
  // Files on disk are parsed through the disk cache too (sources in memory are not: examples, tests).
  const parsed = parseSources(sources, modelDir, { limits, stored, unchanged: unchanged.map((file) => file.hash), ...(cache ? { cache } : {}) });
  if (!cache) return { files: parsed.files, diagnostics: [...diagnostics, ...parsed.diagnostics] };
  for (const file of parsed.files) {
    const stamp = stamps.get(file.path);
    if (stamp) cache.remember(file.path, stamp, file.hash);
  }
  // Unchanged files join the others in path order (a stable sort keeps each file's diagnostics in order).
  const files = [...parsed.files];
  const fileDiagnostics = [...parsed.diagnostics];
  for (const { path, hash } of unchanged) {
    const entry = cache.get(hash)!;
    files.push(sourceFile(path, modelDir, hash, entry));
    for (const d of entry.diagnostics) fileDiagnostics.push({ ...d, location: { ...d.location, file: path } });
  }
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  files.sort((a, b) => byPath(a.path, b.path));
  fileDiagnostics.sort((a, b) => byPath(a.location.file, b.location.file));
  return { files, diagnostics: [...diagnostics, ...fileDiagnostics] };
}
