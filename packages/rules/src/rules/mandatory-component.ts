import type { ElementRecord } from '@kientruc/core';
import type { Agency, Architecture, InformationSystem } from '@kientruc/schema';
import { architectureLevel, componentLabel, frameworkOf, listIds, matchesComponent, ownedBy } from '../domain.js';
import { defineRule } from '../rule.js';

const framework = `kind: framework
id: khung-kien-truc-cpdt-2-0
name: { vi: Khung Kiến trúc Chính phủ điện tử Việt Nam 2.0 }
version: '2.0'
instrument: { decision: QĐ 2323/QĐ-BTTTT, date: 2019-12-31 }
mandatoryComponents:
  - category: integration-platform
    platform: LGSP
    levels: [ministry, province]
    name: { vi: Nền tảng tích hợp và chia sẻ dữ liệu cấp bộ hoặc cấp tỉnh (LGSP) }
  - category: document-management
    levels: [ministry, province]
    name: { vi: Hệ thống quản lý văn bản và điều hành }
provenance: illustrative
`;

const haNam = (documentManagementStatus: string) => `kind: agency
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
status: ${documentManagementStatus}
provenance: illustrative
`;

export default defineRule({
  id: 'mandatory-component',
  severity: 'error',
  category: 'architecture',
  description: {
    vi: 'Kiến trúc cấp bộ, cấp tỉnh có đủ các thành phần bắt buộc mà Khung quy định (LGSP, cổng dịch vụ công, hệ thống một cửa điện tử, quản lý văn bản và điều hành) trong số hệ thống cơ quan sở hữu, còn hiệu lực và chưa dừng.',
    en: 'A ministry or provincial architecture has every mandatory component its framework names (LGSP, public service portal, one-stop-shop, document management) among the systems its agency owns, in force and not retired.',
  },
  rationale: {
    vi: 'Khung Kiến trúc CPĐT 2.0 (QĐ 2323/QĐ-BTTTT) xác định các thành phần dùng chung mà mọi bộ, tỉnh phải có; NĐ 47/2020/NĐ-CP và TT 13/2017/TT-BTTTT yêu cầu nền tảng LGSP; QĐ 28/2018/QĐ-TTg yêu cầu hệ thống quản lý văn bản gửi nhận văn bản điện tử. Danh sách thành phần đọc từ phần tử `framework`, không viết cứng trong mã.',
    en: 'Framework 2.0 (QĐ 2323/QĐ-BTTTT) names the shared components every ministry and province must have; NĐ 47/2020/NĐ-CP and TT 13/2017/TT-BTTTT require the LGSP; QĐ 28/2018/QĐ-TTg requires document management that exchanges electronic documents. The list is read from the `framework` element, not written in code.',
  },
  basis: ['QĐ 2323/QĐ-BTTTT (2019)', 'TT 13/2017/TT-BTTTT, điều 17', 'NĐ 47/2020/NĐ-CP', 'QĐ 28/2018/QĐ-TTg'],
  fix: {
    vi: 'Khai báo hệ thống còn thiếu (loại và nền tảng như Khung nêu) với `owner` là cơ quan của kiến trúc, hoặc sửa trạng thái của hệ thống đã có.',
    en: 'Declare the missing system (category and platform as the framework says) with the architecture’s agency as `owner`, or correct the status of the existing one.',
  },
  examples: [
    {
      title: 'A provincial architecture whose LGSP and document management are in operation',
      files: { 'framework.yaml': framework, 'ha-nam.yaml': haNam('operating') },
      expected: [],
    },
    {
      title: 'The document management system has been retired and nothing replaces it',
      files: { 'framework.yaml': framework, 'ha-nam.yaml': haNam('retired') },
      expected: [
        'ha-nam.yaml:10:9: error `ha-nam` owns no `document-management` system in force that is not retired (`qlvb-ha-nam` is retired), expected one: a mandatory component of `khung-kien-truc-cpdt-2-0` for a province-level architecture [mandatory-component]',
      ],
    },
  ],
  check({ graph, frameworks, report }) {
    for (const architecture of graph.ofKind('architecture') as ElementRecord<Architecture>[]) {
      if (architecture.element.status === 'superseded') continue;
      const agency = graph.one(architecture.id, 'architectureOf') as ElementRecord<Agency> | undefined;
      const framework = frameworkOf(graph, frameworks, architecture.id);
      if (!agency || !framework) continue; // an unknown or out-of-force reference is reported by the reference rules
      const level = architectureLevel(agency.element);
      const systems = ownedBy(graph, agency.id).filter((e) => e.kind === 'information-system') as ElementRecord<InformationSystem>[];
      (framework.element.mandatoryComponents ?? []).forEach((component, index) => {
        if (!component.levels.includes(level)) return;
        const matching = systems.filter((system) => matchesComponent(system.element, component));
        if (matching.some((system) => system.element.status !== 'retired')) return;
        const retired = matching.map((system) => system.id);
        const note = retired.length ? ` that is not retired (${listIds(retired)} ${retired.length > 1 ? 'are' : 'is'} retired)` : '';
        report({
          element: architecture,
          path: ['agency'],
          message: `\`${agency.id}\` owns no \`${componentLabel(component)}\` system in force${note}, expected one: a mandatory component of \`${framework.id}\` for a ${level}-level architecture`,
          related: [
            { element: framework, path: ['mandatoryComponents', index], message: `${component.name.en ?? component.name.vi}: required here` },
            ...matching.map((system) => ({ element: system, path: ['status'], message: `\`${system.id}\` is retired` })),
          ],
        });
      });
    }
  },
});
