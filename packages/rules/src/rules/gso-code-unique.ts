import type { ElementRecord } from '@kientruc/core';
import type { Agency } from '@kientruc/schema';
import { reportDuplicateCodes } from '../domain.js';
import { defineRule } from '../rule.js';

const province = (id: string, name: string, gsoCode: string, lifecycle = '') => `kind: agency
id: ${id}
name: { vi: ${name} }
agencyType: province
gsoCode: '${gsoCode}'
${lifecycle}provenance: illustrative
`;

export default defineRule({
  id: 'gso-code-unique',
  severity: 'error',
  category: 'agency',
  description: {
    vi: 'Hai tỉnh cùng còn hiệu lực không có cùng mã đơn vị hành chính (mã GSO).',
    en: 'No two provinces in force share an administrative-unit (GSO) code.',
  },
  rationale: {
    vi: 'Mã đơn vị hành chính (QĐ 124/2004/QĐ-TTg) định danh duy nhất một tỉnh tại một thời điểm. Sau sắp xếp (NQ 202/2025/QH15) đơn vị mới có thể dùng lại mã của một đơn vị cũ, vì hai đơn vị không cùng hiệu lực; hai tỉnh cùng hiệu lực trùng mã là lỗi nhập.',
    en: 'The administrative-unit code (QĐ 124/2004/QĐ-TTg) identifies one province at a time. After the 2025 reorganisation (NQ 202/2025/QH15) a new unit may reuse a former unit’s code, since they are never in force together; two provinces in force with one code is a typing error.',
  },
  basis: ['QĐ 124/2004/QĐ-TTg', 'NQ 202/2025/QH15'],
  fix: {
    vi: 'Sửa mã bị chép nhầm, hoặc đặt `until`/`since` cho đúng thời điểm sắp xếp.',
    en: 'Correct the mistyped code, or set `until`/`since` to the dates of the reorganisation.',
  },
  examples: [
    {
      title: 'A unit formed in 2025 may reuse the code of a former unit',
      files: { 'provinces.yaml': `${province('ninh-binh', 'Tỉnh Ninh Bình', '37', 'until: 2025-06-30\n')}---\n${province('ninh-binh-2025', 'Tỉnh Ninh Bình', '37', 'since: 2025-07-01\n')}` },
      expected: [],
    },
    {
      title: 'Nam Định given Ninh Bình’s code',
      asOf: '2024-12-31',
      files: { 'provinces.yaml': `${province('ninh-binh', 'Tỉnh Ninh Bình', '37', 'until: 2025-06-30\n')}---\n${province('nam-dinh', 'Tỉnh Nam Định', '37', 'until: 2025-06-30\n')}` },
      expected: [
        "provinces.yaml:5:10: error Duplicate GSO code `37` of `ninh-binh`, also held by `nam-dinh`, expected a code unique among provinces in force on 2024-12-31 [gso-code-unique]",
        "provinces.yaml:13:10: error Duplicate GSO code `37` of `nam-dinh`, also held by `ninh-binh`, expected a code unique among provinces in force on 2024-12-31 [gso-code-unique]",
      ],
    },
  ],
  check({ graph, asOf, report }) {
    reportDuplicateCodes(graph.ofKind('agency') as ElementRecord<Agency>[], 'gsoCode', { code: 'GSO code', among: 'provinces', asOf }, report);
  }
});
