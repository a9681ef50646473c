import { keptPerObject, nextDay, type ElementRecord } from '@kientruc/core';
import { defineRule, type Problem, type RuleContext } from '../rule.js';
import { ASSIGNMENT_FIELDS, hasPeriodLists } from './lifecycle-order.js';

interface Period {
  agency: string;
  since?: string;
  until?: string;
  index: number;
}

const ministries = `kind: agency
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
since: 2025-03-01
provenance: illustrative
`;

const ngsp = (owner: string) => `kind: information-system
id: ngsp
name: { vi: Nền tảng kết nối Trung ương – địa phương (NGSP) }
category: integration-platform
platform: NGSP
scope: national
owner:
${owner}status: operating
provenance: illustrative
`;

export default defineRule({
  id: 'assignment-periods',
  severity: 'error',
  category: 'lifecycle',
  description: {
    vi: 'Các giai đoạn chủ quản, vận hành (`owner`, `operator`, `legalOwner`) nối tiếp nhau trong suốt vòng đời phần tử: không chồng lấn, không có khoảng trống.',
    en: 'Owner, operator and legal-owner periods follow one another over the element’s whole life: no overlap, no gap.',
  },
  rationale: {
    vi: 'Khi bộ được hợp nhất (NQ 176/2025/QH15) hoặc tỉnh được sắp xếp (NQ 202/2025/QH15), hệ thống và CSDL chuyển sang chủ quản mới vào một ngày. Khoảng trống nghĩa là có ngày không cơ quan nào chịu trách nhiệm (và phần tử rời khỏi mọi kiến trúc), chồng lấn nghĩa là hai cơ quan cùng chịu trách nhiệm; cả hai làm sai kiến trúc thành phần tại ngày đó (QĐ 2323/QĐ-BTTTT).',
    en: 'When ministries merge (NQ 176/2025/QH15) or provinces are reorganised (NQ 202/2025/QH15), systems and databases pass to the new owner on one day. A gap means days when no agency is responsible (and the element drops out of every architecture), an overlap means two are; both misstate the component architectures on those days (QĐ 2323/QĐ-BTTTT).',
  },
  basis: ['NQ 176/2025/QH15', 'NQ 202/2025/QH15', 'QĐ 2323/QĐ-BTTTT (2019)'],
  fix: {
    vi: 'Cho giai đoạn sau bắt đầu đúng ngày sau `until` của giai đoạn trước; giai đoạn đầu không có `since` (hoặc bằng `since` của phần tử), giai đoạn cuối không có `until` (hoặc bằng `until` của phần tử).',
    en: 'Start each period the day after the previous one’s `until`; leave `since` off the first period (or match the element’s), and `until` off the last (or match the element’s).',
  },
  examples: [
    {
      title: 'NGSP handed over from MIC to MOST on 2025-03-01',
      files: { 'ministries.yaml': ministries, 'ngsp.yaml': ngsp('  - { agency: bo-thong-tin-va-truyen-thong, until: 2025-02-28 }\n  - { agency: bo-khoa-hoc-va-cong-nghe, since: 2025-03-01 }\n') },
      expected: [],
    },
    {
      title: 'A gap of one month in the handover',
      files: { 'ministries.yaml': ministries, 'ngsp.yaml': ngsp('  - { agency: bo-thong-tin-va-truyen-thong, until: 2025-02-28 }\n  - { agency: bo-khoa-hoc-va-cong-nghe, since: 2025-04-01 }\n') },
      expected: ['ngsp.yaml:9:48: error Unexpected gap in `owner` from 2025-03-01 to 2025-03-31, expected `since: 2025-03-01`, the day after the previous period [assignment-periods]'],
    },
    {
      title: 'The handover was never recorded',
      files: { 'ministries.yaml': ministries, 'ngsp.yaml': ngsp('  - { agency: bo-thong-tin-va-truyen-thong, until: 2025-02-28 }\n') },
      expected: ['ngsp.yaml:8:52: error Unexpected end of `owner` on 2025-02-28 while `ngsp` stays in force, expected a period from 2025-03-01 or `until: 2025-02-28` on the element [assignment-periods]'],
    },
  ],
  check({ graph, report }) {
    for (const record of graph.elements()) if (hasPeriodLists(record)) for (const problem of problemsOf(record)) report(problem);
  },
});

/**
 * An element's problems: a function of the element alone, kept by element (elements of unchanged
 * files are the same objects from one check to the next, so a re-check looks only at what changed).
 */
const problemsOf = keptPerObject((record: ElementRecord): Problem[] => {
  const problems: Problem[] = [];
  const fields = record.element as unknown as Record<string, unknown>;
  for (const field of ASSIGNMENT_FIELDS) {
    const value = fields[field];
    if (!Array.isArray(value)) continue;
    // Periods with since > until are lifecycle-order's finding.
    const periods = (value as Omit<Period, 'index'>[])
      .map((period, index) => ({ ...period, index }))
      .filter((p) => p.since === undefined || p.until === undefined || p.since <= p.until)
      // ISO dates order as strings (see lifecycle.ts); a collation (`localeCompare`) costs far more.
      .sort((a, b) => compareSince(a, b) || a.index - b.index);
    checkPeriods(record, field, periods, (problem) => problems.push(problem));
  }
  return problems;
});

/** By start date, a period with none first. */
function compareSince(a: Period, b: Period): number {
  const x = a.since ?? '';
  const y = b.since ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function checkPeriods(record: ElementRecord, field: string, periods: Period[], report: RuleContext['report']): void {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) return;
  const { since, until } = record.element;
  if (first.since !== undefined && (since === undefined || first.since > since)) {
    report({
      element: record,
      path: [field, first.index, 'since'],
      message: `Unexpected start of \`${field}\` on ${first.since} while \`${record.id}\` is in force ${since ? `from ${since}` : 'from the start'}, expected ${since ? `\`since: ${since}\`` : 'no `since`'} on the first period or \`since: ${first.since}\` on the element`,
    });
  }
  for (let i = 1; i < periods.length; i++) {
    const previous = periods[i - 1]!;
    const period = periods[i]!;
    const related = [{ element: record, path: [field, previous.index], message: `The previous period (\`${previous.agency}\`)` }];
    if (previous.until === undefined || period.since === undefined || period.since <= previous.until) {
      report({
        element: record,
        path: [field, period.index],
        message: `Unexpected overlap in \`${field}\`: \`${period.agency}\` ${period.since ? `from ${period.since}` : 'from the start'} while \`${previous.agency}\` holds ${previous.until ? `until ${previous.until}` : 'with no end'}, expected ${previous.until ? `\`since: ${nextDay(previous.until)}\`` : '`until` on the previous period'}`,
        related,
      });
    } else if (period.since !== nextDay(previous.until)) {
      report({
        element: record,
        path: [field, period.index, 'since'],
        message: `Unexpected gap in \`${field}\` from ${nextDay(previous.until)} to ${dayBefore(period.since)}, expected \`since: ${nextDay(previous.until)}\`, the day after the previous period`,
        related,
      });
    }
  }
  if (last.until !== undefined && (until === undefined || last.until < until)) {
    report({
      element: record,
      path: [field, last.index, 'until'],
      message: `Unexpected end of \`${field}\` on ${last.until} while \`${record.id}\` stays in force${until ? ` until ${until}` : ''}, expected a period from ${nextDay(last.until)} or \`until: ${last.until}\` on the element`,
    });
  }
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
