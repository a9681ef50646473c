/** `kientruc diff FROM TO`: what changed in the architecture between two editions, dates or commits. */
import { diffGraphs, loadProject } from '@kientruc/core';
import type { Command } from 'commander';
import { formatDiffMarkdown } from '../diff-format/markdown.js';
import { formatDiffPretty } from '../diff-format/pretty.js';
import { UsageError } from '../errors.js';
import { resolveSide } from '../model-sides.js';
import { resolveAsOf } from './check.js';
import { writeOutput } from '../output.js';

interface DiffOptions {
  model?: string;
  format: string;
  asOf?: string;
  output?: string;
}

export function runDiff(from: string, to: string, options: DiffOptions, io: { cwd: string; stdout: (s: string) => void }): number {
  if (!['pretty', 'json', 'markdown'].includes(options.format)) throw new UsageError(`--format expects pretty, json or markdown, got \`${options.format}\``);
  const { project } = loadProject({ cwd: io.cwd, ...(options.model ? { modelDir: options.model } : {}) });
  const asOf = resolveAsOf(options.asOf, project.config.asOf);
  const a = resolveSide(from, { cwd: io.cwd, project, asOf });
  const b = resolveSide(to, { cwd: io.cwd, project, asOf });
  const diff = diffGraphs(a.graph, b.graph, { from: a.label, to: b.label });
  const graphs = [b.graph, a.graph];
  const text =
    options.format === 'json'
      ? `${JSON.stringify(diff, null, 2)}\n`
      : options.format === 'markdown'
        ? formatDiffMarkdown(diff, graphs)
        : formatDiffPretty(diff, graphs);
  if (options.output) writeOutput(options.output, text, io.cwd);
  else io.stdout(text);
  return 0;
}

export function registerDiff(program: Command, io: { cwd: string; stdout: (s: string) => void; setExit: (code: number) => void }): void {
  program
    .command('diff')
    .description('So sánh hai ấn bản, hai ngày hoặc hai commit / semantic diff between editions, dates or git refs')
    .argument('<from>', 'năm ấn bản, ngày YYYY-MM-DD hoặc git ref / edition year, date or git ref')
    .argument('<to>', 'năm ấn bản, ngày YYYY-MM-DD hoặc git ref / edition year, date or git ref')
    .option('--model <dir>', 'thư mục mô hình / model folder')
    .option('--format <format>', 'pretty | json | markdown', 'pretty')
    .option('--as-of <date>', 'ngày đánh giá cho các git ref / as-of date for git refs (default: today)')
    .option('-o, --output <file>', 'ghi ra tệp / write to a file')
    .action((from: string, to: string, options: DiffOptions) => io.setExit(runDiff(from, to, options, io)));
}
