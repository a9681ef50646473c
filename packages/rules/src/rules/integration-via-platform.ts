import type { ElementRecord } from '@kientruc/core';
import type { InformationSystem, Integration } from '@kientruc/schema';
import { edgesNamed, withArticle } from '../domain.js';
import { defineRule } from '../rule.js';

/** NĐ 278/2025/NĐ-CP (22/10/2025) makes NDOP the platform for mandatory data sharing. */
const NDOP_FROM = '2025-10-22';
/** The National Document Axis carries documents between agencies' document systems (QĐ 28/2018/QĐ-TTg). */
const CARRIER_CATEGORIES = new Set(['integration-platform', 'document-axis']);

const model = (lgspStatus: string, via: string) => `kind: agency
id: ha-nam
name: { vi: Tỉnh Hà Nam }
agencyType: province
provenance: illustrative
---
kind: information-system
id: lgsp-ha-nam
name: { vi: Nền tảng tích hợp và chia sẻ dữ liệu tỉnh Hà Nam }
category: integration-platform
platform: LGSP
owner: ha-nam
status: ${lgspStatus}
provenance: illustrative
---
kind: information-system
id: cong-thong-tin-ha-nam
name: { vi: Cổng thông tin điện tử tỉnh Hà Nam }
category: portal
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
id: ndop
name: { vi: Nền tảng chia sẻ và điều phối dữ liệu }
category: integration-platform
platform: NDOP
scope: national
owner: ha-nam
status: operating
provenance: illustrative
---
kind: database
id: csdl-dat-dai-ha-nam
name: { vi: Cơ sở dữ liệu đất đai tỉnh Hà Nam }
scope: local
owner: ha-nam
status: operating
provenance: illustrative
---
kind: integration
id: dat-dai-cong-thong-tin
name: { vi: Công bố thông tin quy hoạch }
from: csdl-dat-dai-ha-nam
to: cong-thong-tin-ha-nam
via: ${via}
status: operating
provenance: illustrative
`;

export default defineRule({
  id: 'integration-via-platform',
  severity: 'error',
  category: 'integration',
  description: {
    vi: '`via` của luồng tích hợp chỉ nêu nền tảng tích hợp (LGSP, NGSP, NDXP, NDOP) hoặc Trục liên thông văn bản quốc gia, đang vận hành khi luồng vận hành; NDOP chỉ từ ngày NĐ 278/2025/NĐ-CP.',
    en: 'An integration’s `via` names only integration platforms (LGSP, NGSP, NDXP, NDOP) or the National Document Axis, in operation when the flow is; NDOP only from the date of NĐ 278/2025/NĐ-CP.',
  },
  rationale: {
    vi: 'TT 13/2017/TT-BTTTT điều 17 và NĐ 47/2020/NĐ-CP chỉ định các nền tảng mà dữ liệu giữa các cơ quan đi qua; một hệ thống nghiệp vụ trong `via`, hay một nền tảng chưa vận hành, làm sai sơ đồ tích hợp. NĐ 278/2025/NĐ-CP (22/10/2025) thay NĐ 47/2020 và đưa NDOP vào; trước ngày đó một luồng qua NDOP là sai thời điểm.',
    en: 'TT 13/2017/TT-BTTTT art. 17 and NĐ 47/2020/NĐ-CP name the platforms inter-agency data passes through; a business system in `via`, or a platform not yet in operation, misstates the integration diagram. NĐ 278/2025/NĐ-CP (22/10/2025) replaces NĐ 47/2020 and brings in NDOP; before that date a flow through NDOP is an anachronism.',
  },
  basis: ['TT 13/2017/TT-BTTTT, điều 17', 'NĐ 47/2020/NĐ-CP', 'NĐ 278/2025/NĐ-CP', 'QĐ 28/2018/QĐ-TTg'],
  fix: {
    vi: 'Chỉ ghi trong `via` các nền tảng tích hợp đang vận hành; đặt hệ thống nghiệp vụ ở `from`/`to` của một luồng riêng; dùng NDXP thay NDOP trước 22/10/2025.',
    en: 'List only platforms in operation in `via`; put a business system at the `from`/`to` of its own integration; use NDXP instead of NDOP before 2025-10-22.',
  },
  examples: [
    {
      title: 'A flow through the provincial LGSP in operation',
      files: { 'model.yaml': model('operating', '[lgsp-ha-nam]') },
      expected: [],
    },
    {
      title: 'A flow through an LGSP still planned and through the one-stop-shop',
      files: { 'model.yaml': model('planned', '[lgsp-ha-nam, mot-cua-ha-nam]') },
      expected: [
        'model.yaml:55:7: error `via` names `lgsp-ha-nam`, which is planned, expected a platform in operation for an operating integration [integration-via-platform]',
        'model.yaml:55:20: error `via` names `mot-cua-ha-nam`, a one-stop-shop, expected an integration platform or the National Document Axis [integration-via-platform]',
      ],
    },
    {
      title: 'A flow through NDOP before NĐ 278/2025/NĐ-CP',
      asOf: '2025-06-30',
      files: { 'model.yaml': model('operating', '[ndop]') },
      expected: ['model.yaml:55:7: error `via` names `ndop`, an NDOP platform, on 2025-06-30, expected NDXP or NGSP before 2025-10-22 (NĐ 278/2025/NĐ-CP) [integration-via-platform]'],
    },
  ],
  check({ graph, asOf, report }) {
    for (const edge of edgesNamed(graph, 'via')) {
      const integration = graph.get(edge.source) as ElementRecord<Integration>;
      const status = integration.element.status;
      // An end named in `via` is integration-endpoints' finding.
      if (status === 'retired' || edge.target === integration.element.from || edge.target === integration.element.to) continue;
      const platform = graph.get(edge.target) as ElementRecord<InformationSystem>;
      const { category, platform: platformKind, status: platformStatus } = platform.element;
      const at = { element: platform, path: ['category'], message: `\`${platform.id}\` is declared here` };
      if (!CARRIER_CATEGORIES.has(category)) {
        report({ element: integration, path: edge.path, message: `\`via\` names \`${platform.id}\`, ${withArticle(category)}, expected an integration platform or the National Document Axis`, related: [at] });
        continue;
      }
      if (status === 'operating' && platformStatus !== 'operating') {
        report({
          element: integration,
          path: edge.path,
          message: `\`via\` names \`${platform.id}\`, which is ${platformStatus}, expected a platform in operation for an operating integration`,
          related: [{ ...at, path: ['status'] }],
        });
      } else if (platformStatus === 'retired') {
        report({ element: integration, path: edge.path, message: `\`via\` names \`${platform.id}\`, which is retired, expected a platform in or going into operation`, related: [{ ...at, path: ['status'] }] });
      }
      if (platformKind === 'NDOP' && asOf < NDOP_FROM) {
        report({
          element: integration,
          path: edge.path,
          message: `\`via\` names \`${platform.id}\`, an NDOP platform, on ${asOf}, expected NDXP or NGSP before ${NDOP_FROM} (NĐ 278/2025/NĐ-CP)`,
          related: [{ ...at, path: ['platform'] }],
        });
      }
    }
  },
});
