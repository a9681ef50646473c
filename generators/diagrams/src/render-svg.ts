/**
 * A laid-out view → SVG, drawn as text without a DOM. Every text goes through `escapeXml`;
 * every box is a `<g>` (or an `<a>` when the site gives a link) with `data-id` and classes for
 * theming; the root is `role="img"` with a `<title>` and a `<desc>` that lists what is drawn.
 * Meaning never rests on colour alone: each kind has its shape, each relation its dash pattern,
 * both explained in the legend, and the print styles drop colour.
 */
import { KIND_LABELS, RELATION_LABELS, kindLabel, relationLabel } from '@kientruc/core';
import { FONT_STACK, fontMetrics, type FontMetrics, type FontSubset, type FontWeight } from './fonts.js';
import type { LaidOutView } from './layout.js';
import {
  EDGE_LABEL_PADDING,
  EDGE_TEXT,
  GROUP_PADDING,
  GROUP_TEXT,
  LEGEND_TEXT,
  NODE_PADDING,
  NODE_TEXT,
  TITLE_TEXT,
  textIn,
  wrapText,
  type Lang,
  type TextStyle,
} from './measure.js';
import { drawShape } from './shapes.js';
import { escapeXml } from './xml.js';

export interface SvgOptions {
  lang: Lang;
  /** Link of a box, for the site; a box with a link is an `<a>`. */
  hrefFor?: (elementId: string, lang: Lang) => string | undefined;
  /** Inline the font subsets the text needs, for an SVG file opened on its own (default false). */
  embedFont?: boolean;
  /** Declare the font subsets at these URLs instead (SVG files sharing a `fonts/` folder). */
  fontUrl?: (fileName: string) => string;
  /** Draw the title above the diagram (default true). */
  heading?: boolean;
}

/** Coordinates to a tenth of a pixel: finer is invisible and only makes the file longer. */
const n = (value: number) => String(Math.round(value * 10) / 10);
const MARGIN = 16;

/** Dash pattern per relation: the line itself says what it means, in colour or not. */
export const RELATION_DASH: Record<string, string | undefined> = {
  integration: undefined,
  access: undefined,
  connectedTo: undefined,
  uses: '6 3',
  hostedOn: '2 3',
  hostedBy: '2 3',
  connectsTo: '2 3',
  ownedBy: '9 3 2 3',
  operatedBy: '9 3 2 3',
  legallyOwnedBy: '9 3 2 3',
  protects: '12 4',
  reportsTo: '12 4',
};
const OTHER_DASH = '4 4';
export const dashOf = (relation: string) => (relation in RELATION_DASH ? RELATION_DASH[relation] : OTHER_DASH);

const KIND_FILL: Record<string, string> = {
  agency: '#eef2f7',
  'information-system': '#e3effb',
  database: '#fcefd9',
  infrastructure: '#e6f4ea',
  'security-component': '#fde8e8',
  'public-service': '#f1e9fb',
  'business-function': '#e7f6f6',
  user: '#fff8db',
  channel: '#f3f4f6',
};

const STYLE = [
  `.kientruc-diagram{--kt-ink:#1f2933;--kt-line:#52606d;--kt-paper:#ffffff;--kt-focus:#1a56db;background:var(--kt-paper)}`,
  `.kientruc-diagram text{fill:var(--kt-ink);font-family:${FONT_STACK};font-kerning:none;font-variant-ligatures:none;font-feature-settings:"kern" 0,"liga" 0;text-rendering:geometricPrecision}`,
  `.kientruc-diagram .shape{fill:var(--kt-fill,#ffffff);stroke:var(--kt-line);stroke-width:1.2}`,
  `.kientruc-diagram .shade{fill:var(--kt-line);fill-opacity:.18}`,
  `.kientruc-diagram .lid{fill:none}`,
  `.kientruc-diagram .icon{fill:var(--kt-line)}`,
  ...Object.entries(KIND_FILL).map(([kind, fill]) => `.kientruc-diagram .kind-${kind}{--kt-fill:${fill}}`),
  `.kientruc-diagram .node-box{fill:transparent;stroke:none}`,
  `.kientruc-diagram a.node:hover .node-box,.kientruc-diagram a.node:focus .node-box{stroke:var(--kt-focus);stroke-width:2.5}`,
  `.kientruc-diagram .subject .shape{stroke-width:2.5}`,
  `.kientruc-diagram .group-frame{fill:#f8fafc;stroke:#9aa5b1;stroke-width:1}`,
  `.kientruc-diagram .role-aside>.group-frame{fill:#f6f3fb}`,
  `.kientruc-diagram .role-agency>.group-frame{fill:none;stroke-dasharray:6 4}`,
  `.kientruc-diagram .role-kind>.group-frame{fill:#fbfbfb}`,
  `.kientruc-diagram .edge-line{fill:none;stroke:var(--kt-line);stroke-width:1.3}`,
  `.kientruc-diagram .relation-integration .edge-line{stroke-width:1.6}`,
  `.kientruc-diagram .relation-connectedTo .edge-line{stroke-width:2.6}`,
  `.kientruc-diagram .relation-access .edge-line{stroke:#7b8794}`,
  `.kientruc-diagram .arrow{fill:var(--kt-line)}`,
  `.kientruc-diagram .edge-label-box{fill:var(--kt-paper);fill-opacity:.92;stroke:none}`,
  `.kientruc-diagram .legend-frame{fill:none;stroke:#cbd2d9}`,
  // A diagram of a change: the box outline says how the element changed (the label carries a sign too, for print).
  `.kientruc-diagram .change-added .node-box{fill:none;stroke:#1a7f37;stroke-width:3}`,
  `.kientruc-diagram .change-changed .node-box{fill:none;stroke:#9a6700;stroke-width:3}`,
  `.kientruc-diagram .change-removed .node-box{fill:none;stroke:#cf222e;stroke-width:3;stroke-dasharray:6 4}`,
  `.kientruc-diagram .change-removed .node-label{fill:#6e7781}`,
  `.kientruc-diagram .group-label{paint-order:stroke;stroke:var(--kt-paper);stroke-width:4px;stroke-linejoin:round}`,
  `@media print{.kientruc-diagram{--kt-line:#000000;--kt-ink:#000000}.kientruc-diagram .shape,.kientruc-diagram .group-frame{fill:#ffffff!important;stroke:#000000}.kientruc-diagram .shade{fill:#000000;fill-opacity:.25}.kientruc-diagram .edge-label-box{fill:#ffffff;fill-opacity:1}}`,
].join('\n');

interface TextLine {
  text: string;
  x: number;
  /** Top of the line box. */
  top: number;
}

/** Baseline of a line box: the x-height centred in it. */
const baseline = (top: number, style: TextStyle) => top + (style.lineHeight + style.size * 0.7) / 2;

function textElement(lines: TextLine[], style: TextStyle, className: string, anchor: 'middle' | 'start'): string {
  const spans = lines.map((line) => `<tspan x="${n(line.x)}" y="${n(baseline(line.top, style))}">${escapeXml(line.text)}</tspan>`).join('');
  return `<text class="${className}" font-size="${style.size}" font-weight="${style.weight}" text-anchor="${anchor}">${spans}</text>`;
}

export function renderSvg(laid: LaidOutView, options: SvgOptions, metrics: FontMetrics = fontMetrics()): string {
  const { view } = laid;
  const lang = options.lang;
  const prefix = `kt-${view.id}-${lang}`;
  const used = new Map<FontWeight, Set<FontSubset>>();
  const use = (text: string, weight: FontWeight) => {
    const set = used.get(weight) ?? new Set<FontSubset>();
    for (const subset of metrics.subsetsOf(text, weight)) set.add(subset);
    used.set(weight, set);
  };

  // Title above the diagram.
  const title = textIn(view.title, lang);
  const headingLines = options.heading === false ? [] : wrapText(title, Math.max(laid.width, 480) - 2 * MARGIN, TITLE_TEXT, metrics);
  const headingHeight = headingLines.length ? headingLines.length * TITLE_TEXT.lineHeight + MARGIN : 0;
  for (const line of headingLines) use(line, 600);

  const legend = renderLegend(laid, lang, metrics, prefix, Math.max(laid.width, 480));
  use(legend.text, 400);
  use(legend.title, 600);
  const width = Math.ceil(Math.max(laid.width, legend.width + 2 * MARGIN, headingLines.length ? 480 : 0));
  const height = Math.ceil(headingHeight + laid.height + legend.height + MARGIN);

  // Frames first, titles after the edges (with a halo), so that no edge hides a title.
  const groupFrames: string[] = [];
  const groupTitles: string[] = [];
  for (const { group, x, y, width: w, height: h, text } of laid.groups) {
    const lines = text.lines[lang].map((line, i) => ({ text: line, x: x + GROUP_PADDING, top: y + GROUP_PADDING + i * GROUP_TEXT.lineHeight }));
    for (const line of lines) use(line.text, 600);
    groupFrames.push(
      `<g class="group role-${group.role}" data-group="${escapeXml(group.id)}">` +
        `<rect class="group-frame" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="6" ry="6"/>` +
        `</g>`,
    );
    groupTitles.push(textElement(lines, GROUP_TEXT, `group-label role-${group.role}`, 'start').replace('<text ', `<text data-group="${escapeXml(group.id)}" `));
  }

  const labelOf = new Map(laid.nodes.map(({ node }) => [node.id, textIn(node.label, lang)]));
  const edges = laid.edges.map(({ edge, points, label }) => {
    const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n(x)} ${n(y)}`).join('');
    const dash = dashOf(edge.relation);
    const markers = ` marker-end="url(#${prefix}-arrow)"${edge.bidirectional ? ` marker-start="url(#${prefix}-arrow-start)"` : ''}`;
    const edgeText = edge.label ? textIn(edge.label, lang) : '';
    const caption = `${labelOf.get(edge.source)} → ${labelOf.get(edge.target)}: ${edgeText || textIn(relationLabel(edge.relation), lang)}`;
    let labelSvg = '';
    if (label) {
      const lines = label.text.lines[lang];
      const blockTop = label.y + (label.height - lines.length * EDGE_TEXT.lineHeight) / 2;
      const textLines = lines.map((line, i) => ({ text: line, x: label.x + label.width / 2, top: blockTop + i * EDGE_TEXT.lineHeight }));
      for (const line of textLines) use(line.text, 400);
      labelSvg =
        `<g class="edge-label"><rect class="edge-label-box" x="${n(label.x)}" y="${n(label.y)}" width="${n(label.width)}" height="${n(label.height)}"/>` +
        textElement(textLines, EDGE_TEXT, 'edge-text', 'middle') +
        `</g>`;
    }
    return (
      `<g class="edge relation-${edge.relation}" data-edge="${escapeXml(edge.id)}" data-source="${escapeXml(edge.source)}" data-target="${escapeXml(edge.target)}">` +
      `<title>${escapeXml(caption)}</title>` +
      `<path class="edge-line" d="${d}"${dash ? ` stroke-dasharray="${dash}"` : ''}${markers}/>` +
      labelSvg +
      `</g>`
    );
  });

  const nodes = laid.nodes.map(({ node, x, y, width: w, height: h, measure }) => {
    const { insets } = measure;
    const lines = measure.text.lines[lang];
    const areaLeft = x + insets.left + NODE_PADDING.x;
    const areaWidth = w - insets.left - insets.right - 2 * NODE_PADDING.x;
    const areaTop = y + insets.top;
    const areaHeight = h - insets.top - insets.bottom;
    const blockTop = areaTop + (areaHeight - lines.length * NODE_TEXT.lineHeight) / 2;
    const textLines = lines.map((line, i) => ({ text: line, x: areaLeft + areaWidth / 2, top: blockTop + i * NODE_TEXT.lineHeight }));
    for (const line of textLines) use(line.text, 400);
    const classes = ['node', `kind-${node.kind}`, ...(node.category ? [`category-${node.category}`] : []), ...(node.count !== undefined ? ['aggregate'] : []), ...(node.id === view.subject ? ['subject'] : []), ...(node.change ? [`change-${node.change}`] : [])];
    const href = node.elementId ? options.hrefFor?.(node.elementId, lang) : undefined;
    const attributes = `class="${classes.join(' ')}" data-node="${escapeXml(node.id)}"${node.elementId ? ` data-id="${escapeXml(node.elementId)}"` : ''}`;
    const open = href ? `<a href="${escapeXml(href)}" ${attributes}>` : `<g ${attributes}>`;
    const tooltip = `${textIn(node.label, lang)} (${textIn(kindLabel(node.kind), lang)}${node.elementId ? `, ${node.elementId}` : ''})`;
    return (
      open +
      `<title>${escapeXml(tooltip)}</title>` +
      drawShape(node.kind, node.count !== undefined, x, y, w, h) +
      textElement(textLines, NODE_TEXT, 'node-label', 'middle') +
      `<rect class="node-box" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"/>` +
      (href ? '</a>' : '</g>')
    );
  });

  const heading = headingLines.length
    ? textElement(
        headingLines.map((line, i) => ({ text: line, x: MARGIN, top: MARGIN / 2 + i * TITLE_TEXT.lineHeight })),
        TITLE_TEXT,
        'diagram-title',
        'start',
      )
    : '';
  const fontCss = options.fontUrl ? `\n${metrics.fontFaceCss(used, options.fontUrl)}` : options.embedFont ? `\n${metrics.fontFaceCss(used)}` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc" class="kientruc-diagram view-${view.viewType}" data-view="${escapeXml(view.id)}" lang="${lang}" xml:lang="${lang}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title id="${prefix}-title">${escapeXml(title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(describe(laid, lang))}</desc>`,
    `<style>${STYLE}${fontCss}</style>`,
    `<defs>` +
      `<marker id="${prefix}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><path class="arrow" d="M0 0L10 5L0 10Z"/></marker>` +
      `<marker id="${prefix}-arrow-start" viewBox="0 0 10 10" refX="0" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><path class="arrow" d="M10 0L0 5L10 10Z"/></marker>` +
      `</defs>`,
    heading,
    `<g class="diagram" transform="translate(0 ${n(headingHeight)})">`,
    `<g class="groups">${groupFrames.join('')}</g>`,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="group-labels">${groupTitles.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    `</g>`,
    `<g class="legend" transform="translate(${MARGIN} ${n(headingHeight + laid.height)})">${legend.svg}</g>`,
    `</svg>`,
    '',
  ].join('\n');
}

const LEGEND = { sample: { width: 40, height: 24 }, gap: 8, itemGap: 20, rowGap: 8, padding: 10 };

/** Legend entries of a diagram of a change; the sign matches the one the change view puts in labels. */
const CHANGE_LABELS = {
  added: { vi: '[+] thêm mới', en: '[+] added' },
  changed: { vi: '[~] thay đổi', en: '[~] changed' },
  removed: { vi: '[−] bị bỏ', en: '[−] removed' },
} as const;

/** The legend: the shape of each kind drawn and the line of each relation drawn, in rows. */
function renderLegend(laid: LaidOutView, lang: Lang, metrics: FontMetrics, prefix: string, maxWidth: number): { svg: string; width: number; height: number; text: string; title: string } {
  const kindOrder = Object.keys(KIND_LABELS);
  const kinds = [...new Set(laid.nodes.map(({ node }) => node.kind))].sort((a, b) => rank(kindOrder, a) - rank(kindOrder, b) || (a < b ? -1 : 1));
  const relationOrder = Object.keys(RELATION_LABELS);
  const relations = [...new Set(laid.edges.map(({ edge }) => edge.relation))].sort((a, b) => rank(relationOrder, a) - rank(relationOrder, b) || (a < b ? -1 : 1));
  const aggregated = laid.nodes.some(({ node }) => node.count !== undefined);
  const items: { sample: string; label: string }[] = [];
  const { width: sw, height: sh } = LEGEND.sample;
  for (const kind of kinds) items.push({ sample: `<g class="node kind-${kind}">${drawShape(kind, false, 0, 0, sw, sh)}</g>`, label: textIn(kindLabel(kind), lang) });
  if (aggregated) {
    items.push({ sample: `<g class="node">${drawShape('other', true, 0, 0, sw, sh)}</g>`, label: lang === 'vi' ? 'Nhóm nhiều phần tử (kèm số lượng)' : 'Several elements (with their count)' });
  }
  for (const change of ['added', 'changed', 'removed'] as const) {
    if (!laid.nodes.some(({ node }) => node.change === change)) continue;
    items.push({
      sample: `<g class="node change-${change}">${drawShape('other', false, 0, 0, sw, sh)}<rect class="node-box" x="0" y="0" width="${sw}" height="${sh}"/></g>`,
      label: CHANGE_LABELS[change][lang],
    });
  }
  for (const relation of relations) {
    const dash = dashOf(relation);
    items.push({
      sample: `<g class="edge relation-${relation}"><path class="edge-line" d="M0 ${sh / 2}H${sw}"${dash ? ` stroke-dasharray="${dash}"` : ''} marker-end="url(#${prefix}-arrow)"/></g>`,
      label: textIn(relationLabel(relation), lang),
    });
  }
  const title = lang === 'vi' ? 'Chú giải' : 'Legend';
  const rowHeight = Math.max(sh, LEGEND_TEXT.lineHeight);
  const parts: string[] = [];
  let x = LEGEND.padding;
  let y = LEGEND.padding + GROUP_TEXT.lineHeight + LEGEND.rowGap;
  let widest = LEGEND.padding + metrics.width(title, GROUP_TEXT.size, 600) + LEGEND.padding;
  const limit = Math.max(maxWidth - 2 * MARGIN, 320);
  for (const item of items) {
    const textWidth = Math.ceil(metrics.width(item.label, LEGEND_TEXT.size, 400));
    const itemWidth = sw + LEGEND.gap + textWidth;
    if (x > LEGEND.padding && x + itemWidth + LEGEND.padding > limit) {
      x = LEGEND.padding;
      y += rowHeight + LEGEND.rowGap;
    }
    parts.push(
      `<g class="legend-item" transform="translate(${n(x)} ${n(y)})">${item.sample}` +
        textElement([{ text: item.label, x: sw + LEGEND.gap, top: (rowHeight - LEGEND_TEXT.lineHeight) / 2 }], LEGEND_TEXT, 'legend-label', 'start') +
        `</g>`,
    );
    x += itemWidth + LEGEND.itemGap;
    widest = Math.max(widest, x - LEGEND.itemGap + LEGEND.padding);
  }
  const height = y + rowHeight + LEGEND.padding;
  const width = Math.ceil(widest);
  const svg =
    `<rect class="legend-frame" x="0" y="0" width="${width}" height="${n(height)}" rx="4" ry="4"/>` +
    textElement([{ text: title, x: LEGEND.padding, top: LEGEND.padding }], GROUP_TEXT, 'legend-title', 'start') +
    parts.join('');
  return { svg, width, height: Math.ceil(height), text: items.map((item) => item.label).join(' '), title };
}

const rank = (order: string[], key: string) => {
  const index = order.indexOf(key);
  return index < 0 ? order.length : index;
};

/** What a screen reader says: the boxes by group, then the links. */
function describe(laid: LaidOutView, lang: Lang): string {
  const { view } = laid;
  const vi = lang === 'vi';
  const parts: string[] = [
    vi
      ? `Sơ đồ gồm ${view.nodes.length} hộp và ${view.edges.length} liên kết, theo mô hình tại ngày ${view.asOf}.`
      : `The diagram has ${view.nodes.length} boxes and ${view.edges.length} links, from the model as of ${view.asOf}.`,
  ];
  const label = new Map(view.nodes.map((node) => [node.id, textIn(node.label, lang)]));
  for (const group of view.groups) {
    const members = view.nodes.filter((node) => node.group === group.id).map((node) => label.get(node.id));
    if (members.length) parts.push(`${textIn(group.label, lang)}: ${members.join('; ')}.`);
  }
  const loose = view.nodes.filter((node) => !node.group).map((node) => label.get(node.id));
  if (loose.length) parts.push(`${vi ? 'Thành phần' : 'Elements'}: ${loose.join('; ')}.`);
  const shown = view.edges.slice(0, 80).map((edge) => `${label.get(edge.source)} → ${label.get(edge.target)} (${edge.label ? textIn(edge.label, lang) : textIn(relationLabel(edge.relation), lang)})`);
  if (shown.length) parts.push(`${vi ? 'Liên kết' : 'Links'}: ${shown.join('; ')}${view.edges.length > shown.length ? '; …' : ''}.`);
  return parts.join(' ');
}
