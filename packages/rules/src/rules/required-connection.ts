import type { ElementRecord } from '@kientruc/core';
import type { Agency, Architecture, InformationSystem } from '@kientruc/schema';
import { architectureLevel, componentLabel, frameworkOf, isConnectedTo, matchesComponent, ownedBy } from '../domain.js';
import { defineRule } from '../rule.js';

const framework = `kind: framework
id: khung-kien-truc-cpdt-2-0
name: { vi: Khung Kiến trúc Chính phủ điện tử Việt Nam 2.0 }
version: '2.0'
instrument: { decision: QĐ 2323/QĐ-BTTTT, date: 2019-12-31 }
mandatoryComponents:
  - category: document-management
    levels: [ministry, province]
    connectsTo: [truc-lien-thong-van-ban-quoc-gia]
    name: { vi: Hệ thống quản lý văn bản và điều hành }
provenance: illustrative
`;

const national = `kind: agency
id: van-phong-chinh-phu
name: { vi: Văn phòng Chính phủ }
agencyType: ministry-level-agency
provenance: illustrative
---
kind: information-system
id: truc-lien-thong-van-ban-quoc-gia
name: { vi: Trục liên thông văn bản quốc gia }
category: document-axis
scope: national
owner: van-phong-chinh-phu
status: operating
provenance: illustrative
`;

const haNam = (integrationStatus: string) => `kind: agency
id: ha-nam
name: { vi: Tỉnh Hà Nam }
agencyType: province
provenance: illustrative
---
kind: architecture
id: kien-truc-ha-nam-2-0
name: { vi: Kiến trúc Chính quyền điện tử tỉnh Hà Nam 2.0 }
agency: ha-nam
framework: khung-kien-truc-cpdt-2-0
status: draft
provenance: illustrative
---
kind: information-system
id: lgsp-ha-nam
name: { vi: Nền tảng tích hợp và chia sẻ dữ liệu tỉnh Hà Nam }
category: integration-platform
platform: LGSP
owner: ha-nam
status: operating
provenance: illustrative
---
kind: information-system
id: qlvb-ha-nam
name: { vi: Hệ thống quản lý văn bản và điều hành tỉnh Hà Nam }
category: document-management
owner: ha-nam
status: operating
provenance: illustrative
---
kind: integration
id: qlvb-ha-nam-truc-lien-thong
name: { vi: Gửi nhận văn bản điện tử qua Trục liên thông văn bản quốc gia }
from: qlvb-ha-nam
to: truc-lien-thong-van-ban-quoc-gia
via: [lgsp-ha-nam]
standard: edXML
status: ${integrationStatus}
provenance: illustrative
`;

export default defineRule({
  id: 'required-connection',
  severity: 'error',
  category: 'integration',
  description: {
    vi: 'Mỗi thành phần bắt buộc mà Khung yêu cầu kết nối (`connectsTo`) được kết nối với hệ thống dùng chung quốc gia đó: quản lý văn bản với Trục liên thông văn bản quốc gia, cổng dịch vụ công với Cổng Dịch vụ công quốc gia, LGSP với NDXP.',
    en: 'Each mandatory component the framework requires to connect (`connectsTo`) is connected to that national shared system: document management to the National Document Axis, the public service portal to the National Public Service Portal, the LGSP to NDXP.',
  },
  rationale: {
    vi: 'QĐ 28/2018/QĐ-TTg yêu cầu gửi nhận văn bản điện tử qua Trục liên thông văn bản quốc gia; NĐ 47/2020/NĐ-CP yêu cầu LGSP kết nối NDXP; NQ 17/NQ-CP đặt mục tiêu 100% hệ thống quản lý văn bản liên thông qua Trục và 100% cổng dịch vụ công cấp bộ, cấp tỉnh kết nối Cổng Dịch vụ công quốc gia. "Kết nối với X" nghĩa là có một luồng tích hợp (`integration`) có `from` hoặc `to` là thành phần và đầu kia, hoặc một nền tảng trong `via`, là X.',
    en: 'QĐ 28/2018/QĐ-TTg requires electronic documents to be exchanged through the National Document Axis; NĐ 47/2020/NĐ-CP requires the LGSP to connect to NDXP; NQ 17/NQ-CP targets 100% of document management connected through the Axis and 100% of ministry and provincial service portals connected to the National Public Service Portal. "Connects to X" means an integration whose `from` or `to` is the component and whose other end, or one of whose `via` platforms, is X.',
  },
  basis: ['QĐ 28/2018/QĐ-TTg', 'NĐ 47/2020/NĐ-CP', 'NQ 17/NQ-CP (2019)', 'QĐ 2323/QĐ-BTTTT (2019)'],
  fix: {
    vi: 'Khai báo luồng tích hợp từ thành phần tới hệ thống quốc gia (trực tiếp hoặc qua LGSP), hoặc sửa trạng thái của luồng đã có.',
    en: 'Declare the integration from the component to the national system (directly or through the LGSP), or correct the status of the existing one.',
  },
  examples: [
    {
      title: 'Document management reaches the National Document Axis through the LGSP',
      files: { 'framework.yaml': framework, 'national.yaml': national, 'ha-nam.yaml': haNam('operating') },
      expected: [],
    },
    {
      title: 'The national system a component must reach is not asked to reach itself',
      files: {
        'framework.yaml': framework.replace('category: document-management', 'category: public-service-portal').replace('[truc-lien-thong-van-ban-quoc-gia]', '[cong-dich-vu-cong-quoc-gia]'),
        'van-phong-chinh-phu.yaml': `kind: agency
id: van-phong-chinh-phu
name: { vi: Văn phòng Chính phủ }
agencyType: ministry-level-agency
provenance: illustrative
---
kind: architecture
id: kien-truc-van-phong-chinh-phu
name: { vi: Kiến trúc Chính phủ điện tử của Văn phòng Chính phủ }
agency: van-phong-chinh-phu
framework: khung-kien-truc-cpdt-2-0
status: draft
provenance: illustrative
---
kind: information-system
id: cong-dich-vu-cong-quoc-gia
name: { vi: Cổng Dịch vụ công quốc gia }
category: public-service-portal
scope: national
owner: van-phong-chinh-phu
status: operating
provenance: illustrative
`,
      },
      expected: [],
    },
    {
      title: 'The only connection to the Axis has been retired',
      files: { 'framework.yaml': framework, 'national.yaml': national, 'ha-nam.yaml': haNam('retired') },
      expected: [
        'ha-nam.yaml:25:5: error `qlvb-ha-nam` (document-management of `ha-nam`) is not connected to `truc-lien-thong-van-ban-quoc-gia`, expected an integration in force, not retired, with `qlvb-ha-nam` at one end and `truc-lien-thong-van-ban-quoc-gia` at the other or in `via` [required-connection]',
      ],
    },
  ],
  check({ graph, frameworks, report }) {
    const reported = new Set<string>();
    for (const architecture of graph.ofKind('architecture') as ElementRecord<Architecture>[]) {
      if (architecture.element.status === 'superseded') continue;
      const agency = graph.one(architecture.id, 'architectureOf') as ElementRecord<Agency> | undefined;
      const framework = frameworkOf(graph, frameworks, architecture.id);
      if (!agency || !framework) continue;
      const level = architectureLevel(agency.element);
      // Only systems in operation can be connected; planned ones are checked once they operate.
      const systems = (ownedBy(graph, agency.id).filter((e) => e.kind === 'information-system') as ElementRecord<InformationSystem>[]).filter(
        (system) => system.element.status === 'operating',
      );
      (framework.element.mandatoryComponents ?? []).forEach((component, index) => {
        if (!component.levels.includes(level)) return;
        (component.connectsTo ?? []).forEach((targetId, targetIndex) => {
          if (!graph.get(targetId)) return; // a national system out of force is the reference rules' concern
          for (const system of systems) {
            // The national system itself (e.g. the Government Office's own National Public Service Portal) needs no link to itself.
            if (system.id === targetId || !matchesComponent(system.element, component) || isConnectedTo(graph, system.id, targetId)) continue;
            const key = `${system.id}|${targetId}`;
            if (reported.has(key)) continue;
            reported.add(key);
            report({
              element: system,
              path: ['id'],
              message: `\`${system.id}\` (${componentLabel(component)} of \`${agency.id}\`) is not connected to \`${targetId}\`, expected an integration in force, not retired, with \`${system.id}\` at one end and \`${targetId}\` at the other or in \`via\``,
              related: [{ element: framework, path: ['mandatoryComponents', index, 'connectsTo', targetIndex], message: `${component.name.en ?? component.name.vi} must connect to \`${targetId}\`` }],
            });
          }
        });
      });
    }
  },
});
