import type { ElementRecord } from '@kientruc/core';
import type { Agency } from '@kientruc/schema';
import { defineRule } from '../rule.js';

const provinces = (predecessors: string) => `kind: agency
id: ha-nam
name: { vi: Tỉnh Hà Nam }
agencyType: province
until: 2025-06-30
lineage:
  mergedInto: { agency: ninh-binh-2025, date: 2025-07-01 }
provenance: illustrative
---
kind: agency
id: nam-dinh
name: { vi: Tỉnh Nam Định }
agencyType: province
until: 2025-06-30
lineage:
  mergedInto: { agency: ninh-binh-2025, date: 2025-07-01 }
provenance: illustrative
---
kind: agency
id: ninh-binh-2025
name: { vi: Tỉnh Ninh Bình }
agencyType: province
since: 2025-07-01
lineage:
  mergedFrom:
${predecessors}provenance: illustrative
`;

export default defineRule({
  id: 'lineage-symmetry',
  severity: 'error',
  category: 'agency',
  description: {
    vi: 'Hai phía của một lần hợp nhất khớp nhau: `mergedInto` của đơn vị cũ và `mergedFrom` của đơn vị mới nêu nhau, cùng ngày.',
    en: 'Both sides of a merger agree: the old unit’s `mergedInto` and the new unit’s `mergedFrom` name each other, with the same date.',
  },
  rationale: {
    vi: 'NQ 202/2025/QH15 và NQ 176/2025/QH15 nêu mỗi đơn vị mới hình thành từ những đơn vị nào. Trang lịch sử sắp xếp, so sánh giữa các năm và chuyển chủ quản dựa vào hai phía này; nếu lệch, một đơn vị cũ "biến mất" hoặc được tính vào hai đơn vị mới. Mỗi phía được kiểm tra tại những ngày nó còn hiệu lực.',
    en: 'NQ 202/2025/QH15 and NQ 176/2025/QH15 say which units each new one is formed from. The reorganisation history, the year-to-year comparison and the handover of ownership rest on both sides; when they disagree, an old unit "vanishes" or counts in two new ones. Each side is checked at the dates it is in force.',
  },
  basis: ['NQ 202/2025/QH15', 'NQ 176/2025/QH15'],
  fix: {
    vi: 'Thêm đơn vị còn thiếu vào `lineage.mergedFrom` của đơn vị mới (hoặc sửa `lineage.mergedInto` của đơn vị cũ) với cùng ngày.',
    en: 'Add the missing unit to the new unit’s `lineage.mergedFrom` (or correct the old unit’s `lineage.mergedInto`) with the same date.',
  },
  examples: [
    {
      title: 'Ninh Bình lists both predecessors',
      asOf: '2024-12-31',
      files: { 'provinces.yaml': provinces('    - { agency: ha-nam, date: 2025-07-01 }\n    - { agency: nam-dinh, date: 2025-07-01 }\n') },
      expected: [],
    },
    {
      title: 'Before the merger: Nam Định is missing from the successor’s list',
      asOf: '2024-12-31',
      files: { 'provinces.yaml': provinces('    - { agency: ha-nam, date: 2025-07-01 }\n') },
      expected: ['provinces.yaml:16:25: error `ninh-binh-2025` does not list `nam-dinh` in `lineage.mergedFrom`, expected both sides of the merger to name each other [lineage-symmetry]'],
    },
    {
      title: 'After the merger: a predecessor with another date',
      files: { 'provinces.yaml': provinces('    - { agency: ha-nam, date: 2025-07-01 }\n    - { agency: nam-dinh, date: 2025-06-30 }\n') },
      expected: ['provinces.yaml:27:33: error Unexpected merger date 2025-06-30 for `nam-dinh`, expected 2025-07-01 as its `lineage.mergedInto` says [lineage-symmetry]'],
    },
  ],
  check({ graph, model, report }) {
    const agencyById = (id: string) => {
      const record = model.byId.get(id);
      return record?.kind === 'agency' ? (record as ElementRecord<Agency>) : undefined;
    };
    for (const agency of graph.ofKind('agency') as ElementRecord<Agency>[]) {
      const mergedInto = agency.element.lineage?.mergedInto;
      const successor = mergedInto && agencyById(mergedInto.agency);
      if (mergedInto && successor) {
        const back = (successor.element.lineage?.mergedFrom ?? []).findIndex((link) => link.agency === agency.id);
        if (back < 0) {
          report({
            element: agency,
            path: ['lineage', 'mergedInto', 'agency'],
            message: `\`${successor.id}\` does not list \`${agency.id}\` in \`lineage.mergedFrom\`, expected both sides of the merger to name each other`,
            related: [{ element: successor, path: successor.element.lineage?.mergedFrom ? ['lineage', 'mergedFrom'] : ['id'], message: `\`${successor.id}\` is declared here` }],
          });
        } else if (successor.element.lineage!.mergedFrom![back]!.date !== mergedInto.date) {
          report({
            element: agency,
            path: ['lineage', 'mergedInto', 'date'],
            message: `Unexpected merger date ${mergedInto.date} into \`${successor.id}\`, expected ${successor.element.lineage!.mergedFrom![back]!.date} as its \`lineage.mergedFrom\` says`,
            related: [{ element: successor, path: ['lineage', 'mergedFrom', back, 'date'], message: 'The other side of the merger' }],
          });
        }
      }
      (agency.element.lineage?.mergedFrom ?? []).forEach((link, index) => {
        const predecessor = agencyById(link.agency);
        if (!predecessor) return;
        const forward = predecessor.element.lineage?.mergedInto;
        if (forward?.agency !== agency.id) {
          report({
            element: agency,
            path: ['lineage', 'mergedFrom', index, 'agency'],
            message: `\`${predecessor.id}\` ${forward ? `is merged into \`${forward.agency}\`` : 'names no `lineage.mergedInto`'}, expected \`mergedInto: { agency: ${agency.id} }\` on both sides of the merger`,
            related: [{ element: predecessor, path: forward ? ['lineage', 'mergedInto', 'agency'] : ['id'], message: `\`${predecessor.id}\` is declared here` }],
          });
        } else if (forward.date !== link.date) {
          report({
            element: agency,
            path: ['lineage', 'mergedFrom', index, 'date'],
            message: `Unexpected merger date ${link.date} for \`${predecessor.id}\`, expected ${forward.date} as its \`lineage.mergedInto\` says`,
            related: [{ element: predecessor, path: ['lineage', 'mergedInto', 'date'], message: 'The other side of the merger' }],
          });
        }
      });
    }
  },
});
