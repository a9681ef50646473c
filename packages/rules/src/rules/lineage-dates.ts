import { describeLifecycle, inForce, nextDay, type ElementRecord, type Lifecycle } from '@kientruc/core';
import type { Agency } from '@kientruc/schema';
import { defineRule } from '../rule.js';

const provinces = (haNamUntil: string, mergerDate: string) => `kind: agency
id: ha-nam
name: { vi: Tỉnh Hà Nam }
agencyType: province
${haNamUntil}lineage:
  mergedInto: { agency: ninh-binh-2025, date: ${mergerDate} }
provenance: illustrative
---
kind: agency
id: ninh-binh-2025
name: { vi: Tỉnh Ninh Bình }
agencyType: province
since: 2025-07-01
lineage:
  mergedFrom:
    - { agency: ha-nam, date: 2025-07-01 }
provenance: illustrative
`;

export default defineRule({
  id: 'lineage-dates',
  severity: 'error',
  category: 'agency',
  description: {
    vi: 'Ngày sắp xếp khớp vòng đời: cơ quan bị hợp nhất có `until` là ngày trước ngày hợp nhất, cơ quan kế thừa có hiệu lực từ ngày đó, và đơn vị hình thành từ hợp nhất có hiệu lực vào ngày ghi trong `mergedFrom`.',
    en: 'Reorganisation dates match lifecycles: a merged agency’s `until` is the day before the merger, its successor is in force from that day, and a unit formed by merger is in force on the date its `mergedFrom` gives.',
  },
  rationale: {
    vi: 'NQ 176/2025/QH15 (các bộ, từ 01/3/2025) và NQ 202/2025/QH15 (các tỉnh, từ 01/7/2025) chấm dứt đơn vị cũ và lập đơn vị mới cùng một ngày. Nếu ngày lệch, mô hình có ngày không có cơ quan nào chịu trách nhiệm, hoặc hai cơ quan cùng lúc; tham chiếu và chủ quản theo thời gian sai theo.',
    en: 'NQ 176/2025/QH15 (ministries, from 2025-03-01) and NQ 202/2025/QH15 (provinces, from 2025-07-01) end the old units and start the new ones on one day. When the dates drift, the model has a day with no responsible agency, or two at once, and time-sliced references and owners go wrong.',
  },
  basis: ['NQ 176/2025/QH15', 'NQ 202/2025/QH15'],
  fix: {
    vi: 'Đặt `until` của đơn vị cũ là ngày trước ngày hợp nhất, `since` của đơn vị mới và `date` của liên kết là ngày hợp nhất.',
    en: 'Set the old unit’s `until` to the day before the merger, and the new unit’s `since` and the link’s `date` to the merger date.',
  },
  examples: [
    {
      title: 'Hà Nam merged into Ninh Bình on 2025-07-01',
      asOf: '2024-12-31',
      files: { 'provinces.yaml': provinces('until: 2025-06-30\n', '2025-07-01') },
      expected: [],
    },
    {
      title: 'A merged province with no `until`',
      asOf: '2024-12-31',
      files: { 'provinces.yaml': provinces('', '2025-07-01') },
      expected: ['provinces.yaml:6:25: error `ha-nam` is merged into `ninh-binh-2025` on 2025-07-01 but has no `until`, expected `until: 2025-06-30` [lineage-dates]'],
    },
    {
      title: 'A merger date that is not the day after `until`',
      asOf: '2024-12-31',
      files: { 'provinces.yaml': provinces('until: 2025-06-30\n', '2025-06-01') },
      expected: [
        'provinces.yaml:7:25: error Unexpected successor `ninh-binh-2025` for a merger on 2025-06-01: it is in force from 2025-07-01, expected it in force on that date [lineage-dates]',
        'provinces.yaml:7:47: error Unexpected merger date 2025-06-01, expected 2025-07-01, the day after `until` 2025-06-30 [lineage-dates]',
      ],
    },
    {
      title: 'Seen from the successor: the predecessor ends a day late',
      files: { 'provinces.yaml': provinces('until: 2025-07-01\n', '2025-07-02') },
      expected: ['provinces.yaml:17:17: error Unexpected predecessor `ha-nam` for a merger on 2025-07-01: it is in force until 2025-07-01, expected `until: 2025-06-30` [lineage-dates]'],
    },
  ],
  check({ graph, model, report }) {
    const agencyById = (id: string) => {
      const record = model.byId.get(id);
      return record?.kind === 'agency' ? (record as ElementRecord<Agency>) : undefined;
    };
    const checkPredecessor = (agency: ElementRecord<Agency>, path: (string | number)[], predecessorId: string, date: string) => {
      const predecessor = agencyById(predecessorId);
      if (!predecessor || (predecessor.element.until !== undefined && nextDay(predecessor.element.until) === date)) return;
      report({
        element: agency,
        path: [...path, 'agency'],
        message: `Unexpected predecessor \`${predecessorId}\` for a merger on ${date}: it is ${describeLifecycle(predecessor.element as Lifecycle)}, expected \`until: ${dayBefore(date)}\``,
        related: [{ element: predecessor, path: predecessor.element.until ? ['until'] : ['id'], message: `\`${predecessorId}\` is declared here` }],
      });
    };
    for (const agency of graph.ofKind('agency') as ElementRecord<Agency>[]) {
      const { lineage, until, since } = agency.element;
      const mergedInto = lineage?.mergedInto;
      if (mergedInto) {
        const path = ['lineage', 'mergedInto'];
        if (until === undefined) {
          report({ element: agency, path: [...path, 'agency'], message: `\`${agency.id}\` is merged into \`${mergedInto.agency}\` on ${mergedInto.date} but has no \`until\`, expected \`until: ${dayBefore(mergedInto.date)}\`` });
        } else if (mergedInto.date !== nextDay(until)) {
          report({ element: agency, path: [...path, 'date'], message: `Unexpected merger date ${mergedInto.date}, expected ${nextDay(until)}, the day after \`until\` ${until}` });
        }
        const successor = agencyById(mergedInto.agency);
        if (successor && !inForce(successor.element as Lifecycle, mergedInto.date)) {
          report({
            element: agency,
            path: [...path, 'agency'],
            message: `Unexpected successor \`${successor.id}\` for a merger on ${mergedInto.date}: it is ${describeLifecycle(successor.element as Lifecycle)}, expected it in force on that date`,
            related: [{ element: successor, path: ['since'], message: `\`${successor.id}\` is declared here` }],
          });
        }
      }
      (lineage?.mergedFrom ?? []).forEach((link, index) => {
        const path = ['lineage', 'mergedFrom', index];
        if (since !== undefined && since > link.date) {
          report({ element: agency, path: [...path, 'date'], message: `Unexpected merger date ${link.date} before \`since\` ${since} of \`${agency.id}\`, expected ${since}` });
        }
        checkPredecessor(agency, path, link.agency, link.date);
      });
      const renamedFrom = lineage?.renamedFrom;
      if (renamedFrom) {
        if (since !== renamedFrom.date) {
          report({ element: agency, path: ['lineage', 'renamedFrom', 'date'], message: `Unexpected renaming date ${renamedFrom.date}, expected \`since\` of \`${agency.id}\` (${since ?? 'none'}) to be that date` });
        }
        checkPredecessor(agency, ['lineage', 'renamedFrom'], renamedFrom.agency, renamedFrom.date);
      }
    }
  },
});

/** Dates are schema-validated ISO dates, so this cannot meet an invalid one. */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
