/**
 * Results kept in the disk cache come back exactly as computed: parse results (documents, text,
 * the diagnostics of bad input) for every kind of file the loader knows, and validation results.
 * A model folder's results are stored from the second check that sees it on (the first leaves a
 * mark), and read from the third.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadModel, loadModelFiles, ParseCache, type LoadedModel, type LoadResult } from '../src/index.js';

const MODELINE = '# yaml-language-server: $schema=.schema/kientruc.schema.json\n';
const FILES: Record<string, string | Buffer> = {
  'plain.yaml': `${MODELINE}kind: agency\nid: ha-nam\nname: { vi: Tỉnh Hà Nam }\n---\nkind: view\nid: v\nn: [.inf, -.inf, .nan, 1e3, 0x1F, ~, true]\n`,
  'bom.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${MODELINE}kind: agency\n`)]),
  'crlf.yaml': `${MODELINE}kind: agency\r\nid: a\r\n`,
  'nfd.yaml': `${MODELINE}kind: agency\nname: { vi: "Tỉnh Ha\u0300 Nam" }\nescaped: "e\\u0301"\n`,
  'tab.yaml': `${MODELINE}kind: agency\n\tid: a\n`,
  'duplicate.yaml': `${MODELINE}kind: agency\nid: a\nid: b\n`,
  'syntax.yaml': `${MODELINE}kind: [agency\n`,
  'empty.yaml': '',
  'comments.yaml': '# only a comment\n---\n',
  'aliases.yaml': `${MODELINE}a: &x [1, 2]\nb: *x\nc: *x\n`,
  'latin1.yaml': Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xe0, 0x0a]),
};

const folders: string[] = [];
const saved = { dir: process.env.KIENTRUC_CACHE_DIR, off: process.env.KIENTRUC_CACHE };
test.after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  process.env.KIENTRUC_CACHE_DIR = saved.dir ?? '';
  if (saved.dir === undefined) delete process.env.KIENTRUC_CACHE_DIR;
  if (saved.off === undefined) delete process.env.KIENTRUC_CACHE;
  else process.env.KIENTRUC_CACHE = saved.off;
});

function load(modelDir: string, cache: string | 'off'): LoadResult {
  if (cache === 'off') process.env.KIENTRUC_CACHE = 'off';
  else {
    delete process.env.KIENTRUC_CACHE;
    process.env.KIENTRUC_CACHE_DIR = cache;
  }
  return loadModelFiles(modelDir, { limits: { maxFileBytes: 1024 * 1024, maxAliases: 1 } });
}

/**
 * The entries of the one pack of a kind (`parsed`, `validated`) in a cache folder, and which write
 * made it (packs are written to a new file moved into place: a new inode each time).
 */
function onlyPack(cacheDir: string, kind: string): { entries: Map<string, Uint8Array>; written: string } {
  const [folder, ...others] = readdirSync(join(cacheDir, kind));
  const packs = readdirSync(join(cacheDir, kind, folder!));
  assert.equal([others.length, packs.length], [0, 1], 'one cache file for the model folder');
  const path = join(cacheDir, kind, folder!, packs[0]!);
  return { entries: deserialize(readFileSync(path)) as Map<string, Uint8Array>, written: `${statSync(path).ino}:${statSync(path).mtimeMs}` };
}

test('the first load marks the folder, the second stores every file, the third reads them; all get the same result', () => {
  const modelDir = mkdtempSync(join(tmpdir(), 'kientruc-model-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'kientruc-cache-'));
  folders.push(modelDir, cacheDir);
  for (const [name, content] of Object.entries(FILES)) writeFileSync(join(modelDir, name), content);
  const fresh = load(modelDir, 'off');
  assert.not.ok(existsSync(join(cacheDir, 'parsed')), 'nothing written with the cache off');
  const first = load(modelDir, cacheDir);
  assert.is(onlyPack(cacheDir, 'parsed').entries.size, 0, 'a mark, no entries');
  const second = load(modelDir, cacheDir);
  const stored = onlyPack(cacheDir, 'parsed');
  assert.equal([...stored.entries.keys()].sort(), [...new Set(fresh.files.map((file) => file.hash))].sort(), 'an entry per file content');
  const third = load(modelDir, cacheDir);
  assert.is(onlyPack(cacheDir, 'parsed').written, stored.written, 'read, not computed again (nothing new to write)');
  for (const result of [first, second, third]) {
    assert.equal(result.diagnostics, fresh.diagnostics);
    assert.equal(result.files, fresh.files);
  }
  assert.ok(fresh.diagnostics.length >= 8, 'the bad inputs were reported');
  assert.equal(third.files.find((file) => file.path.endsWith('plain.yaml'))?.documents[1]?.value, { kind: 'view', id: 'v', n: [Infinity, -Infinity, NaN, 1000, 31, null, true] });
});

test('a corrupt cache file is parsed again; entries of another parser go; other limits do not read it', () => {
  const modelDir = mkdtempSync(join(tmpdir(), 'kientruc-model-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'kientruc-cache-'));
  folders.push(modelDir, cacheDir);
  writeFileSync(join(modelDir, 'plain.yaml'), FILES['plain.yaml']!);
  const fresh = load(modelDir, 'off');
  load(modelDir, cacheDir);
  load(modelDir, cacheDir);
  const [parser] = readdirSync(join(cacheDir, 'parsed'));
  const [entry] = readdirSync(join(cacheDir, 'parsed', parser!));
  assert.is(onlyPack(cacheDir, 'parsed').entries.size, 1, 'stored before it is corrupted');
  writeFileSync(join(cacheDir, 'parsed', parser!, entry!), 'not a serialised entry');
  assert.equal(load(modelDir, cacheDir).files, fresh.files);
  mkdirSync(join(cacheDir, 'parsed', 'an-old-parser'));
  writeFileSync(join(modelDir, 'plain.yaml'), `${FILES['plain.yaml']!}# edited\n`);
  load(modelDir, cacheDir);
  assert.equal(readdirSync(join(cacheDir, 'parsed')), [parser], 'entries of another parser are pruned');
  process.env.KIENTRUC_CACHE_DIR = cacheDir;
  const other = loadModelFiles(modelDir, { limits: { maxFileBytes: 10, maxAliases: 1 } });
  assert.is(other.diagnostics[0]?.ruleId, 'file-too-large', 'other limits, other entries');
});

test('a re-check that reads only the edited file keeps the other files of its folder in the cache', () => {
  const modelDir = mkdtempSync(join(tmpdir(), 'kientruc-model-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'kientruc-cache-'));
  folders.push(modelDir, cacheDir);
  const old = new Date(Date.now() - 60_000);
  for (const name of ['a.yaml', 'b.yaml']) {
    writeFileSync(join(modelDir, name), `${MODELINE}kind: agency\nid: ${name[0]}\n`);
    utimesSync(join(modelDir, name), old, old); // not "racy": the ParseCache trusts its stat
  }
  process.env.KIENTRUC_CACHE_DIR = cacheDir;
  delete process.env.KIENTRUC_CACHE;
  loadModelFiles(modelDir); // an earlier check marked the folder
  const cache = new ParseCache();
  loadModelFiles(modelDir, { cache });
  writeFileSync(join(modelDir, 'a.yaml'), `${MODELINE}kind: agency\nid: a2\n`);
  const again = loadModelFiles(modelDir, { cache });
  const [parser] = readdirSync(join(cacheDir, 'parsed'));
  const [pack] = readdirSync(join(cacheDir, 'parsed', parser!));
  const stored = deserialize(readFileSync(join(cacheDir, 'parsed', parser!, pack!))) as Map<string, Uint8Array>;
  assert.equal([...stored.keys()].sort(), again.files.map((file) => file.hash).sort(), 'the unchanged file and the edited one, not its older version');
});

const VALIDATION: Record<string, string> = {
  'valid.yaml': `${MODELINE}kind: agency\nid: ha-nam\nname: { vi: Tỉnh Hà Nam }\nagencyType: province\nprovenance: illustrative\n---\nkind: infrastructure\nid: tt\nname: { vi: TT }\ninfrastructureType: data-centre\nowner: ha-nam\nstatus: operating\nprovenance: illustrative\n`,
  'errors.yaml': `${MODELINE}kind: agency\nid: Bad Id\nname: { en: x }\nagencyType: kingdom\ncolour: red\nprovenance: illustrative\n---\n- a list\n---\nkind: agencee\nid: x\n---\n---\nkind: agency\nid: ha-nam\nname: { vi: Trùng }\nagencyType: province\nprovenance: illustrative\n`,
};

function loadWith(modelDir: string, cache: string | 'off'): LoadedModel {
  if (cache === 'off') process.env.KIENTRUC_CACHE = 'off';
  else {
    delete process.env.KIENTRUC_CACHE;
    process.env.KIENTRUC_CACHE_DIR = cache;
  }
  return loadModel(modelDir);
}

const summary = (loaded: LoadedModel) => ({
  elements: loaded.model.elements.map((r) => ({ id: r.id, kind: r.kind, file: r.file, doc: r.doc, element: r.element })),
  diagnostics: loaded.diagnostics,
});

test('validation results read from the disk cache equal fresh ones, after a rename too', () => {
  const modelDir = mkdtempSync(join(tmpdir(), 'kientruc-model-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'kientruc-cache-'));
  folders.push(modelDir, cacheDir);
  for (const [name, content] of Object.entries(VALIDATION)) writeFileSync(join(modelDir, name), content);
  const fresh = summary(loadWith(modelDir, 'off'));
  assert.ok(fresh.diagnostics.filter((d) => d.ruleId === 'schema').length >= 4, 'schema errors found');
  assert.ok(fresh.diagnostics.some((d) => d.ruleId === 'duplicate-id'));
  assert.ok(fresh.diagnostics.some((d) => d.ruleId === 'not-an-element'));
  assert.equal(summary(loadWith(modelDir, cacheDir)), fresh, 'first run: computed, the folder marked');
  assert.is(onlyPack(cacheDir, 'validated').entries.size, 0, 'a mark, no entries');
  assert.equal(summary(loadWith(modelDir, cacheDir)), fresh, 'second run: computed and stored');
  const stored = onlyPack(cacheDir, 'validated');
  assert.is(stored.entries.size, 2, 'both files');
  assert.equal(summary(loadWith(modelDir, cacheDir)), fresh, 'third run: read back');
  assert.is(onlyPack(cacheDir, 'validated').written, stored.written, 'read, not computed again');
  renameSync(join(modelDir, 'errors.yaml'), join(modelDir, 'a-errors.yaml'));
  assert.equal(summary(loadWith(modelDir, cacheDir)), summary(loadWith(modelDir, 'off')), 'a renamed file');
});

test.run();
