import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadProject, writeSnapshot } from '@kientruc/core';
import { checkModel } from '@kientruc/rules';
import { buildSite } from '../src/build.js';
import { resolveEditions, LiveModel, toSiteDiagnostics } from '../src/editions.js';
import { FIXTURE_ROOT, tempDir } from './fixture.js';

function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split(sep).join('/'), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

/** A copy of the fixture with edition 2024 published (frozen the way `kientruc publish` freezes it). */
function publishedFixture(): string {
  const root = join(tempDir('editions'), 'project');
  cpSync(FIXTURE_ROOT, root, { recursive: true });
  const { project } = loadProject({ cwd: root });
  const result = checkModel(project, '2024-12-31');
  const diagnostics = toSiteDiagnostics(result.diagnostics, project.root);
  mkdirSync(join(root, 'model/editions'), { recursive: true });
  writeFileSync(join(root, 'model/editions/2024.yaml'), writeSnapshot(2024, result.graph, diagnostics));
  return root;
}

test('editions: published snapshots, configured years and --edition, oldest first', () => {
  const root = publishedFixture();
  const live = new LiveModel(loadProject({ cwd: root }).project);
  assert.equal(
    resolveEditions(live).map((source) => [source.year, source.asOf, source.origin]),
    [
      [2024, '2024-12-31', 'snapshot'],
      [2025, '2025-12-31', 'live'],
    ],
  );
  assert.equal(resolveEditions(live, { requested: 2024 }).map((source) => source.year), [2024]);
  assert.equal(resolveEditions(live, { requested: 2026 }).map((source) => [source.year, source.asOf]), [
    [2024, '2024-12-31'],
    [2025, '2025-12-31'],
    [2026, '2026-12-31'],
  ]);
});

test('a published edition is built from its snapshot: the live model can change, its pages do not', async () => {
  const root = publishedFixture();
  const project = () => loadProject({ cwd: root }).project;
  const first = join(root, 'site-1');
  await buildSite({ project: project(), outDir: first, allowErrors: true, toolVersion: 'test' });
  const before = tree(join(first, '2024'));
  assert.match(before.get('he-thong/vneid.html')!.toString(), '<h1>Hệ thống định danh và xác thực điện tử</h1>');
  assert.match(before.get('index.html')!.toString(), 'đã công bố (bản chốt)');

  // An edit of the live model that a reader of 2025 sees, and that must not rewrite 2024.
  const file = join(root, 'model/national/systems/national-systems.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('Hệ thống định danh và xác thực điện tử', 'Hệ thống định danh điện tử quốc gia'));
  const second = join(root, 'site-2');
  await buildSite({ project: project(), outDir: second, allowErrors: true, toolVersion: 'test' });
  const after = tree(join(second, '2024'));
  assert.equal([...after.keys()], [...before.keys()]);
  const changed = [...before].filter(([path, bytes]) => !after.get(path)!.equals(bytes)).map(([path]) => path);
  assert.equal(changed, [], 'edition 2024 is byte-identical');
  assert.match(readFileSync(join(second, '2025/he-thong/vneid.html'), 'utf8'), '<h1>Hệ thống định danh điện tử quốc gia</h1>');
});

test('the folder of a published edition never depends on the other editions: an element retired in the live model, a later edition added, an edition built alone', async () => {
  const root = publishedFixture();
  const project = () => loadProject({ cwd: root }).project;
  const build = async (name: string, edition?: number) => {
    const outDir = join(root, name);
    await buildSite({ project: project(), outDir, allowErrors: true, toolVersion: 'test', ...(edition !== undefined ? { edition } : {}) });
    return outDir;
  };
  const first = await build('site-1');
  const before = tree(join(first, '2024'));
  const sameAsBefore = (dir: string, what: string) => {
    const after = tree(join(dir, '2024'));
    assert.equal([...after.keys()], [...before.keys()], `${what}: the same files`);
    const changed = [...before].filter(([path, bytes]) => !after.get(path)!.equals(bytes)).map(([path]) => path);
    assert.equal(changed, [], `${what}: edition 2024 is byte-identical`);
  };
  // The edition's pages name no other edition; the switcher reads them from the site root.
  assert.not.match(before.get('he-thong/vneid.html')!.toString(), '2025/');
  assert.match(readFileSync(join(first, 'an-ban.js'), 'utf8'), '"year":2025');

  // (a) VNeID retired in the live model: gone from 2025, which 2024's switcher once said on its page.
  const file = join(root, 'model/national/systems/national-systems.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('id: vneid\n', 'id: vneid\nuntil: "2025-06-30"\n'));
  const retired = await build('site-retired');
  assert.not.ok(existsSync(join(retired, '2025/he-thong/vneid.html')), 'the retirement took effect');
  sameAsBefore(retired, 'element retired');

  // (b) A later edition added to the site.
  const later = await build('site-2026', 2026);
  assert.ok(existsSync(join(later, '2026/index.html')));
  assert.match(readFileSync(join(later, 'an-ban.js'), 'utf8'), '"year":2026');
  sameAsBefore(later, 'edition 2026 added');

  // (c) Edition 2024 built alone.
  const alone = await build('site-2024', 2024);
  assert.not.ok(existsSync(join(alone, '2025')));
  sameAsBefore(alone, 'edition 2024 alone');
});

test.run();
