#!/usr/bin/env node
/**
 * The `kientruc` command. Each command is one file in `commands/`; this file only wires them
 * and turns every failure into a one-line message and an exit code (never a stack trace):
 * 0 success, 1 problems found, 2 wrong usage or unusable input, 3 internal error.
 */
import { Command, CommanderError } from 'commander';
import { UsageError } from './errors.js';
import { toolVersion } from './version.js';

type Io = { cwd: string; stdout: (s: string) => void; setExit: (code: number) => void };
type Register = (program: Command, io: Io) => void;

/**
 * Every command module, in the order help lists their commands, each loaded only when needed:
 * `kientruc check` does not load the site builder, the layout engine or the templates of the
 * commands it does not run (most of the start-up time otherwise).
 */
const COMMANDS: { names: string[]; load: () => Promise<Register> }[] = [
  { names: ['check'], load: async () => (await import('./commands/check.js')).registerCheck },
  { names: ['rules', 'explain'], load: async () => (await import('./commands/rules.js')).registerRules },
  { names: ['schema'], load: async () => (await import('./commands/schema.js')).registerSchema },
  { names: ['diff'], load: async () => (await import('./commands/diff.js')).registerDiff },
  { names: ['publish'], load: async () => (await import('./commands/publish.js')).registerPublish },
  { names: ['bundle'], load: async () => (await import('./commands/bundle.js')).registerBundle },
  {
    names: ['pr-report'],
    load: async () => {
      const [{ registerPrReport }, { changeDiagram }] = await Promise.all([import('./commands/pr-report.js'), import('./change-diagram.js')]);
      return (program, io) => registerPrReport(program, io, changeDiagram);
    },
  },
  { names: ['build'], load: async () => (await import('./commands/build.js')).registerBuild },
  { names: ['serve'], load: async () => (await import('./commands/serve.js')).registerServe },
  { names: ['diagram'], load: async () => (await import('./commands/diagram.js')).registerDiagram },
];

/** The command modules to load: the one of the command named first, none for the version, else all (help, suggestions). */
function commandsFor(argv: string[]): typeof COMMANDS {
  const [first] = argv;
  const named = COMMANDS.find((command) => first !== undefined && command.names.includes(first));
  if (named) return [named];
  if (argv.length === 1 && (first === '--version' || first === '-V')) return [];
  return COMMANDS;
}

export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  let exitCode = 0;
  const io: Io = {
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
  try {
    const registers = await Promise.all(commandsFor(argv).map((command) => command.load()));
    for (const register of registers) register(program, io);
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
