/**
 * `kientruc build`: the yearly site from the model. Exit 0 built, 1 the model has errors (and no
 * --allow-errors), 2 wrong usage or unusable input. Progress on a terminal, plain lines in CI.
 */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadProject, type Project } from '@kientruc/core';
import {
  buildSite,
  DuplicateOutputPathError,
  EditionError,
  InvalidOutputPathError,
  ModelErrorsError,
  OutputFolderError,
  TemplateError,
  type BuildProgress,
  type BuildResult,
  type SiteDiagnostic,
} from '@kientruc/site';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { toolVersion } from '../version.js';

export interface SiteCommandOptions {
  model?: string;
  edition?: string;
  out?: string;
  base?: string;
  allowErrors?: boolean;
}

export function parseEditionOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]{4}$/.test(value)) throw new UsageError(`--edition expects a year like 2025, got \`${value}\``);
  return Number(value);
}

export function siteProject(options: SiteCommandOptions, cwd: string): Project {
  const { project, diagnostics } = loadProject({ cwd, ...(options.model ? { modelDir: options.model } : {}) });
  const configError = diagnostics.find((d) => d.severity === 'error');
  if (configError) throw new UsageError(`${relative(cwd, configError.location.file)}: ${configError.message}`);
  if (!existsSync(project.modelDir) || !statSync(project.modelDir).isDirectory()) {
    throw new UsageError(`Model folder not found: ${project.modelDir} (give one with --model DIR)`);
  }
  if (options.base !== undefined && !/^\/?[A-Za-z0-9._~\-/]*$/.test(options.base)) throw new UsageError(`--base expects a URL path like /kien-truc/, got \`${options.base}\``);
  return project;
}

const PHASES: Record<BuildProgress['phase'], string> = {
  check: 'kiểm tra mô hình / checking the model',
  diagrams: 'sơ đồ / diagrams',
  plan: 'lập danh sách trang / planning pages',
  render: 'dựng trang / rendering pages',
  commit: 'ghi thư mục / putting the site in place',
};

/** A one-line progress display on a terminal; a line per phase in CI or when piped. */
export function progressReporter(write: (s: string) => void, interactive: boolean): { report(progress: BuildProgress): void; end(): void } {
  let lastPhase = '';
  let lastDraw = 0;
  // Diagrams and pages alternate, a batch at a time: in CI, a line when each phase first starts.
  const started = new Set<string>();
  return {
    report(progress) {
      if (!interactive) {
        if (!started.has(progress.phase)) write(`${PHASES[progress.phase]}…\n`);
        started.add(progress.phase);
        return;
      }
      const now = Date.now();
      if (progress.phase === lastPhase && now - lastDraw < 80 && progress.done !== progress.total) return;
      lastPhase = progress.phase;
      lastDraw = now;
      const width = 24;
      const filled = progress.total ? Math.round((progress.done / progress.total) * width) : width;
      write(`\r\x1b[2K${PHASES[progress.phase]} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${progress.done}/${progress.total}${progress.detail ? ` ${progress.detail}` : ''}`.slice(0, (process.stderr.columns ?? 100) + 5));
    },
    end() {
      if (interactive) write('\r\x1b[2K');
    },
  };
}

export function isInteractive(): boolean {
  return Boolean(process.stderr.isTTY) && !process.env.CI;
}

export function formatSiteDiagnostic(d: SiteDiagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.message} [${d.ruleId}]`;
}

/** Build failures the user can act on, as one message and an exit code. */
export function siteFailure(error: unknown): { message: string; exitCode: number } | undefined {
  if (error instanceof ModelErrorsError) {
    const errors = error.diagnostics.filter((d) => d.severity === 'error');
    const shown = errors.slice(0, 20).map(formatSiteDiagnostic);
    const more = errors.length > shown.length ? [`… ${errors.length - shown.length} more (kientruc check)`] : [];
    return { message: [...shown, ...more, error.message].join('\n'), exitCode: 1 };
  }
  if (error instanceof DuplicateOutputPathError || error instanceof InvalidOutputPathError || error instanceof OutputFolderError || error instanceof EditionError || error instanceof TemplateError) {
    return { message: error.message, exitCode: 2 };
  }
  return undefined;
}

export function summary(result: BuildResult, cwd: string): string {
  const editions = result.editions.map((e) => `${e.year} (${e.asOf}, ${e.origin === 'snapshot' ? 'đã chốt / frozen' : 'mô hình hiện hành / live'}, ${e.pages} pages${e.errors ? `, ${e.errors} errors` : ''})`).join(', ');
  const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MB`;
  return `Đã dựng / built ${result.pages} pages, ${result.files} files (${size}) in ${relative(cwd, result.outDir) || '.'} — editions ${editions} — ${(result.timings.total! / 1000).toFixed(1)} s\n`;
}

export async function runBuild(options: SiteCommandOptions, io: { cwd: string; stdout: (s: string) => void }): Promise<number> {
  const project = siteProject(options, io.cwd);
  const edition = parseEditionOption(options.edition);
  const outDir = resolve(io.cwd, options.out ?? resolve(project.root, 'dist/site'));
  const progress = progressReporter((s) => void process.stderr.write(s), isInteractive());
  try {
    const result = await buildSite({
      project,
      outDir,
      ...(options.base !== undefined ? { base: options.base } : {}),
      ...(edition !== undefined ? { edition } : {}),
      allowErrors: options.allowErrors ?? false,
      toolVersion,
      onProgress: progress.report,
    });
    progress.end();
    io.stdout(summary(result, io.cwd));
    return 0;
  } catch (error) {
    progress.end();
    const failure = siteFailure(error);
    if (!failure) throw error;
    if (failure.exitCode === 2) throw new UsageError(failure.message);
    process.stderr.write(`${failure.message}\n`);
    return failure.exitCode;
  }
}

export function registerBuild(program: Command, io: { cwd: string; stdout: (s: string) => void; setExit: (code: number) => void }): void {
  program
    .command('build')
    .description('Dựng trang web tĩnh của kiến trúc / build the static site')
    .option('--model <dir>', 'thư mục mô hình / model folder (default: from kientruc.config.yaml, else ./model)')
    .option('--edition <year>', 'ấn bản mới nhất cần dựng / the latest edition to build (model as of 31/12 of the year)')
    .option('--out <dir>', 'thư mục kết quả / output folder (default: dist/site)')
    .option('--base <path>', 'đường dẫn gốc khi đăng tải / the path the site is served under, e.g. /kien-truc/', '/')
    .option('--allow-errors', 'dựng cả khi mô hình còn lỗi, đánh dấu lỗi trên trang / build even with errors, marking them on the pages')
    .action(async (options: SiteCommandOptions) => {
      io.setExit(await runBuild(options, io));
    });
}
