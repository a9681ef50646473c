/**
 * A re-check links only what changed: elements of unchanged files are the same records from one
 * model to the next, and their earlier links are kept while every reference still names the same
 * record. Whatever the edits, the graph must equal the graph of a fresh load.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { evaluateAsOf, loadModelFromSources, ParseCache, type ModelGraph } from '../src/index.js';
import { seededRandom } from '../../../test/helpers/random.js';

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
const describeEdge = (edge: { source: string; relation: string; target: string; path: (string | number)[] }) => `${edge.source} ${edge.relation} ${edge.target} ${edge.path.join('.')}`;
const describeGraph = (graph: ModelGraph) => ({
  elements: graph.elements().map((record) => `${record.id} ${record.file}`),
  edges: graph.allEdges().map(describeEdge),
  dangling: graph.dangling.map((d) => `${d.from.id} ${d.reference.path.join('.')} ${d.reference.target} ${d.problem} ${d.target?.file ?? ''}`),
  // Each element's edges both ways, in the order queries return them.
  adjacency: graph.elements().map((record) => `${record.id}: ${graph.edges(record.id).map(describeEdge).join(', ')}`),
  owners: graph.ofKind('agency').map((agency) => `${agency.id} owns ${graph.related(agency.id, 'owns').map((owned) => owned.id).join(' ')}`),
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

test('on a model large enough to patch, every edit gives the graph of a fresh load', () => {
  const next = seededRandom('relink/11');
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const agencies = Array.from({ length: 12 }, (_, i) => `tinh-${i}`);
  // One file per network, so that one edit changes one element; ids that sort between others.
  const files: Record<string, string> = { 'agencies.yaml': agencies.map((id) => agency(id)).join('---\n') };
  const networkFile = (n: number) => network(`mang-${n}`, pick(agencies), next() < 0.5 ? `connectsTo: [mang-${Math.floor(next() * 120)}]\n` : '');
  for (let n = 0; n < 120; n += 2) files[`n${n}.yaml`] = networkFile(n);
  const cache = new ParseCache();
  let patched = 0;
  for (let edit = 0; edit < 40; edit++) {
    const n = Math.floor(next() * 120);
    const action = next();
    if (action < 0.3) delete files[`n${n}.yaml`]; // a network goes (and references to it dangle)
    else if (action < 0.4) files[`n${n}.yaml`] = network(`mang-${n}`, pick(agencies), 'until: 2024-12-31\n'); // out of force
    else files[`n${n}.yaml`] = networkFile(n); // added, or its owner and links changed
    if (edit % 13 === 12) files['agencies.yaml'] = agencies.map((id) => agency(id, `tags: [lan-${edit}]\n`)).join('---\n'); // every agency replaced
    const relinked = evaluateAsOf(loadModelFromSources(ROOT, sources(files), { cache }), '2025-12-31');
    const fresh = evaluateAsOf(loadModelFromSources(ROOT, sources(files)), '2025-12-31');
    assert.equal(describeGraph(relinked), describeGraph(fresh), `edit ${edit}`);
    if (relinked.patchedFrom) patched++;
  }
  assert.ok(patched >= 30, `most edits were patched (${patched} of 40)`);
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
