#!/usr/bin/env node
/**
 * The `kientruc` command. Each command is one file in `commands/`; this file only wires them
 * and turns every failure into a one-line message and an exit code (never a stack trace):
 * 0 success, 1 problems found, 2 wrong usage or unusable input, 3 internal error.
 */
import { Command, CommanderError } from 'commander';
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';
import { registerDiagram } from './commands/diagram.js';
import { registerBundle } from './commands/bundle.js';
import { registerDiff } from './commands/diff.js';
import { changeDiagram } from './change-diagram.js';
import { registerPrReport } from './commands/pr-report.js';
import { registerPublish } from './commands/publish.js';
import { registerRules } from './commands/rules.js';
import { registerSchema } from './commands/schema.js';
import { registerServe } from './commands/serve.js';
import { UsageError } from './errors.js';
import { toolVersion } from './version.js';

export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  let exitCode = 0;
  const io = {
    cwd,
    stdout: (s: string) => void process.stdout.write(s),
    setExit: (code: number) => {
      exitCode = code;
    },
  };
  const program = new Command('kientruc')
    .description('Kiến trúc Chính phủ điện tử Việt Nam dạng mã / Vietnam e-government architecture as code')
    .version(toolVersion)
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      // One line like our own usage errors: "kientruc: unknown option '--frmat' (did you mean --format?)".
      outputError: (message, write) => write(`kientruc: ${message.replace(/^error: /, '').replace(/\s*\n\(Did you mean (.*)\)/, ' (did you mean $1)').trim()}\n`),
    })
    .showSuggestionAfterError(true);
  registerCheck(program, io);
  registerRules(program, io);
  registerSchema(program, io);
  registerDiff(program, io);
  registerPublish(program, io);
  registerBundle(program, io);
  registerPrReport(program, io, changeDiagram);
  registerBuild(program, io);
  registerServe(program, io);
  registerDiagram(program, io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2; // help and version exit 0; commander already printed the message
    }
    if (error instanceof UsageError) {
      process.stderr.write(`kientruc: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`kientruc: internal error: ${(error as Error).message ?? String(error)}\n`);
    if (process.env.KIENTRUC_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    return 3;
  }
}

process.exitCode = await main(process.argv.slice(2));
