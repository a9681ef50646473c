/**
 * The synthetic model the benchmarks check: valid against the real schemas, every reference
 * resolved, deterministic from its seed, and checked the same whatever order its files were
 * written in. Also: a re-check with the parse cache after a change gives what a fresh check gives.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadProject, ParseCache, type Diagnostic } from '@kientruc/core';
import { checkModel, type CheckResult } from '@kientruc/rules';
import { buildSyntheticModel, SYNTHETIC_AS_OF, writeSyntheticModel, type SyntheticOptions } from '../bench/synthetic.js';

const SMALL: SyntheticOptions = { provinces: 3, ministries: 2, systemsPerAgency: 15 };

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kientruc-synthetic-'));
  folders.push(dir);
  return dir;
}
test.after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function check(dir: string, cache?: ParseCache): CheckResult {
  const { project } = loadProject({ cwd: dir, modelDir: dir });
  return checkModel(project, SYNTHETIC_AS_OF, cache ? { cache } : {});
}

/** Diagnostics as a user reads them, with paths relative to the model folder. */
function lines(dir: string, diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${relative(dir, d.location.file)}:${d.position?.line}:${d.position?.column}: ${d.severity} ${d.message} [${d.ruleId}]`);
}

function filesUnder(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else found.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return found;
}

test('a small synthetic model loads, validates and links without a single diagnostic', () => {
  const dir = folder();
  const model = buildSyntheticModel(SMALL);
  writeSyntheticModel(dir, model);
  const result = check(dir);
  assert.equal(lines(dir, result.loaded.diagnostics), [], 'no diagnostic of loading or validation');
  assert.equal(result.graph.dangling.map((d) => `${d.from.id} ${d.reference.path.join('.')} ${d.reference.target} ${d.problem}`), [], 'every reference resolves and is in force');
  assert.is(result.loaded.model.elements.length, model.elements, 'every document is a valid element');
  const errors = result.diagnostics.filter((d) => ['unresolved-reference', 'reference-kind', 'reference-out-of-force'].includes(d.ruleId));
  assert.equal(lines(dir, errors), []);
  for (const [path, text] of model.files) {
    assert.match(text, /^# yaml-language-server: \$schema=(\.\.\/)*\.schema\/kientruc\.schema\.json\n/, path);
  }
  for (const record of result.loaded.model.elements) assert.is(record.element.provenance, 'illustrative', record.id);
});

test('the same seed gives byte-identical files, another seed other files', () => {
  const first = folder();
  const second = folder();
  writeSyntheticModel(first, buildSyntheticModel(SMALL));
  writeSyntheticModel(second, buildSyntheticModel({ ...SMALL }));
  const a = filesUnder(first);
  const b = filesUnder(second);
  assert.equal([...a.keys()], [...b.keys()]);
  for (const [path, bytes] of a) assert.ok(bytes.equals(b.get(path)!), path);
  const other = buildSyntheticModel({ ...SMALL, seed: 'another seed' });
  assert.not.equal([...other.files.values()], [...a.values()].map((bytes) => bytes.toString('utf8')));
});

test('sizes follow the options: agencies, systems per agency', () => {
  const small = buildSyntheticModel(SMALL);
  const larger = buildSyntheticModel({ ...SMALL, provinces: 4, systemsPerAgency: 20 });
  const agencies = (model: ReturnType<typeof buildSyntheticModel>) => new Set([...model.files.keys()].filter((path) => path.startsWith('architectures/')).map((path) => path.split('/')[1])).size;
  assert.is(agencies(small), 5);
  assert.is(agencies(larger), 6);
  assert.ok(larger.elements > small.elements * 1.3, `${larger.elements} elements vs ${small.elements}`);
  const systems = [...small.files].filter(([path]) => path.endsWith('/systems.yaml')).map(([, text]) => (text.match(/^kind: information-system$/gm) ?? []).length);
  assert.equal(systems, [15, 15, 15, 15, 15]);
});

test('files written in another order give the same check, problems included', () => {
  const options = { ...SMALL, defects: 3 };
  const sorted = folder();
  const reversed = folder();
  writeSyntheticModel(sorted, buildSyntheticModel(options), 'sorted');
  writeSyntheticModel(reversed, buildSyntheticModel(options), 'reversed');
  const a = check(sorted);
  const b = check(reversed);
  assert.is(a.diagnostics.filter((d) => d.ruleId === 'unresolved-reference').length, 3, 'each misspelt reference is reported once');
  assert.equal(lines(reversed, b.diagnostics), lines(sorted, a.diagnostics));
  assert.equal(b.graph.elements().map((r) => r.id), a.graph.elements().map((r) => r.id));
  assert.equal(b.graph.allEdges().map((e) => `${e.source} ${e.relation} ${e.target}`), a.graph.allEdges().map((e) => `${e.source} ${e.relation} ${e.target}`));
});

test('a re-check with the parse cache after a change gives what a fresh check gives', () => {
  const dir = folder();
  writeSyntheticModel(dir, buildSyntheticModel({ ...SMALL, defects: 2 }));
  const cache = new ParseCache();
  const before = check(dir, cache);
  const file = join(dir, 'architectures', 'bo-quoc-phong', 'systems.yaml');
  // A new system with a misspelt owner and an unknown property, and an element removed elsewhere.
  writeFileSync(file, `${readFileSync(file, 'utf8')}---\nkind: information-system\nid: he-thong-moi\nname: { vi: Hệ thống mới }\ncategory: internal-application\nowner: bo-quoc-phogn\nstatus: planned\ncolour: red\nprovenance: illustrative\n`);
  const services = join(dir, 'architectures', 'bo-cong-an', 'services.yaml');
  writeFileSync(services, readFileSync(services, 'utf8').split('\n---\n').slice(0, -1).join('\n---\n') + '\n');
  // A database that systems in unchanged files use disappears: their references no longer resolve.
  const databases = join(dir, 'architectures', 'bo-cong-an', 'databases.yaml');
  const [modeline, removed, ...kept] = readFileSync(databases, 'utf8').split(/\n(?=kind: )|\n---\n/);
  const removedId = /^id: (.*)$/m.exec(removed!)![1]!;
  writeFileSync(databases, `${modeline}\n${kept.join('\n---\n')}`);
  const again = check(dir, cache);
  const fresh = check(dir);
  assert.is(cache.misses - before.loaded.files.length, 3, 'only the three changed files were parsed again');
  assert.ok(fresh.diagnostics.some((d) => d.ruleId === 'unresolved-reference' && d.message.includes(removedId)), `references to ${removedId} are reported`);
  assert.equal(lines(dir, again.diagnostics), lines(dir, fresh.diagnostics));
  assert.equal(again.loaded.model.elements.map((r) => `${r.id} ${r.file} ${r.doc}`), fresh.loaded.model.elements.map((r) => `${r.id} ${r.file} ${r.doc}`));
  const edges = (result: CheckResult) => result.graph.allEdges().map((e) => `${e.source} ${e.relation} ${e.target} ${e.path.join('.')}`);
  const dangling = (result: CheckResult) => result.graph.dangling.map((d) => `${d.from.id} ${d.reference.path.join('.')} ${d.problem}`);
  assert.equal(edges(again), edges(fresh), 'the same relations');
  assert.equal(dangling(again), dangling(fresh), 'the same dangling references');
  assert.ok(again.diagnostics.some((d) => d.ruleId === 'schema'), 'the unknown property is reported');
  assert.ok(again.diagnostics.some((d) => d.message.includes('bo-quoc-phogn')), 'the misspelt owner is reported');
});

test.run();
