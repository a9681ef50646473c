/** The shared domain index: integrations by system. */
import { evaluateAsOf, loadModelFromSources } from '@kientruc/core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { integrationsOf } from '../src/domain.js';

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

test.run();
