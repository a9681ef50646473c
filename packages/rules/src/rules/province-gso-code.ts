import type { ElementRecord } from '@kientruc/core';
import type { Agency } from '@kientruc/schema';
import { architectureLevel } from '../domain.js';
import { defineRule } from '../rule.js';

const agencies = (haNamGso: string, ministryGso: string) => `kind: agency
id: ha-nam
name: { vi: Tỉnh Hà Nam }
agencyType: province
${haNamGso}provenance: illustrative
---
kind: agency
id: bo-noi-vu
name: { vi: Bộ Nội vụ }
agencyType: ministry
${ministryGso}provenance: illustrative
`;

export default defineRule({
  id: 'province-gso-code',
  severity: 'warning',
  category: 'agency',
  description: {
    vi: 'Tỉnh, thành phố trực thuộc trung ương có mã đơn vị hành chính (mã GSO); cơ quan khác không có.',
    en: 'A province or centrally-run city has its administrative-unit (GSO) code; other agencies have none.',
  },
  rationale: {
    vi: 'Mã đơn vị hành chính cấp tỉnh (QĐ 124/2004/QĐ-TTg) nối kiến trúc với số liệu thống kê và với danh mục đơn vị hành chính sau sắp xếp (NQ 202/2025/QH15). Mức cảnh báo: mã của đơn vị mới có thể chưa được xác nhận, và khi đó để trống là đúng.',
    en: 'The province code (QĐ 124/2004/QĐ-TTg) ties the architecture to statistics and to the list of administrative units after the 2025 reorganisation (NQ 202/2025/QH15). A warning: a new unit’s code may not be confirmed yet, and then leaving it out is right.',
  },
  basis: ['QĐ 124/2004/QĐ-TTg', 'NQ 202/2025/QH15'],
  fix: {
    vi: 'Ghi `gsoCode` (hai chữ số) theo danh mục đơn vị hành chính; xóa `gsoCode` khỏi bộ, ngành.',
    en: 'Set `gsoCode` (two digits) from the list of administrative units; remove `gsoCode` from ministries.',
  },
  examples: [
    { title: 'Hà Nam with its code', files: { 'agencies.yaml': agencies("gsoCode: '35'\n", '') }, expected: [] },
    {
      title: 'A province without a code and a ministry with one',
      files: { 'agencies.yaml': agencies('', "gsoCode: '35'\n") },
      expected: [
        'agencies.yaml:4:13: warning Province `ha-nam` has no `gsoCode`, expected its two-digit administrative-unit code [province-gso-code]',
        "agencies.yaml:11:10: warning Unexpected `gsoCode` on `bo-noi-vu`, a ministry, expected it only on provinces and centrally-run cities [province-gso-code]",
      ],
    },
  ],
  check({ graph, report }) {
    for (const agency of graph.ofKind('agency') as ElementRecord<Agency>[]) {
      const { gsoCode, agencyType } = agency.element;
      const isProvince = architectureLevel(agency.element) === 'province';
      if (isProvince && gsoCode === undefined) {
        report({ element: agency, path: ['agencyType'], message: `Province \`${agency.id}\` has no \`gsoCode\`, expected its two-digit administrative-unit code` });
      } else if (!isProvince && gsoCode !== undefined) {
        report({ element: agency, path: ['gsoCode'], message: `Unexpected \`gsoCode\` on \`${agency.id}\`, a ${agencyType.replace(/-/g, ' ')}, expected it only on provinces and centrally-run cities` });
      }
    }
  },
});
