import { defineRule } from '../rule.js';

const model = (provenance: string) => `kind: agency
id: bo-cong-an
name: { vi: Bộ Công an, en: Ministry of Public Security }
agencyType: ministry
${provenance}`;

export default defineRule({
  id: 'provenance-source',
  severity: 'error',
  category: 'provenance',
  description: {
    vi: 'Dữ kiện được ghi là đã xác nhận (`provenance` dạng đối tượng, trạng thái mặc định `confirmed`) nêu ít nhất một nguồn.',
    en: 'A fact recorded as confirmed (`provenance` as an object, status `confirmed` by default) cites at least one source.',
  },
  rationale: {
    vi: 'Kiến trúc tổng thể được công bố hằng năm (NQ 17/NQ-CP) và là căn cứ thẩm định đầu tư; mỗi dữ kiện đã xác nhận phải truy được về văn bản (ví dụ QĐ 2323/QĐ-BTTTT) hoặc trang công khai. Dữ kiện chưa kiểm chứng ghi `provenance: unconfirmed`, dữ liệu minh họa ghi `provenance: illustrative`; cả hai đều hợp lệ.',
    en: 'The national architecture is published yearly (NQ 17/NQ-CP) and used to appraise investments; each confirmed fact must trace back to an instrument (e.g. QĐ 2323/QĐ-BTTTT) or a public page. Unverified facts say `provenance: unconfirmed`, examples say `provenance: illustrative`; both are valid.',
  },
  basis: ['NQ 17/NQ-CP (2019)', 'QĐ 2323/QĐ-BTTTT (2019)'],
  fix: {
    vi: 'Thêm `provenance.sources` với `decision` hoặc `url`, hoặc ghi `provenance: unconfirmed` nếu chưa kiểm chứng được.',
    en: 'Add `provenance.sources` with a `decision` or `url`, or write `provenance: unconfirmed` if it cannot be verified yet.',
  },
  examples: [
    {
      title: 'A confirmed fact with its source',
      files: { 'bo-cong-an.yaml': model('provenance:\n  sources: [{ decision: NQ 176/2025/QH15, date: 2025-02-18 }]\n') },
      expected: [],
    },
    { title: 'An unconfirmed fact needs no source', files: { 'bo-cong-an.yaml': model('provenance: unconfirmed\n') }, expected: [] },
    {
      title: 'A confirmed fact without sources',
      files: { 'bo-cong-an.yaml': model('provenance: { note: theo danh sách các bộ }\n') },
      expected: ['bo-cong-an.yaml:5:13: error Confirmed `bo-cong-an` cites no source, expected `provenance.sources` with a decision or URL, or `provenance: unconfirmed` [provenance-source]'],
    },
  ],
  check({ graph, report }) {
    for (const record of graph.elements()) {
      const provenance = record.element.provenance;
      if (typeof provenance !== 'object' || (provenance.status ?? 'confirmed') !== 'confirmed') continue;
      if ((provenance.sources ?? []).length > 0) continue;
      report({
        element: record,
        path: provenance.sources ? ['provenance', 'sources'] : ['provenance'],
        message: `Confirmed \`${record.id}\` cites no source, expected \`provenance.sources\` with a decision or URL, or \`provenance: unconfirmed\``,
      });
    }
  },
});
