import type { ElementRecord } from '@kientruc/core';
import type { InformationSystem, PublicService } from '@kientruc/schema';
import { defineRule } from '../rule.js';

const model = (portalStatus: string, providedBy: string) => `kind: agency
id: ha-nam
name: { vi: Tỉnh Hà Nam }
agencyType: province
provenance: illustrative
---
kind: information-system
id: cong-dich-vu-cong-ha-nam
name: { vi: Cổng dịch vụ công tỉnh Hà Nam }
category: public-service-portal
owner: ha-nam
status: ${portalStatus}
provenance: illustrative
---
kind: public-service
id: dang-ky-khai-sinh-ha-nam
name: { vi: Đăng ký khai sinh }
owner: ha-nam
onlineLevel: 4
${providedBy}nationalPortalIntegration: true
provenance: illustrative
`;

export default defineRule({
  id: 'public-service-provider',
  severity: 'error',
  category: 'architecture',
  description: {
    vi: 'Dịch vụ công trực tuyến mức độ 3, 4 nêu hệ thống cung cấp (`providedBy`), và hệ thống đó đang vận hành.',
    en: 'An online public service at level 3 or 4 names the system that provides it (`providedBy`), and that system is in operation.',
  },
  rationale: {
    vi: 'Dịch vụ công mức độ 3, 4 cho phép nộp hồ sơ (và thanh toán, nhận kết quả) trực tuyến nên phải có một hệ thống đang vận hành cung cấp; NQ 17/NQ-CP đặt chỉ tiêu tỷ lệ dịch vụ mức độ 4 và tỷ lệ hồ sơ trực tuyến, tính từ các dịch vụ này. Kiến trúc nghiệp vụ và ứng dụng theo Khung 2.0 (QĐ 2323/QĐ-BTTTT) nối dịch vụ với hệ thống qua quan hệ này.',
    en: 'Level-3 and level-4 services take applications (and payment, and deliver results) online, so an operating system must provide them; NQ 17/NQ-CP sets targets for the share of level-4 services and of online applications, computed from these services. The business and application architectures of Framework 2.0 (QĐ 2323/QĐ-BTTTT) tie services to systems through this relation.',
  },
  basis: ['NQ 17/NQ-CP (2019)', 'QĐ 2323/QĐ-BTTTT (2019)'],
  fix: {
    vi: 'Ghi `providedBy` là hệ thống đang vận hành cung cấp dịch vụ (thường là cổng dịch vụ công hoặc hệ thống một cửa điện tử), hoặc sửa `onlineLevel`.',
    en: 'Set `providedBy` to the operating system that provides the service (usually the public service portal or the one-stop-shop), or correct `onlineLevel`.',
  },
  examples: [
    { title: 'A level-4 service on the provincial portal', files: { 'model.yaml': model('operating', 'providedBy: cong-dich-vu-cong-ha-nam\n') }, expected: [] },
    {
      title: 'A level-4 service with no providing system',
      files: { 'model.yaml': model('operating', '') },
      expected: ['model.yaml:19:14: error Level-4 service `dang-ky-khai-sinh-ha-nam` names no `providedBy`, expected the system in operation that provides it [public-service-provider]'],
    },
    {
      title: 'A level-4 service on a portal still being built',
      files: { 'model.yaml': model('building', 'providedBy: cong-dich-vu-cong-ha-nam\n') },
      expected: ['model.yaml:20:13: error `providedBy` names `cong-dich-vu-cong-ha-nam`, which is building, expected a system in operation for a level-4 service [public-service-provider]'],
    },
  ],
  check({ graph, report }) {
    for (const service of graph.ofKind('public-service') as ElementRecord<PublicService>[]) {
      const { onlineLevel, providedBy } = service.element;
      if (onlineLevel < 3) continue;
      if (providedBy === undefined) {
        report({ element: service, path: ['onlineLevel'], message: `Level-${onlineLevel} service \`${service.id}\` names no \`providedBy\`, expected the system in operation that provides it` });
        continue;
      }
      // An unknown, out-of-force or wrong-kind provider is the reference rules' finding.
      const system = graph.get(providedBy) as ElementRecord<InformationSystem> | undefined;
      if (system?.kind !== 'information-system' || system.element.status === 'operating') continue;
      report({
        element: service,
        path: ['providedBy'],
        message: `\`providedBy\` names \`${system.id}\`, which is ${system.element.status}, expected a system in operation for a level-${onlineLevel} service`,
        related: [{ element: system, path: ['status'], message: `\`${system.id}\` is ${system.element.status}` }],
      });
    }
  },
});
