/** The diff for a terminal: per agency, one line per element change, fields indented below. */
import { changesOfAgency, type ModelDiff, type ModelGraph } from '@kientruc/core';
import { agencyName, lineageNote, show, summaryLine } from './labels.js';

const sign = { added: '+', removed: '-', changed: '~' } as const;

export function formatDiffPretty(diff: ModelDiff, graphs: ModelGraph[]): string {
  const out = [
    `Thay đổi / Changes: ${diff.from.label} (${diff.from.asOf}) → ${diff.to.label} (${diff.to.asOf})`,
    summaryLine(diff),
  ];
  for (const agency of diff.agencies) {
    const { elements, relations } = changesOfAgency(diff, agency);
    out.push('', `== ${agencyName(graphs, agency)}`);
    for (const e of elements) {
      const moved = e.moved ? `  [${e.moved.reason === 'merger' ? 'sáp nhập / merger' : 'chuyển giao / transfer'}: ${e.moved.from ?? '—'} → ${e.moved.to ?? '—'}]` : '';
      const notes = lineageNote(e).map((note) => `  [${note}]`).join('');
      out.push(`  ${sign[e.change]} ${e.kind} ${e.id}: ${e.name.vi}${moved}${notes}`);
      for (const f of e.fields) out.push(`      ${f.path}: ${show(f.old)} → ${show(f.new)}`);
    }
    for (const r of relations) out.push(`  ${r.change === 'added' ? '+' : '-'} ${r.source} ${r.relation} ${r.target}`);
  }
  if (diff.agencies.length === 0) out.push('', 'Không có thay đổi / No changes');
  return `${out.join('\n')}\n`;
}
