import { describeLifecycle, type Lifecycle } from '@kientruc/core';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'reference-out-of-force',
  severity: 'error',
  category: 'lifecycle',
  description: {
    vi: 'Không tham chiếu tới phần tử đã hết hiệu lực hoặc chưa có hiệu lực tại ngày đánh giá (hệ thống đã dừng, tỉnh hoặc bộ đã hợp nhất).',
    en: 'Nothing references an element outside its lifecycle at the as-of date (a retired system, a merged province or ministry).',
  },
  rationale: {
    vi: 'Sau sắp xếp đơn vị hành chính (NQ 202/2025/QH15) và tổ chức bộ máy (NQ 176/2025/QH15), tham chiếu tới đơn vị cũ làm kiến trúc trỏ tới cơ quan không còn tồn tại.',
    en: 'After the 2025 reorganisation of provinces (NQ 202/2025/QH15) and ministries (NQ 176/2025/QH15), a reference to a former unit points the architecture at an agency that no longer exists.',
  },
  basis: ['NQ 176/2025/QH15', 'NQ 202/2025/QH15'],
  fix: {
    vi: 'Trỏ tới đơn vị kế thừa, hoặc chia tham chiếu thành các giai đoạn (`since`/`until`), hoặc đặt `until` cho phần tử tham chiếu.',
    en: 'Point at the successor, split the reference into periods (`since`/`until`), or end the referring element with `until`.',
  },
  examples: [
    {
      title: 'A system still owned by a province after its merger',
      asOf: '2025-12-31',
      files: {
        'a.yaml': 'kind: agency\nid: ha-nam\nname: { vi: Tỉnh Hà Nam }\nagencyType: province\nuntil: 2025-06-30\nprovenance: illustrative\n---\nkind: infrastructure\nid: tt-du-lieu\nname: { vi: Trung tâm dữ liệu }\ninfrastructureType: data-centre\nowner: ha-nam\nstatus: operating\nprovenance: illustrative\n',
      },
      expected: ['a.yaml:12:8: error `owner` names `ha-nam`, which is not in force on 2025-12-31 (in force until 2025-06-30) [reference-out-of-force]'],
    },
    {
      title: 'The same before the merger',
      asOf: '2024-12-31',
      files: {
        'a.yaml': 'kind: agency\nid: ha-nam\nname: { vi: Tỉnh Hà Nam }\nagencyType: province\nuntil: 2025-06-30\nprovenance: illustrative\n---\nkind: infrastructure\nid: tt-du-lieu\nname: { vi: Trung tâm dữ liệu }\ninfrastructureType: data-centre\nowner: ha-nam\nstatus: operating\nprovenance: illustrative\n',
      },
      expected: [],
    },
  ],
  check({ graph, asOf, report }) {
    for (const dangling of graph.dangling) {
      if (dangling.problem !== 'out-of-force' || !dangling.target) continue;
      const field = dangling.reference.path.filter((p) => typeof p === 'string').join('.');
      report({
        element: dangling.from,
        path: dangling.reference.path,
        message: `\`${field}\` names \`${dangling.target.id}\`, which is not in force on ${asOf} (${describeLifecycle(dangling.target.element as Lifecycle)})`,
        related: [{ element: dangling.target, path: ['id'], message: `\`${dangling.target.id}\` is declared here` }],
      });
    }
  },
});
