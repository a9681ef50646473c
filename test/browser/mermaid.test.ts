/**
 * The generated Mermaid renders with the real `mermaid` package in Chromium, without a parse or
 * render error, and the nasty labels come out as text (no element, no script, no dialog).
 */
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { computeViews, evaluateAsOf, loadModel, type ComputedView } from '@kientruc/core';
import { generateMermaid } from '../../generators/mermaid/src/index.js';
import { withMermaidPage } from '../helpers/mermaid-browser.js';

const fixture = fileURLToPath(new URL('../fixtures/diagrams/model', import.meta.url));

const NASTY = [
  '<script>alert("x")</script>',
  `"double" and 'single'`,
  'A & B',
  ']]>',
  '-->',
  '# ; %% end',
  'fa:fa-camera `code` *em* _u_ [link](x) {{x}} |pipe|',
  'Đắk Lắk — Nghệ thuật ẩm thực, Bà Rịa–Vũng Tàu',
];

/** A view made of nothing but hostile labels, in both languages. */
function nastyView(): ComputedView {
  return {
    id: 'custom--nasty',
    viewType: 'custom',
    title: { vi: 'Tiêu đề <script>alert(1)</script> & "x"', en: 'Title ]]> --> #;' },
    asOf: '2025-12-31',
    groups: [{ id: 'agency--x', label: { vi: NASTY[0]!, en: NASTY[3]! }, role: 'agency' }],
    nodes: NASTY.map((label, index) => ({
      id: `n-${index}`,
      kind: ['information-system', 'database', 'agency', 'user', 'channel', 'security-component', 'infrastructure', 'public-service'][index]!,
      label: { vi: label, en: NASTY[(index + 1) % NASTY.length]! },
      ...(index < 3 ? { group: 'agency--x' } : {}),
      elementId: `n-${index}`,
    })),
    edges: NASTY.slice(1).map((label, index) => ({
      id: `e:${index}`,
      source: `n-${index}`,
      target: `n-${index + 1}`,
      relation: index % 2 ? 'integration' : 'uses',
      label: { vi: label },
      ...(index === 2 ? { bidirectional: true } : {}),
    })),
  };
}

test('generated Mermaid renders in Chromium and labels stay text', async () => {
  const { views } = computeViews(evaluateAsOf(loadModel(fixture), '2025-12-31'));
  const samples = [nastyView(), ...views].flatMap((view) =>
    (['vi', 'en'] as const).map((lang) => ({ name: `${view.id}.${lang}`, text: generateMermaid(view, { lang }), view, lang })),
  );
  await withMermaidPage(async (render, page) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    for (const sample of samples) {
      const result = await render(sample.text);
      if (!result.ok) assert.unreachable(`${sample.name}: Mermaid failed: ${result.error}\n${sample.text}`);
      else {
        assert.not.ok(result.errorSvg, `${sample.name}: Mermaid drew its error diagram`);
        assert.is(result.scripts, 0, `${sample.name}: a <script> element came out of a label`);
        assert.is(result.nodes, sample.view.nodes.length, `${sample.name}: every box is drawn`);
        for (const node of sample.view.nodes) {
          const label = (sample.lang === 'en' ? (node.label.en ?? node.label.vi) : node.label.vi).replace(/\s+/g, ' ').trim();
          assert.ok(result.text.replace(/\s+/g, ' ').includes(label), `${sample.name}: label ${JSON.stringify(label)} is shown as text`);
        }
      }
    }
    assert.equal(dialogs, [], 'no label ran a script');
    assert.equal(pageErrors, [], 'no page error');
  });
});

test.run();
