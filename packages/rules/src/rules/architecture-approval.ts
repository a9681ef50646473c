import type { ElementRecord } from '@kientruc/core';
import type { Architecture } from '@kientruc/schema';
import { defineRule } from '../rule.js';

const model = (status: string, approval: string) => `kind: framework
id: khung-kien-truc-cpdt-2-0
name: { vi: Khung Kiến trúc Chính phủ điện tử Việt Nam 2.0 }
version: '2.0'
instrument: { decision: QĐ 2323/QĐ-BTTTT, date: 2019-12-31 }
provenance: illustrative
---
kind: agency
id: thua-thien-hue
name: { vi: Tỉnh Thừa Thiên Huế }
agencyType: province
provenance: illustrative
---
kind: architecture
id: kien-truc-thua-thien-hue-2-0
name: { vi: Kiến trúc Chính quyền điện tử tỉnh Thừa Thiên Huế 2.0 }
agency: thua-thien-hue
framework: khung-kien-truc-cpdt-2-0
status: ${status}
${approval}provenance: illustrative
`;

export default defineRule({
  id: 'architecture-approval',
  severity: 'error',
  category: 'architecture',
  description: {
    vi: 'Kiến trúc có trạng thái đã phê duyệt nêu quyết định phê duyệt: số hiệu và ngày.',
    en: 'An architecture with status approved cites its approval decision: number and date.',
  },
  rationale: {
    vi: 'Kiến trúc cấp bộ, cấp tỉnh được phê duyệt bằng quyết định của Bộ trưởng, Chủ tịch UBND tỉnh theo Khung 2.0 (QĐ 2323/QĐ-BTTTT); từ 2018 các dự án đầu tư ứng dụng CNTT phải phù hợp với kiến trúc đã phê duyệt, nên số và ngày quyết định là căn cứ để thẩm định. NQ 17/NQ-CP yêu cầu cập nhật kiến trúc hằng năm.',
    en: 'Ministry and provincial architectures are approved by a decision of the minister or the provincial chair under Framework 2.0 (QĐ 2323/QĐ-BTTTT); since 2018 IT investments must comply with the approved architecture, so the decision’s number and date are what appraisals cite. NQ 17/NQ-CP asks for yearly updates.',
  },
  basis: ['QĐ 2323/QĐ-BTTTT (2019)', 'NQ 17/NQ-CP (2019)'],
  fix: {
    vi: 'Ghi `approval: { decision: <số quyết định>, date: <ngày> }`, hoặc đặt `status: draft` nếu chưa được phê duyệt.',
    en: 'Set `approval: { decision: <number>, date: <date> }`, or `status: draft` if it is not approved yet.',
  },
  examples: [
    {
      title: 'An approved architecture with its decision',
      files: { 'model.yaml': model('approved', 'approval: { decision: QĐ 1234/QĐ-UBND, date: 2021-06-30 }\n') },
      expected: [],
    },
    {
      title: 'A draft needs no decision',
      files: { 'model.yaml': model('draft', '') },
      expected: [],
    },
    {
      title: 'Approved without a decision',
      files: { 'model.yaml': model('approved', '') },
      expected: ['model.yaml:19:9: error Approved architecture `kien-truc-thua-thien-hue-2-0` has no `approval`, expected the decision number and date [architecture-approval]'],
    },
    {
      title: 'A decision without its date',
      files: { 'model.yaml': model('approved', 'approval: { decision: QĐ 1234/QĐ-UBND }\n') },
      expected: ['model.yaml:20:11: error Approval of `kien-truc-thua-thien-hue-2-0` gives no `date`, expected the decision number and date [architecture-approval]'],
    },
  ],
  check({ graph, report }) {
    for (const architecture of graph.ofKind('architecture') as ElementRecord<Architecture>[]) {
      const { status, approval } = architecture.element;
      if (status !== 'approved') continue;
      if (!approval) {
        report({ element: architecture, path: ['status'], message: `Approved architecture \`${architecture.id}\` has no \`approval\`, expected the decision number and date` });
        continue;
      }
      const missing = [approval.decision ? undefined : '`decision`', approval.date ? undefined : '`date`'].filter((m): m is string => m !== undefined);
      if (missing.length > 0) {
        report({ element: architecture, path: ['approval'], message: `Approval of \`${architecture.id}\` gives no ${missing.join(' and no ')}, expected the decision number and date` });
      }
    }
  },
});
