/**
 * Runs every uvu test file of the repository in one process and ends with the line
 * `N passed, N failed` that CI reads. `pnpm test [filter]` runs only files whose path
 * contains the filter.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const filter = process.argv[2];

const roots = ['packages', 'generators', 'site', 'test'];
const skip = new Set(['node_modules', 'fixtures', 'bench', 'artifacts', 'dist']);

function find(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (skip.has(name) || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) find(full, out);
    else if (name.endsWith('.test.ts')) out.push(full);
  }
}

const files: string[] = [];
for (const dir of roots) find(join(root, dir), files);
const selected = files.filter((file) => !filter || relative(root, file).includes(filter));

const state = globalThis as unknown as { UVU_DEFER: number; UVU_INDEX: number; UVU_QUEUE: unknown[][] };
state.UVU_DEFER = 1;
const uvu = await import('uvu');
let importFailures = 0;
let index = 0;
for (const file of selected) {
  state.UVU_INDEX = index++;
  state.UVU_QUEUE.push([relative(root, file)]);
  try {
    await import(pathToFileURL(file).href);
  } catch (error) {
    importFailures++;
    process.stdout.write(`\nFAIL ${relative(root, file)}: could not load: ${(error as Error).message}\n`);
  }
}

let captured = '';
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stdout.write;
await uvu.exec(false);
process.stdout.write = write;

// eslint-disable-next-line no-control-regex
const plain = captured.replace(/\u001b\[[0-9;]*m/g, '');
const total = Number(/Total:\s+(\d+)/.exec(plain)?.[1] ?? 0);
const passed = Number(/Passed:\s+(\d+)/.exec(plain)?.[1] ?? 0);
const skipped = Number(/Skipped:\s+(\d+)/.exec(plain)?.[1] ?? 0);
const failed = total - passed - skipped + importFailures;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || total === 0 ? 1 : 0;
