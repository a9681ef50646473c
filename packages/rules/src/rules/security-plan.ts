import type { ElementRecord } from '@kientruc/core';
import type { InformationSystem } from '@kientruc/schema';
import { defineRule } from '../rule.js';

/** QĐ 1565/QĐ-TTg (2025): every operating system implements its approved plan by 12/2025. */
const IMPLEMENTATION_DEADLINE = '2025-12-31';
const APPROVED = new Set(['approved', 'implemented']);

const model = (securityLevel: string) => `kind: agency
id: quang-ninh
name: { vi: Tỉnh Quảng Ninh }
agencyType: province
provenance: illustrative
---
kind: information-system
id: cong-dich-vu-cong-quang-ninh
name: { vi: Cổng dịch vụ công tỉnh Quảng Ninh }
category: public-service-portal
owner: quang-ninh
status: operating
securityLevel: ${securityLevel}
provenance: illustrative
`;

export default defineRule({
  id: 'security-plan',
  severity: 'warning',
  category: 'security',
  description: {
    vi: 'Hệ thống đang vận hành ở cấp độ 3 trở lên có phương án bảo đảm an toàn thông tin đã được phê duyệt; sau 31/12/2025 mọi hệ thống đang vận hành đã triển khai phương án.',
    en: 'An operating system at level 3 or more has an approved security plan; after 31/12/2025 every operating system has implemented its plan.',
  },
  rationale: {
    vi: 'NĐ 85/2016/NĐ-CP gắn mỗi cấp độ với phương án bảo đảm an toàn; với cấp độ 3 trở lên phương án phải được thẩm định, phê duyệt. QĐ 1565/QĐ-TTg (2025) yêu cầu mọi hệ thống đang vận hành triển khai phương án đã được phê duyệt trước hết tháng 12/2025, nên từ 01/01/2026 quy tắc đòi `plan: implemented`. Mức cảnh báo vì trạng thái phương án thường được cập nhật chậm hơn thực tế.',
    en: 'NĐ 85/2016/NĐ-CP ties each level to a security plan; from level 3 the plan is appraised and approved. QĐ 1565/QĐ-TTg (2025) asks every operating system to implement its approved plan by the end of 12/2025, so from 2026-01-01 the rule expects `plan: implemented`. A warning, because the recorded plan state often lags behind.',
  },
  basis: ['NĐ 85/2016/NĐ-CP', 'QĐ 1565/QĐ-TTg (2025)'],
  fix: {
    vi: 'Phê duyệt (và triển khai) phương án rồi ghi `securityLevel.plan: approved` hoặc `implemented`.',
    en: 'Approve (and implement) the plan, then set `securityLevel.plan: approved` or `implemented`.',
  },
  examples: [
    {
      title: 'A level-3 portal with an approved plan before the deadline',
      files: { 'model.yaml': model('{ level: 3, dossier: approved, plan: approved }') },
      expected: [],
    },
    {
      title: 'A level-3 portal whose plan is still being drafted',
      files: { 'model.yaml': model('{ level: 3, dossier: approved, plan: drafting }') },
      expected: ['model.yaml:13:53: warning Unexpected security plan `drafting` for operating system `cong-dich-vu-cong-quang-ninh` at level 3, expected `approved` or `implemented` [security-plan]'],
    },
    {
      title: 'After 12/2025 an approved plan must have been implemented',
      asOf: '2026-06-30',
      files: { 'model.yaml': model('{ level: 3, dossier: approved, plan: approved }') },
      expected: [
        'model.yaml:13:53: warning Unexpected security plan `approved` for operating system `cong-dich-vu-cong-quang-ninh` on 2026-06-30, expected `implemented`: QĐ 1565/QĐ-TTg set 2025-12-31 as the deadline [security-plan]',
      ],
    },
  ],
  check({ graph, asOf, report }) {
    const pastDeadline = asOf > IMPLEMENTATION_DEADLINE;
    for (const system of graph.ofKind('information-system') as ElementRecord<InformationSystem>[]) {
      const { status, securityLevel } = system.element;
      if (status !== 'operating' || !securityLevel) continue;
      const { level, plan } = securityLevel;
      if (pastDeadline && plan !== 'implemented') {
        report({
          element: system,
          path: plan ? ['securityLevel', 'plan'] : ['securityLevel'],
          message: plan
            ? `Unexpected security plan \`${plan}\` for operating system \`${system.id}\` on ${asOf}, expected \`implemented\`: QĐ 1565/QĐ-TTg set ${IMPLEMENTATION_DEADLINE} as the deadline`
            : `Operating system \`${system.id}\` records no security plan on ${asOf}, expected \`plan: implemented\`: QĐ 1565/QĐ-TTg set ${IMPLEMENTATION_DEADLINE} as the deadline`,
        });
      } else if (!pastDeadline && level >= 3 && !(plan && APPROVED.has(plan))) {
        report({
          element: system,
          path: plan ? ['securityLevel', 'plan'] : ['securityLevel'],
          message: plan
            ? `Unexpected security plan \`${plan}\` for operating system \`${system.id}\` at level ${level}, expected \`approved\` or \`implemented\``
            : `Operating system \`${system.id}\` at level ${level} records no security plan, expected \`plan: approved\` or \`implemented\``,
        });
      }
    }
  },
});
