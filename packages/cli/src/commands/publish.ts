/**
 * `kientruc publish YEAR`: freezes an edition. Writes the model as it stood on the edition's date
 * to `model/editions/YEAR.yaml` (with a content hash) so that the edition's pages are built from
 * it from then on, however the live model changes. A published edition is never overwritten.
 */
import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { editionDate, editionPath, loadProject, writeSnapshot, type PublishedDiagnostic } from '@kientruc/core';
import { checkModel } from '@kientruc/rules';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { writeOutput } from '../output.js';
import { runBundle } from './bundle.js';

interface PublishOptions {
  model?: string;
  allowErrors?: boolean;
  out?: string;
  base?: string;
  bundle?: boolean;
}

export function parseEdition(value: string): number {
  if (!/^[0-9]{4}$/.test(value)) throw new UsageError(`Expected an edition year like 2025, got \`${value}\``);
  return Number(value);
}

export function freezeEdition(edition: number, options: PublishOptions, io: { cwd: string; stdout: (s: string) => void }): string {
  const { project } = loadProject({ cwd: io.cwd, ...(options.model ? { modelDir: options.model } : {}) });
  const path = editionPath(project.modelDir, edition);
  if (existsSync(path)) {
    throw new UsageError(`Edition ${edition} is already published (${relative(io.cwd, path)}); a published edition never changes`);
  }
  const asOf = editionDate(edition, project.config.editions);
  const result = checkModel(project, asOf);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 && !options.allowErrors) {
    throw new UsageError(`The model has ${errors.length} errors as of ${asOf}; fix them (\`kientruc check --as-of ${asOf}\`) or publish with --allow-errors`);
  }
  const published: PublishedDiagnostic[] = result.diagnostics.map((d) => ({
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    file: relative(project.root, d.location.file).split(sep).join('/'),
    line: d.position?.line ?? 1,
    column: d.position?.column ?? 1,
    ...(d.elementId ? { elementId: d.elementId } : {}),
  }));
  writeOutput(path, writeSnapshot(edition, result.graph, published), io.cwd);
  io.stdout(`Đã chốt ấn bản / froze edition ${edition} (as of ${asOf}, ${result.graph.elements().length} elements): ${relative(io.cwd, path)}\n`);
  return path;
}

export function registerPublish(program: Command, io: { cwd: string; stdout: (s: string) => void; setExit: (code: number) => void }): void {
  program
    .command('publish')
    .description('Chốt một ấn bản hằng năm / freeze a yearly edition')
    .argument('<year>', 'năm ấn bản / edition year')
    .option('--model <dir>', 'thư mục mô hình / model folder')
    .option('--allow-errors', 'chốt cả khi mô hình còn lỗi / publish even with errors')
    .option('--out <dir>', 'thư mục của gói công bố / bundle output folder (default: dist/bundle)')
    .option('--base <path>', 'đường dẫn gốc khi đăng tải / the path the site is served under')
    .option('--no-bundle', 'chỉ chốt ấn bản, không đóng gói / freeze only, no bundle')
    .action(async (year: string, options: PublishOptions) => {
      const edition = parseEdition(year);
      freezeEdition(edition, options, io);
      if (options.bundle !== false) {
        await runBundle(
          { edition: year, ...(options.model ? { model: options.model } : {}), ...(options.out ? { out: options.out } : {}), ...(options.base ? { base: options.base } : {}), ...(options.allowErrors ? { allowErrors: true } : {}) },
          { ...io, stderr: (s) => void process.stderr.write(s) },
        );
      }
    });
}
