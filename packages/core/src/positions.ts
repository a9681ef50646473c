/**
 * Source positions, computed on demand: a diagnostic names a document and a property path,
 * and this module finds the line and column by parsing that one document with `yaml` (which keeps
 * ranges). Only the documents that diagnostics point at are parsed twice, so the cost follows the
 * number of diagnostics, not the size of the files they are in.
 */
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import type { Diagnostic, Position, SourceLocation } from './diagnostics.js';
import { documentStartLines } from './suppressions.js';

interface PositionedDocument {
  document: Document.Parsed;
  /** Offset in the file of the text the document was parsed from (ranges are relative to it). */
  offset: number;
}

interface PositionedFile {
  text: string;
  /** Offset of the first character of each line. */
  lineStarts: number[];
  /** Line (1-based) on which each document starts, numbered like the loader numbers them. */
  documentStarts: number[];
  documents: Map<number, PositionedDocument | undefined>;
}

export class PositionResolver {
  private readonly files = new Map<string, PositionedFile | undefined>();

  /** `texts` maps an absolute file path to the text that was parsed. */
  constructor(private readonly texts: (file: string) => string | undefined) {}

  private file(path: string): PositionedFile | undefined {
    if (!this.files.has(path)) {
      const text = this.texts(path);
      const lineStarts = [0];
      if (text !== undefined) for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
      this.files.set(path, text === undefined ? undefined : { text, lineStarts, documentStarts: documentStartLines(text), documents: new Map() });
    }
    return this.files.get(path);
  }

  private document(file: PositionedFile, index: number): PositionedDocument | undefined {
    if (file.documents.has(index)) return file.documents.get(index);
    let found: PositionedDocument | undefined;
    const startLine = file.documentStarts[index];
    if (startLine !== undefined) {
      const from = file.lineStarts[startLine - 1]!;
      const nextLine = file.documentStarts[index + 1];
      const to = nextLine === undefined ? file.text.length : file.lineStarts[nextLine - 1]!;
      const parsed = parseAllDocuments(file.text.slice(from, to), { uniqueKeys: false });
      if (Array.isArray(parsed) && parsed.length === 1 && parsed[0]!.errors.length === 0) found = { document: parsed[0]! as Document.Parsed, offset: from };
    }
    if (!found) {
      // A document that does not parse on its own: parse the whole file, as the loader did.
      const parsed = parseAllDocuments(file.text, { uniqueKeys: false });
      const document = Array.isArray(parsed) ? (parsed[index] as Document.Parsed | undefined) : undefined;
      found = document ? { document, offset: 0 } : undefined;
    }
    file.documents.set(index, found);
    return found;
  }

  private linePosition(file: PositionedFile, offset: number): { line: number; column: number } {
    let low = 0;
    let high = file.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (file.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - file.lineStarts[low]! + 1 };
  }

  private range(file: PositionedFile, start: number, end: number): Position {
    // A block collection's range runs past its last line break: end on its last character instead.
    while (end > start && /\s/.test(file.text[end - 1] ?? '')) end--;
    const a = this.linePosition(file, start);
    const b = this.linePosition(file, Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  resolve(location: SourceLocation): Position {
    if (location.line !== undefined) {
      const column = location.column ?? 1;
      return { line: location.line, column, endLine: location.line, endColumn: column };
    }
    const file = this.file(location.file);
    const positioned = file && location.doc !== undefined ? this.document(file, location.doc) : undefined;
    if (!file || !positioned) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const { document: doc, offset } = positioned;
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
    if (target?.range) return this.range(file, offset + target.range[0], offset + target.range[1]);
    const start = offset + (doc.range?.[0] ?? 0);
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
