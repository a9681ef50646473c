/**
 * The model graph answers queries from its own indexes and builds the graphology graph only when
 * asked: both must hold the same nodes and edges, and `edges` must list them in graphology's order.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { evaluateAsOf, loadModelFromSources, type ModelGraph, type RelationEdge } from '../src/index.js';

const ROOT = '/graph-indexes';
// Several relations between the same two elements, a self-reference, an id that looks like an
// array index (JavaScript objects, graphology's adjacency, list those first), owner periods.
const MODEL = `# yaml-language-server: $schema=.schema/kientruc.schema.json
kind: agency
id: ha-noi
name: { vi: Thành phố Hà Nội }
agencyType: centrally-run-city
provenance: illustrative
---
kind: agency
id: "2025"
name: { vi: Cơ quan thử nghiệm }
agencyType: province
provenance: illustrative
---
kind: information-system
id: lgsp-ha-noi
name: { vi: LGSP Hà Nội }
category: integration-platform
owner: ha-noi
operator: [{ agency: "2025", until: 2024-12-31 }, { agency: ha-noi, since: 2025-01-01 }]
status: operating
uses: [csdl-ha-noi, qlvb-ha-noi, csdl-ha-noi-2]
provenance: illustrative
---
kind: information-system
id: qlvb-ha-noi
name: { vi: QLVB Hà Nội }
category: document-management
owner: ha-noi
operator: "2025"
status: operating
uses: [lgsp-ha-noi, qlvb-ha-noi]
provenance: illustrative
---
kind: database
id: csdl-ha-noi
name: { vi: CSDL Hà Nội }
scope: local
owner: ha-noi
legalOwner: ha-noi
hostedBy: lgsp-ha-noi
provenance: illustrative
---
kind: database
id: csdl-ha-noi-2
name: { vi: CSDL Hà Nội 2 }
scope: local
owner: "2025"
hostedBy: qlvb-ha-noi
provenance: illustrative
---
kind: integration
id: lien-thong-1
name: { vi: Liên thông }
from: qlvb-ha-noi
to: lgsp-ha-noi
via: [lgsp-ha-noi]
status: operating
provenance: illustrative
`;

const edgeId = (edge: RelationEdge) => `${edge.source} ${edge.relation} ${edge.target} @${edge.path.join('.')}`;

for (const asOf of ['2024-12-31', '2025-12-31']) {
  test(`as of ${asOf}: edges, related and the graphology graph agree`, () => {
    const loaded = loadModelFromSources(ROOT, [{ path: `${ROOT}/model.yaml`, bytes: Buffer.from(MODEL) }]);
    assert.equal(loaded.diagnostics, []);
    const graph = evaluateAsOf(loaded, asOf);
    const g = graph.graph;
    assert.equal(g.nodes(), graph.elements().map((record) => record.id), 'same nodes, same order');
    assert.equal(g.mapEdges((_key, edge) => edgeId(edge)), graph.allEdges().map(edgeId), 'same edges, same order');
    for (const id of g.nodes()) {
      const expected = [...g.outEdges(id), ...g.inEdges(id)].map((key) => edgeId(g.getEdgeAttributes(key)));
      assert.equal(graph.edges(id).map(edgeId), expected, `edges(${id})`);
      assert.is(graph.get(id), g.getNodeAttribute(id, 'record'));
      for (const relation of ['uses', 'usedBy', 'ownedBy', 'owns', 'operatedBy', 'operates', 'via', 'carries']) {
        const forward = !['usedBy', 'owns', 'operates', 'carries'].includes(relation);
        const keys = forward ? g.outEdges(id) : g.inEdges(id);
        const name = forward ? relation : { usedBy: 'uses', owns: 'ownedBy', operates: 'operatedBy', carries: 'via' }[relation];
        const wanted = keys.map((key) => g.getEdgeAttributes(key)).filter((edge) => edge.relation === name);
        assert.equal(graph.edges(id, relation).map(edgeId), wanted.map(edgeId), `edges(${id}, ${relation})`);
      }
    }
  });
}

test('edges between the same two elements: newest first, ids like array indexes first', () => {
  const loaded = loadModelFromSources(ROOT, [{ path: `${ROOT}/model.yaml`, bytes: Buffer.from(MODEL) }]);
  const graph = evaluateAsOf(loaded, '2025-12-31');
  assert.equal(
    graph.edges('qlvb-ha-noi').map(edgeId),
    [
      'qlvb-ha-noi operatedBy 2025 @operator',
      'qlvb-ha-noi ownedBy ha-noi @owner',
      'qlvb-ha-noi uses lgsp-ha-noi @uses.0',
      'qlvb-ha-noi uses qlvb-ha-noi @uses.1',
      'csdl-ha-noi-2 hostedBy qlvb-ha-noi @hostedBy',
      'lgsp-ha-noi uses qlvb-ha-noi @uses.1',
      'lien-thong-1 integrationFrom qlvb-ha-noi @from',
      'qlvb-ha-noi uses qlvb-ha-noi @uses.1',
    ],
  );
  assert.equal(graph.related('lgsp-ha-noi', 'carries').map((record) => record.id), ['lien-thong-1']);
  assert.equal(graph.related('ha-noi', 'owns').map((record) => record.id), ['csdl-ha-noi', 'lgsp-ha-noi', 'qlvb-ha-noi']);
});

test.run();
