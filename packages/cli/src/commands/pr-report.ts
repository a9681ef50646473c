/**
 * `kientruc pr-report --base REF`: one Markdown report for a pull-request comment — the check
 * result for the changed files (errors first, linked to file and line), the semantic diff of the
 * change, and a Mermaid diagram of the changed part — kept under GitHub's comment size limit.
 */
import { relative, sep } from 'node:path';
import { countBySeverity, diffGraphs, loadProject, type Diagnostic, type ModelDiff, type ModelGraph } from '@kientruc/core';
import { checkModel } from '@kientruc/rules';
import type { Command } from 'commander';
import { cell, formatDiffMarkdown } from '../diff-format/markdown.js';
import { changedFilesSince } from '../git.js';
import { resolveSide } from '../model-sides.js';
import { writeOutput } from '../output.js';
import { resolveAsOf } from './check.js';

/** GitHub rejects comments over 65,536 characters; keep a margin for the marker and notes. */
export const COMMENT_LIMIT = 60_000;
export const REPORT_MARKER = '<!-- kientruc-pr-report -->';

interface PrReportOptions {
  base: string;
  model?: string;
  asOf?: string;
  output?: string;
  maxLength?: string;
}

export type ChangeDiagram = (diff: ModelDiff, from: ModelGraph, to: ModelGraph) => string | undefined;

function link(root: string, d: Diagnostic): string {
  const path = relative(root, d.location.file).split(sep).join('/');
  const line = d.position?.line ?? 1;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_HEAD_SHA: headSha, GITHUB_SHA: sha } = process.env;
  const text = `${path}:${line}:${d.position?.column ?? 1}`;
  return server && repo && (headSha || sha) ? `[${text}](${server}/${repo}/blob/${headSha || sha}/${path}#L${line})` : `\`${text}\``;
}

function checkSection(root: string, diagnostics: Diagnostic[], maxRows: number): string {
  const counts = countBySeverity(diagnostics);
  const icon = counts.error > 0 ? '❌' : counts.warning > 0 ? '⚠️' : '✅';
  const out = [
    `### ${icon} Kiểm tra / Check: ${counts.error} lỗi / errors, ${counts.warning} cảnh báo / warnings trong các tệp đã đổi / in changed files`,
  ];
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...diagnostics].sort((a, b) => order[a.severity] - order[b.severity]);
  if (sorted.length) {
    out.push('', '| | vị trí / location | quy tắc / rule | thông báo / message |', '|---|---|---|---|');
    for (const d of sorted.slice(0, maxRows)) {
      out.push(`| ${d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️'} | ${link(root, d)} | \`${d.ruleId}\` | ${cell(d.message)} |`);
    }
    if (sorted.length > maxRows) out.push('', `… và ${sorted.length - maxRows} vấn đề khác / and ${sorted.length - maxRows} more (\`pnpm kientruc check\`).`);
  }
  return out.join('\n');
}

export function buildPrReport(
  parts: { root: string; diagnostics: Diagnostic[]; diff: ModelDiff; graphs: [ModelGraph, ModelGraph]; diagram?: string },
  limit = COMMENT_LIMIT,
): string {
  const compose = (maxRows: number, diffText: string, diagram: string | undefined) =>
    [
      REPORT_MARKER,
      '## kientruc',
      '',
      checkSection(parts.root, parts.diagnostics, maxRows),
      '',
      diffText,
      ...(diagram ? ['', '### Sơ đồ phần thay đổi / Diagram of the change', '', '```mermaid', diagram.trimEnd(), '```'] : []),
      '',
    ].join('\n');
  const diffText = formatDiffMarkdown(parts.diff, [parts.graphs[1], parts.graphs[0]], { headingLevel: 3 });
  // Shrink in order of least value lost: the diagram, then diagnostic rows, then the diff's detail.
  let report = compose(200, diffText, parts.diagram);
  if (report.length <= limit) return report;
  report = compose(200, diffText, undefined) + '\n_Sơ đồ quá lớn cho một bình luận / the diagram is too large for a comment._\n';
  if (report.length <= limit) return report;
  report = compose(50, diffText, undefined);
  if (report.length <= limit) return report;
  const note = '\n\n_… báo cáo bị cắt / the report was cut to fit a comment: run `pnpm kientruc check` and `pnpm kientruc diff` for all of it._\n';
  return report.slice(0, Math.max(0, limit - note.length)).replace(/\n[^\n]*$/, '') + note;
}

export function runPrReport(options: PrReportOptions, io: { cwd: string; stdout: (s: string) => void }, diagramOf?: ChangeDiagram): number {
  const { project } = loadProject({ cwd: io.cwd, ...(options.model ? { modelDir: options.model } : {}) });
  const asOf = resolveAsOf(options.asOf, project.config.asOf);
  const changed = changedFilesSince(io.cwd, options.base);
  const result = checkModel(project, asOf);
  const diagnostics = result.diagnostics.filter((d) => changed.has(d.location.file));
  const base = resolveSide(`git:${options.base}`, { cwd: io.cwd, project, asOf });
  const diff = diffGraphs(base.graph, result.graph, { from: base.label, to: 'pull request' });
  const diagram = diagramOf?.(diff, base.graph, result.graph);
  const limit = options.maxLength ? Number(options.maxLength) : COMMENT_LIMIT;
  const report = buildPrReport({ root: project.root, diagnostics, diff, graphs: [base.graph, result.graph], ...(diagram ? { diagram } : {}) }, limit);
  if (options.output) writeOutput(options.output, report, io.cwd);
  else io.stdout(report);
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

export function registerPrReport(program: Command, io: { cwd: string; stdout: (s: string) => void; setExit: (code: number) => void }, diagramOf?: ChangeDiagram): void {
  program
    .command('pr-report')
    .description('Báo cáo cho bình luận pull request / Markdown report for a pull-request comment')
    .requiredOption('--base <ref>', 'git ref của nhánh gốc / base git ref')
    .option('--model <dir>', 'thư mục mô hình / model folder')
    .option('--as-of <date>', 'ngày đánh giá / as-of date (default: today)')
    .option('-o, --output <file>', 'ghi ra tệp / write to a file')
    .option('--max-length <n>', 'độ dài tối đa / maximum length in characters', String(COMMENT_LIMIT))
    .action((options: PrReportOptions) => io.setExit(runPrReport(options, io, diagramOf)));
}
