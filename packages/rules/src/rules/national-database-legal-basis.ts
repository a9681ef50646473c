import type { ElementRecord } from '@kientruc/core';
import type { Database } from '@kientruc/schema';
import { defineRule } from '../rule.js';

const model = (legalBasis: string) => `kind: agency
id: bo-cong-an
name: { vi: Bộ Công an }
agencyType: ministry
provenance: illustrative
---
kind: database
id: csdl-quoc-gia-ve-dan-cu
name: { vi: Cơ sở dữ liệu quốc gia về dân cư }
scope: national
owner: bo-cong-an
${legalBasis}status: operating
provenance: illustrative
`;

export default defineRule({
  id: 'national-database-legal-basis',
  severity: 'error',
  category: 'data',
  description: {
    vi: 'CSDL có phạm vi quốc gia nêu căn cứ pháp lý là một văn bản (số hiệu `decision`).',
    en: 'A database with national scope cites its legal basis as an instrument (a `decision` number).',
  },
  rationale: {
    vi: 'Một CSDL là CSDL quốc gia vì một văn bản quy định như vậy: QĐ 714/QĐ-TTg (2015) lập danh mục CSDL quốc gia ưu tiên, NĐ 47/2024/NĐ-CP quy định danh mục CSDL quốc gia. Không có căn cứ thì không kiểm tra được chủ quản và phạm vi chia sẻ.',
    en: 'A database is national because an instrument makes it so: QĐ 714/QĐ-TTg (2015) listed the priority national databases, NĐ 47/2024/NĐ-CP lists the national databases. Without the basis, neither its owner nor its sharing duties can be checked.',
  },
  basis: ['QĐ 714/QĐ-TTg (2015)', 'NĐ 47/2024/NĐ-CP'],
  fix: {
    vi: 'Thêm `legalBasis: [{ decision: NĐ 47/2024/NĐ-CP, date: 2024-05-09 }]` (văn bản thực tế), hoặc đổi `scope` nếu đây không phải CSDL quốc gia.',
    en: 'Add `legalBasis: [{ decision: NĐ 47/2024/NĐ-CP, date: 2024-05-09 }]` (the actual instrument), or change `scope` if it is not a national database.',
  },
  examples: [
    {
      title: 'The population database cites its decree',
      files: { 'model.yaml': model('legalBasis: [{ decision: NĐ 47/2024/NĐ-CP, date: 2024-05-09 }]\n') },
      expected: [],
    },
    {
      title: 'A national database with no legal basis',
      files: { 'model.yaml': model('') },
      expected: ['model.yaml:10:8: error National database `csdl-quoc-gia-ve-dan-cu` cites no `legalBasis`, expected the instrument that makes it national (e.g. QĐ 714/QĐ-TTg, NĐ 47/2024/NĐ-CP) [national-database-legal-basis]'],
    },
    {
      title: 'A legal basis that is only a web page',
      files: { 'model.yaml': model('legalBasis: [{ url: "https://dancuquocgia.bocongan.gov.vn" }]\n') },
      expected: ['model.yaml:12:13: error Unexpected `legalBasis` without a `decision` for national database `csdl-quoc-gia-ve-dan-cu`, expected the number of the instrument that makes it national [national-database-legal-basis]'],
    },
  ],
  check({ graph, report }) {
    for (const database of graph.ofKind('database') as ElementRecord<Database>[]) {
      const { scope, legalBasis = [] } = database.element;
      if (scope !== 'national' || legalBasis.some((citation) => citation.decision)) continue;
      report(
        legalBasis.length === 0
          ? {
              element: database,
              path: ['scope'],
              message: `National database \`${database.id}\` cites no \`legalBasis\`, expected the instrument that makes it national (e.g. QĐ 714/QĐ-TTg, NĐ 47/2024/NĐ-CP)`,
            }
          : {
              element: database,
              path: ['legalBasis'],
              message: `Unexpected \`legalBasis\` without a \`decision\` for national database \`${database.id}\`, expected the number of the instrument that makes it national`,
            },
      );
    }
  },
});
