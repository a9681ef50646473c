/**
 * A view as Mermaid flowchart text, for Markdown documents and pull-request comments: subgraphs
 * for the groups, one node shape per kind, dotted or thick links by relation. Labels are always
 * quoted, and every character that could mean something to Mermaid, to its Markdown or HTML
 * label renderer, is written as a Mermaid entity code (`#60;`), which Mermaid turns back into
 * the character as text: `<script>`, quotes, `&`, `]]>`, `-->`, `#`, `;` come out as written.
 * Letters (Vietnamese included), digits and plain punctuation stay as they are, so the text
 * remains readable.
 */
import type { ComputedView, ViewNode } from '@kientruc/core';

export interface MermaidOptions {
  lang?: 'vi' | 'en';
}

const textIn = (text: { vi: string; en?: string }, lang: 'vi' | 'en') => (lang === 'en' ? (text.en ?? text.vi) : text.vi);

/** Characters written as they are: letters and marks of any script, digits, space and `, . ( ) / -`. */
const PLAIN = /[\p{L}\p{M}\p{N} ,.()/-]/u;

export function escapeMermaidText(text: string): string {
  let out = '';
  for (const char of text.replace(/\s+/g, ' ').trim()) {
    out += PLAIN.test(char) ? char : `#${char.codePointAt(0)};`;
  }
  return out;
}

/** Mermaid ids: `n_` / `g_` and the id with `-` as `_` (element ids never contain `_`). */
export const mermaidNodeId = (id: string) => `n_${id.replace(/-/g, '_')}`;
const mermaidGroupId = (id: string) => `g_${id.replace(/-/g, '_')}`;
const mermaidClass = (kind: string) => `kind_${kind.replace(/-/g, '_')}`;

const SHAPES: Record<string, [string, string]> = {
  'information-system': ['(', ')'],
  database: ['[(', ')]'],
  infrastructure: ['[[', ']]'],
  'security-component': ['{{', '}}'],
  'public-service': ['([', '])'],
  'business-function': ['>', ']'],
  agency: ['[/', '\\]'],
  user: ['((', '))'],
  channel: ['[/', '/]'],
};

const KIND_STYLE: Record<string, string> = {
  agency: 'fill:#eef2f7',
  'information-system': 'fill:#e3effb',
  database: 'fill:#fcefd9',
  infrastructure: 'fill:#e6f4ea',
  'security-component': 'fill:#fde8e8',
  'public-service': 'fill:#f1e9fb',
  'business-function': 'fill:#e7f6f6',
  user: 'fill:#fff8db',
  channel: 'fill:#f3f4f6',
};

/** Links by relation: data flows and access solid, aggregated connections thick, the rest dotted. */
function arrow(relation: string, bidirectional: boolean): string {
  if (relation === 'connectedTo') return bidirectional ? '<==>' : '==>';
  if (relation === 'integration' || relation === 'access') return bidirectional ? '<-->' : '-->';
  return bidirectional ? '<-.->' : '-.->';
}

/** The change view puts a sign in changed labels (`[+]`, `[~]`, `[−]`); the legend repeats it. */
const CHANGE_SIGN = { added: '+', removed: '−', changed: '~' } as const;
const CHANGE_STYLE = {
  added: 'stroke:#1a7f37,stroke-width:3px',
  removed: 'stroke:#cf222e,stroke-width:3px,stroke-dasharray:6 4,color:#6e7781',
  changed: 'stroke:#9a6700,stroke-width:3px',
} as const;
const CHANGE_LEGEND = {
  added: { vi: 'thêm', en: 'added' },
  removed: { vi: 'bỏ', en: 'removed' },
  changed: { vi: 'sửa', en: 'changed' },
} as const;

function nodeLine(node: ViewNode, lang: 'vi' | 'en'): string {
  const [open, close] = SHAPES[node.kind] ?? ['[', ']'];
  return `${mermaidNodeId(node.id)}${open}"${escapeMermaidText(textIn(node.label, lang))}"${close}`;
}

export function generateMermaid(view: ComputedView, options: MermaidOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const lines: string[] = [
    '---',
    // JSON is YAML: the title cannot break out of its string.
    `title: ${JSON.stringify(textIn(view.title, lang))}`,
    '---',
    'flowchart TB',
  ];
  const indent = (depth: number) => '  '.repeat(depth);
  const writeGroup = (groupId: string, depth: number) => {
    const group = view.groups.find((g) => g.id === groupId)!;
    lines.push(`${indent(depth)}subgraph ${mermaidGroupId(group.id)}["${escapeMermaidText(textIn(group.label, lang))}"]`);
    for (const child of view.groups.filter((g) => g.parent === groupId)) writeGroup(child.id, depth + 1);
    for (const node of view.nodes.filter((n) => n.group === groupId)) lines.push(`${indent(depth + 1)}${nodeLine(node, lang)}`);
    lines.push(`${indent(depth)}end`);
  };
  for (const group of view.groups.filter((g) => !g.parent)) writeGroup(group.id, 1);
  for (const node of view.nodes.filter((n) => !n.group)) lines.push(`${indent(1)}${nodeLine(node, lang)}`);
  for (const edge of view.edges) {
    const label = edge.label ? `|"${escapeMermaidText(textIn(edge.label, lang))}"|` : '';
    lines.push(`${indent(1)}${mermaidNodeId(edge.source)} ${arrow(edge.relation, edge.bidirectional === true)}${label} ${mermaidNodeId(edge.target)}`);
  }
  const kinds = [...new Set(view.nodes.map((node) => node.kind))].sort();
  for (const kind of kinds) {
    lines.push(`${indent(1)}classDef ${mermaidClass(kind)} ${KIND_STYLE[kind] ?? 'fill:#ffffff'},stroke:#52606d`);
    const members = view.nodes.filter((node) => node.kind === kind).map((node) => mermaidNodeId(node.id));
    lines.push(`${indent(1)}class ${members.join(',')} ${mermaidClass(kind)}`);
  }
  const changes = (['added', 'removed', 'changed'] as const).filter((change) => view.nodes.some((node) => node.change === change));
  if (changes.length) {
    lines.push(`${indent(1)}subgraph legend_change["${escapeMermaidText(lang === 'en' ? 'Legend' : 'Chú giải / Legend')}"]`);
    for (const change of changes) {
      lines.push(`${indent(2)}legend_${change}["${escapeMermaidText(`[${CHANGE_SIGN[change]}] ${lang === 'en' ? CHANGE_LEGEND[change].en : `${CHANGE_LEGEND[change].vi} / ${CHANGE_LEGEND[change].en}`}`)}"]`);
    }
    lines.push(`${indent(1)}end`);
    for (const change of changes) {
      const members = view.nodes.filter((node) => node.change === change).map((node) => mermaidNodeId(node.id));
      lines.push(`${indent(1)}classDef change_${change} ${CHANGE_STYLE[change]}`);
      lines.push(`${indent(1)}class ${[...members, `legend_${change}`].join(',')} change_${change}`);
    }
  }
  const subject = view.nodes.find((node) => node.id === view.subject);
  if (subject) lines.push(`${indent(1)}style ${mermaidNodeId(subject.id)} stroke-width:3px`);
  return `${lines.join('\n')}\n`;
}
