/** The few git questions the CLI asks, through the git binary. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { UsageError } from './errors.js';

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new UsageError(`git ${args.join(' ')} failed: ${stderr.split('\n')[0] || String(error).split('\n')[0]}`);
  }
}

export function gitTopLevel(cwd: string): string {
  return git(cwd, ['rev-parse', '--show-toplevel']).trim();
}

/** Absolute paths of files changed since `ref`: committed, staged, unstaged and untracked. */
export function changedFilesSince(cwd: string, ref: string): Set<string> {
  const top = gitTopLevel(cwd);
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: top, stdio: 'ignore' });
  } catch {
    throw new UsageError(`Unknown git ref \`${ref}\` (expected a branch, tag or commit of ${top})`);
  }
  const names = [
    // `--` so that a ref named like a file is still read as a ref.
    ...git(top, ['diff', '--name-only', '--no-renames', ref, '--']).split('\n'),
    ...git(top, ['ls-files', '--others', '--exclude-standard']).split('\n'),
  ].filter(Boolean);
  return new Set(names.map((name) => resolve(top, name)));
}
