import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { DEFAULT_LIMITS, loadModel, parseModelText } from '../src/index.js';
import { PARALLEL_MIN_BYTES, parseMany, ParseWorker, type Parsed } from '../src/parse-parallel.js';
import { toEntry } from '../src/parse.js';

const MODELINE = '# yaml-language-server: $schema=../.schema/kientruc.schema.json\n';

/** An agency element with enough Vietnamese text that a few hundred of them pass the worker's threshold. */
function agency(id: string, extra = ''): string {
  return `kind: agency
id: ${id}
name: { vi: Ủy ban nhân dân tỉnh ${id}, en: People's Committee of ${id} }
agencyType: province
description: |
  Cơ quan hành chính nhà nước ở địa phương, chấp hành Nghị quyết của Hội đồng nhân dân cùng cấp;
  thực hiện chức năng quản lý nhà nước về chuyển đổi số, dữ liệu và Chính phủ điện tử.
provenance: illustrative
${extra}`;
}

/** Files of every kind of bad input next to clean ones, more than PARALLEL_MIN_BYTES in all. */
function inputs(): Uint8Array[] {
  const files: string[] = [];
  for (let f = 0; f < 200; f++) files.push(MODELINE + Array.from({ length: 20 }, (_, e) => agency(`tinh-${f}-${e}`)).join('---\n'));
  files[3] = `\uFEFF${files[3]}`; // a BOM
  files[10] = files[10]!.replace(/\n/g, '\r\n'); // CRLF
  files[17] = files[17]!.normalize('NFD'); // decomposed diacritics
  files[25] = `${files[25]}---\nkind: agency\nid: x\nid: y\n`; // a duplicate key
  files[40] = `${files[40]}---\nkind: [unclosed\n`; // a syntax error
  files[55] = `${files[55]}---\n${agency('so-dac-biet', 'numbers: [.inf, -.inf, .nan, -0.0, 0x1F, 1_000]\n')}`; // values JSON cannot hold
  files[70] = '';
  files[80] = `${files[80]}---\nkind: agency\nid: "\\u0041\\u0301"\n`; // an escape that builds NFD text
  const bytes = files.map((text) => new Uint8Array(Buffer.from(text, 'utf8')));
  bytes[90] = new Uint8Array([...Buffer.from('kind: agency\nid: '), 0xc3, 0x28, 0x0a]); // not UTF-8
  assert.ok(bytes.reduce((sum, b) => sum + b.byteLength, 0) > PARALLEL_MIN_BYTES, 'enough bytes for the worker');
  return bytes;
}

/** Asserts that each result is what parsing on this thread gives (its entry too, when asked). */
function assertAsAlone(all: Uint8Array[], results: Parsed[], entries: boolean): void {
  assert.is(results.length, all.length);
  all.forEach((bytes, i) => {
    const alone = parseModelText(bytes, DEFAULT_LIMITS);
    const result = results[i]!;
    // One file at a time, so that a difference is shown for that file only.
    assert.equal(result.parsed, alone, `file ${i}`);
    // The bytes may differ (a string can be stored one or two bytes per character), never the value.
    if (entries) assert.equal(deserialize(result.entry!), toEntry(alone), `entry of file ${i}`);
    else assert.is(result.entry, undefined);
  });
}

test('a worker alone parses every file exactly as this thread does, entries included', () => {
  const all = inputs();
  const worker = ParseWorker.start();
  assert.ok(worker, 'a worker starts');
  const results = worker!.parse(all, DEFAULT_LIMITS, { entries: true, helpHere: false });
  assert.is(worker!.parsed, all.length, 'every file came from the worker');
  assertAsAlone(all, results, true);
  // Non-finite numbers and -0 come back as they were.
  const special = results[55]!.parsed.documents.at(-1)!.value as { numbers: number[] };
  assert.ok(Object.is(special.numbers[3], -0) && Number.isNaN(special.numbers[2]) && special.numbers[0] === Infinity);
});

test('both threads share the files; the result is the same, in order', () => {
  const all = inputs();
  const worker = ParseWorker.start()!;
  const results = worker.parse(all, DEFAULT_LIMITS, { entries: false });
  assertAsAlone(all, results, false);
});

test('small inputs stay on this thread and end the worker', () => {
  const small = [new Uint8Array(Buffer.from(agency('ha-nam'))), new Uint8Array(Buffer.from(agency('ha-noi')))];
  const worker = ParseWorker.start()!;
  const results = parseMany(small, DEFAULT_LIMITS, { entries: false, worker });
  assert.is(worker.parsed, 0);
  assertAsAlone(small, results, false);
  assert.throws(() => worker.parse(small, DEFAULT_LIMITS, { entries: false }), /one job/);
});

test('a model over the threshold loads the same with the worker as file by file, then from the entries it stored', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kientruc-parallel-'));
  const previous = process.env.KIENTRUC_CACHE_DIR;
  process.env.KIENTRUC_CACHE_DIR = join(dir, 'cache');
  try {
    mkdirSync(join(dir, 'agencies'));
    const all = inputs();
    all.forEach((bytes, i) => writeFileSync(join(dir, 'agencies', `f${String(i).padStart(3, '0')}.yaml`), bytes));
    const loaded = loadModel(dir);
    const again = loadModel(dir);
    assert.ok(again.files.every((file, i) => file.hash === loaded.files[i]!.hash && file.text === loaded.files[i]!.text), 'the same files from the disk cache');
    again.files.forEach((file, i) => assert.equal(file.documents, loaded.files[i]!.documents, `documents of ${file.modelPath} from the disk cache`));
    assert.is(again.diagnostics.length, loaded.diagnostics.length);
    assert.is(loaded.files.length, all.length);
    loaded.files.forEach((file, i) => {
      const alone = parseModelText(all[i]!, DEFAULT_LIMITS);
      assert.equal([file.text, file.documents], [alone.text, alone.documents], file.modelPath);
    });
    const located = loaded.diagnostics.filter((d) => d.ruleId !== 'schema').map((d) => `${d.location.file.slice(dir.length + 1)}:${d.location.line ?? ''}:${d.location.column ?? ''} ${d.ruleId}`);
    for (const expectedLine of ['agencies/f003.yaml:1:1 byte-order-mark', 'agencies/f010.yaml:1:64 line-endings', 'agencies/f040.yaml:', 'agencies/f070.yaml:1:1 empty-file', 'agencies/f090.yaml:2:5 invalid-encoding']) {
      assert.ok(located.some((line) => line.startsWith(expectedLine)), `${expectedLine} in ${located.slice(0, 12).join(', ')}`);
    }
    assert.ok(located.some((line) => line.startsWith('agencies/f025.yaml:') && line.endsWith('duplicate-key')));
  } finally {
    if (previous === undefined) delete process.env.KIENTRUC_CACHE_DIR;
    else process.env.KIENTRUC_CACHE_DIR = previous;
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
