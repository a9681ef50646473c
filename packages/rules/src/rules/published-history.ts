import { inForce, linkModel, type ElementRecord, type Lifecycle } from '@kientruc/core';
import { defineRule } from '../rule.js';

const agency = (id: string, extra = '') =>
  `kind: agency\nid: ${id}\nname: { vi: Tỉnh ${id} }\nagencyType: province\n${extra}provenance: illustrative\n`;

export default defineRule({
  id: 'published-history',
  severity: 'error',
  category: 'lifecycle',
  description: {
    vi: 'Không sửa lại lịch sử đã công bố: phần tử mà một ấn bản đã công bố chứa phải còn trong mô hình và còn hiệu lực tại ngày của ấn bản đó.',
    en: 'Published history is not rewritten: an element that a published edition holds stays in the model and in force on that edition\'s date.',
  },
  rationale: {
    vi: 'Kiến trúc tổng thể được công bố và cập nhật hằng năm (Nghị quyết 17/NQ-CP); một ấn bản đã công bố không bao giờ thay đổi. Xóa một phần tử thay vì đặt `until` làm mất lịch sử và làm so sánh giữa các ấn bản sai.',
    en: 'The overall architecture is published and updated every year (Resolution 17/NQ-CP); a published edition never changes. Deleting an element instead of ending it with `until` loses history and makes comparisons between editions wrong.',
  },
  basis: ['NQ 17/NQ-CP (2019)'],
  fix: {
    vi: 'Giữ phần tử và đặt `until` là ngày cuối cùng còn hiệu lực; không sửa `since`/`until` về trước ngày của ấn bản đã công bố.',
    en: 'Keep the element and set `until` to its last day in force; do not move `since`/`until` to before a published edition\'s date.',
  },
  examples: [
    {
      title: 'A retired province is ended with `until`, not deleted',
      published: [{ edition: 2024, files: { 'a.yaml': agency('ha-nam') } }],
      files: { 'a.yaml': agency('ha-nam', 'until: 2025-06-30\n') },
      expected: [],
    },
    {
      title: 'An element of a published edition was deleted',
      published: [{ edition: 2024, files: { 'a.yaml': `${agency('ha-nam')}---\n${agency('nam-dinh')}` } }],
      files: { 'a.yaml': agency('ha-nam') },
      expected: [
        'editions/2024.yaml:17:5: error `nam-dinh` was deleted, but edition 2024 publishes it; keep it and end it with `until` [published-history]',
      ],
    },
    {
      title: 'A lifecycle moved back before a published edition',
      published: [{ edition: 2024, files: { 'a.yaml': agency('ha-nam') } }],
      files: { 'a.yaml': agency('ha-nam', 'until: 2024-06-30\n') },
      expected: [
        'a.yaml:5:8: error `ha-nam` is no longer in force on 2024-12-31 (its `since`/`until` changed), but edition 2024 publishes it [published-history]',
      ],
    },
    {
      title: 'An element back-dated into a published edition',
      published: [{ edition: 2024, files: { 'a.yaml': agency('ha-nam') } }],
      files: { 'a.yaml': `${agency('ha-nam')}---\n${agency('ninh-binh', 'since: 2020-01-01\n')}` },
      expected: [
        'a.yaml:11:8: error `ninh-binh` is in force on 2024-12-31, but edition 2024 does not hold it; set `since` after 2024-12-31 or record it in a new edition [published-history]',
      ],
    },
  ],
  check({ model, editions, report }) {
    for (const edition of editions) {
      const { asOf } = edition.header;
      const live = linkModel(model, asOf);
      const published = new Set(edition.model.elements.map((r) => r.id));
      for (const record of edition.model.elements) {
        const current = model.byId.get(record.id);
        if (!current) {
          report({
            element: record,
            path: ['id'],
            message: `\`${record.id}\` was deleted, but edition ${edition.header.edition} publishes it; keep it and end it with \`until\``,
          });
        } else if (!inForce(current.element as Lifecycle, asOf)) {
          const field = (current.element as Lifecycle).until !== undefined && (current.element as Lifecycle).until! < asOf ? 'until' : 'since';
          report({
            element: current,
            path: [field],
            message: `\`${record.id}\` is no longer in force on ${asOf} (its \`since\`/\`until\` changed), but edition ${edition.header.edition} publishes it`,
            related: [{ element: record, path: ['id'], message: `published in edition ${edition.header.edition}` }],
          });
        }
      }
      for (const current of live.elements() as ElementRecord[]) {
        if (published.has(current.id)) continue;
        report({
          element: current,
          path: (current.element as Lifecycle).since !== undefined ? ['since'] : ['id'],
          message: `\`${current.id}\` is in force on ${asOf}, but edition ${edition.header.edition} does not hold it; set \`since\` after ${asOf} or record it in a new edition`,
        });
      }
    }
  },
});
