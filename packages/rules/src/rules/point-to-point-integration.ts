import type { ElementRecord } from '@kientruc/core';
import type { Database, InformationSystem, Integration } from '@kientruc/schema';
import { integrationEnd, ownerIds, ownerPath } from '../domain.js';
import { defineRule } from '../rule.js';

/** Categories that are themselves sharing platforms: a flow to them is the platform pattern, not point-to-point. */
const PLATFORM_CATEGORIES = new Set(['integration-platform', 'document-axis']);

const agencies = `kind: agency
id: ha-nam
name: { vi: Tỉnh Hà Nam }
agencyType: province
provenance: illustrative
---
kind: agency
id: bo-tu-phap
name: { vi: Bộ Tư pháp }
agencyType: ministry
provenance: illustrative
`;

const systems = `kind: information-system
id: lgsp-ha-nam
name: { vi: Nền tảng tích hợp và chia sẻ dữ liệu tỉnh Hà Nam }
category: integration-platform
platform: LGSP
owner: ha-nam
status: operating
provenance: illustrative
---
kind: information-system
id: mot-cua-ha-nam
name: { vi: Hệ thống thông tin một cửa điện tử tỉnh Hà Nam }
category: one-stop-shop
owner: ha-nam
status: operating
provenance: illustrative
---
kind: information-system
id: ho-tich-dien-tu
name: { vi: Hệ thống thông tin đăng ký và quản lý hộ tịch }
category: sectoral-application
owner: bo-tu-phap
status: operating
provenance: illustrative
`;

const integration = (via: string) => `kind: integration
id: mot-cua-ha-nam-ho-tich
name: { vi: Tra cứu hộ tịch từ hệ thống một cửa }
from: mot-cua-ha-nam
to: ho-tich-dien-tu
${via}status: operating
provenance: illustrative
`;

export default defineRule({
  id: 'point-to-point-integration',
  severity: 'error',
  category: 'integration',
  description: {
    vi: 'Luồng tích hợp giữa hệ thống của hai cơ quan khác nhau phải đi qua nền tảng tích hợp (`via`), không kết nối điểm – điểm.',
    en: 'An integration between systems of two different agencies goes through an integration platform (`via`), not point to point.',
  },
  rationale: {
    vi: 'TT 13/2017/TT-BTTTT điều 17 quy định kết nối, chia sẻ dữ liệu giữa các cơ quan qua LGSP và NGSP; NĐ 47/2020/NĐ-CP yêu cầu chia sẻ dữ liệu giữa các cơ quan qua NDXP, và NĐ 278/2025/NĐ-CP qua NDOP. Không tính là điểm – điểm: luồng tới chính một nền tảng tích hợp hoặc Trục liên thông văn bản quốc gia, luồng tới hệ thống quốc gia mà Khung yêu cầu kết nối (`connectsTo`), và luồng trực tiếp tới CSDL quốc gia (quy tắc direct-national-database-access xét trường hợp đó).',
    en: 'TT 13/2017/TT-BTTTT art. 17 has agencies connect and share data through the LGSP and the NGSP; NĐ 47/2020/NĐ-CP requires inter-agency sharing through NDXP, and NĐ 278/2025/NĐ-CP through NDOP. Not point to point: a flow to an integration platform or the National Document Axis itself, a flow to a national system the framework requires connecting to (`connectsTo`), and a direct flow to a national database (the rule direct-national-database-access judges that case).',
  },
  basis: ['TT 13/2017/TT-BTTTT, điều 17', 'NĐ 47/2020/NĐ-CP', 'NĐ 278/2025/NĐ-CP'],
  fix: {
    vi: 'Ghi `via` là nền tảng tích hợp mà luồng đi qua (LGSP của cơ quan, NGSP, NDXP hoặc NDOP).',
    en: 'Set `via` to the integration platforms the flow passes through (the agency’s LGSP, NGSP, NDXP or NDOP).',
  },
  examples: [
    {
      title: 'A provincial one-stop-shop reaches a ministry’s system through the provincial LGSP',
      files: { 'agencies.yaml': agencies, 'systems.yaml': systems, 'integration.yaml': integration('via: [lgsp-ha-nam]\n') },
      expected: [],
    },
    {
      title: 'The same flow wired directly',
      files: { 'agencies.yaml': agencies, 'systems.yaml': systems, 'integration.yaml': integration('') },
      expected: [
        'integration.yaml:5:5: error Unexpected point-to-point integration from `mot-cua-ha-nam` (`ha-nam`) to `ho-tich-dien-tu` (`bo-tu-phap`), expected it `via` an integration platform (LGSP, NGSP, NDXP or NDOP) [point-to-point-integration]',
      ],
    },
  ],
  check({ graph, frameworks, report }) {
    const requiredTargets = new Set(frameworks.flatMap((framework) => (framework.element.mandatoryComponents ?? []).flatMap((component) => component.connectsTo ?? [])));
    const exempt = (end: ElementRecord): boolean =>
      end.kind === 'information-system'
        ? PLATFORM_CATEGORIES.has((end.element as InformationSystem).category) || requiredTargets.has(end.id)
        : (end.element as Database).scope === 'national';
    for (const integration of graph.ofKind('integration') as ElementRecord<Integration>[]) {
      const { element } = integration;
      if (element.status === 'retired' || (element.via ?? []).length > 0) continue;
      const from = integrationEnd(graph, integration, 'from');
      const to = integrationEnd(graph, integration, 'to');
      if (!from || !to || from.id === to.id || exempt(from) || exempt(to)) continue;
      const fromOwners = ownerIds(graph, from.id);
      const toOwners = ownerIds(graph, to.id);
      if (fromOwners.length === 0 || toOwners.length === 0 || fromOwners.some((owner) => toOwners.includes(owner))) continue;
      report({
        element: integration,
        path: element.via ? ['via'] : ['to'],
        message: `Unexpected point-to-point integration from \`${from.id}\` (\`${fromOwners.join('`, `')}\`) to \`${to.id}\` (\`${toOwners.join('`, `')}\`), expected it \`via\` an integration platform (LGSP, NGSP, NDXP or NDOP)`,
        related: [
          { element: from, path: ownerPath(graph, from.id) ?? ['owner'], message: `\`${from.id}\` is owned by \`${fromOwners.join('`, `')}\`` },
          { element: to, path: ownerPath(graph, to.id) ?? ['owner'], message: `\`${to.id}\` is owned by \`${toOwners.join('`, `')}\`` },
        ],
      });
    }
  },
});
