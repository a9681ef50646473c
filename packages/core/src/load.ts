/**
 * Loading: model files → parsed YAML documents, with one clear diagnostic for each kind of
 * bad input and never an exception. Parsing uses js-yaml (fast, no positions); positions are
 * recovered later from the text only for the values that diagnostics point at (see positions.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import jsYaml from 'js-yaml';
import type { Diagnostic } from './diagnostics.js';
import { createRequire } from 'node:module';
import { diskCacheDir } from '@kientruc/schema';
import { CachedEntries, entryFolder } from './cache-entries.js';
import { isNfc, normalizeDeep } from './text.js';
import { firstInvalidUtf8, lineColumnOfByte, lineColumnOfOffset } from './utf8.js';

export interface LoadLimits {
  maxFileBytes: number;
  maxAliases: number;
}

export const DEFAULT_LIMITS: LoadLimits = { maxFileBytes: 4 * 1024 * 1024, maxAliases: 50 };

export interface ParsedDocument {
  index: number;
  value: unknown;
}

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the model folder, with `/` separators. */
  modelPath: string;
  /** The text as parsed: BOM removed, CRLF → LF, NFC (positions are computed on it). */
  text: string;
  /** SHA-256 of the raw bytes. */
  hash: string;
  documents: ParsedDocument[];
}

export interface LoadResult {
  files: SourceFile[];
  diagnostics: Diagnostic[];
}

/** Parsed files by content hash, so an unchanged file is never parsed twice in one process. */
export class ParseCache {
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

/** A diagnostic of one file, before the file's path is known (parsing is pure). */
export type FileDiagnostic = Omit<Diagnostic, 'location'> & { location: Omit<Diagnostic['location'], 'file'> };

export interface ParsedText {
  text: string;
  documents: ParsedDocument[];
  diagnostics: FileDiagnostic[];
}

function at(line: number, column: number): FileDiagnostic['location'] {
  return { line, column };
}

const ANCHOR = /(?:^|[\s,[{:-])&[^\s,[\]{}]+/m;
const ALIAS = /(?:^|[\s,[{:-])\*[^\s,[\]{}]+/g;

/** Number of values in a parsed value, counting shared (aliased) values each time; stops past `budget`. */
function expandedSize(value: unknown, budget: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= budget) {
    const item = stack.pop();
    count++;
    if (Array.isArray(item)) for (const child of item) stack.push(child);
    else if (item !== null && typeof item === 'object') for (const child of Object.values(item)) stack.push(child);
  }
  return count;
}

/** The mapping key written at a 1-based line and column, for messages. */
function keyAt(text: string, line: number, column: number): string | undefined {
  const source = text.split('\n')[line - 1]?.slice(column - 1) ?? '';
  const match = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s:#,[\]{}][^:#,[\]{}]*?))\s*:/.exec(source);
  return match ? (match[1] ?? match[2]?.replace(/''/g, "'") ?? match[3]) : undefined;
}

/** Parses one file's bytes. Pure: the same bytes give the same result. */
export function parseModelText(
  bytes: Uint8Array,
  limits: LoadLimits = DEFAULT_LIMITS,
): ParsedText {
  const diagnostics: FileDiagnostic[] = [];
  let text = '';
  // The text is kept (when it could be decoded) so the code frame can show the problem.
  const fail = (d: FileDiagnostic) => ({ text, documents: [], diagnostics: [...diagnostics, d] });

  if (bytes.length > limits.maxFileBytes) {
    return fail({
      severity: 'error',
      ruleId: 'file-too-large',
      message: `File is ${bytes.length} bytes, more than the limit of ${limits.maxFileBytes} bytes`,
      fix: 'Split the file into several files (one per agency or per kind), or raise `limits.maxFileBytes` in kientruc.config.yaml.',
      location: at(1, 1),
    });
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    const pos = lineColumnOfByte(bytes, invalid);
    return fail({
      severity: 'error',
      ruleId: 'invalid-encoding',
      message: `File is not valid UTF-8 (byte 0x${bytes[invalid]!.toString(16).padStart(2, '0')} at offset ${invalid})`,
      fix: 'Save the file as UTF-8 (model files must be UTF-8, Vietnamese text included).',
      location: at(pos.line, pos.column),
    });
  }
  text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    diagnostics.push({
      severity: 'warning',
      ruleId: 'byte-order-mark',
      message: 'File starts with a byte order mark (BOM)',
      fix: 'Save the file as UTF-8 without BOM.',
      location: at(1, 1),
    });
  }
  if (text.includes('\r')) {
    const first = text.indexOf('\r');
    const pos = lineColumnOfOffset(text, first);
    text = text.replace(/\r\n?/g, '\n');
    diagnostics.push({
      severity: 'warning',
      ruleId: 'line-endings',
      message: 'File uses CRLF (Windows) line endings',
      fix: 'Save the file with LF line endings (add `* text=auto eol=lf` to .gitattributes).',
      location: at(pos.line, pos.column),
    });
  }
  if (!isNfc(text)) {
    const lines = text.split('\n');
    const lineIndex = lines.findIndex((line) => line !== line.normalize('NFC'));
    const line = lines[lineIndex] ?? '';
    let column = 1;
    while (column <= line.length && line.slice(0, column) === line.slice(0, column).normalize('NFC')) column++;
    text = text.normalize('NFC');
    diagnostics.push({
      severity: 'warning',
      ruleId: 'unicode-normalization',
      message: 'Text is not in Unicode NFC (decomposed Vietnamese diacritics); it was loaded as NFC',
      fix: 'Save the file in NFC (most editors have a "normalize to NFC" command).',
      location: at(lineIndex + 1, Math.max(1, column - 1)),
    });
  }
  const empty = (): ParsedText => ({
    text,
    documents: [],
    diagnostics: [...diagnostics, { severity: 'warning', ruleId: 'empty-file', message: 'File holds no element', fix: 'Add an element or delete the file.', location: at(1, 1) }],
  });
  if (text.trim() === '') return empty();
  // `includes` first: the regular expression costs a scan of its own on every file.
  const hasAnchors = text.includes('&') && ANCHOR.test(text);
  if (hasAnchors) {
    ALIAS.lastIndex = 0;
    let count = 0;
    for (let match = ALIAS.exec(text); match; match = ALIAS.exec(text)) {
      if (++count > limits.maxAliases) {
        const pos = lineColumnOfOffset(text, match.index + match[0].indexOf('*'));
        return fail({
          severity: 'error',
          ruleId: 'too-many-aliases',
          message: `More than ${limits.maxAliases} YAML aliases in one file`,
          fix: 'Write the values out instead of repeating them with aliases.',
          location: at(pos.line, pos.column),
        });
      }
    }
  }
  try {
    const values = jsYaml.loadAll(text, undefined, { schema: jsYaml.CORE_SCHEMA, json: false });
    // Comments only, `---` or `...` only, or `~`: nothing to load.
    if (values.every((value) => value === null || value === undefined)) return empty();
    // js-yaml shares aliased values instead of copying them, so a few aliases of aliases
    // (the "billion laughs") stay small here but expand exponentially in every later walk.
    if (hasAnchors) {
      const budget = 2 * text.length + 100_000;
      if (values.some((value) => expandedSize(value, budget) > budget)) {
        ALIAS.lastIndex = 0;
        const first = ALIAS.exec(text);
        const pos = lineColumnOfOffset(text, first ? first.index + first[0].indexOf('*') : 0);
        return fail({
          severity: 'error',
          ruleId: 'too-many-aliases',
          message: `YAML aliases expand to more than ${budget} values`,
          fix: 'Write the values out instead of repeating them with aliases of aliases.',
          location: at(pos.line, pos.column),
        });
      }
    }
    // The text is NFC by now, and YAML builds every string from pieces of the text joined by
    // spaces or line breaks, so the strings are NFC too, unless an escape (`"\u0301"`) builds one.
    const escapes = text.includes('\\');
    const documents = values.map((value, index) => ({ index, value: escapes ? normalizeDeep(value) : value }));
    return { text, documents, diagnostics };
  } catch (error) {
    const e = error as { reason?: string; message?: string; mark?: { line: number; column: number } };
    const reason = e.reason ?? e.message ?? 'invalid YAML';
    const line = (e.mark?.line ?? 0) + 1;
    const column = (e.mark?.column ?? 0) + 1;
    // Tabs are fine inside block scalars and flow collections; they only break indentation,
    // which is where the parser stops.
    const tab = /^[ ]*\t/.exec(text.split('\n')[line - 1] ?? '');
    if (tab) {
      return fail({
        severity: 'error',
        ruleId: 'tab-indentation',
        message: 'Unexpected tab character in indentation, expected spaces',
        fix: 'Indent YAML with spaces only (2 per level).',
        location: at(line, tab[0].length),
      });
    }
    if (/duplicated mapping key/.test(reason)) {
      const key = keyAt(text, line, column);
      return fail({
        severity: 'error',
        ruleId: 'duplicate-key',
        message: `Duplicate key${key ? ` \`${key}\`` : ''} in a mapping, expected each key once`,
        fix: 'Keep one of the two keys (YAML mappings need unique keys).',
        location: at(line, column),
      });
    }
    return fail({
      severity: 'error',
      ruleId: 'yaml-syntax',
      message: `Invalid YAML: ${reason}`,
      fix: 'Fix the YAML syntax at this position.',
      location: at(line, column),
    });
  }
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
    folder = entryFolder('parsed', ['./load.ts', './text.ts', './utf8.ts'].map((module) => new URL(module, import.meta.url)), jsYamlVersion, key);
    parsedFolders.set(key, folder);
  }
  return folder;
}

interface ParsedEntry {
  /** The text as parsed, when it differs from the file's bytes (BOM, CRLF, NFD). */
  text?: string;
  documents: ParsedDocument[];
  diagnostics: FileDiagnostic[];
}

function fromEntry(entry: ParsedEntry, bytes: Uint8Array): ParsedText {
  const text = entry.text ?? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return { text, documents: entry.documents, diagnostics: entry.diagnostics };
}

function toEntry(parsed: ParsedText): ParsedEntry {
  // The parser changes the text (BOM, CRLF, NFD) or drops it (bad bytes) only with a diagnostic.
  return { ...(parsed.diagnostics.length === 0 ? {} : { text: parsed.text }), documents: parsed.documents, diagnostics: parsed.diagnostics };
}

function sourceFile(path: string, modelDir: string, hash: string, parsed: ParsedText): SourceFile {
  return { path, modelPath: relative(modelDir, path).split(sep).join('/'), text: parsed.text, hash, documents: parsed.documents };
}

/** Parses sources already in memory (used by the loader below and by rule examples). */
export function parseSources(
  sources: ModelSource[],
  modelDir: string,
  options: { limits?: LoadLimits; cache?: ParseCache; onDisk?: boolean; unchanged?: string[] } = {},
): LoadResult {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const stored = options.onDisk && diskCacheDir() ? new CachedEntries<ParsedEntry>(parsedFolder(limits)) : undefined;
  for (const { path, bytes } of [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const hash = createHash('sha256').update(bytes).digest('hex');
    let parsed = options.cache?.get(hash);
    if (!parsed) {
      const entry = stored?.get(path, hash);
      parsed = entry ? fromEntry(entry, bytes) : parseModelText(bytes, limits);
      if (stored && !entry) stored.set(path, hash, toEntry(parsed));
    }
    options.cache?.set(hash, parsed);
    files.push(sourceFile(path, modelDir, hash, parsed));
    for (const d of parsed.diagnostics) diagnostics.push({ ...d, location: { ...d.location, file: path } });
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
      sources.push({ path, bytes: readFileSync(path) });
    } catch (error) {
      diagnostics.push({
        severity: 'error',
        ruleId: 'unreadable-file',
        message: `Cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        location: { file: path, line: 1, column: 1 },
      });
    }
  }
  // Files on disk are parsed through the disk cache too (sources in memory are not: examples, tests).
  const parsed = parseSources(sources, modelDir, { limits, onDisk: true, unchanged: unchanged.map((file) => file.hash), ...(cache ? { cache } : {}) });
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
