import type { ElementRecord, RelationEdge } from '@kientruc/core';
import { edgesNamed } from '../domain.js';
import { defineRule } from '../rule.js';

const functions = (rootParent: string) => `kind: agency
id: ha-nam
name: { vi: Tỉnh Hà Nam }
agencyType: province
provenance: illustrative
---
kind: business-function
id: quan-ly-dat-dai
name: { vi: Quản lý đất đai }
owner: ha-nam
${rootParent}provenance: illustrative
---
kind: business-function
id: dang-ky-dat-dai
name: { vi: Đăng ký đất đai }
owner: ha-nam
partOf: quan-ly-dat-dai
provenance: illustrative
`;

export default defineRule({
  id: 'part-of-cycle',
  severity: 'error',
  category: 'model',
  description: {
    vi: 'Quan hệ "thuộc" (`partOf` của chức năng nghiệp vụ, `parent` của cơ quan) không tạo vòng.',
    en: 'The part-of hierarchy (`partOf` of business functions, `parent` of agencies) has no cycle.',
  },
  rationale: {
    vi: 'Mô hình tham chiếu nghiệp vụ của Khung 2.0 (QĐ 2323/QĐ-BTTTT) phân cấp chức năng từ lĩnh vực tới nghiệp vụ, và cơ cấu cơ quan là cây; một vòng làm cây không có gốc, nên sơ đồ và danh mục không dựng được.',
    en: 'The business reference model of Framework 2.0 (QĐ 2323/QĐ-BTTTT) breaks functions down from areas to tasks, and agencies form a tree; a cycle leaves the tree without a root, so diagrams and catalogs cannot be built.',
  },
  basis: ['QĐ 2323/QĐ-BTTTT (2019)'],
  fix: {
    vi: 'Bỏ hoặc sửa một quan hệ `partOf`/`parent` trong vòng để phần tử gốc không thuộc phần tử nào.',
    en: 'Remove or correct one `partOf`/`parent` in the cycle so that the root belongs to nothing.',
  },
  examples: [
    { title: 'Land registration is part of land administration', files: { 'functions.yaml': functions('') }, expected: [] },
    {
      title: 'Land administration made part of its own sub-function',
      files: { 'functions.yaml': functions('partOf: dang-ky-dat-dai\n') },
      expected: ['functions.yaml:18:9: error Unexpected cycle in `partOf`: `dang-ky-dat-dai` → `quan-ly-dat-dai` → `dang-ky-dat-dai`, expected a hierarchy that ends at a root [part-of-cycle]'],
    },
  ],
  check({ graph, report }) {
    // Each element has at most one parent, so following parents from any element either ends at a
    // root or enters exactly one cycle.
    const parentEdge = new Map<string, RelationEdge>();
    for (const edge of edgesNamed(graph, 'partOf')) if (!parentEdge.has(edge.source)) parentEdge.set(edge.source, edge);
    const done = new Set<string>();
    for (const start of [...parentEdge.keys()].sort()) {
      const trail: string[] = [];
      let current: string | undefined = start;
      while (current !== undefined && !done.has(current) && !trail.includes(current)) {
        trail.push(current);
        current = parentEdge.get(current)?.target;
      }
      if (current !== undefined && trail.includes(current)) {
        const cycle = trail.slice(trail.indexOf(current));
        const first = [...cycle].sort()[0]!;
        const ordered = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first];
        const edge = parentEdge.get(first)!;
        const field = String(edge.path[0]);
        report({
          element: graph.get(first) as ElementRecord,
          path: edge.path,
          message: `Unexpected cycle in \`${field}\`: ${ordered.map((id) => `\`${id}\``).join(' → ')}, expected a hierarchy that ends at a root`,
          related: cycle.filter((id) => id !== first).map((id) => ({ element: graph.get(id)!, path: parentEdge.get(id)!.path, message: `\`${id}\` is part of \`${parentEdge.get(id)!.target}\`` })),
        });
      }
      for (const id of trail) done.add(id);
    }
  },
});
