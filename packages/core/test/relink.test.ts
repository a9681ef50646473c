/**
 * A re-check links only what changed: elements of unchanged files are the same records from one
 * model to the next, and their earlier links are kept while every reference still names the same
 * record. Whatever the edits, the graph must equal the graph of a fresh load.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { evaluateAsOf, loadModelFromSources, ParseCache, type ModelGraph } from '../src/index.js';

const ROOT = '/relink-model';
const agency = (id: string, extra = '') => `kind: agency\nid: ${id}\nname: { vi: Tỉnh ${id} }\nagencyType: province\nprovenance: illustrative\n${extra}`;
const network = (id: string, owner: string, extra = '') =>
  `kind: infrastructure\nid: ${id}\nname: { vi: Mạng ${id} }\ninfrastructureType: network\nowner: ${owner}\nstatus: operating\nprovenance: illustrative\n${extra}`;

/** Successive states of a model: each a set of files. */
const STATES: Record<string, string>[] = [
  { 'a.yaml': agency('tinh-a'), 'n.yaml': [network('mang-1', 'tinh-a'), network('mang-2', 'tinh-b'), network('mang-3', 'tinh-a', 'connectsTo: [mang-1]')].join('---\n') },
  // The unknown owner appears in another file: mang-2's file is unchanged, its reference now resolves.
  { 'a.yaml': agency('tinh-a'), 'b.yaml': agency('tinh-b'), 'n.yaml': [network('mang-1', 'tinh-a'), network('mang-2', 'tinh-b'), network('mang-3', 'tinh-a', 'connectsTo: [mang-1]')].join('---\n') },
  // The target of unchanged references is replaced by a new record (its file changed), then goes out of force.
  { 'a.yaml': agency('tinh-a', 'tags: [x]\n'), 'b.yaml': agency('tinh-b'), 'n.yaml': [network('mang-1', 'tinh-a'), network('mang-2', 'tinh-b'), network('mang-3', 'tinh-a', 'connectsTo: [mang-1]')].join('---\n') },
  { 'a.yaml': agency('tinh-a', 'until: 2024-12-31\n'), 'b.yaml': agency('tinh-b'), 'n.yaml': [network('mang-1', 'tinh-a'), network('mang-2', 'tinh-b'), network('mang-3', 'tinh-a', 'connectsTo: [mang-1]')].join('---\n') },
  // A file disappears: references into it dangle again.
  { 'a.yaml': agency('tinh-a'), 'n.yaml': [network('mang-1', 'tinh-a'), network('mang-2', 'tinh-b'), network('mang-3', 'tinh-a', 'connectsTo: [mang-1]')].join('---\n') },
  // The wrong kind under an id that names an agency elsewhere: a duplicate id that wins by file order.
  { '0.yaml': network('tinh-a', 'tinh-b'), 'a.yaml': agency('tinh-a'), 'b.yaml': agency('tinh-b'), 'n.yaml': [network('mang-1', 'tinh-a'), network('mang-2', 'tinh-b'), network('mang-3', 'tinh-a', 'connectsTo: [mang-1]')].join('---\n') },
  // Back to an earlier state: the same contents again.
  { 'a.yaml': agency('tinh-a'), 'b.yaml': agency('tinh-b'), 'n.yaml': [network('mang-1', 'tinh-a'), network('mang-2', 'tinh-b'), network('mang-3', 'tinh-a', 'connectsTo: [mang-1]')].join('---\n') },
];

const sources = (files: Record<string, string>) => Object.entries(files).map(([name, text]) => ({ path: `${ROOT}/${name}`, bytes: Buffer.from(text) }));
const describeGraph = (graph: ModelGraph) => ({
  elements: graph.elements().map((record) => `${record.id} ${record.file}`),
  edges: graph.allEdges().map((edge) => `${edge.source} ${edge.relation} ${edge.target} ${edge.path.join('.')}`),
  dangling: graph.dangling.map((d) => `${d.from.id} ${d.reference.path.join('.')} ${d.reference.target} ${d.problem} ${d.target?.file ?? ''}`),
});

test('after every edit, a graph linked from reused records equals the graph of a fresh load', () => {
  // One date per sequence of edits: an element keeps the links of the date it was last linked at.
  for (const asOf of ['2024-06-30', '2025-12-31']) {
    const cache = new ParseCache();
    for (const [index, state] of STATES.entries()) {
      const relinked = evaluateAsOf(loadModelFromSources(ROOT, sources(state), { cache }), asOf);
      const fresh = evaluateAsOf(loadModelFromSources(ROOT, sources(state)), asOf);
      assert.equal(describeGraph(relinked), describeGraph(fresh), `state ${index}, as of ${asOf}`);
    }
    assert.ok(cache.hits > 0, 'unchanged files came from the cache');
  }
});

test('records shared by two models linked in turn keep the links of each', () => {
  const cache = new ParseCache();
  const first = loadModelFromSources(ROOT, sources(STATES[0]!), { cache });
  const second = loadModelFromSources(ROOT, sources(STATES[1]!), { cache });
  for (const loaded of [first, second, first, second]) {
    const fresh = loadModelFromSources(ROOT, sources(loaded === first ? STATES[0]! : STATES[1]!));
    assert.equal(describeGraph(evaluateAsOf(loaded, '2025-12-31')), describeGraph(evaluateAsOf(fresh, '2025-12-31')));
  }
});

test.run();
