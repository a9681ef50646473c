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

/** Line (1-based) on which each document of the file starts. */
export function documentStartLines(text: string): number[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  let contentBeforeMarker = false;
  lines.forEach((line, i) => {
    if (/^---(\s|$)/.test(line)) {
      if (starts.length === 0 && contentBeforeMarker) starts.push(1);
      starts.push(i + 1);
    } else if (starts.length === 0 && line.trim() !== '' && !line.trimStart().startsWith('#') && !line.startsWith('%')) {
      contentBeforeMarker = true;
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
