/**
 * Positions are found by parsing only the document a diagnostic points at. They must be exactly
 * those found by parsing the whole file (the reference below), for every path of every document.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import jsYaml from 'js-yaml';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import { PositionResolver, type Position } from '../src/index.js';

function wholeFilePosition(text: string, doc: number, path: (string | number)[], key: boolean): Position {
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: false }) as Document.Parsed[];
  const document = documents[doc];
  if (!document) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const range = (start: number, end: number): Position => {
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    const a = lines.linePos(start);
    const b = lines.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  let node: Node | null | undefined = document.contents as Node | null;
  let keyNode: Node | undefined;
  for (const segment of path) {
    let next: Node | undefined;
    if (isMap(node)) {
      const pair: (typeof node.items)[number] | undefined = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (pair) {
        keyNode = pair.key as Node;
        next = (pair.value as Node | null) ?? (pair.key as Node);
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment] as Node | undefined;
      keyNode = undefined;
    }
    if (!next) break;
    node = next;
  }
  const target = key && keyNode ? keyNode : node;
  if (target?.range) return range(target.range[0], target.range[1]);
  const start = document.range?.[0] ?? 0;
  return range(start, start);
}

/** Every property path of a loaded value, plus one that does not exist. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const found: (string | number)[][] = [prefix, [...prefix, 'absent']];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...paths(item, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]));
  return found;
}

const FILES = [
  '# yaml-language-server: $schema=../.schema/kientruc.schema.json\nkind: agency\nid: ha-nam\nname:\n  vi: Tỉnh Hà Nam\n  en: Ha Nam\ntags: [a, b]\n---\nkind: agency\nid: b\nname: { vi: "B", en: \'B\' }\ndescription:\n  vi: |\n    Dòng một.\n\n    Dòng hai.\n---\n# kientruc-disable r -- reason\nkind: view\nid: c\nlist:\n  - { a: 1 }\n  - - x\n    - y\n',
  'a: 1\n...\n---\nb: [1, 2]\n...\n',
  '%YAML 1.2\n---\na: 1\n---\nb:\n  c: d\n',
  'a: 1\n...\nb: 2\n',
  '---\n---\na: 1\n',
  '--- |\n  text\n---\na: 1\n',
  'a: 1\n--- # comment on the marker\nb: 2\n',
  'a: 1\n---\n\n\n',
  'key: >\n  folded\n  text\nother: "x"\n---\nlast: [\n  1,\n  2 ]\n',
];

test('every path of every document is found where the whole-file parse finds it', () => {
  for (const text of FILES) {
    const resolver = new PositionResolver((file) => (file === '/f.yaml' ? text : undefined));
    jsYaml.loadAll(text).forEach((value, doc) => {
      for (const path of paths(value)) {
        for (const key of [false, true]) {
          assert.equal(resolver.resolve({ file: '/f.yaml', doc, path, key }), wholeFilePosition(text, doc, path, key), `${JSON.stringify(text)} doc ${doc} ${path.join('.')}${key ? ' (key)' : ''}`);
        }
      }
    });
  }
});

test.run();
