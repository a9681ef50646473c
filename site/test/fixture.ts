/** The site's fixture model (test/fixtures/site), loaded the way the builder loads a project. */
import { fileURLToPath } from 'node:url';
import { loadProject, type Project } from '@kientruc/core';
import { LiveModel, type EditionModel } from '../src/editions.js';
import { SiteEdition } from '../src/site-model.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, type BuildOptions, type BuildResult } from '../src/build.js';

export const FIXTURE_ROOT = fileURLToPath(new URL('../../test/fixtures/site/', import.meta.url));

export function fixtureProject(): Project {
  const { project, diagnostics } = loadProject({ cwd: FIXTURE_ROOT });
  if (diagnostics.length) throw new Error(`fixture config: ${diagnostics.map((d) => d.message).join('; ')}`);
  return project;
}

const editions = new Map<string, EditionModel>();

/** The fixture evaluated as of a date (memoised: several test files read the same edition). */
export function fixtureEdition(year: number, asOf = `${year}-12-31`): EditionModel {
  const key = `${year}|${asOf}`;
  let edition = editions.get(key);
  if (!edition) {
    edition = new LiveModel(fixtureProject()).edition(year, asOf).load();
    editions.set(key, edition);
  }
  return edition;
}

export function fixtureSite(year = 2025): SiteEdition {
  return new SiteEdition(fixtureEdition(year), fixtureEdition(year - 1));
}


const temporary: string[] = [];
process.on('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when the test process ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `kientruc-${prefix}-`));
  temporary.push(dir);
  return dir;
}

let built: Promise<BuildResult> | undefined;

/**
 * The fixture site, built once per test run and shared by the test files that only read it.
 * `allowErrors` keeps them independent of rules added later; the build tests check refusal.
 */
export function builtFixture(): Promise<BuildResult> {
  built ??= buildSite({ project: fixtureProject(), outDir: join(tempDir('site'), 'out'), allowErrors: true, toolVersion: 'test' });
  return built;
}

export function buildFixture(options: Partial<BuildOptions> & { outDir: string }): Promise<BuildResult> {
  return buildSite({ project: fixtureProject(), allowErrors: true, toolVersion: 'test', ...options });
}
