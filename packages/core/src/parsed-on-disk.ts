/**
 * Parsed model files kept in the disk cache (`node_modules/.cache/kientruc/`) between processes,
 * by content hash: a check in a fresh process reads the parse results of unchanged files instead
 * of parsing them again, which is several times faster than js-yaml. Entries are V8-serialised,
 * so they come back exactly as parsed (numbers like `.inf` included). An entry is found under a
 * hash of the parser itself (the source of the modules that parse, js-yaml's version) and of the
 * limits, so a changed parser never reads an old result.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { diskCacheDir, readCacheEntry, writeCacheEntry } from '@kientruc/schema';
import type { LoadLimits, ParsedText } from './load.js';

const PARSER_MODULES = ['./load.ts', './text.ts', './utf8.ts'];
/** Entries kept for parsers and limits in use; beyond this, entries unused by the last run go. */
const MAX_ENTRIES = 4000;

let parserHash: string | undefined;

function folder(limits: LoadLimits): string {
  if (!parserHash) {
    const hash = createHash('sha256');
    for (const module of PARSER_MODULES) hash.update(readFileSync(new URL(module, import.meta.url)));
    hash.update((createRequire(import.meta.url)('js-yaml/package.json') as { version: string }).version);
    parserHash = hash.digest('hex');
  }
  return `parsed/${createHash('sha256').update(parserHash).update(JSON.stringify(limits)).digest('hex').slice(0, 16)}`;
}

interface Entry {
  /** The text as parsed, when it differs from the file's bytes (BOM, CRLF, NFD). */
  text?: string;
  documents: ParsedText['documents'];
  diagnostics: ParsedText['diagnostics'];
}

export function readParsed(hash: string, bytes: Uint8Array, limits: LoadLimits): ParsedText | undefined {
  const content = readCacheEntry(`${folder(limits)}/${hash}.v8`);
  if (!content) return undefined;
  try {
    const entry = deserialize(content) as Entry;
    const text = entry.text ?? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return { text, documents: entry.documents, diagnostics: entry.diagnostics };
  } catch {
    return undefined; // a truncated or foreign entry: parse again
  }
}

export function writeParsed(hash: string, bytes: Uint8Array, limits: LoadLimits, parsed: ParsedText): void {
  if (!diskCacheDir()) return;
  const asRead = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const entry: Entry = { ...(parsed.text === asRead ? {} : { text: parsed.text }), documents: parsed.documents, diagnostics: parsed.diagnostics };
  // Not atomic: a truncated entry does not deserialise, and is then parsed again.
  writeCacheEntry(`${folder(limits)}/${hash}.v8`, serialize(entry), { atomic: false });
}

/**
 * Keeps the cache bounded: entries of other parsers or limits go, and when there are too many,
 * those the last run did not use (older versions of edited files).
 */
export function pruneParsed(limits: LoadLimits, used: Set<string>): void {
  const dir = diskCacheDir();
  if (!dir) return;
  const current = folder(limits);
  try {
    const parsedDir = join(dir, 'parsed');
    for (const name of readdirSync(parsedDir)) if (`parsed/${name}` !== current) rmSync(join(parsedDir, name), { recursive: true, force: true });
    const entries = readdirSync(join(dir, current));
    if (entries.length <= MAX_ENTRIES) return;
    for (const name of entries) if (!used.has(name.replace(/\.v8$/, ''))) rmSync(join(dir, current, name), { force: true });
  } catch {
    // Another process pruned first, or the cache is not writable: nothing to do.
  }
}
