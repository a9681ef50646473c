import { keptPerObject, stampedPerObject, type ElementRecord } from '@kientruc/core';
import { defineRule, type Problem } from '../rule.js';

/** Fields that hold agency periods (`agencyAssignment` in the schema). */
export const ASSIGNMENT_FIELDS = ['owner', 'operator', 'legalOwner'] as const;

/**
 * Whether an element lists agency periods in one of those fields (most name one agency). Rules
 * look at the periods of these elements only. The answer is stamped on the record: the rules that
 * ask, and every re-check, read one property of the record instead of three of its element. The
 * fields are read by name: elements come in many shapes, and a read by a key in a variable is
 * several times slower.
 */
export const hasPeriodLists = stampedPerObject((record: ElementRecord): boolean => {
  const element = record.element as unknown as Partial<Record<(typeof ASSIGNMENT_FIELDS)[number], unknown>>;
  return Array.isArray(element.owner) || Array.isArray(element.operator) || Array.isArray(element.legalOwner);
});

interface Period {
  since?: string;
  until?: string;
}

const model = (lifecycle: string, owner: string) => `kind: agency
id: bo-thong-tin-va-truyen-thong
name: { vi: Bộ Thông tin và Truyền thông }
agencyType: ministry
until: 2025-02-28
provenance: illustrative
---
kind: agency
id: bo-khoa-hoc-va-cong-nghe
name: { vi: Bộ Khoa học và Công nghệ }
agencyType: ministry
provenance: illustrative
---
kind: information-system
id: ndxp
name: { vi: Nền tảng tích hợp và chia sẻ dữ liệu quốc gia }
category: integration-platform
platform: NDXP
scope: national
${lifecycle}owner:
${owner}status: operating
provenance: illustrative
`;

export default defineRule({
  id: 'lifecycle-order',
  severity: 'error',
  category: 'lifecycle',
  description: {
    vi: '`since` không sau `until`, ở phần tử và ở từng giai đoạn chủ quản, vận hành.',
    en: '`since` is not after `until`, on an element and on each owner or operator period.',
  },
  rationale: {
    vi: 'Mô hình được đánh giá theo ngày để công bố hằng năm (NQ 17/NQ-CP) và để theo dõi sắp xếp bộ máy (NQ 176/2025/QH15, NQ 202/2025/QH15). Phần tử có `since` sau `until` không bao giờ có hiệu lực nên biến mất khỏi mọi ngày mà không có thông báo nào khác; quy tắc này vì thế xét mọi phần tử, ở mọi ngày đánh giá.',
    en: 'The model is evaluated by date for the yearly publication (NQ 17/NQ-CP) and to follow the reorganisations (NQ 176/2025/QH15, NQ 202/2025/QH15). An element whose `since` is after its `until` is never in force, so it vanishes from every date with no other message; this rule therefore looks at every element, at every as-of date.',
  },
  basis: ['NQ 17/NQ-CP (2019)', 'NQ 176/2025/QH15', 'NQ 202/2025/QH15'],
  fix: { vi: 'Sửa ngày bị đảo hoặc gõ nhầm.', en: 'Correct the swapped or mistyped date.' },
  examples: [
    {
      title: 'NDXP handed over from MIC to MOST on 2025-03-01',
      files: { 'model.yaml': model('since: 2019-03-12\n', '  - { agency: bo-thong-tin-va-truyen-thong, until: 2025-02-28 }\n  - { agency: bo-khoa-hoc-va-cong-nghe, since: 2025-03-01 }\n') },
      expected: [],
    },
    {
      title: 'Swapped dates on the element and on an owner period',
      files: { 'model.yaml': model('since: 2019-03-12\nuntil: 2019-03-01\n', '  - { agency: bo-thong-tin-va-truyen-thong, until: 2025-02-28 }\n  - { agency: bo-khoa-hoc-va-cong-nghe, since: 2025-03-01, until: 2025-01-01 }\n') },
      expected: [
        'model.yaml:21:8: error Unexpected `until` 2019-03-01 before `since` 2019-03-12, expected a date on or after it (`ndxp` is never in force) [lifecycle-order]',
        'model.yaml:24:67: error Unexpected `until` 2025-01-01 before `since` 2025-03-01 in `owner`, expected a date on or after it (the period never holds) [lifecycle-order]',
      ],
    },
  ],
  check({ model, report }) {
    for (const record of model.elements) {
      const { since, until } = record.element;
      if (since !== undefined && until !== undefined && since > until) {
        report({ element: record, path: ['until'], message: `Unexpected \`until\` ${until} before \`since\` ${since}, expected a date on or after it (\`${record.id}\` is never in force)` });
      }
      if (hasPeriodLists(record)) for (const problem of periodProblemsOf(record)) report(problem);
    }
  },
});

/** The problems of an element's periods: a function of the element alone, kept by element (see assignment-periods). */
const periodProblemsOf = keptPerObject((record: ElementRecord): Problem[] => {
  const problems: Problem[] = [];
  const fields = record.element as unknown as Record<string, unknown>;
  for (const field of ASSIGNMENT_FIELDS) {
    const periods = fields[field];
    if (!Array.isArray(periods)) continue;
    (periods as Period[]).forEach((period, index) => {
      if (period.since === undefined || period.until === undefined || period.since <= period.until) return;
      problems.push({
        element: record,
        path: [field, index, 'until'],
        message: `Unexpected \`until\` ${period.until} before \`since\` ${period.since} in \`${field}\`, expected a date on or after it (the period never holds)`,
      });
    });
  }
  return problems;
});
