/** `kientruc check`: every problem of the model at file:line:col. Exit 0 clean, 1 problems, 2 usage. */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isValidDate, loadProject, PositionResolver, suggest, todayInVietnam, type Diagnostic, type Project } from '@kientruc/core';
import { allRules, checkModel, coreChecks } from '@kientruc/rules';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { formatters } from '../format/index.js';
import { changedFilesSince } from '../git.js';
import { toolVersion } from '../version.js';

export interface CheckOptions {
  model?: string;
  config?: string;
  asOf?: string;
  format: string;
  changedSince?: string;
  maxWarnings?: string;
  color?: boolean;
}

export function resolveAsOf(option: string | undefined, configured: string | undefined): string {
  const asOf = option ?? configured ?? todayInVietnam();
  if (!isValidDate(asOf)) throw new UsageError(`--as-of expects a date YYYY-MM-DD, got \`${asOf}\``);
  return asOf;
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** The rule engine applies `rules:` severities to rules; the built-in checks of loading get them here. */
function withCoreSeverities(diagnostics: Diagnostic[], project: Project): Diagnostic[] {
  const severities = project.config.rules ?? {};
  const core = new Set(coreChecks.map((check) => check.id));
  return diagnostics.flatMap((d) => {
    const configured = core.has(d.ruleId) && d.ruleId !== 'config' ? severities[d.ruleId] : undefined;
    if (configured === undefined) return [d];
    return configured === 'off' ? [] : [{ ...d, severity: configured }];
  });
}

/** A severity set for a rule that does not exist is a typo: say so at its key. */
function unknownRulesInConfig(project: Project): Diagnostic[] {
  if (!project.configFile || !project.config.rules) return [];
  const known = [...allRules, ...coreChecks].map((rule) => rule.id);
  const positions = new PositionResolver(() => project.configText);
  return Object.keys(project.config.rules)
    .filter((id) => !known.includes(id))
    .sort()
    .map((id) => {
      const hint = suggest(id, known);
      const diagnostic: Diagnostic = {
        severity: 'error',
        ruleId: 'config',
        message: `Unknown rule \`${id}\` in \`rules\`${hint ? `; did you mean \`${hint}\`?` : ''}`,
        fix: '`kientruc rules` lists the rule ids.',
        location: { file: project.configFile!, doc: 0, path: ['rules', id], key: true },
      };
      positions.resolveAll([diagnostic]);
      return diagnostic;
    });
}

export function runCheck(options: CheckOptions, io: { cwd: string; stdout: (s: string) => void }): number {
  const started = performance.now();
  const formatter = formatters[options.format];
  if (!formatter) throw new UsageError(`--format expects one of ${Object.keys(formatters).join(', ')}, got \`${options.format}\``);
  let maxWarnings: number | undefined;
  if (options.maxWarnings !== undefined) {
    maxWarnings = Number(options.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings expects a whole number, got \`${options.maxWarnings}\``);
  }
  if (options.config && !existsSync(resolve(io.cwd, options.config))) throw new UsageError(`Config file not found: ${options.config}`);
  const { project, diagnostics: configDiagnostics } = loadProject({
    cwd: io.cwd,
    ...(options.model ? { modelDir: options.model } : {}),
    ...(options.config ? { configFile: options.config } : {}),
  });
  if (!existsSync(project.modelDir) || !statSync(project.modelDir).isDirectory()) {
    throw new UsageError(`Model folder not found: ${project.modelDir} (give one with --model DIR)`);
  }
  const asOf = resolveAsOf(options.asOf, project.config.asOf);
  const changed = options.changedSince ? changedFilesSince(project.modelDir, options.changedSince) : undefined;
  const result = checkModel(project, asOf);
  let diagnostics: Diagnostic[] = withCoreSeverities([...configDiagnostics, ...unknownRulesInConfig(project), ...result.diagnostics], project);
  // git names real paths; the model folder may have been reached through a symbolic link.
  if (changed) diagnostics = diagnostics.filter((d) => changed.has(realPath(d.location.file)));
  const texts = new Map(result.loaded.files.map((file) => [file.path, file.text]));
  if (project.configFile && project.configText !== undefined) texts.set(project.configFile, project.configText);
  io.stdout(
    formatter(diagnostics, {
      cwd: io.cwd,
      root: project.root,
      text: (file) => texts.get(file),
      filesChecked: result.loaded.files.length,
      elapsedMs: performance.now() - started,
      asOf,
      rules: allRules,
      color: options.color ?? false,
      toolVersion,
    }),
  );
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}

export function registerCheck(program: Command, io: { cwd: string; stdout: (s: string) => void; setExit: (code: number) => void }): void {
  program
    .command('check')
    .description('Kiểm tra tính nhất quán của mô hình / check the model for consistency')
    .option('--model <dir>', 'thư mục mô hình / model folder (default: from kientruc.config.yaml, else ./model)')
    .option('--config <file>', 'tệp cấu hình / config file (default: kientruc.config.yaml found upwards)')
    .option('--as-of <date>', 'đánh giá mô hình tại ngày / evaluate the model as of YYYY-MM-DD (default: today)')
    .option('--format <format>', 'pretty | json | sarif | github', 'pretty')
    .option('--changed-since <ref>', 'chỉ báo các tệp đã đổi từ ref / report only files changed since a git ref')
    .option('--max-warnings <n>', 'thất bại khi có nhiều hơn n cảnh báo / fail with more than n warnings')
    .action((options: CheckOptions) => {
      io.setExit(runCheck({ ...options, color: process.stdout.isTTY && !process.env.NO_COLOR }, io));
    });
}
