import type { ElementChange, ModelDiff, ModelGraph } from '@kientruc/core';

/** Names of agencies for headings, looked up on either side of the diff. */
export function agencyName(graphs: ModelGraph[], id: string): string {
  if (id === '') return 'Quốc gia, không thuộc cơ quan nào / National, no owner';
  for (const graph of graphs) {
    const record = graph.model.byId.get(id);
    if (record) {
      const name = record.element.name as { vi: string; en?: string };
      return `${name.vi}${name.en ? ` / ${name.en}` : ''} (${id})`;
    }
  }
  return id;
}

export function show(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

export const changeWord: Record<ElementChange['change'], string> = {
  added: 'thêm / added',
  removed: 'bỏ / removed',
  changed: 'sửa / changed',
};

export function summaryLine(diff: ModelDiff): string {
  const s = diff.summary;
  return `${s.added} added, ${s.removed} removed, ${s.changed} changed (${s.moved} moved); relations +${s.relationsAdded} −${s.relationsRemoved}`;
}

/** "merged into X" / "formed from A, B" for agencies, "replaces X" for successor systems. */
export function lineageNote(e: ElementChange): string[] {
  return [
    ...(e.lineage?.mergedInto ? [`sáp nhập vào / merged into ${e.lineage.mergedInto}`] : []),
    ...(e.lineage?.formedFrom ? [`hình thành từ / formed from ${e.lineage.formedFrom.join(', ')}`] : []),
    ...(e.replaces ? [`thay thế / replaces ${e.replaces.join(', ')}`] : []),
  ];
}
