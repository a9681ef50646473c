/**
 * Mermaid text: golden files of every view of the fixture and of the shipped model (both
 * languages; `UPDATE_GOLDEN=1 pnpm test generators/mermaid` rewrites them), and the escaping of
 * hostile labels. The rendering in a real browser is tested in test/browser/mermaid.test.ts.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { computeViews, evaluateAsOf, loadModel, type ComputedView } from '@kientruc/core';
import { assertGolden } from '../../../test/helpers/golden.js';
import { escapeMermaidText, generateMermaid } from '../src/index.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../../test/fixtures/diagrams/model', import.meta.url));
const SHIPPED = fileURLToPath(new URL('../../../model', import.meta.url));
const AS_OF = '2025-12-31';

function checkGoldens(dir: string, views: ComputedView[]): void {
  const expected = new Set<string>();
  for (const view of views) {
    for (const lang of ['vi', 'en'] as const) {
      const name = `${view.id}.${lang}.mmd`;
      expected.add(name);
      assertGolden(join(dir, name), generateMermaid(view, { lang }));
    }
  }
  const stale = existsSync(dir) ? readdirSync(dir).filter((name) => !expected.has(name)) : [];
  if (process.env.UPDATE_GOLDEN === '1') for (const name of stale) rmSync(join(dir, name));
  else assert.equal(stale.map((name) => relative(process.cwd(), join(dir, name))), [], 'no golden file without a view');
}

test('Mermaid of every fixture view matches its golden file', () => {
  checkGoldens(join(GOLDEN, 'fixture'), computeViews(evaluateAsOf(loadModel(FIXTURE), AS_OF)).views);
});

test('Mermaid of every view of the shipped model matches its golden file', () => {
  if (!existsSync(SHIPPED)) return;
  checkGoldens(join(GOLDEN, 'model'), computeViews(evaluateAsOf(loadModel(SHIPPED), AS_OF)).views);
});

test('labels are entity-coded: nothing in them can close a label, start a link or make markup', () => {
  const hostile = '<script>alert("x")</script> & ]]> --> "q" \'s\' # ; `c` *e* _u_ [l](x) {b} |p| fa:fa-x %%{init}%%\nline';
  const escaped = escapeMermaidText(hostile);
  assert.not.match(escaped.replace(/#\d+;/g, ''), /[<>"'&\]\[{}|`*_;:%#\n]/, `only entity codes: ${escaped}`);
  assert.ok(escaped.includes('#60;script#62;'));
  assert.ok(escaped.includes('#34;x#34;'));
  assert.ok(escaped.includes('--#62;'), 'the arrow is broken by its entity');
  assert.is(escapeMermaidText('Đắk Lắk, Thừa Thiên Huế (2019) - 1/2'), 'Đắk Lắk, Thừa Thiên Huế (2019) - 1/2', 'Vietnamese and plain punctuation stay readable');
  assert.is(escapeMermaidText('a\n\n b\tc'), 'a b c', 'whitespace folds to one space');
});

test('the title cannot break out of the front matter, and ids never clash with Mermaid keywords', () => {
  const view: ComputedView = {
    id: 'custom--end',
    viewType: 'custom',
    title: { vi: 'x"\n---\nflowchart LR\n<script>' },
    asOf: AS_OF,
    groups: [{ id: 'agency--end', label: { vi: 'end' }, role: 'agency' }],
    nodes: [
      { id: 'end', kind: 'information-system', label: { vi: 'end' }, group: 'agency--end', elementId: 'end' },
      { id: 'subgraph', kind: 'database', label: { vi: 'subgraph' }, elementId: 'subgraph' },
    ],
    edges: [{ id: 'e:end:uses:subgraph', source: 'end', target: 'subgraph', relation: 'uses' }],
  };
  const text = generateMermaid(view);
  const lines = text.split('\n');
  assert.is(lines[0], '---');
  assert.is(lines[1], 'title: "x\\"\\n---\\nflowchart LR\\n<script>"');
  assert.is(lines[2], '---');
  assert.ok(lines.includes('  n_end -.-> n_subgraph'));
  assert.ok(lines.includes('  subgraph g_agency__end["end"]'));
});

test('the same view gives the same text', () => {
  const { views } = computeViews(evaluateAsOf(loadModel(FIXTURE), AS_OF));
  for (const view of views) assert.is(generateMermaid(structuredClone(view)), generateMermaid(view));
});

test.run();
