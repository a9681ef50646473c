/**
 * The SVG of every fixture view, in both languages: well-formed XML, every box once, no two
 * boxes overlapping, no label wider than its box (by the font metrics the renderer uses), and
 * hostile labels written out as text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closeLayoutPool, fontMetrics, renderSvg, type LaidOutView, type Lang } from '../src/index.js';
import { EDGE_TEXT, GROUP_PADDING, GROUP_TEXT, NODE_PADDING, NODE_TEXT } from '../src/measure.js';
import { insetsOf } from '../src/shapes.js';
import { fixtureLayouts } from './fixture.js';

type XmlNode = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true, trimValues: false, processEntities: true, htmlEntities: false });

/** Elements of the parsed tree (preserveOrder form), depth first, with their attributes and text. */
interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}
function toElements(nodes: XmlNode[]): Element[] {
  const out: Element[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (!name || name === '#text') continue;
    const attributes = Object.fromEntries(Object.entries((node[':@'] as Record<string, string> | undefined) ?? {}).map(([k, v]) => [k.slice(1), String(v)]));
    const childNodes = node[name] as XmlNode[];
    const children = toElements(childNodes);
    const text = childNodes.map((child) => ('#text' in child ? String(child['#text']) : '')).join('') + children.map((child) => child.text).join('');
    out.push({ name, attributes, children, text });
  }
  return out;
}
function all(elements: Element[], predicate: (e: Element) => boolean, out: Element[] = []): Element[] {
  for (const element of elements) {
    if (predicate(element)) out.push(element);
    all(element.children, predicate, out);
  }
  return out;
}
const hasClass = (e: Element, name: string) => (e.attributes.class ?? '').split(' ').includes(name);

function parse(svg: string): Element {
  const valid = XMLValidator.validate(svg);
  assert.ok(valid === true, `well-formed XML: ${JSON.stringify(valid)}`);
  return toElements(parser.parse(svg) as XmlNode[])[0]!;
}

async function eachSvg(check: (laid: LaidOutView, lang: Lang, svg: string, root: Element) => void): Promise<void> {
  const { laid } = await fixtureLayouts();
  for (const view of laid) {
    for (const lang of ['vi', 'en'] as const) {
      const svg = renderSvg(view, { lang, embedFont: lang === 'en' });
      check(view, lang, svg, parse(svg));
    }
  }
}

test('every SVG is well-formed, accessible and has a legend', async () => {
  await eachSvg((laid, lang, svg, root) => {
    assert.is(root.name, 'svg');
    assert.is(root.attributes.role, 'img');
    assert.is(root.attributes.lang, lang);
    const title = root.children.find((e) => e.name === 'title');
    const desc = root.children.find((e) => e.name === 'desc');
    assert.ok(title && title.text.length > 0, `${laid.view.id}: <title>`);
    assert.ok(desc && desc.text.length > 0, `${laid.view.id}: <desc>`);
    assert.is(root.attributes['aria-labelledby'], title.attributes.id);
    assert.is(root.attributes['aria-describedby'], desc.attributes.id);
    assert.is(all([root], (e) => hasClass(e, 'legend')).length, 1, `${laid.view.id}: a legend`);
    assert.not.match(svg, /<script/i);
  });
});

test('every box of the view is drawn exactly once, with its data-id and classes', async () => {
  await eachSvg((laid, _lang, _svg, root) => {
    const drawn = all([root], (e) => e.attributes['data-node'] !== undefined && hasClass(e, 'node'));
    assert.equal(drawn.map((e) => e.attributes['data-node']).sort(), laid.view.nodes.map((n) => n.id).sort(), `${laid.view.id}: boxes`);
    for (const node of laid.view.nodes) {
      const element = drawn.find((e) => e.attributes['data-node'] === node.id)!;
      assert.is(element.attributes['data-id'], node.elementId, `${laid.view.id}: data-id of ${node.id}`);
      assert.ok(hasClass(element, `kind-${node.kind}`), `${laid.view.id}: class kind-${node.kind}`);
    }
    const ids = drawn.map((e) => e.attributes['data-id']).filter(Boolean);
    assert.is(new Set(ids).size, ids.length, `${laid.view.id}: an element appears once`);
    const edges = all([root], (e) => e.attributes['data-edge'] !== undefined);
    assert.is(edges.length, laid.view.edges.length, `${laid.view.id}: every edge drawn`);
  });
});

test('no two boxes overlap', async () => {
  const { laid } = await fixtureLayouts();
  for (const view of laid) {
    for (let i = 0; i < view.nodes.length; i++) {
      for (let j = i + 1; j < view.nodes.length; j++) {
        const a = view.nodes[i]!;
        const b = view.nodes[j]!;
        const apart = a.x + a.width <= b.x + 0.01 || b.x + b.width <= a.x + 0.01 || a.y + a.height <= b.y + 0.01 || b.y + b.height <= a.y + 0.01;
        assert.ok(apart, `${view.view.id}: ${a.node.id} and ${b.node.id} overlap`);
      }
    }
  }
});

test('no label is wider than its box, measured with the same font metrics', async () => {
  const metrics = fontMetrics();
  await eachSvg((laid, lang, _svg, root) => {
    const boxes = new Map(laid.nodes.map((n) => [n.node.id, n]));
    for (const element of all([root], (e) => e.attributes['data-node'] !== undefined && hasClass(e, 'node'))) {
      const box = boxes.get(element.attributes['data-node']!)!;
      const insets = insetsOf(box.node.kind, box.node.count !== undefined);
      const room = box.width - insets.left - insets.right - 2 * NODE_PADDING.x;
      const label = all([element], (e) => hasClass(e, 'node-label'))[0]!;
      const lines = label.children.filter((e) => e.name === 'tspan');
      assert.ok(lines.length > 0, `${laid.view.id}: ${box.node.id} has a label`);
      assert.ok(lines.length * NODE_TEXT.lineHeight <= box.height - insets.top - insets.bottom, `${laid.view.id}: ${box.node.id}: lines fit the height`);
      for (const line of lines) {
        const width = metrics.width(line.text, NODE_TEXT.size, NODE_TEXT.weight);
        assert.ok(width <= room + 0.01, `${laid.view.id} (${lang}): "${line.text}" is ${width.toFixed(1)} wide in a ${room} room`);
      }
    }
    for (const group of laid.groups) {
      for (const line of group.text.lines[lang]) {
        const width = metrics.width(line, GROUP_TEXT.size, GROUP_TEXT.weight);
        assert.ok(width <= group.width - 2 * GROUP_PADDING + 0.01, `${laid.view.id}: group title "${line}" fits its group (${width.toFixed(1)} in ${group.width})`);
      }
    }
    for (const edge of laid.edges) {
      if (!edge.label) continue;
      for (const line of edge.label.text.lines[lang]) {
        assert.ok(metrics.width(line, EDGE_TEXT.size, EDGE_TEXT.weight) <= edge.label.width + 0.01, `${laid.view.id}: edge label "${line}" fits`);
      }
    }
  });
});

test('hostile labels come out as text: <script>, quotes, &, ]]>, -->, # ; and Vietnamese', async () => {
  const { laid } = await fixtureLayouts();
  const view = laid.find((l) => l.view.id === 'overall--quang-ninh')!;
  const integration = laid.find((l) => l.view.id === 'integration--quang-ninh')!;
  for (const lang of ['vi', 'en'] as const) {
    const svg = renderSvg(view, { lang });
    const root = parse(svg);
    assert.not.match(svg, /<script/i);
    assert.is(all([root], (e) => e.name === 'script').length, 0);
    const labels = all([root], (e) => hasClass(e, 'node-label')).map((e) => e.children.map((line) => line.text).join(' '));
    const nasty = view.nodes.find((n) => n.node.id === 'ung-dung-thu-nghiem-quang-ninh')!.node.label;
    const expected = lang === 'vi' ? nasty.vi : nasty.en!;
    assert.ok(labels.includes(expected), `the label reads as written: ${expected}\n${labels.join('\n')}`);
  }
  const svg = renderSvg(integration, { lang: 'vi' });
  const texts = all([parse(svg)], (e) => hasClass(e, 'edge-text')).map((e) => e.children.map((line) => line.text).join(' '));
  assert.ok(texts.some((t) => t.includes('Dữ liệu <script>alert(1)</script> & ]]> -->')), `edge label as text: ${texts.join(' | ')}`);
  assert.ok(texts.some((t) => t.includes('Thông tin công dân <số định danh> & "họ tên"')), 'quotes and diacritics');
  assert.ok(svg.includes('Đắk Lắk'.normalize('NFC')), 'Vietnamese written as NFC text');
});

test('boxes are links when the site gives them one', async () => {
  const { laid } = await fixtureLayouts();
  const view = laid.find((l) => l.view.id === 'landscape')!;
  const svg = renderSvg(view, { lang: 'en', hrefFor: (id, lang) => `/${lang}/elements/${id}/?q="x"&y` });
  const links = all([parse(svg)], (e) => e.name === 'a');
  const withElement = view.nodes.filter((n) => n.node.elementId);
  assert.is(links.length, withElement.length);
  assert.ok(links.every((a) => a.attributes.href === `/en/elements/${a.attributes['data-id']}/?q="x"&y`));
  assert.ok(svg.includes('href="/en/elements/ndxp/?q=&quot;x&quot;&amp;y"'), 'attribute escaped');
});

test.after(async () => {
  await closeLayoutPool();
});

test.run();
