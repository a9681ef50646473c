import type { ElementRecord } from '@kientruc/core';
import type { Database, InformationSystem, Integration } from '@kientruc/schema';
import { integrationEnd, listIds, ownedBy, ownerIds } from '../domain.js';
import { defineRule } from '../rule.js';

const PLATFORM_CATEGORIES = new Set(['integration-platform', 'document-axis']);

const model = (lgspStatus: string) => `kind: agency
id: ha-nam
name: { vi: Tỉnh Hà Nam }
agencyType: province
provenance: illustrative
---
kind: agency
id: bo-cong-an
name: { vi: Bộ Công an }
agencyType: ministry
provenance: illustrative
---
kind: database
id: csdl-quoc-gia-ve-dan-cu
name: { vi: Cơ sở dữ liệu quốc gia về dân cư }
scope: national
owner: bo-cong-an
status: operating
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
id: mot-cua-ha-nam
name: { vi: Hệ thống thông tin một cửa điện tử tỉnh Hà Nam }
category: one-stop-shop
owner: ha-nam
status: operating
provenance: illustrative
---
kind: integration
id: mot-cua-ha-nam-dan-cu
name: { vi: Xác thực thông tin công dân }
from: mot-cua-ha-nam
to: csdl-quoc-gia-ve-dan-cu
status: operating
provenance: illustrative
`;

export default defineRule({
  id: 'direct-national-database-access',
  severity: 'warning',
  category: 'integration',
  description: {
    vi: 'Hệ thống của cơ quan khác chỉ truy cập trực tiếp CSDL quốc gia (không qua nền tảng) khi cả LGSP của cơ quan đó và NGSP đều chưa sẵn sàng. Kết nối của CSDL vào chính một nền tảng tích hợp không phải truy cập trực tiếp.',
    en: 'Another agency’s system accesses a national database directly (with no platform) only while neither that agency’s LGSP nor the NGSP is ready. A database’s own connection to an integration platform is not direct access.',
  },
  rationale: {
    vi: 'TT 13/2017/TT-BTTTT điều 17 cho phép các mô hình: qua LGSP và NGSP; chỉ qua NGSP khi LGSP chưa sẵn sàng; chỉ qua LGSP khi NGSP chưa sẵn sàng; kết nối trực tiếp tới CSDL quốc gia chỉ khi cả hai chưa sẵn sàng. "Sẵn sàng" được hiểu là có nền tảng LGSP của cơ quan hoặc NGSP đang vận hành tại ngày đánh giá. Mức cảnh báo vì mô hình không ghi được các ngoại lệ do cơ quan chủ quản CSDL cho phép.',
    en: 'TT 13/2017/TT-BTTTT art. 17 allows: through the LGSP and the NGSP; through the NGSP only while the LGSP is not ready; through the LGSP only while the NGSP is not ready; directly to the national database only while neither is ready. "Ready" is read as an LGSP of the agency, or an NGSP, in operation at the as-of date. A warning, because the model cannot record exceptions the database owner grants.',
  },
  basis: ['TT 13/2017/TT-BTTTT, điều 17', 'NĐ 47/2020/NĐ-CP'],
  fix: {
    vi: 'Cho luồng đi qua nền tảng đang vận hành (`via: [lgsp-…]`), hoặc tắt quy tắc cho phần tử này kèm lý do nếu cơ quan chủ quản CSDL cho phép kết nối trực tiếp.',
    en: 'Route the flow through the platform in operation (`via: [lgsp-…]`), or disable the rule for this element with the reason if the database owner allows a direct connection.',
  },
  examples: [
    {
      title: 'A direct lookup while the provincial LGSP is still being built',
      files: { 'model.yaml': model('building') },
      expected: [],
    },
    {
      title: 'A national database published on NDXP',
      files: {
        'model.yaml': `kind: agency
id: bo-tu-phap
name: { vi: Bộ Tư pháp }
agencyType: ministry
provenance: illustrative
---
kind: agency
id: bo-khoa-hoc-va-cong-nghe
name: { vi: Bộ Khoa học và Công nghệ }
agencyType: ministry
provenance: illustrative
---
kind: database
id: csdl-quoc-gia-ve-van-ban-phap-luat
name: { vi: Cơ sở dữ liệu quốc gia về văn bản pháp luật }
scope: national
owner: bo-tu-phap
status: operating
provenance: illustrative
---
kind: information-system
id: ndxp
name: { vi: Nền tảng tích hợp và chia sẻ dữ liệu quốc gia }
category: integration-platform
platform: NDXP
scope: national
owner: bo-khoa-hoc-va-cong-nghe
status: operating
provenance: illustrative
---
kind: integration
id: van-ban-phap-luat-ndxp
name: { vi: Chia sẻ văn bản pháp luật qua NDXP }
from: csdl-quoc-gia-ve-van-ban-phap-luat
to: ndxp
status: operating
provenance: illustrative
`,
      },
      expected: [],
    },
    {
      title: 'A direct lookup although the provincial LGSP is in operation',
      files: { 'model.yaml': model('operating') },
      expected: [
        'model.yaml:42:5: warning Unexpected direct access from `mot-cua-ha-nam` to national database `csdl-quoc-gia-ve-dan-cu` while `lgsp-ha-nam` is in operation, expected the flow `via` it [direct-national-database-access]',
      ],
    },
  ],
  check({ graph, report }) {
    const platforms = graph.ofKind('information-system') as ElementRecord<InformationSystem>[];
    const operatingNgsp = platforms.filter((s) => s.element.platform === 'NGSP' && s.element.status === 'operating').map((s) => s.id);
    // An agency's operating LGSPs, looked for once per agency (agencies own hundreds of elements).
    const lgspByOwner = new Map<string, string[]>();
    const operatingLgspOf = (owner: string): string[] => {
      let ids = lgspByOwner.get(owner);
      if (!ids) {
        ids = ownedBy(graph, owner)
          .filter((e) => e.kind === 'information-system' && (e.element as InformationSystem).platform === 'LGSP' && (e.element as InformationSystem).status === 'operating')
          .map((e) => e.id);
        lgspByOwner.set(owner, ids);
      }
      return ids;
    };
    for (const integration of graph.ofKind('integration') as ElementRecord<Integration>[]) {
      const { element } = integration;
      if (element.status === 'retired' || (element.via ?? []).length > 0) continue;
      const ends = [
        { record: integrationEnd(graph, integration, 'from'), path: 'from' },
        { record: integrationEnd(graph, integration, 'to'), path: 'to' },
      ];
      const databaseEnd = ends.find((end) => end.record?.kind === 'database' && (end.record.element as Database).scope === 'national');
      const otherEnd = ends.find((end) => end !== databaseEnd)?.record;
      if (!databaseEnd?.record || !otherEnd) continue;
      // A database publishing to a platform (NDXP, NGSP, an LGSP) is the platform pattern itself.
      if (otherEnd.kind === 'information-system' && PLATFORM_CATEGORIES.has((otherEnd.element as InformationSystem).category)) continue;
      const databaseOwners = ownerIds(graph, databaseEnd.record.id);
      const otherOwners = ownerIds(graph, otherEnd.id);
      if (otherOwners.length === 0 || otherOwners.some((owner) => databaseOwners.includes(owner))) continue;
      const ownLgsp = otherOwners.flatMap(operatingLgspOf);
      const ready = [...new Set([...ownLgsp, ...operatingNgsp])].sort();
      if (ready.length === 0) continue;
      report({
        element: integration,
        path: [databaseEnd.path],
        message: `Unexpected direct access from \`${otherEnd.id}\` to national database \`${databaseEnd.record.id}\` while ${listIds(ready)} ${ready.length > 1 ? 'are' : 'is'} in operation, expected the flow \`via\` ${ready.length > 1 ? 'them' : 'it'}`,
        related: ready.map((id) => ({ element: graph.get(id)!, path: ['status'], message: `\`${id}\` is in operation` })),
      });
    }
  },
});
