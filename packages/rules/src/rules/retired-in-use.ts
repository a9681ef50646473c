import { edgesNamed } from '../domain.js';
import { defineRule } from '../rule.js';

/**
 * Relations through which an operating element depends on another. `via` is left to
 * integration-via-platform and `providedBy` to public-service-provider, which say more.
 */
const DEPENDENCIES = ['uses', 'hostedOn', 'hostedBy', 'integrationFrom', 'integrationTo'];

const model = (portalStatus: string) => `kind: agency
id: quang-ninh
name: { vi: Tỉnh Quảng Ninh }
agencyType: province
provenance: illustrative
---
kind: information-system
id: cong-dich-vu-cong-quang-ninh-cu
name: { vi: Cổng dịch vụ công tỉnh Quảng Ninh (phiên bản cũ) }
category: public-service-portal
owner: quang-ninh
status: ${portalStatus}
provenance: illustrative
---
kind: information-system
id: mot-cua-quang-ninh
name: { vi: Hệ thống thông tin một cửa điện tử tỉnh Quảng Ninh }
category: one-stop-shop
owner: quang-ninh
status: operating
uses: [cong-dich-vu-cong-quang-ninh-cu]
provenance: illustrative
`;

export default defineRule({
  id: 'retired-in-use',
  severity: 'error',
  category: 'lifecycle',
  description: {
    vi: 'Phần tử đang vận hành không dùng, không chạy trên, không tích hợp với một phần tử đã dừng (`status: retired`).',
    en: 'An operating element does not use, run on, or integrate with an element that is retired (`status: retired`).',
  },
  rationale: {
    vi: 'Một hệ thống đã dừng mà vẫn được hệ thống đang vận hành dùng thì hoặc trạng thái sai, hoặc quan hệ chưa được chuyển sang hệ thống thay thế; kiến trúc thành phần theo Khung 2.0 (QĐ 2323/QĐ-BTTTT) và sơ đồ tích hợp (NĐ 47/2020/NĐ-CP) khi đó mô tả một kết nối không còn tồn tại. Phần tử đã dừng nên có `until` để rời khỏi mô hình từ ngày dừng.',
    en: 'A retired system still used by an operating one means either its status is wrong or the relation was not moved to its replacement; the component architecture of Framework 2.0 (QĐ 2323/QĐ-BTTTT) and the integration diagram (NĐ 47/2020/NĐ-CP) then show a connection that no longer exists. A retired element should also get `until` so it leaves the model from that day.',
  },
  basis: ['QĐ 2323/QĐ-BTTTT (2019)', 'NĐ 47/2020/NĐ-CP'],
  fix: {
    vi: 'Trỏ quan hệ tới hệ thống thay thế (hệ thống mới có `replaces`), hoặc sửa trạng thái, hoặc đặt `until` cho phần tử đã dừng.',
    en: 'Point the relation at the replacement (the new system has `replaces`), correct the status, or end the retired element with `until`.',
  },
  examples: [
    { title: 'A one-stop-shop using a portal in operation', files: { 'model.yaml': model('operating') }, expected: [] },
    {
      title: 'A one-stop-shop still using the retired portal',
      files: { 'model.yaml': model('retired') },
      expected: ['model.yaml:21:8: error `uses` names `cong-dich-vu-cong-quang-ninh-cu`, which is retired, expected an element in operation [retired-in-use]'],
    },
  ],
  check({ graph, report }) {
    const status = (id: string) => (graph.get(id)?.element as { status?: string } | undefined)?.status;
    // Few elements are retired: look at an edge's source only when its target is one of them.
    const retired = new Set<string>();
    for (const record of graph.elements()) if ((record.element as { status?: string }).status === 'retired') retired.add(record.id);
    if (retired.size === 0) return;
    for (const relation of DEPENDENCIES) {
      for (const edge of edgesNamed(graph, relation)) {
        if (!retired.has(edge.target) || status(edge.source) !== 'operating') continue;
        const field = edge.path.filter((p) => typeof p === 'string').join('.');
        report({
          element: graph.get(edge.source)!,
          path: edge.path,
          message: `\`${field}\` names \`${edge.target}\`, which is retired, expected an element in operation`,
          related: [{ element: graph.get(edge.target)!, path: ['status'], message: `\`${edge.target}\` is retired` }],
        });
      }
    }
  },
});
