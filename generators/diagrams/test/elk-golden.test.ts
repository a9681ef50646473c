/**
 * Golden files of the ELK input of every view of the fixture model and of the shipped model
 * (`UPDATE_GOLDEN=1 pnpm test generators/diagrams` rewrites them after a deliberate change).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { computeViews, evaluateAsOf, loadModel } from '@kientruc/core';
import { assertGolden } from '../../../test/helpers/golden.js';
import { prepareView, serializeElkGraph } from '../src/index.js';
import { AS_OF, fixtureViews, SHIPPED_MODEL, staleGoldens } from './fixture.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));

test('ELK input of every fixture view matches its golden file', () => {
  const { views } = fixtureViews();
  assert.ok(views.length > 10, 'the fixture has views');
  const dir = join(GOLDEN, 'fixture');
  for (const view of views) assertGolden(join(dir, `${view.id}.elk.json`), serializeElkGraph(prepareView(view).elkGraph));
  assert.equal(staleGoldens(dir, new Set(views.map((view) => `${view.id}.elk.json`))), [], 'no golden file without a view');
});

test('ELK input of every view of the shipped model matches its golden file', () => {
  const dir = join(GOLDEN, 'model');
  if (!existsSync(SHIPPED_MODEL)) return;
  const { views } = computeViews(evaluateAsOf(loadModel(SHIPPED_MODEL), AS_OF));
  for (const view of views) assertGolden(join(dir, `${view.id}.elk.json`), serializeElkGraph(prepareView(view).elkGraph));
  assert.equal(staleGoldens(dir, new Set(views.map((view) => `${view.id}.elk.json`))), [], 'no golden file without a view');
});

test.run();
