import type { ElementRecord } from '@kientruc/core';
import type { PublicService } from '@kientruc/schema';
import { defineRule } from '../rule.js';

/** NQ 17/NQ-CP sets its 2025 targets for the end of that year. */
const TARGET_DATE = '2025-12-31';

const model = (integration: string) => `kind: agency
id: quang-ninh
name: { vi: Tỉnh Quảng Ninh }
agencyType: province
provenance: illustrative
---
kind: public-service
id: cap-phep-xay-dung-quang-ninh
name: { vi: Cấp giấy phép xây dựng }
owner: quang-ninh
onlineLevel: 4
${integration}provenance: illustrative
`;

export default defineRule({
  id: 'public-service-national-portal',
  severity: 'warning',
  category: 'integration',
  description: {
    vi: 'Từ cuối năm 2025, dịch vụ công trực tuyến mức độ 3, 4 được tích hợp với Cổng Dịch vụ công quốc gia (`nationalPortalIntegration: true`).',
    en: 'From the end of 2025, online public services at level 3 or 4 are integrated with the National Public Service Portal (`nationalPortalIntegration: true`).',
  },
  rationale: {
    vi: 'NQ 17/NQ-CP đặt mục tiêu 30% dịch vụ mức độ 3, 4 tích hợp với Cổng Dịch vụ công quốc gia năm 2020 và 100% cổng dịch vụ công, hệ thống một cửa điện tử cấp bộ, cấp tỉnh kết nối Cổng năm 2025; Cổng được lập theo QĐ 274/QĐ-TTg. Từ 31/12/2025 một dịch vụ mức độ 3, 4 chưa tích hợp (hoặc không ghi rõ) là một khoảng cách so với mục tiêu. Mức cảnh báo vì mục tiêu là chỉ tiêu tổng hợp.',
    en: 'NQ 17/NQ-CP targets 30% of level-3/4 services integrated with the National Public Service Portal in 2020 and 100% of ministry and provincial service portals and one-stop-shop systems connected to it in 2025; the Portal was set up by QĐ 274/QĐ-TTg. From 2025-12-31 a level-3/4 service not integrated (or not saying) is a gap against the target. A warning, since the target is an aggregate.',
  },
  basis: ['NQ 17/NQ-CP (2019)', 'QĐ 274/QĐ-TTg (2019)'],
  fix: {
    vi: 'Tích hợp dịch vụ với Cổng Dịch vụ công quốc gia rồi ghi `nationalPortalIntegration: true`.',
    en: 'Integrate the service with the National Public Service Portal, then set `nationalPortalIntegration: true`.',
  },
  examples: [
    { title: 'An integrated level-4 service', files: { 'model.yaml': model('nationalPortalIntegration: true\n') }, expected: [] },
    { title: 'Not integrated yet in 2024: before the target date', asOf: '2024-12-31', files: { 'model.yaml': model('nationalPortalIntegration: false\n') }, expected: [] },
    {
      title: 'Not integrated at the end of 2025',
      files: { 'model.yaml': model('nationalPortalIntegration: false\n') },
      expected: ['model.yaml:12:28: warning Unexpected `nationalPortalIntegration: false` for level-4 service `cap-phep-xay-dung-quang-ninh` on 2025-12-31, expected `true`: NQ 17/NQ-CP’s 2025 target [public-service-national-portal]'],
    },
    {
      title: 'A level-4 service that does not say',
      files: { 'model.yaml': model('') },
      expected: ['model.yaml:11:14: warning Level-4 service `cap-phep-xay-dung-quang-ninh` does not say whether it is integrated with the National Public Service Portal, expected `nationalPortalIntegration: true` [public-service-national-portal]'],
    },
  ],
  check({ graph, asOf, report }) {
    if (asOf < TARGET_DATE) return;
    for (const service of graph.ofKind('public-service') as ElementRecord<PublicService>[]) {
      const { onlineLevel, nationalPortalIntegration } = service.element;
      if (onlineLevel < 3 || nationalPortalIntegration === true) continue;
      report(
        nationalPortalIntegration === false
          ? {
              element: service,
              path: ['nationalPortalIntegration'],
              message: `Unexpected \`nationalPortalIntegration: false\` for level-${onlineLevel} service \`${service.id}\` on ${asOf}, expected \`true\`: NQ 17/NQ-CP’s 2025 target`,
            }
          : {
              element: service,
              path: ['onlineLevel'],
              message: `Level-${onlineLevel} service \`${service.id}\` does not say whether it is integrated with the National Public Service Portal, expected \`nationalPortalIntegration: true\``,
            },
      );
    }
  },
});
