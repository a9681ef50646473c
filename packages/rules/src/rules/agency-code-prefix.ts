import type { ElementRecord } from '@kientruc/core';
import type { Agency } from '@kientruc/schema';
import { architectureLevel } from '../domain.js';
import { defineRule } from '../rule.js';
import { FOUR_LEVEL_CODE } from './agency-code-format.js';

const model = (code: string) => `kind: agency
id: ho-chi-minh
name: { vi: Thành phố Hồ Chí Minh }
agencyType: centrally-run-city
electronicCode: ${code}
provenance: unconfirmed
`;

export default defineRule({
  id: 'agency-code-prefix',
  severity: 'info',
  category: 'agency',
  description: {
    vi: 'Gợi ý: mã định danh cấp 1 của tỉnh thường bắt đầu bằng `H`, của bộ, cơ quan ngang bộ bằng `G`.',
    en: 'Hint: a province’s level-1 code usually starts with `H`, a ministry’s or ministry-level agency’s with `G`.',
  },
  rationale: {
    vi: 'Trong dữ liệu mã định danh theo QĐ 20/2020/QĐ-TTg, các tỉnh dùng chữ `H` (ví dụ `000.00.00.H29`, đã xác nhận) và các bộ dùng `G`; quy ước `G` chưa được xác nhận từ nguồn công khai nên quy tắc chỉ ở mức thông tin, để người nhập kiểm tra lại mã.',
    en: 'In the identifier data under QĐ 20/2020/QĐ-TTg provinces use the letter `H` (e.g. `000.00.00.H29`, confirmed) and ministries `G`; the `G` convention is not confirmed from a public source, so the rule only informs, prompting a second look at the code.',
  },
  basis: ['QĐ 20/2020/QĐ-TTg', 'QCVN 102:2016/BTTTT'],
  fix: {
    vi: 'Đối chiếu mã với văn bản cấp mã; nếu đúng, tắt quy tắc cho phần tử này kèm nguồn.',
    en: 'Check the code against the instrument that issued it; if it is right, disable the rule for this element citing the source.',
  },
  examples: [
    { title: 'The code of Hồ Chí Minh City', files: { 'ho-chi-minh.yaml': model('000.00.00.H29') }, expected: [] },
    {
      title: 'A city code with `G`',
      files: { 'ho-chi-minh.yaml': model('000.00.00.G29') },
      expected: ['ho-chi-minh.yaml:5:17: info Unexpected level-1 letter `G` in the code of centrally run city `ho-chi-minh`, expected `H` as provinces use; check the code [agency-code-prefix]'],
    },
  ],
  check({ graph, report }) {
    for (const agency of graph.ofKind('agency') as ElementRecord<Agency>[]) {
      const { electronicCode, agencyType } = agency.element;
      const match = electronicCode === undefined ? null : FOUR_LEVEL_CODE.exec(electronicCode);
      if (!match || agencyType === 'government-agency') continue;
      const expected = architectureLevel(agency.element) === 'province' ? 'H' : 'G';
      const letter = match[4]!.charAt(0);
      if (letter === expected) continue;
      const kindName = expected === 'H' ? 'provinces' : 'ministries';
      report({
        element: agency,
        path: ['electronicCode'],
        message: `Unexpected level-1 letter \`${letter}\` in the code of ${agencyType.replace(/-/g, ' ')} \`${agency.id}\`, expected \`${expected}\` as ${kindName} use; check the code`,
      });
    }
  },
});
