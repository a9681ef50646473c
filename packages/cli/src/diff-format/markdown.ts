/** The diff as Markdown (pull-request comments, release notes): a section per agency. */
import { changesOfAgency, type ModelDiff, type ModelGraph } from '@kientruc/core';
import { agencyName, changeWord, lineageNote, show, summaryLine } from './labels.js';

/** Escapes text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, ' ');
}

export function formatDiffMarkdown(diff: ModelDiff, graphs: ModelGraph[], options: { headingLevel?: number } = {}): string {
  const h = '#'.repeat(options.headingLevel ?? 2);
  const out = [
    `${h} Thay đổi / Changes: ${cell(diff.from.label)} (${diff.from.asOf}) → ${cell(diff.to.label)} (${diff.to.asOf})`,
    '',
    summaryLine(diff),
  ];
  if (diff.agencies.length === 0) out.push('', 'Không có thay đổi / No changes.');
  for (const agency of diff.agencies) {
    const { elements, relations } = changesOfAgency(diff, agency);
    out.push('', `${h}# ${cell(agencyName(graphs, agency))}`, '');
    if (elements.length) {
      out.push('| | loại / kind | mã / id | tên / name | chi tiết / details |', '|---|---|---|---|---|');
      for (const e of elements) {
        const details = [
          ...lineageNote(e),
          ...(e.moved ? [`${e.moved.reason === 'merger' ? 'sáp nhập / merger' : 'chuyển giao / transfer'}: ${e.moved.from ?? '—'} → ${e.moved.to ?? '—'}`] : []),
          ...e.fields.map((f) => `${f.path}: ${show(f.old)} → ${show(f.new)}`),
        ];
        out.push(`| ${changeWord[e.change]} | ${e.kind} | \`${e.id}\` | ${cell(e.name.vi)} | ${cell(details.join('; '))} |`);
      }
    }
    if (relations.length) {
      out.push('', '| | quan hệ / relation |', '|---|---|');
      for (const r of relations) out.push(`| ${r.change === 'added' ? 'thêm / added' : 'bỏ / removed'} | \`${r.source}\` ${r.relation} \`${r.target}\` |`);
    }
  }
  return `${out.join('\n')}\n`;
}
