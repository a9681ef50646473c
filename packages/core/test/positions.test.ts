import { test } from 'uvu';
import * as assert from 'uvu/assert';
import jsYaml from 'js-yaml';
import { parseAllDocuments, type Document } from 'yaml';
import { documentStartLines, PositionResolver, type Diagnostic } from '../src/index.js';

const FILE = '/model/agencies/ha-nam.yaml';
const TEXT = [
  '# yaml-language-server: $schema=../.schema/kientruc.schema.json', // 1
  'kind: agency', // 2
  'id: ha-nam', // 3
  'name:', // 4
  '  vi: Tỉnh Hà Nam', // 5
  '  en: Ha Nam Province', // 6
  'tags: [dong-bang, song-hong]', // 7
  'lineage:', // 8
  '  mergedInto:', // 9
  '    - agency: ninh-binh-2025', // 10
  '---', // 11
  'kind: agency', // 12
  'id: ninh-binh-2025', // 13
  '', // 14
].join('\n');

const resolver = () => new PositionResolver((file) => (file === FILE ? TEXT : undefined));
const at = (path: (string | number)[], extra: { doc?: number; key?: boolean } = {}) => resolver().resolve({ file: FILE, doc: extra.doc ?? 0, path, ...(extra.key ? { key: true } : {}) });

test('a path points at the exact value, its range on the line', () => {
  assert.equal(at(['name', 'vi']), { line: 5, column: 7, endLine: 5, endColumn: 18 });
  assert.equal(at(['id']), { line: 3, column: 5, endLine: 3, endColumn: 11 });
  assert.equal(at(['tags', 1]), { line: 7, column: 19, endLine: 7, endColumn: 28 });
  assert.equal(at(['lineage', 'mergedInto', 0, 'agency']), { line: 10, column: 15, endLine: 10, endColumn: 29 });
});

test('key: true points at the key instead of the value', () => {
  assert.equal(at(['name', 'vi'], { key: true }), { line: 5, column: 3, endLine: 5, endColumn: 5 });
  assert.equal(at(['tags'], { key: true }), { line: 7, column: 1, endLine: 7, endColumn: 5 });
});

test('a path that does not exist points at its deepest existing part', () => {
  assert.equal(at(['name', 'fr']).line, 5, 'the `name` mapping (starts at `vi`)');
  assert.equal(at(['name', 'fr']).column, 3);
  assert.equal(at(['tags', 7]), at(['tags']), 'an index past the end: the list');
  assert.equal(at(['owner']), { line: 2, column: 1, endLine: 10, endColumn: 29 }, 'a missing property: the whole element');
  assert.equal(at([]).line, 2, 'the empty path: the element itself');
});

test('documents are counted like the loader counts them', () => {
  assert.equal(at(['id'], { doc: 1 }), { line: 13, column: 5, endLine: 13, endColumn: 19 });
  assert.equal(at(['id'], { doc: 5 }), { line: 1, column: 1, endLine: 1, endColumn: 1 }, 'a document that does not exist');
});

test('an exact position is kept; an unknown file gives 1:1; resolveAll fills related places', () => {
  assert.equal(resolver().resolve({ file: FILE, line: 4, column: 2 }), { line: 4, column: 2, endLine: 4, endColumn: 2 });
  assert.equal(resolver().resolve({ file: '/elsewhere.yaml', doc: 0, path: ['id'] }), { line: 1, column: 1, endLine: 1, endColumn: 1 });
  const diagnostic: Diagnostic = {
    severity: 'error',
    ruleId: 'duplicate-id',
    message: 'm',
    location: { file: FILE, doc: 1, path: ['id'] },
    related: [{ location: { file: FILE, doc: 0, path: ['id'] }, message: 'first' }],
  };
  resolver().resolveAll([diagnostic]);
  assert.is(diagnostic.position?.line, 13);
  assert.is(diagnostic.related?.[0]?.position?.line, 3);
});

// Positions are found with `yaml` in text that js-yaml loaded: both must number documents alike.
const STREAMS = [
  'a: 1\n',
  '---\na: 1\n',
  '# comment\n---\na: 1\n---\n# only a comment\n---\nb: 2\n',
  'a: 1\n...\n# trailing comment\n',
  'a: 1\n...\n---\nb: 2\n...\n',
  '---\na: 1\n---\n',
  '%YAML 1.2\n---\na: 1\n',
  'a: 1\n...\nb: 2\n',
  '---\n---\na: 1\n',
  '# x\n...\na: 1\n',
  'a: 1\n---\n...\n',
  'a: 1\n...\n...\n',
  'a: 1\n--- # comment on the marker\nb: 2\n',
  '--- |\n  text\n---\na: 1\n',
  'a: 1\n---\n\n\n',
  '# yaml-language-server: $schema=x\nkind: agency\n---\n# kientruc-disable r -- reason\nkind: view\n',
];

test('js-yaml and yaml agree on document indexes, and so do suppression comments', () => {
  for (const text of STREAMS) {
    const loaded = jsYaml.loadAll(text);
    const documents = parseAllDocuments(text);
    assert.ok(Array.isArray(documents), text);
    assert.equal(
      (documents as Document.Parsed[]).map((doc) => doc.toJS()),
      loaded,
      JSON.stringify(text),
    );
    assert.is(documentStartLines(text).length, loaded.length, `documentStartLines of ${JSON.stringify(text)}`);
  }
});

test.run();
