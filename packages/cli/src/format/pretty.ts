/** Human output: `path:line:col: severity message [rule-id]`, a code frame, then a summary. */
import { codeFrameColumns } from '@babel/code-frame';
import pc from 'picocolors';
import { countBySeverity } from '@kientruc/core';
import { relativePath, type Formatter } from './context.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const formatPretty: Formatter = (diagnostics, context) => {
  const colors = pc.createColors(context.color);
  const paint = { error: colors.red, warning: colors.yellow, info: colors.blue };
  const out: string[] = [];
  for (const d of diagnostics) {
    const p = d.position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    out.push(`${relativePath(context.cwd, d.location.file)}:${p.line}:${p.column}: ${paint[d.severity](d.severity)} ${d.message} ${colors.dim(`[${d.ruleId}]`)}`);
    const text = context.text(d.location.file);
    if (text) {
      const end = p.endLine > p.line || p.endColumn > p.column ? { end: { line: p.endLine, column: p.endColumn } } : {};
      const frame = codeFrameColumns(text, { start: { line: p.line, column: p.column }, ...end }, { highlightCode: false, forceColor: false, linesAbove: 1, linesBelow: 1 });
      out.push(frame.split('\n').map((line) => `  ${line}`).join('\n'));
    }
    for (const related of d.related ?? []) {
      const rp = related.position ?? { line: 1, column: 1 };
      out.push(`  ${colors.dim('note:')} ${relativePath(context.cwd, related.location.file)}:${rp.line}:${rp.column}: ${related.message}`);
    }
    const rule = context.rules.find((r) => r.id === d.ruleId);
    if (rule) out.push(`  ${colors.dim('sửa / fix:')} ${rule.fix.vi} / ${d.fix ?? rule.fix.en}`);
    else if (d.fix) out.push(`  ${colors.dim('fix:')} ${d.fix}`);
    out.push('');
  }
  const counts = countBySeverity(diagnostics);
  const summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')} in ${plural(context.filesChecked, 'file')} (${Math.round(context.elapsedMs)} ms)`;
  out.push(counts.error > 0 ? colors.red(summary) : counts.warning > 0 ? colors.yellow(summary) : colors.green(summary));
  return `${out.join('\n')}\n`;
};
