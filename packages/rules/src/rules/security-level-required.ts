import type { ElementRecord } from '@kientruc/core';
import type { InformationSystem } from '@kientruc/schema';
import { defineRule } from '../rule.js';

const model = (status: string, securityLevel: string) => `kind: agency
id: quang-ninh
name: { vi: Tỉnh Quảng Ninh }
agencyType: province
provenance: illustrative
---
kind: information-system
id: qlvb-quang-ninh
name: { vi: Hệ thống quản lý văn bản và điều hành tỉnh Quảng Ninh }
category: document-management
owner: quang-ninh
status: ${status}
${securityLevel}provenance: illustrative
`;

export default defineRule({
  id: 'security-level-required',
  severity: 'error',
  category: 'security',
  description: {
    vi: 'Mọi hệ thống thông tin đang vận hành có cấp độ an toàn hệ thống thông tin (1–5).',
    en: 'Every operating information system has a security level (1–5).',
  },
  rationale: {
    vi: 'NĐ 85/2016/NĐ-CP yêu cầu mọi hệ thống thông tin được xác định cấp độ an toàn (cấp 1 đến cấp 5) và bảo vệ theo cấp độ; QĐ 1565/QĐ-TTg (2025) yêu cầu các hệ thống đang vận hành hoàn thành việc này. Hệ thống dự kiến hoặc đang xây dựng chưa bắt buộc.',
    en: 'NĐ 85/2016/NĐ-CP requires every information system to be classified at a security level (1 to 5) and protected accordingly; QĐ 1565/QĐ-TTg (2025) asks that operating systems complete this. Planned systems and systems being built are not yet required to.',
  },
  basis: ['NĐ 85/2016/NĐ-CP', 'QĐ 1565/QĐ-TTg (2025)'],
  fix: {
    vi: 'Ghi `securityLevel.level` theo hồ sơ đề xuất cấp độ đã được phê duyệt.',
    en: 'Set `securityLevel.level` from the approved level-proposal dossier.',
  },
  examples: [
    {
      title: 'An operating system at level 3',
      files: { 'model.yaml': model('operating', 'securityLevel: { level: 3, dossier: approved, plan: implemented }\n') },
      expected: [],
    },
    {
      title: 'A planned system need not have one yet',
      files: { 'model.yaml': model('planned', '') },
      expected: [],
    },
    {
      title: 'An operating system without a security level',
      files: { 'model.yaml': model('operating', '') },
      expected: ['model.yaml:12:9: error Operating system `qlvb-quang-ninh` has no `securityLevel`, expected a level 1–5 under NĐ 85/2016/NĐ-CP [security-level-required]'],
    },
  ],
  check({ graph, report }) {
    for (const system of graph.ofKind('information-system') as ElementRecord<InformationSystem>[]) {
      if (system.element.status !== 'operating' || system.element.securityLevel) continue;
      report({ element: system, path: ['status'], message: `Operating system \`${system.id}\` has no \`securityLevel\`, expected a level 1–5 under NĐ 85/2016/NĐ-CP` });
    }
  },
});
