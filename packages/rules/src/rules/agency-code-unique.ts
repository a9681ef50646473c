import type { ElementRecord } from '@kientruc/core';
import type { Agency } from '@kientruc/schema';
import { reportDuplicateCodes } from '../domain.js';
import { defineRule } from '../rule.js';

const agency = (id: string, name: string, agencyType: string, code: string, lifecycle = '') => `kind: agency
id: ${id}
name: { vi: ${name} }
agencyType: ${agencyType}
electronicCode: ${code}
${lifecycle}provenance: illustrative
`;

export default defineRule({
  id: 'agency-code-unique',
  severity: 'error',
  category: 'agency',
  description: {
    vi: 'Hai cơ quan cùng còn hiệu lực không có cùng mã định danh điện tử.',
    en: 'No two agencies in force share an electronic identifier code.',
  },
  rationale: {
    vi: 'Mã định danh điện tử (QCVN 102:2016/BTTTT, QĐ 20/2020/QĐ-TTg) là địa chỉ gửi nhận văn bản trên Trục liên thông văn bản quốc gia (QĐ 28/2018/QĐ-TTg); hai cơ quan cùng mã thì văn bản đến sai nơi. Một đơn vị mới sau sắp xếp (NQ 202/2025/QH15) có thể giữ mã của đơn vị cũ vì hai đơn vị không cùng hiệu lực.',
    en: 'The electronic identifier (QCVN 102:2016/BTTTT, QĐ 20/2020/QĐ-TTg) is the address documents are sent to over the National Document Axis (QĐ 28/2018/QĐ-TTg); two agencies with one code get each other’s documents. A unit formed in the 2025 reorganisation (NQ 202/2025/QH15) may keep a former unit’s code, since the two are never in force together.',
  },
  basis: ['QCVN 102:2016/BTTTT', 'QĐ 20/2020/QĐ-TTg', 'QĐ 28/2018/QĐ-TTg'],
  fix: {
    vi: 'Sửa mã bị chép nhầm, hoặc đặt `until`/`since` để hai cơ quan không cùng hiệu lực.',
    en: 'Correct the mistyped code, or set `until`/`since` so the two agencies are not in force together.',
  },
  examples: [
    {
      title: 'A unit formed in 2025 keeps the code of its predecessor',
      files: {
        'provinces.yaml': `${agency('ho-chi-minh', 'Thành phố Hồ Chí Minh', 'centrally-run-city', '000.00.00.H29', 'until: 2025-06-30\n')}---\n${agency('ho-chi-minh-2025', 'Thành phố Hồ Chí Minh', 'centrally-run-city', '000.00.00.H29', 'since: 2025-07-01\n')}`,
      },
      expected: [],
    },
    {
      title: 'A code copied onto a second province in force',
      files: { 'provinces.yaml': `${agency('binh-duong', 'Tỉnh Bình Dương', 'province', '000.00.00.H29')}---\n${agency('ho-chi-minh', 'Thành phố Hồ Chí Minh', 'centrally-run-city', '000.00.00.H29')}` },
      expected: [
        'provinces.yaml:5:17: error Duplicate electronic code `000.00.00.H29` of `binh-duong`, also held by `ho-chi-minh`, expected a code unique among agencies in force on 2025-12-31 [agency-code-unique]',
        'provinces.yaml:12:17: error Duplicate electronic code `000.00.00.H29` of `ho-chi-minh`, also held by `binh-duong`, expected a code unique among agencies in force on 2025-12-31 [agency-code-unique]',
      ],
    },
  ],
  check({ graph, asOf, report }) {
    reportDuplicateCodes(graph.ofKind('agency') as ElementRecord<Agency>[], 'electronicCode', { code: 'electronic code', among: 'agencies', asOf }, report);
  }
});
