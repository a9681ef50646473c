/** What the end-to-end tests of `kientruc check` share: running it and reading its output. */
import * as assert from 'uvu/assert';
import { fileURLToPath } from 'node:url';
import { runCli, type CliResult } from '../helpers/cli.js';

export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/check/${name}/`, import.meta.url));

/** Runs the CLI and checks what every run must satisfy: never a stack trace. */
export function kientruc(args: string[], cwd: string): CliResult {
  const result = runCli(args, { cwd });
  assert.not.match(result.stderr, /\n\s+at /, `no stack trace for kientruc ${args.join(' ')}:\n${result.stderr}`);
  assert.not.match(result.stdout, /\n\s+at .*\(.*:\d+:\d+\)/, 'no stack trace on stdout');
  return result;
}

const LINE = /^(\S+):(\d+):(\d+): (error|warning|info) (.*) \[([a-z0-9-]+)\]$/;

/** The `path:line:col: severity message [rule]` lines of pretty output, optionally only of some rules. */
export function diagnosticLines(stdout: string, rules?: string[]): string[] {
  return stdout
    .split('\n')
    .filter((line) => {
      const match = LINE.exec(line);
      return match !== null && (!rules || rules.includes(match[6]!));
    });
}

export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  ruleId: string;
  message: string;
  related: { file: string; line: number; column: number; message: string }[];
}

export function parseJson(stdout: string): { diagnostics: JsonDiagnostic[]; summary: { errors: number; warnings: number; files: number; asOf: string } } {
  return JSON.parse(stdout);
}

/** Exit 1 exactly when there are errors (without --max-warnings). */
export function assertExitMatches(result: CliResult, errors: number): void {
  assert.is(result.status, errors > 0 ? 1 : 0, `exit code with ${errors} errors; stderr: ${result.stderr}`);
}
