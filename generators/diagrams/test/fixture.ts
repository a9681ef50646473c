/** The diagram fixture model, its views, and their layouts, shared by the test files of this package. */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeViews, evaluateAsOf, loadModel, loadModelFromSources, type ComputedView, type ComputeViewsResult, type LoadedModel } from '@kientruc/core';
import { layoutViews, prepareView, type LaidOutView, type PreparedView } from '../src/index.js';

export const FIXTURE_MODEL = fileURLToPath(new URL('../../../test/fixtures/diagrams/model', import.meta.url));
export const SHIPPED_MODEL = fileURLToPath(new URL('../../../model', import.meta.url));
export const AS_OF = '2025-12-31';

export function fixtureViews(asOf = AS_OF, options: { maxNodes?: number } = {}): ComputeViewsResult {
  return computeViews(evaluateAsOf(loadModel(FIXTURE_MODEL), asOf), options);
}

/** The model files as sources, in the order given by `order` (to show file order does not matter). */
export function fixtureSources(order: (paths: string[]) => string[] = (paths) => paths): { path: string; text: string }[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.yaml')) paths.push(full);
    }
  };
  walk(FIXTURE_MODEL);
  return order(paths).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

export function viewsFromSources(sources: { path: string; text: string }[], asOf = AS_OF): ComputedView[] {
  const loaded: LoadedModel = loadModelFromSources(
    FIXTURE_MODEL,
    sources.map(({ path, text }) => ({ path, bytes: Buffer.from(text, 'utf8') })),
  );
  return computeViews(evaluateAsOf(loaded, asOf)).views;
}

let laidOut: Promise<{ prepared: PreparedView[]; laid: LaidOutView[] }> | undefined;

/** Every fixture view laid out once per test run (layout is the slow step). */
export function fixtureLayouts(): Promise<{ prepared: PreparedView[]; laid: LaidOutView[] }> {
  laidOut ??= (async () => {
    const prepared = fixtureViews().views.map(prepareView);
    return { prepared, laid: await layoutViews(prepared) };
  })();
  return laidOut;
}

/** Golden files of a folder that no view produced any more: deleted with UPDATE_GOLDEN=1, reported otherwise. */
export function staleGoldens(dir: string, expected: Set<string>): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const stale = names.filter((name) => !expected.has(name)).map((name) => join(dir, name));
  if (process.env.UPDATE_GOLDEN === '1') {
    for (const file of stale) rmSync(file);
    return [];
  }
  return stale.map((file) => relative(process.cwd(), file));
}
