/**
 * Label measurement: every label of a view wrapped to a maximum width with the font's metrics,
 * in both languages, and the size of each box, edge label and group title derived from it.
 * The sizes are the largest of the two languages, so that one layout serves both.
 */
import { keptPerObject, type ComputedView, type ViewText } from '@kientruc/core';
import type { FontMetrics, FontWeight } from './fonts.js';
import { insetsOf, type Insets } from './shapes.js';

export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];

export interface TextStyle {
  size: number;
  weight: FontWeight;
  lineHeight: number;
}

export const NODE_TEXT: TextStyle = { size: 13, weight: 400, lineHeight: 17 };
export const EDGE_TEXT: TextStyle = { size: 11, weight: 400, lineHeight: 14 };
export const GROUP_TEXT: TextStyle = { size: 13, weight: 600, lineHeight: 17 };
export const TITLE_TEXT: TextStyle = { size: 16, weight: 600, lineHeight: 21 };
export const LEGEND_TEXT: TextStyle = { size: 12, weight: 400, lineHeight: 16 };

export const NODE_PADDING = { x: 10, y: 8 };
export const NODE_MIN = { width: 120, height: 44 };
const NODE_TEXT_MAX = 200;
const EDGE_TEXT_MAX = 150;
export const EDGE_LABEL_PADDING = 2;
export const GROUP_PADDING = 12;
const GROUP_TEXT_MAX = 360;

/** Lines of a label in each language, and the block they need (the larger language). */
export interface TextBlock {
  readonly lines: Readonly<Record<Lang, readonly string[]>>;
  readonly width: number;
  readonly height: number;
}

export interface NodeMeasure {
  width: number;
  height: number;
  insets: Insets;
  text: TextBlock;
}

export interface ViewMeasurements {
  nodes: Map<string, NodeMeasure>;
  edgeLabels: Map<string, TextBlock>;
  groupLabels: Map<string, TextBlock>;
}

export function textIn(text: ViewText, lang: Lang): string {
  return lang === 'en' ? (text.en ?? text.vi) : text.vi;
}

/**
 * Greedy word wrap to `maxWidth`; a word longer than a line is broken between characters.
 * Line breaks in the text are kept.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle, metrics: FontMetrics): string[] {
  const width = (s: string) => metrics.width(s, style.size, style.weight);
  const fits = (units: number) => metrics.px(units, style.size) <= maxWidth;
  const space = metrics.units(' ', style.weight);
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    // Widths in font units add up exactly, so a candidate line is the line so far, a space and the word.
    let lineUnits = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const wordUnits = metrics.units(word, style.weight);
      const candidateUnits = line ? lineUnits + space + wordUnits : wordUnits;
      if (fits(candidateUnits)) {
        line = line ? `${line} ${word}` : word;
        lineUnits = candidateUnits;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      // A word wider than a line: cut it where it stops fitting.
      let rest = word;
      while (width(rest) > maxWidth) {
        const chars = [...rest];
        let fit = 1;
        while (fit < chars.length && width(chars.slice(0, fit + 1).join('')) <= maxWidth) fit++;
        lines.push(chars.slice(0, fit).join(''));
        rest = chars.slice(fit).join('');
      }
      line = rest;
      lineUnits = metrics.units(rest, style.weight);
    }
    if (line || lines.length === 0) lines.push(line);
  }
  return lines;
}

/**
 * Measured labels by font, style, width and text: the same names recur in view after view (a
 * system in the context views of all its neighbours), and wrapping is most of measuring. The
 * blocks are frozen, since views share them.
 */
const measuredWith = keptPerObject((_metrics: FontMetrics) => new Map<string, TextBlock>());

export function measureText(text: ViewText, maxWidth: number, style: TextStyle, metrics: FontMetrics): TextBlock {
  const blocks = measuredWith(metrics);
  const key = `${style.size}|${style.weight}|${style.lineHeight}|${maxWidth}|${text.vi}\u0000${text.en ?? '\u0000'}`;
  let block = blocks.get(key);
  if (!block) blocks.set(key, (block = measureTextOnce(text, maxWidth, style, metrics)));
  return block;
}

function measureTextOnce(text: ViewText, maxWidth: number, style: TextStyle, metrics: FontMetrics): TextBlock {
  const lines = { vi: wrapText(textIn(text, 'vi'), maxWidth, style, metrics), en: wrapText(textIn(text, 'en'), maxWidth, style, metrics) };
  let width = 0;
  for (const lang of LANGS) for (const line of lines[lang]) width = Math.max(width, metrics.width(line, style.size, style.weight));
  const height = Math.max(lines.vi.length, lines.en.length) * style.lineHeight;
  Object.freeze(lines.vi);
  Object.freeze(lines.en);
  return Object.freeze({ lines: Object.freeze(lines), width: Math.ceil(width), height });
}

export function measureView(view: ComputedView, metrics: FontMetrics): ViewMeasurements {
  const nodes = new Map<string, NodeMeasure>();
  for (const node of view.nodes) {
    const insets = insetsOf(node.kind, node.count !== undefined);
    const text = measureText(node.label, NODE_TEXT_MAX, NODE_TEXT, metrics);
    const width = Math.max(NODE_MIN.width, text.width + 2 * NODE_PADDING.x + insets.left + insets.right);
    const height = Math.max(NODE_MIN.height, text.height + 2 * NODE_PADDING.y + insets.top + insets.bottom);
    nodes.set(node.id, { width: Math.ceil(width), height: Math.ceil(height), insets, text });
  }
  const edgeLabels = new Map<string, TextBlock>();
  for (const edge of view.edges) if (edge.label) edgeLabels.set(edge.id, measureText(edge.label, EDGE_TEXT_MAX, EDGE_TEXT, metrics));
  const groupLabels = new Map<string, TextBlock>();
  for (const group of view.groups) groupLabels.set(group.id, measureText(group.label, GROUP_TEXT_MAX, GROUP_TEXT, metrics));
  return { nodes, edgeLabels, groupLabels };
}
