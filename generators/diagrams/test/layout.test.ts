/** What applying the layout adds, and the worker pool's life cycle. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { computeViews, evaluateAsOf, loadModel } from '@kientruc/core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closeLayoutPool, LayoutPool, prepareView } from '../src/index.js';
import { AS_OF, fixtureLayouts, fixtureViews, SHIPPED_MODEL } from './fixture.js';

test('layer bands share one width and run top to bottom in the framework order; aside layers stand beside them', async () => {
  const { laid } = await fixtureLayouts();
  const overall = laid.find((l) => l.view.id === 'overall--quang-ninh')!;
  const bands = overall.groups.filter((g) => g.group.role === 'layer');
  assert.equal(
    bands.map((b) => b.group.id),
    ['layer--users', 'layer--channels', 'layer--portals', 'layer--applications', 'layer--integration', 'layer--data', 'layer--infrastructure'],
  );
  for (const band of bands) {
    assert.is(band.x, bands[0]!.x);
    assert.is(band.width, bands[0]!.width);
  }
  for (let i = 1; i < bands.length; i++) assert.ok(bands[i]!.y >= bands[i - 1]!.y + bands[i - 1]!.height, `${bands[i]!.group.id} below ${bands[i - 1]!.group.id}`);
  const security = overall.groups.find((g) => g.group.id === 'layer--security')!;
  assert.is(security.group.role, 'aside');
  assert.ok(security.x >= bands[0]!.x + bands[0]!.width, 'security beside the bands');
  assert.is(security.y, bands[0]!.y, 'from the top of the first band');
  assert.ok(security.y + security.height >= bands[bands.length - 1]!.y + bands[bands.length - 1]!.height, 'to the bottom of the last');
  for (const node of overall.nodes) {
    const group = overall.groups.find((g) => g.group.id === node.node.group)!;
    assert.ok(
      node.x >= group.x && node.y >= group.y && node.x + node.width <= group.x + group.width && node.y + node.height <= group.y + group.height,
      `${node.node.id} inside ${group.group.id}`,
    );
  }
});

test('every edge starts on its source box and ends on its target box', async () => {
  const { laid } = await fixtureLayouts();
  for (const view of laid) {
    const box = new Map(view.nodes.map((n) => [n.node.id, n]));
    const on = (point: [number, number], id: string) => {
      const b = box.get(id)!;
      return point[0] >= b.x - 0.5 && point[0] <= b.x + b.width + 0.5 && point[1] >= b.y - 0.5 && point[1] <= b.y + b.height + 0.5;
    };
    for (const edge of view.edges) {
      assert.ok(edge.points.length >= 2, `${view.view.id}: ${edge.edge.id} has a route`);
      assert.ok(on(edge.points[0]!, edge.edge.source), `${view.view.id}: ${edge.edge.id} leaves its source`);
      assert.ok(on(edge.points[edge.points.length - 1]!, edge.edge.target), `${view.view.id}: ${edge.edge.id} reaches its target`);
      for (let i = 1; i < edge.points.length; i++) {
        const [a, b] = [edge.points[i - 1]!, edge.points[i]!];
        assert.ok(Math.abs(a[0] - b[0]) < 0.01 || Math.abs(a[1] - b[1]) < 0.01, `${view.view.id}: ${edge.edge.id} is orthogonal`);
      }
    }
  }
});

test('a closed pool refuses work and ends its workers; the shared pool starts again on demand', async () => {
  const { prepared } = await fixtureLayouts();
  const pool = new LayoutPool(1);
  const output = JSON.parse(await pool.layout(prepared[0]!.elkInput)) as { children: unknown[] };
  assert.ok(output.children.length > 0);
  await pool.close();
  try {
    await pool.layout(prepared[0]!.elkInput);
    assert.unreachable('a closed pool refuses work');
  } catch (error) {
    assert.match(String(error), /closed/);
  }
  assert.is(prepareView(prepared[0]!.view).elkInput, prepared[0]!.elkInput, 'the ELK input is a pure function of the view');
});

test('a layout failure is reported, and the pool goes on', async () => {
  const pool = new LayoutPool(1);
  try {
    await pool.layout('{"id":"root","children":[{"id":"a"}],"edges":[{"id":"e","sources":["missing"],"targets":["a"]}]}');
    assert.unreachable('an edge to a missing node fails');
  } catch (error) {
    assert.match(String(error), /ELK layout failed/);
  }
  const { prepared } = await fixtureLayouts();
  assert.ok((await pool.layout(prepared[0]!.elkInput)).length > 0, 'the next layout works');
  await pool.close();
});

test('the engine as loaded lays out exactly as elkjs as published (cast checks off, option hashes kept)', async () => {
  const { loadEngine } = await import('../src/elk-engine.mjs');
  const changed = loadEngine();
  const published = loadEngine({ changed: false });
  const views = [...fixtureViews().views, ...computeViews(evaluateAsOf(loadModel(SHIPPED_MODEL), AS_OF)).views];
  assert.ok(views.length > 50, `${views.length} views`);
  for (const view of views) {
    const { elkInput } = prepareView(view);
    assert.is(JSON.stringify(changed.layout(JSON.parse(elkInput))), JSON.stringify(published.layout(JSON.parse(elkInput))), view.id);
  }
});

test('the engine refuses to load code it does not know (another elkjs version)', async () => {
  const { ENGINE_CHANGES, loadEngine } = await import('../src/elk-engine.mjs');
  const source = readFileSync(createRequire(import.meta.url).resolve('elkjs/lib/elk-worker.min.js'), 'utf8');
  for (const change of ENGINE_CHANGES) {
    assert.throws(() => loadEngine({ source: source.replace(change.from, '') }), /not the expected one.*pinned/);
    assert.throws(() => loadEngine({ source: source + change.from }), /not the expected one/, 'found twice');
  }
  assert.not.throws(() => loadEngine({ source }));
});

test.after(async () => {
  await closeLayoutPool();
});

test.run();
