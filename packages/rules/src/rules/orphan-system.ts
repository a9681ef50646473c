import type { ElementRecord } from '@kientruc/core';
import type { InformationSystem, Integration } from '@kientruc/schema';
import { edgesNamed } from '../domain.js';
import { defineRule } from '../rule.js';

/** Relations whose target is tied into the business and data of the architecture by the edge. */
const LINKED_TARGET = ['uses', 'via', 'providedBy', 'hostedBy'];

const model = (service: string) => `kind: agency
id: ha-nam
name: { vi: Tỉnh Hà Nam }
agencyType: province
provenance: illustrative
---
kind: information-system
id: mot-cua-ha-nam
name: { vi: Hệ thống thông tin một cửa điện tử tỉnh Hà Nam }
category: one-stop-shop
owner: ha-nam
status: operating
provenance: illustrative
${service}`;

export default defineRule({
  id: 'orphan-system',
  severity: 'warning',
  category: 'architecture',
  description: {
    vi: 'Hệ thống đang vận hành được dùng, được tích hợp hoặc cung cấp dịch vụ: không có hệ thống "mồ côi".',
    en: 'An operating system is used, integrated or provides a service: no orphan systems.',
  },
  rationale: {
    vi: 'Khung 2.0 (QĐ 2323/QĐ-BTTTT) đòi kiến trúc ứng dụng thể hiện quan hệ giữa ứng dụng, dữ liệu và nghiệp vụ; NĐ 47/2020/NĐ-CP yêu cầu kết nối, chia sẻ thay vì hệ thống khép kín. Một hệ thống không dùng gì, không ai dùng, không tích hợp, không cung cấp dịch vụ hoặc là thiếu quan hệ trong mô hình, hoặc là hệ thống biệt lập cần xem lại. Mức cảnh báo.',
    en: 'Framework 2.0 (QĐ 2323/QĐ-BTTTT) has the application architecture show how applications, data and business relate; NĐ 47/2020/NĐ-CP asks for connected, sharing systems rather than silos. A system that uses nothing, is used by nothing, is integrated with nothing and provides no service is either missing its relations in the model or an isolated system to review. A warning.',
  },
  basis: ['QĐ 2323/QĐ-BTTTT (2019)', 'NĐ 47/2020/NĐ-CP'],
  fix: {
    vi: 'Khai báo quan hệ còn thiếu (`uses`, một luồng tích hợp, dịch vụ công có `providedBy`, CSDL có `hostedBy`), hoặc đặt trạng thái `retired` nếu hệ thống không còn dùng.',
    en: 'Declare the missing relation (`uses`, an integration, a public service with `providedBy`, a database with `hostedBy`), or set status `retired` if the system is no longer used.',
  },
  examples: [
    {
      title: 'A one-stop-shop that provides a public service',
      files: {
        'model.yaml': model(`---
kind: public-service
id: cap-giay-phep-xay-dung-ha-nam
name: { vi: Cấp giấy phép xây dựng }
owner: ha-nam
onlineLevel: 3
providedBy: mot-cua-ha-nam
provenance: illustrative
`),
      },
      expected: [],
    },
    {
      title: 'A one-stop-shop linked to nothing',
      files: { 'model.yaml': model('') },
      expected: ['model.yaml:8:5: warning Operating system `mot-cua-ha-nam` is used by nothing, uses nothing, is integrated with nothing and provides no service, expected at least one of these relations [orphan-system]'],
    },
  ],
  check({ graph, report }) {
    const linked = new Set<string>();
    for (const relation of LINKED_TARGET) for (const edge of edgesNamed(graph, relation)) linked.add(edge.target);
    for (const edge of edgesNamed(graph, 'uses')) linked.add(edge.source);
    for (const relation of ['integrationFrom', 'integrationTo']) {
      for (const edge of edgesNamed(graph, relation)) {
        if ((graph.get(edge.source)!.element as Integration).status !== 'retired') linked.add(edge.target);
      }
    }
    for (const system of graph.ofKind('information-system') as ElementRecord<InformationSystem>[]) {
      if (system.element.status !== 'operating' || linked.has(system.id)) continue;
      report({
        element: system,
        path: ['id'],
        message: `Operating system \`${system.id}\` is used by nothing, uses nothing, is integrated with nothing and provides no service, expected at least one of these relations`,
      });
    }
  },
});
