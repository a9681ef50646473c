/**
 * Frozen editions. `kientruc publish YEAR` writes the model as it stood on the edition's date to
 * `model/editions/<YEAR>.yaml`: a header document, then one document per element in force
 * (sorted by id). The header carries a SHA-256 of the content, so a snapshot edited by hand is
 * detected. A snapshot is YAML like any model file, so its diagnostics get file:line:col too.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { ModelGraph } from '../graph.js';
import { parseModelText, type SourceFile } from '../load.js';
import { validateModel, type Model } from '../model.js';
import { PositionResolver } from '../positions.js';

export const EDITIONS_DIR = 'editions';

export interface PublishedDiagnostic {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  elementId?: string;
}

export interface EditionHeader {
  edition: number;
  asOf: string;
  elements: number;
  /** Diagnostics of the check when the edition was published (pages show these, frozen). */
  diagnostics: PublishedDiagnostic[];
  hash: string;
}

export interface EditionSnapshot {
  header: EditionHeader;
  /** The snapshot's elements as a model (file = the snapshot file, doc = document index). */
  model: Model;
  file: SourceFile;
}

/** JSON with object keys sorted at every level: the canonical form that is hashed. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function snapshotHash(header: Omit<EditionHeader, 'hash'>, elements: unknown[]): string {
  const content = canonicalJson({ header: { edition: header.edition, asOf: header.asOf, elements: header.elements, diagnostics: header.diagnostics }, elements });
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

/** The text of a snapshot of `graph` (the model evaluated as of the edition's date). */
export function writeSnapshot(edition: number, graph: ModelGraph, diagnostics: PublishedDiagnostic[]): string {
  const elements = graph.elements().map((record) => record.element as unknown);
  const base = { edition, asOf: graph.asOf, elements: elements.length, diagnostics };
  const header: EditionHeader = { ...base, hash: snapshotHash(base, elements) };
  const docs = [
    `# Ấn bản ${edition} của Kiến trúc tổng thể CPĐT Việt Nam: không sửa tay tệp này (kientruc publish).\n# Edition ${edition}, frozen: do not edit by hand (written by kientruc publish).\n${stringify(header, { lineWidth: 0 })}`,
    ...elements.map((element) => stringify(element, { lineWidth: 0 })),
  ];
  return docs.join('---\n');
}

/** Reads a snapshot's text; a hand-edited or malformed snapshot gives diagnostics, not a throw. */
export function readSnapshot(path: string, bytes: Uint8Array, modelPath: string): { snapshot?: EditionSnapshot; diagnostics: Diagnostic[] } {
  const result = readSnapshotUnpositioned(path, bytes, modelPath);
  const text = Buffer.from(bytes).toString('utf8');
  new PositionResolver((file) => (file === path ? text : undefined)).resolveAll(result.diagnostics);
  return result;
}

function readSnapshotUnpositioned(path: string, bytes: Uint8Array, modelPath: string): { snapshot?: EditionSnapshot; diagnostics: Diagnostic[] } {
  const parsed = parseModelText(bytes, { maxFileBytes: 256 * 1024 * 1024, maxAliases: 0 });
  const diagnostics: Diagnostic[] = parsed.diagnostics.map((d) => ({ ...d, location: { ...d.location, file: path } }));
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const [first, ...rest] = parsed.documents;
  const header = first?.value as EditionHeader | undefined;
  if (!header || typeof header !== 'object' || typeof header.edition !== 'number' || typeof header.asOf !== 'string' || typeof header.hash !== 'string') {
    diagnostics.push({
      severity: 'error',
      ruleId: 'edition-snapshot',
      message: 'Unexpected edition snapshot header, expected `edition`, `asOf`, `elements`, `diagnostics` and `hash`',
      fix: 'Restore the file from git: snapshots are written only by `kientruc publish`.',
      location: { file: path, doc: 0 },
    });
    return { diagnostics };
  }
  const elements = rest.map((doc) => doc.value);
  const expected = snapshotHash({ edition: header.edition, asOf: header.asOf, elements: header.elements, diagnostics: header.diagnostics ?? [] }, elements);
  if (expected !== header.hash || header.elements !== elements.length) {
    diagnostics.push({
      severity: 'error',
      ruleId: 'edition-snapshot',
      message: `Edition ${header.edition} snapshot was edited by hand: its content hash is ${expected}, the header says ${header.hash}`,
      fix: 'A published edition never changes: restore the file from git (`git checkout -- <file>`). To correct the live architecture, edit the model files instead.',
      location: { file: path, doc: 0, path: ['hash'] },
    });
    return { diagnostics };
  }
  const file: SourceFile = { path, modelPath, text: parsed.text, hash: expected, documents: rest };
  const { model, diagnostics: invalid } = validateModel([file]);
  diagnostics.push(...invalid);
  return { snapshot: { header, model, file }, diagnostics };
}
