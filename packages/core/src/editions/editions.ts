/** The published editions of a model folder (`<model>/editions/<YEAR>.yaml`), read and verified. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { EDITIONS_DIR, readSnapshot, type EditionSnapshot } from './snapshot.js';

export function editionPath(modelDir: string, edition: number): string {
  return join(modelDir, EDITIONS_DIR, `${edition}.yaml`);
}

export function loadEditions(modelDir: string): { editions: EditionSnapshot[]; diagnostics: Diagnostic[] } {
  const dir = join(modelDir, EDITIONS_DIR);
  const editions: EditionSnapshot[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(dir)) return { editions, diagnostics };
  for (const name of readdirSync(dir).filter((n) => /^[0-9]{4}\.yaml$/.test(n)).sort()) {
    const path = join(dir, name);
    const result = readSnapshot(path, readFileSync(path), `${EDITIONS_DIR}/${name}`);
    diagnostics.push(...result.diagnostics);
    if (result.snapshot) {
      if (`${result.snapshot.header.edition}.yaml` !== name) {
        diagnostics.push({
          severity: 'error',
          ruleId: 'edition-snapshot',
          message: `Snapshot of edition ${result.snapshot.header.edition} is stored as ${name}`,
          fix: `Rename it to ${result.snapshot.header.edition}.yaml.`,
          location: { file: path, doc: 0, path: ['edition'] },
        });
        continue;
      }
      editions.push(result.snapshot);
    }
  }
  return { editions, diagnostics };
}

/** The as-of date of an edition: configured, else 31 December of the year. */
export function editionDate(edition: number, configured?: Record<string, string>): string {
  return configured?.[String(edition)] ?? `${edition}-12-31`;
}
