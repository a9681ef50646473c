/** Writing outputs: to a temporary file next to the target, then renamed into place. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './errors.js';

export function writeOutput(file: string, content: string | Uint8Array, cwd: string): string {
  const target = resolve(cwd, file);
  const temporary = `${target}.tmp-${process.pid}`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  } catch (error) {
    throw new UsageError(`Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return target;
}
