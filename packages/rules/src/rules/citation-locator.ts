import { keptPerObject, stampedPerObject, type ElementRecord } from '@kientruc/core';
import type { Citation } from '@kientruc/schema';
import { defineRule } from '../rule.js';

/** Properties that hold one citation, and those that hold a list of them. */
const ONE = new Set(['approval', 'instrument', 'basis']);
const MANY = new Set(['sources', 'legalBasis']);
/**
 * The top-level properties of an element under which the schemas place citations. Walking only
 * these keeps the rule fast on a national-scale model; a new citation site in a schema is added here.
 */
const CITATION_ROOTS = ['provenance', 'legalBasis', 'approval', 'instrument', 'securityLevel', 'lineage', 'owner', 'operator', 'legalOwner', 'mandatoryComponents'];

/**
 * Calls `found` with every citation inside `value` and its path. The path array is shared and
 * copied only for a citation: this walk visits every element of the model.
 */
function visitCitations(value: unknown, path: (string | number)[], found: (citation: Citation, path: (string | number)[]) => void): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (item === null || typeof item !== 'object') continue;
      path.push(index);
      visitCitations(item, path, found);
      path.pop();
    }
    return;
  }
  for (const key in value as Record<string, unknown>) {
    const child = (value as Record<string, unknown>)[key];
    if (child === null || typeof child !== 'object') continue;
    if (ONE.has(key) && !Array.isArray(child)) found(child as Citation, [...path, key]);
    else if (MANY.has(key) && Array.isArray(child)) {
      child.forEach((item, index) => {
        if (item && typeof item === 'object') found(item as Citation, [...path, key, index]);
      });
    } else {
      path.push(key);
      visitCitations(child, path, found);
      path.pop();
    }
  }
}

/** Whether one of the element's citation roots holds a mapping or a list (where citations are). */
function hasObjectRoot(record: ElementRecord): boolean {
  const element = record.element as unknown as Record<string, unknown>;
  for (const key of CITATION_ROOTS) {
    const value = element[key];
    if (value !== null && typeof value === 'object') return true;
  }
  return false;
}

/**
 * `hasObjectRoot`, stamped on each record: a re-check asks it of every element again, and one read
 * of a property every record has costs less than reading its element's ten roots.
 */
const holdsCitations = stampedPerObject(hasObjectRoot);

/**
 * The paths of an element's citations with neither `decision` nor `url`. A function of the element
 * alone, kept by element: elements of unchanged files are the same objects from one check to the
 * next, so a re-check walks only the elements that changed.
 */
const unlocatedCitations = keptPerObject((record: ElementRecord): (string | number)[][] => {
  const found: (string | number)[][] = [];
  const element = record.element as unknown as Record<string, unknown>;
  const roots: Record<string, unknown> = {};
  for (const key of CITATION_ROOTS) if (element[key] !== undefined) roots[key] = element[key];
  visitCitations(roots, [], (citation, path) => {
    if (!citation.decision && !citation.url) found.push(path);
  });
  return found;
});

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
      // Most elements hold no citation at all (their provenance a word, their owner an id):
      // deciding this costs less than finding a kept result.
      if (!holdsCitations(record)) continue;
      for (const path of unlocatedCitations(record)) {
        report({ element: record, path: [...path], message: 'Unexpected citation with neither `decision` nor `url`, expected one of them so a reader can find the source' });
      }
    }
  },
});
