import type { ElementRecord } from '@kientruc/core';
import type { Agency } from '@kientruc/schema';
import { defineRule } from '../rule.js';

/** Level 4.level 3.level 2.level 1, e.g. `000.00.00.H29` (QĐ 20/2020/QĐ-TTg, QCVN 102:2016/BTTTT). */
export const FOUR_LEVEL_CODE = /^([0-9]{3})\.([0-9]{2})\.([0-9]{2})\.([A-Z][0-9]{2})$/;

const model = (code: string) => `kind: agency
id: ho-chi-minh
name: { vi: Thành phố Hồ Chí Minh }
agencyType: centrally-run-city
electronicCode: ${code}
provenance: illustrative
`;

export default defineRule({
  id: 'agency-code-format',
  severity: 'warning',
  category: 'agency',
  description: {
    vi: 'Mã định danh điện tử của cơ quan có dạng bốn cấp `NNN.NN.NN.Xnn`; cơ quan cấp bộ, cấp tỉnh có ba cấp dưới bằng 0.',
    en: 'An agency’s electronic identifier code has the four-level form `NNN.NN.NN.Xnn`; a ministry or province has zeros in the three lower levels.',
  },
  rationale: {
    vi: 'QCVN 102:2016/BTTTT và QĐ 20/2020/QĐ-TTg quy định mã định danh điện tử (tối đa 35 ký tự `0-9 A-Z .`) dùng để gửi nhận văn bản qua Trục liên thông; dạng đang dùng là cấp 4.cấp 3.cấp 2.cấp 1, ví dụ `000.00.00.H29` là UBND TP. Hồ Chí Minh. Lược đồ đã kiểm tra bộ ký tự; quy tắc này kiểm tra cấu trúc. Mức cảnh báo vì văn bản cho phép mã dài tới 35 ký tự.',
    en: 'QCVN 102:2016/BTTTT and QĐ 20/2020/QĐ-TTg define the electronic identifier (at most 35 characters of `0-9 A-Z .`) used to exchange documents over the Axis; the form in use is level 4.level 3.level 2.level 1, e.g. `000.00.00.H29` for the People’s Committee of Hồ Chí Minh City. The schema checks the characters; this rule checks the structure. A warning, because the instruments allow codes of up to 35 characters.',
  },
  basis: ['QCVN 102:2016/BTTTT', 'QĐ 20/2020/QĐ-TTg'],
  fix: {
    vi: 'Chép đúng mã đã được cấp (ví dụ `000.00.00.H29`); nếu chưa xác nhận được mã thì bỏ trống.',
    en: 'Copy the code exactly as issued (e.g. `000.00.00.H29`); leave it out if it cannot be confirmed.',
  },
  examples: [
    { title: 'The code of Hồ Chí Minh City', files: { 'ho-chi-minh.yaml': model('000.00.00.H29') }, expected: [] },
    {
      title: 'Only the level-1 part of the code',
      files: { 'ho-chi-minh.yaml': model('H29') },
      expected: ['ho-chi-minh.yaml:5:17: warning Unexpected electronic code `H29`, expected the four-level form `NNN.NN.NN.Xnn` (QĐ 20/2020/QĐ-TTg), e.g. `000.00.00.H29` [agency-code-format]'],
    },
    {
      title: 'A city with a unit-level code',
      files: { 'ho-chi-minh.yaml': model('000.01.00.H29') },
      expected: ['ho-chi-minh.yaml:5:17: warning Unexpected electronic code `000.01.00.H29` for `ho-chi-minh`, a centrally-run-city, expected `000.00.00.H29`: the three lower levels are zero for the agency itself [agency-code-format]'],
    },
  ],
  check({ graph, report }) {
    for (const agency of graph.ofKind('agency') as ElementRecord<Agency>[]) {
      const { electronicCode, agencyType, parent } = agency.element;
      if (electronicCode === undefined) continue;
      const match = FOUR_LEVEL_CODE.exec(electronicCode);
      if (!match) {
        report({ element: agency, path: ['electronicCode'], message: `Unexpected electronic code \`${electronicCode}\`, expected the four-level form \`NNN.NN.NN.Xnn\` (QĐ 20/2020/QĐ-TTg), e.g. \`000.00.00.H29\`` });
      } else if (parent === undefined && electronicCode !== `000.00.00.${match[4]}`) {
        report({
          element: agency,
          path: ['electronicCode'],
          message: `Unexpected electronic code \`${electronicCode}\` for \`${agency.id}\`, a ${agencyType}, expected \`000.00.00.${match[4]}\`: the three lower levels are zero for the agency itself`,
        });
      }
    }
  },
});
