/**
 * Parsing one model file's bytes into YAML documents, with one clear diagnostic for each kind of
 * bad input and never an exception. Pure (the same bytes give the same result) and free of I/O.
 * Plain model files are read by the subset reader (yaml-subset.ts), the others by js-yaml; neither
 * keeps positions, which are recovered later from the text only for the values that diagnostics
 * point at (see positions.ts).
 */
import jsYaml from 'js-yaml';
import type { Diagnostic } from './diagnostics.js';
import { isNfc, normalizeDeep } from './text.js';
import { loadSubset } from './yaml-subset.js';
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
    // Most model files are plain YAML that the subset reader reads about twice as fast; it
    // declines the others (and every error), which js-yaml reads.
    const values = loadSubset(text) ?? jsYaml.loadAll(text, undefined, { schema: jsYaml.CORE_SCHEMA, json: false });
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

/** A parse result as kept in the disk cache: the text only when the parser changed it. */
export interface ParsedEntry {
  /** The text as parsed, when it differs from the file's bytes (BOM, CRLF, NFD). */
  text?: string;
  documents: ParsedDocument[];
  diagnostics: FileDiagnostic[];
}

export function fromEntry(entry: ParsedEntry, bytes: Uint8Array): ParsedText {
  const text = entry.text ?? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return { text, documents: entry.documents, diagnostics: entry.diagnostics };
}

export function toEntry(parsed: ParsedText): ParsedEntry {
  // The parser changes the text (BOM, CRLF, NFD) or drops it (bad bytes) only with a diagnostic.
  return { ...(parsed.diagnostics.length === 0 ? {} : { text: parsed.text }), documents: parsed.documents, diagnostics: parsed.diagnostics };
}
