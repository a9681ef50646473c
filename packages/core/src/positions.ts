/**
 * Source positions, computed on demand: a diagnostic names a document and a property path,
 * and this module finds the line and column by parsing that one file with `yaml` (which keeps
 * ranges). Files without diagnostics are never parsed twice.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import type { Diagnostic, Position, SourceLocation } from './diagnostics.js';

interface PositionedFile {
  documents: Document.Parsed[];
  lines: LineCounter;
  text: string;
}

export class PositionResolver {
  private readonly parsed = new Map<string, PositionedFile>();

  /** `texts` maps an absolute file path to the text that was parsed. */
  constructor(private readonly texts: (file: string) => string | undefined) {}

  private file(path: string): PositionedFile | undefined {
    let entry = this.parsed.get(path);
    if (!entry) {
      const text = this.texts(path);
      if (text === undefined) return undefined;
      const lines = new LineCounter();
      const documents = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: false }) as Document.Parsed[];
      entry = { documents: Array.isArray(documents) ? documents : [], lines, text };
      this.parsed.set(path, entry);
    }
    return entry;
  }

  private range({ lines, text }: PositionedFile, start: number, end: number): Position {
    // A block collection's range runs past its last line break: end on its last character instead.
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    const a = lines.linePos(start);
    const b = lines.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }

  resolve(location: SourceLocation): Position {
    if (location.line !== undefined) {
      const column = location.column ?? 1;
      return { line: location.line, column, endLine: location.line, endColumn: column };
    }
    const file = this.file(location.file);
    const doc = location.doc === undefined ? undefined : file?.documents[location.doc];
    if (!file || !doc) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    let node: Node | null | undefined = doc.contents as Node | null;
    let keyNode: Node | undefined;
    for (const segment of location.path ?? []) {
      let next: Node | undefined;
      if (isMap(node)) {
        const pair: (typeof node.items)[number] | undefined = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (pair) {
          keyNode = pair.key as Node;
          next = (pair.value as Node | null) ?? (pair.key as Node);
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment] as Node | undefined;
        keyNode = undefined;
      }
      if (!next) break; // point at the deepest part of the path that exists
      node = next;
    }
    const target = location.key && keyNode ? keyNode : node;
    if (target?.range) return this.range(file, target.range[0], target.range[1]);
    const start = doc.range?.[0] ?? 0;
    return this.range(file, start, start);
  }

  /** Fills `position` on every diagnostic and its related places. */
  resolveAll(diagnostics: Diagnostic[]): void {
    for (const d of diagnostics) {
      d.position ??= this.resolve(d.location);
      for (const related of d.related ?? []) related.position ??= this.resolve(related.location);
    }
  }
}
