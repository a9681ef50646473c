import type { ElementRecord } from '@kientruc/core';
import type { InformationSystem } from '@kientruc/schema';
import { defineRule } from '../rule.js';

const model = (securityLevel: string) => `kind: agency
id: quang-ninh
name: { vi: Tỉnh Quảng Ninh }
agencyType: province
provenance: illustrative
---
kind: information-system
id: mot-cua-quang-ninh
name: { vi: Hệ thống thông tin một cửa điện tử tỉnh Quảng Ninh }
category: one-stop-shop
owner: quang-ninh
status: operating
securityLevel: ${securityLevel}
provenance: illustrative
`;

export default defineRule({
  id: 'security-dossier',
  severity: 'warning',
  category: 'security',
  description: {
    vi: 'Hệ thống đang vận hành đã có cấp độ thì hồ sơ đề xuất cấp độ đã được phê duyệt.',
    en: 'An operating system with a security level has an approved level-proposal dossier.',
  },
  rationale: {
    vi: 'Theo NĐ 85/2016/NĐ-CP, cấp độ của hệ thống chỉ có giá trị khi hồ sơ đề xuất cấp độ được thẩm định và phê duyệt; QĐ 1565/QĐ-TTg (2025) yêu cầu hoàn thành phê duyệt cấp độ cho các hệ thống đang vận hành. Mức cảnh báo: hồ sơ có thể đang trình trong khi hệ thống đã vận hành.',
    en: 'Under NĐ 85/2016/NĐ-CP a system’s level holds only once its level-proposal dossier is appraised and approved; QĐ 1565/QĐ-TTg (2025) asks that operating systems complete the approval. A warning: a dossier may be under review while the system runs.',
  },
  basis: ['NĐ 85/2016/NĐ-CP', 'QĐ 1565/QĐ-TTg (2025)'],
  fix: {
    vi: 'Hoàn thành phê duyệt hồ sơ đề xuất cấp độ rồi ghi `securityLevel.dossier: approved` và `securityLevel.approval` (số và ngày quyết định).',
    en: 'Complete the approval of the level dossier, then set `securityLevel.dossier: approved` and `securityLevel.approval` (decision number and date).',
  },
  examples: [
    {
      title: 'An approved dossier',
      files: { 'model.yaml': model('{ level: 3, dossier: approved, plan: approved }') },
      expected: [],
    },
    {
      title: 'A dossier still under review, and one whose state is not recorded',
      files: {
        'model.yaml': `${model('{ level: 3, dossier: submitted, plan: approved }')}---
kind: information-system
id: email-quang-ninh
name: { vi: Hệ thống thư điện tử tỉnh Quảng Ninh }
category: email
owner: quang-ninh
status: operating
securityLevel: { level: 2 }
provenance: illustrative
`,
      },
      expected: [
        'model.yaml:13:37: warning Unexpected level dossier `submitted` for operating system `mot-cua-quang-ninh`, expected `approved` [security-dossier]',
        'model.yaml:22:16: warning Operating system `email-quang-ninh` (level 2) does not record its level dossier, expected `dossier: approved` [security-dossier]',
      ],
    },
  ],
  check({ graph, report }) {
    for (const system of graph.ofKind('information-system') as ElementRecord<InformationSystem>[]) {
      const { status, securityLevel } = system.element;
      if (status !== 'operating' || !securityLevel || securityLevel.dossier === 'approved') continue;
      if (securityLevel.dossier === undefined) {
        report({ element: system, path: ['securityLevel'], message: `Operating system \`${system.id}\` (level ${securityLevel.level}) does not record its level dossier, expected \`dossier: approved\`` });
      } else {
        report({ element: system, path: ['securityLevel', 'dossier'], message: `Unexpected level dossier \`${securityLevel.dossier}\` for operating system \`${system.id}\`, expected \`approved\`` });
      }
    }
  },
});
