import type { Citation } from '@kientruc/schema';
import { defineRule } from '../rule.js';

/** Properties that hold one citation, and those that hold a list of them. */
const ONE = new Set(['approval', 'instrument', 'basis']);
const MANY = new Set(['sources', 'legalBasis']);

function* citations(value: unknown, path: (string | number)[]): Generator<{ citation: Citation; path: (string | number)[] }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* citations(item, [...path, index]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (ONE.has(key) && child && typeof child === 'object' && !Array.isArray(child)) yield { citation: child as Citation, path: [...path, key] };
    else if (MANY.has(key) && Array.isArray(child)) {
      for (const [index, item] of child.entries()) if (item && typeof item === 'object') yield { citation: item as Citation, path: [...path, key, index] };
    } else yield* citations(child, [...path, key]);
  }
}

const model = (source: string) => `kind: database
id: csdl-quoc-gia-ve-bao-hiem
name: { vi: Cơ sở dữ liệu quốc gia về bảo hiểm }
scope: national
owner: bao-hiem-xa-hoi-viet-nam
legalBasis:
  - ${source}
status: operating
provenance: illustrative
---
kind: agency
id: bao-hiem-xa-hoi-viet-nam
name: { vi: Bảo hiểm xã hội Việt Nam }
agencyType: government-agency
provenance: illustrative
`;

export default defineRule({
  id: 'citation-locator',
  severity: 'error',
  category: 'provenance',
  description: {
    vi: 'Mỗi trích dẫn (nguồn, căn cứ pháp lý, quyết định phê duyệt) nêu số hiệu văn bản (`decision`) hoặc địa chỉ (`url`).',
    en: 'Every citation (source, legal basis, approval decision) gives an instrument number (`decision`) or an address (`url`).',
  },
  rationale: {
    vi: 'Một trích dẫn chỉ có tiêu đề hoặc ghi chú thì người đọc kiến trúc công bố hằng năm (NQ 17/NQ-CP) không tìm lại được nguồn; căn cứ pháp lý như QĐ 714/QĐ-TTg hay NĐ 47/2024/NĐ-CP được nhận biết bằng số hiệu.',
    en: 'A citation with only a title or a note cannot be found again by readers of the yearly published architecture (NQ 17/NQ-CP); legal bases such as QĐ 714/QĐ-TTg or NĐ 47/2024/NĐ-CP are known by their number.',
  },
  basis: ['NQ 17/NQ-CP (2019)', 'QĐ 714/QĐ-TTg (2015)', 'NĐ 47/2024/NĐ-CP'],
  fix: {
    vi: 'Thêm `decision` (ví dụ `NĐ 47/2024/NĐ-CP`) hoặc `url` của trang công khai.',
    en: 'Add the `decision` (e.g. `NĐ 47/2024/NĐ-CP`) or the `url` of a public page.',
  },
  examples: [
    { title: 'A legal basis with its number', files: { 'model.yaml': model('{ decision: NĐ 47/2024/NĐ-CP, date: 2024-05-09 }') }, expected: [] },
    {
      title: 'A legal basis with only a title',
      files: { 'model.yaml': model('{ title: Nghị định về danh mục cơ sở dữ liệu quốc gia }') },
      expected: ['model.yaml:7:5: error Unexpected citation with neither `decision` nor `url`, expected one of them so a reader can find the source [citation-locator]'],
    },
  ],
  check({ graph, report }) {
    for (const record of graph.elements()) {
      for (const { citation, path } of citations(record.element, [])) {
        if (citation.decision || citation.url) continue;
        report({ element: record, path, message: 'Unexpected citation with neither `decision` nor `url`, expected one of them so a reader can find the source' });
      }
    }
  },
});
