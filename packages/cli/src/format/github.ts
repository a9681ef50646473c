/** GitHub Actions workflow commands: one annotation per diagnostic on the pull request's files. */
import { relativePath, type Formatter } from './context.js';

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts (escapeData / escapeProperty)
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const formatGithub: Formatter = (diagnostics, context) => {
  const lines = diagnostics.map((d) => {
    const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
    const p = d.position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const properties = [
      `file=${escapeProperty(relativePath(context.root, d.location.file))}`,
      `line=${p.line}`,
      `col=${p.column}`,
      `endLine=${p.endLine}`,
      `endColumn=${p.endColumn}`,
      `title=${escapeProperty(`kientruc ${d.ruleId}`)}`,
    ].join(',');
    const rule = context.rules.find((r) => r.id === d.ruleId);
    const message = rule ? `${d.message}\n${rule.description.vi}\nSửa / fix: ${rule.fix.vi} / ${rule.fix.en}` : d.message;
    return `::${command} ${properties}::${escapeData(message)}`;
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
};
