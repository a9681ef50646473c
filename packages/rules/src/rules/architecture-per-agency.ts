import type { ElementRecord } from '@kientruc/core';
import type { Architecture } from '@kientruc/schema';
import { listIds } from '../domain.js';
import { defineRule } from '../rule.js';

const model = (oldArchitecture: string) => `kind: framework
id: khung-kien-truc-cpdt-2-0
name: { vi: Khung Kiến trúc Chính phủ điện tử Việt Nam 2.0 }
version: '2.0'
instrument: { decision: QĐ 2323/QĐ-BTTTT, date: 2019-12-31 }
provenance: illustrative
---
kind: agency
id: quang-ninh
name: { vi: Tỉnh Quảng Ninh }
agencyType: province
provenance: illustrative
---
kind: architecture
id: kien-truc-quang-ninh-2-0
name: { vi: Kiến trúc Chính quyền điện tử tỉnh Quảng Ninh 2.0 }
agency: quang-ninh
framework: khung-kien-truc-cpdt-2-0
${oldArchitecture}provenance: illustrative
---
kind: architecture
id: kien-truc-quang-ninh-2-1
name: { vi: Kiến trúc Chính quyền điện tử tỉnh Quảng Ninh 2.1 }
agency: quang-ninh
framework: khung-kien-truc-cpdt-2-0
status: draft
supersedes: kien-truc-quang-ninh-2-0
provenance: illustrative
`;

export default defineRule({
  id: 'architecture-per-agency',
  severity: 'error',
  category: 'architecture',
  description: {
    vi: 'Mỗi cơ quan có nhiều nhất một kiến trúc còn hiệu lực (chưa bị thay thế) theo mỗi phiên bản Khung.',
    en: 'Each agency has at most one architecture in force (not superseded) under each framework version.',
  },
  rationale: {
    vi: 'Mỗi bộ, mỗi tỉnh xây dựng và cập nhật một Kiến trúc CPĐT cấp Bộ / Kiến trúc CQĐT cấp tỉnh theo Khung 2.0 (QĐ 2323/QĐ-BTTTT); dự án CNTT được thẩm định theo kiến trúc đó. Hai kiến trúc cùng hiệu lực thì không biết thẩm định theo bản nào, và kiến trúc tổng thể công bố hằng năm (NQ 17/NQ-CP) tính trùng. Cơ quan của kiến trúc phải còn hiệu lực: quy tắc reference-out-of-force báo trường hợp đó.',
    en: 'Each ministry and province keeps one architecture under Framework 2.0 (QĐ 2323/QĐ-BTTTT), and IT projects are appraised against it. With two in force nobody knows which one applies, and the yearly national architecture (NQ 17/NQ-CP) counts twice. The architecture’s agency must be in force: reference-out-of-force reports that case.',
  },
  basis: ['QĐ 2323/QĐ-BTTTT (2019)', 'NQ 17/NQ-CP (2019)'],
  fix: {
    vi: 'Đặt `status: superseded` (hoặc `until`) cho bản cũ khi bản mới thay thế, hoặc gộp hai bản.',
    en: 'Set `status: superseded` (or `until`) on the older one when the new one replaces it, or merge the two.',
  },
  examples: [
    {
      title: 'The new version supersedes the old one',
      files: { 'model.yaml': model('status: superseded\n') },
      expected: [],
    },
    {
      title: 'The old version is still marked approved',
      files: { 'model.yaml': model('status: approved\napproval: { decision: QĐ 1234/QĐ-UBND, date: 2020-06-30 }\n') },
      expected: [
        'model.yaml:15:5: error Unexpected second architecture of `quang-ninh` under `khung-kien-truc-cpdt-2-0`: `kien-truc-quang-ninh-2-1` is also in force, expected one (mark the older `status: superseded` or end it with `until`) [architecture-per-agency]',
        'model.yaml:24:5: error Unexpected second architecture of `quang-ninh` under `khung-kien-truc-cpdt-2-0`: `kien-truc-quang-ninh-2-0` is also in force, expected one (mark the older `status: superseded` or end it with `until`) [architecture-per-agency]',
      ],
    },
  ],
  check({ graph, report }) {
    const byAgency = new Map<string, ElementRecord<Architecture>[]>();
    for (const architecture of graph.ofKind('architecture') as ElementRecord<Architecture>[]) {
      if (architecture.element.status === 'superseded') continue;
      const key = `${architecture.element.agency}|${architecture.element.framework}`;
      byAgency.set(key, [...(byAgency.get(key) ?? []), architecture]);
    }
    for (const architectures of byAgency.values()) {
      if (architectures.length < 2) continue;
      for (const architecture of architectures) {
        const others = architectures.filter((other) => other !== architecture);
        report({
          element: architecture,
          path: ['id'],
          message: `Unexpected second architecture of \`${architecture.element.agency}\` under \`${architecture.element.framework}\`: ${listIds(others.map((o) => o.id))} ${others.length > 1 ? 'are' : 'is'} also in force, expected one (mark the older \`status: superseded\` or end it with \`until\`)`,
          related: others.map((other) => ({ element: other, path: ['status'], message: `\`${other.id}\` is ${other.element.status}` })),
        });
      }
    }
  },
});
