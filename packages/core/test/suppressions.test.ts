import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { documentStartLines, findSuppressions, loadModelFromSources, ParseCache, type SourceFile } from '../src/index.js';

const file = (text: string): SourceFile => ({ path: '/m/a.yaml', modelPath: 'a.yaml', text, hash: '', documents: [] });

test('documentStartLines: `---` starts a document, `...` ends one', () => {
  assert.equal(documentStartLines('kind: agency\nid: a\n'), [1]);
  assert.equal(documentStartLines('# header\n---\na: 1\n---\nb: 2\n'), [2, 4]);
  assert.equal(documentStartLines('a: 1\n---\nb: 2\n'), [1, 2]);
  assert.equal(documentStartLines('a: 1\n...\n# note\nb: 2\n'), [1, 3], 'content after `...` opens the next document');
  assert.equal(documentStartLines('# x\n...\na: 1\n'), [1, 3], '`...` ends an empty first document');
  assert.equal(documentStartLines('a: 1\n...\n# only a comment\n'), [1]);
  assert.equal(documentStartLines(''), [1]);
});

test('a suppression comment belongs to the document it stands in', () => {
  const text = [
    '# yaml-language-server: $schema=.schema/kientruc.schema.json', // 1
    'kind: agency', // 2
    'id: a', // 3
    '---', // 4
    '# kientruc-disable no-orphan-system -- hệ thống nội bộ', // 5
    'kind: information-system', // 6
    '---', // 7
    'kind: database # kientruc-disable provenance-required', // 8
  ].join('\n');
  assert.equal(findSuppressions(file(text)), [
    { file: '/m/a.yaml', doc: 1, ruleId: 'no-orphan-system', reason: 'hệ thống nội bộ', line: 5, column: 1 },
    { file: '/m/a.yaml', doc: 2, ruleId: 'provenance-required', line: 8, column: 16 },
  ]);
});

test('a suppression before the first `---` belongs to the first document', () => {
  const found = findSuppressions(file('# kientruc-disable x -- why\n---\nkind: agency\n---\nkind: view\n'));
  assert.equal(found.map((s) => [s.doc, s.ruleId, s.reason]), [[0, 'x', 'why']]);
});

test('no comment, no suppression', () => {
  assert.equal(findSuppressions(file('kind: agency\nid: a\n')), []);
});

test('a re-check keeps the suppressions of unchanged files and finds those of changed ones, at each path', () => {
  const agency = (id: string, comment: string) => `kind: agency\nid: ${id}\nname: { vi: Tỉnh ${id} }\nagencyType: province\nprovenance: illustrative\n${comment}`;
  const same = agency('ha-nam', '# kientruc-disable orphan-system -- ví dụ\n');
  const cache = new ParseCache();
  const load = (files: Record<string, string>) =>
    loadModelFromSources('/m', Object.entries(files).map(([name, text]) => ({ path: `/m/${name}`, bytes: Buffer.from(text) })), { cache }).suppressions.map((s) => `${s.file}:${s.line} ${s.ruleId}`);
  assert.equal(load({ 'a.yaml': same, 'b.yaml': agency('ha-noi', '') }), ['/m/a.yaml:6 orphan-system']);
  // The same content at a second path: its own suppression, at its own path.
  assert.equal(load({ 'a.yaml': same, 'b.yaml': agency('ha-noi', ''), 'c.yaml': same }), ['/m/a.yaml:6 orphan-system', '/m/c.yaml:6 orphan-system']);
  // A comment added to a changed file, one removed from another.
  assert.equal(load({ 'a.yaml': agency('ha-nam', ''), 'b.yaml': agency('ha-noi', '\n# kientruc-disable security-plan -- ví dụ\n'), 'c.yaml': same }), ['/m/b.yaml:7 security-plan', '/m/c.yaml:6 orphan-system']);
});

test.run();
