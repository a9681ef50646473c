/**
 * Inline suppressions: a comment inside an element's document
 *   # kientruc-disable rule-id -- reason
 * turns that rule off for that element. The reason is required, so a reviewer sees why.
 */
import type { SourceFile } from './load.js';

export interface Suppression {
  file: string;
  doc: number;
  ruleId: string;
  reason?: string;
  line: number;
  column: number;
}

const COMMENT = /#\s*kientruc-disable\s+([a-z0-9-]+)(?:\s+--\s*(.*?))?\s*$/;

/**
 * Line (1-based) on which each document of the file starts, with the same document indexes as
 * the YAML parsers: `---` starts a document, `...` ends one, and content after `...` (or a
 * second `...`) starts the next. A comment belongs to the document it stands in.
 */
export function documentStartLines(text: string): number[] {
  const starts: number[] = [];
  let inDocument = false;
  // Where the next document starts if content (not `---`) opens it: after the last `...`.
  let nextStart = 1;
  text.split('\n').forEach((line, i) => {
    const lineNumber = i + 1;
    if (/^---(\s|$)/.test(line)) {
      starts.push(lineNumber);
      inDocument = true;
    } else if (/^\.\.\.(\s|$)/.test(line)) {
      if (!inDocument) starts.push(nextStart); // `...` with nothing open ends an empty document
      inDocument = false;
      nextStart = lineNumber + 1;
    } else if (!inDocument && line.trim() !== '' && !line.trimStart().startsWith('#') && !line.startsWith('%')) {
      starts.push(nextStart);
      inDocument = true;
    }
  });
  if (starts.length === 0) starts.push(1);
  return starts;
}

export function findSuppressions(file: SourceFile): Suppression[] {
  if (!file.text.includes('kientruc-disable')) return [];
  const starts = documentStartLines(file.text);
  const found: Suppression[] = [];
  file.text.split('\n').forEach((line, i) => {
    const match = COMMENT.exec(line);
    if (!match) return;
    const lineNumber = i + 1;
    let doc = 0;
    while (doc + 1 < starts.length && starts[doc + 1]! <= lineNumber) doc++;
    found.push({
      file: file.path,
      doc,
      ruleId: match[1]!,
      ...(match[2] ? { reason: match[2] } : {}),
      line: lineNumber,
      column: match.index + 1,
    });
  });
  return found;
}
