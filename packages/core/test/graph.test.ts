import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { evaluateAsOf, loadModelFromSources, type LoadedModel } from '../src/index.js';

const ROOT = '/graph-model';
const AGENCIES = `kind: agency
id: ha-nam
name: { vi: Tỉnh Hà Nam }
agencyType: province
until: 2025-06-30
provenance: illustrative
---
kind: agency
id: ninh-binh-2025
name: { vi: Tỉnh Ninh Bình }
agencyType: province
since: 2025-07-01
provenance: illustrative
`;
const INFRASTRUCTURE = `kind: infrastructure
id: tt-du-lieu
name: { vi: Trung tâm dữ liệu tỉnh }
infrastructureType: data-centre
owner:
  - { agency: ha-nam, until: 2025-06-30 }
  - { agency: ninh-binh-2025, since: 2025-07-01 }
status: operating
provenance: illustrative
---
kind: infrastructure
id: mang-cu
name: { vi: Mạng cũ }
infrastructureType: network
owner: ha-nam
status: retired
until: 2025-06-30
provenance: illustrative
---
kind: infrastructure
id: mang-moi
name: { vi: Mạng mới }
infrastructureType: network
owner: ha-nam
status: operating
connectsTo: [tt-du-lieu]
provenance: illustrative
---
kind: infrastructure
id: mang-da-dung
name: { vi: Mạng đã dừng }
infrastructureType: network
owner: ha-nma
status: retired
until: 2019-12-31
provenance: illustrative
---
kind: infrastructure
id: mang-sai-loai
name: { vi: Mạng sai loại }
infrastructureType: network
owner: tt-du-lieu
status: operating
provenance: illustrative
`;

let loaded: LoadedModel;
test.before(() => {
  loaded = loadModelFromSources(ROOT, [
    { path: `${ROOT}/agencies.yaml`, bytes: Buffer.from(AGENCIES) },
    { path: `${ROOT}/infrastructure.yaml`, bytes: Buffer.from(INFRASTRUCTURE) },
  ]);
});

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
const dangling = (asOf: string) =>
  evaluateAsOf(loaded, asOf)
    .dangling.map((d) => `${d.from.id} ${d.reference.path.join('.')} ${d.reference.target} ${d.problem}`)
    .sort();

test('the fixture model is valid', () => {
  assert.equal(loaded.diagnostics.filter((d) => d.severity === 'error'), []);
  assert.is(loaded.model.elements.length, 7);
});

test('a relation reads both ways by its name and its inverse name', () => {
  const graph = evaluateAsOf(loaded, '2024-12-31');
  assert.equal(ids(graph.related('mang-moi', 'ownedBy')), ['ha-nam']);
  assert.equal(ids(graph.related('ha-nam', 'owns')), ['mang-cu', 'mang-moi', 'tt-du-lieu']);
  assert.equal(ids(graph.related('mang-moi', 'connectsTo')), ['tt-du-lieu']);
  assert.equal(ids(graph.related('tt-du-lieu', 'connectedFrom')), ['mang-moi']);
  assert.is(graph.one('tt-du-lieu', 'ownedBy')?.id, 'ha-nam');
  assert.ok(graph.relationNamesKnown().includes('owns') && graph.relationNamesKnown().includes('ownedBy'));
  assert.equal(graph.edges('mang-moi', 'ownedBy').map((edge) => [edge.relation, edge.inverse, edge.source, edge.target, edge.path]), [
    ['ownedBy', 'owns', 'mang-moi', 'ha-nam', ['owner']],
  ]);
  assert.throws(() => graph.related('ha-nam', 'noSuchRelation'));
});

test('time-sliced owners: the period in force at the date is the owner', () => {
  const before = evaluateAsOf(loaded, '2025-06-30');
  assert.equal(ids(before.related('tt-du-lieu', 'ownedBy')), ['ha-nam']);
  const after = evaluateAsOf(loaded, '2025-07-01');
  assert.equal(ids(after.related('tt-du-lieu', 'ownedBy')), ['ninh-binh-2025']);
  assert.equal(ids(after.related('ninh-binh-2025', 'owns')), ['tt-du-lieu']);
  assert.equal(after.edges('tt-du-lieu', 'ownedBy')[0]?.path, ['owner', 1, 'agency']);
});

test('elements out of force are not in the graph', () => {
  assert.equal(ids(evaluateAsOf(loaded, '2025-12-31').ofKind('agency')), ['ninh-binh-2025']);
  assert.equal(ids(evaluateAsOf(loaded, '2024-12-31').ofKind('agency')), ['ha-nam']);
  assert.is(evaluateAsOf(loaded, '2025-12-31').get('mang-cu'), undefined);
  assert.is(evaluateAsOf(loaded, '2024-12-31').get('mang-cu')?.id, 'mang-cu');
});

test('unknown ids and wrong kinds are reported at any date; out-of-force only where the referrer is in force', () => {
  // 2019: `mang-da-dung` is in force and names a typo; nothing is out of force yet.
  assert.equal(dangling('2019-06-01'), ['mang-da-dung owner ha-nma unknown', 'mang-sai-loai owner tt-du-lieu wrong-kind']);
  // 2024: the typo is still reported although its element retired in 2019.
  assert.equal(dangling('2024-12-31'), ['mang-da-dung owner ha-nma unknown', 'mang-sai-loai owner tt-du-lieu wrong-kind']);
  // 2025-12-31: `mang-moi` (in force) still names the merged `ha-nam`; `mang-cu` names it too
  // but ended with it, so it is not reported.
  assert.equal(dangling('2025-12-31'), [
    'mang-da-dung owner ha-nma unknown',
    'mang-moi owner ha-nam out-of-force',
    'mang-sai-loai owner tt-du-lieu wrong-kind',
  ]);
});

test.run();
