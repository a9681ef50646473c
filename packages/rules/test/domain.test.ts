/** The shared domain index: integrations by system. */
import { evaluateAsOf, loadModelFromSources, ParseCache, type ModelGraph } from '@kientruc/core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { integrationsOf, ownedBy, ownerIds } from '../src/domain.js';
import { seededRandom } from '../../../test/helpers/random.js';

const ROOT = '/domain-model';

const system = (id: string) => `kind: information-system
id: ${id}
name: { vi: Hệ thống ${id} }
category: internal-application
owner: ha-nam
status: operating
provenance: illustrative
`;

const integration = (id: string, from: string, to: string, status = 'operating') => `kind: integration
id: ${id}
name: { vi: Luồng ${id} }
from: ${from}
to: ${to}
status: ${status}
provenance: illustrative
`;

test('integrations by system: each once, a system linked to itself included, retired ones left out, sorted by id', () => {
  const files = {
    'agency.yaml': 'kind: agency\nid: ha-nam\nname: { vi: Tỉnh Hà Nam }\nagencyType: province\nprovenance: illustrative\n',
    'systems.yaml': [system('a'), system('b')].join('---\n'),
    'integrations.yaml': [integration('z-a-b', 'a', 'b'), integration('y-b-a', 'b', 'a'), integration('x-a-a', 'a', 'a'), integration('w-a-b', 'a', 'b', 'retired')].join('---\n'),
  };
  const loaded = loadModelFromSources(
    ROOT,
    Object.entries(files).map(([name, text]) => ({ path: `${ROOT}/${name}`, bytes: Buffer.from(text, 'utf8') })),
  );
  assert.equal(loaded.diagnostics.filter((d) => d.severity === 'error'), []);
  const graph = evaluateAsOf(loaded, '2025-12-31');
  assert.equal(integrationsOf(graph, 'a').map((i) => i.id), ['x-a-a', 'y-b-a', 'z-a-b']);
  assert.equal(integrationsOf(graph, 'b').map((i) => i.id), ['y-b-a', 'z-a-b']);
});

/** Every answer of the domain index, for every element. */
const describeIndex = (graph: ModelGraph) =>
  graph.elements().map((record) => `${record.id}: owners ${ownerIds(graph, record.id).join(' ')}; owns ${ownedBy(graph, record.id).map((r) => r.id).join(' ')}; integrations ${integrationsOf(graph, record.id).map((r) => r.id).join(' ')}`);

test('on a re-check, the index patched from the last one is the index of a fresh load', () => {
  const next = seededRandom('domain/5');
  const agencies = ['ha-nam', 'ha-noi', 'hue', 'ca-mau'];
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const agencyFile = agencies.map((id) => `kind: agency\nid: ${id}\nname: { vi: ${id} }\nagencyType: province\nprovenance: illustrative\n`).join('---\n');
  // Owners as one agency or as periods (a handover, sometimes back to the first agency).
  const owner = () => {
    if (next() < 0.6) return `owner: ${pick(agencies)}\n`;
    const [a, b] = [pick(agencies), pick(agencies)];
    return `owner:\n  - { agency: ${a}, until: 2025-06-30 }\n  - { agency: ${b}, since: 2025-07-01, until: 2025-09-30 }\n  - { agency: ${a}, since: 2025-10-01 }\n`;
  };
  const systemFile = (n: number) => `kind: information-system\nid: he-thong-${n}\nname: { vi: Hệ thống ${n} }\ncategory: internal-application\n${owner()}status: ${next() < 0.8 ? 'operating' : 'retired'}\nprovenance: illustrative\n`;
  const integrationFile = (n: number) => {
    const [from, to] = [Math.floor(next() * 60), next() < 0.1 ? -1 : Math.floor(next() * 60)];
    return integration(`luong-${n}`, `he-thong-${from}`, `he-thong-${to < 0 ? from : to}`, next() < 0.2 ? 'retired' : 'operating');
  };
  const files: Record<string, string> = { 'agencies.yaml': agencyFile };
  for (let n = 0; n < 60; n++) files[`s${n}.yaml`] = systemFile(n);
  for (let n = 0; n < 60; n++) files[`i${n}.yaml`] = integrationFile(n);
  const cache = new ParseCache();
  const load = (withCache: boolean) =>
    evaluateAsOf(loadModelFromSources(ROOT, Object.entries(files).map(([name, text]) => ({ path: `${ROOT}/${name}`, bytes: Buffer.from(text, 'utf8') })), withCache ? { cache } : {}), '2025-12-31');
  describeIndex(load(true));
  let patched = 0;
  for (let edit = 0; edit < 40; edit++) {
    const n = Math.floor(next() * 60);
    const action = next();
    if (action < 0.15) delete files[`s${n}.yaml`];
    else if (action < 0.3) delete files[`i${n}.yaml`];
    else if (action < 0.65) files[`s${n}.yaml`] = systemFile(n);
    else files[`i${n}.yaml`] = integrationFile(n);
    const relinked = load(true);
    if (relinked.patchedFrom) patched++;
    assert.equal(describeIndex(relinked), describeIndex(load(false)), `edit ${edit}`);
  }
  assert.ok(patched >= 30, `most edits were patched (${patched} of 40)`);
});

test.run();
