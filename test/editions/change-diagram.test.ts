/**
 * A diagram of a change (edition 2024 → 2025 of the editions fixture): added, removed and changed
 * elements are marked in the SVG (class and sign in the label) and explained in its legend.
 */
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { changeView, diffGraphs, evaluateAsOf, loadModel } from '@kientruc/core';
import { closeLayoutPool, renderDiagrams } from '../../generators/diagrams/src/index.js';
import { generateMermaid } from '../../generators/mermaid/src/index.js';

const model = fileURLToPath(new URL('../fixtures/editions/model', import.meta.url));

test('a change view marks what changed, in SVG and Mermaid, with a legend', async () => {
  const loaded = loadModel(model);
  const from = evaluateAsOf(loaded, '2024-12-31');
  const to = evaluateAsOf(loaded, '2025-12-31');
  const view = changeView(diffGraphs(from, to, { from: '2024', to: '2025' }), from, to);
  assert.ok(view);
  const marks = Object.fromEntries(view!.nodes.filter((n) => n.change).map((n) => [n.id, n.change]));
  assert.equal(marks, { 'cong-thong-tin-ha-nam': 'removed', 'ha-nam': 'removed', 'ninh-binh': 'removed', 'ninh-binh-2025': 'added', 'qlvb-ha-nam': 'changed' });
  assert.is(view!.nodes.find((n) => n.id === 'qlvb-ha-nam')!.label.vi, '[~] Hệ thống quản lý văn bản và điều hành tỉnh Hà Nam');
  try {
    const [svg] = await renderDiagrams([view!], { langs: ['vi'] });
    assert.is(XMLValidator.validate(svg!.svg), true);
    assert.match(svg!.svg, /class="node kind-information-system category-document-management change-changed" data-node="qlvb-ha-nam"/);
    assert.match(svg!.svg, /class="node kind-agency change-removed" data-node="ha-nam"/);
    for (const legend of ['[+] thêm mới', '[~] thay đổi', '[−] bị bỏ']) assert.ok(svg!.svg.includes(legend), `legend: ${legend}`);
  } finally {
    await closeLayoutPool();
  }
  const mermaid = generateMermaid(view!);
  assert.match(mermaid, 'class n_cong_thong_tin_ha_nam,n_ha_nam,n_ninh_binh,legend_removed change_removed');
});

test.run();
