/**
 * The generated Mermaid renders with the real `mermaid` package in Chromium, without a parse or
 * render error, and the nasty labels come out as text (no element, no script, no dialog).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { computeViews, evaluateAsOf, loadModel, type ComputedView } from '@kientruc/core';
import { generateMermaid } from '../../generators/mermaid/src/index.js';

const require = createRequire(import.meta.url);
const mermaidScript = require.resolve('mermaid/dist/mermaid.min.js');
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

type RenderResult = { ok: true; text: string; scripts: number; nodes: number; errorSvg: boolean } | { ok: false; error: string };

/** Runs in the page (plain JavaScript): parse, render, put the SVG in the document, read it back. */
const RENDER_IN_PAGE = `async (text, id) => {
  try {
    await mermaid.parse(text);
    const { svg } = await mermaid.render(id, text);
    const out = document.getElementById('out');
    out.innerHTML = svg;
    const rendered = out.querySelector('svg');
    return {
      ok: true,
      text: rendered.textContent || '',
      scripts: rendered.querySelectorAll('script').length,
      nodes: rendered.querySelectorAll('.node').length,
      errorSvg: /Syntax error/i.test(svg),
    };
  } catch (error) {
    return { ok: false, error: String((error && error.message) || error) };
  }
}`;

test('generated Mermaid renders in Chromium and labels stay text', async () => {
  const { views } = computeViews(evaluateAsOf(loadModel(fixture), '2025-12-31'));
  const samples = [nastyView(), ...views].flatMap((view) =>
    (['vi', 'en'] as const).map((lang) => ({ name: `${view.id}.${lang}`, text: generateMermaid(view, { lang }), view, lang })),
  );
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="out"></div></body></html>');
    await page.addScriptTag({ path: mermaidScript });
    await page.evaluate("mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })");
    for (const [index, sample] of samples.entries()) {
      const result = (await page.evaluate(`(${RENDER_IN_PAGE})(${JSON.stringify(sample.text)}, ${JSON.stringify(`d${index}`)})`)) as RenderResult;
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
  } finally {
    await browser?.close();
  }
});

test.run();
