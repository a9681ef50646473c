import type { ElementRecord } from '@kientruc/core';
import type { Database } from '@kientruc/schema';
import { listIds, ownerPath } from '../domain.js';
import { defineRule } from '../rule.js';

const ministries = `kind: agency
id: bo-tai-nguyen-va-moi-truong
name: { vi: Bộ Tài nguyên và Môi trường }
agencyType: ministry
until: 2025-02-28
provenance: illustrative
---
kind: agency
id: bo-nong-nghiep-va-moi-truong
name: { vi: Bộ Nông nghiệp và Môi trường }
agencyType: ministry
since: 2025-03-01
provenance: illustrative
---
kind: agency
id: van-phong-chinh-phu
name: { vi: Văn phòng Chính phủ }
agencyType: ministry-level-agency
provenance: illustrative
`;

const landDatabase = (newOwner: string) => `kind: database
id: csdl-quoc-gia-ve-dat-dai
name: { vi: Cơ sở dữ liệu quốc gia về đất đai }
scope: national
owner:
  - { agency: bo-tai-nguyen-va-moi-truong, until: 2025-02-28 }
  - { agency: ${newOwner}, since: 2025-03-01 }
legalOwner:
  - { agency: bo-tai-nguyen-va-moi-truong, until: 2025-02-28 }
  - { agency: bo-nong-nghiep-va-moi-truong, since: 2025-03-01 }
legalBasis: [{ decision: NĐ 47/2024/NĐ-CP, date: 2024-05-09 }]
status: operating
provenance: illustrative
`;

export default defineRule({
  id: 'national-database-owner',
  severity: 'error',
  category: 'data',
  description: {
    vi: 'Cơ quan chủ quản của CSDL quốc gia tại ngày đánh giá là cơ quan mà căn cứ pháp lý chỉ định (`legalOwner`).',
    en: 'A national database’s owner at the as-of date is the agency its legal basis names (`legalOwner`).',
  },
  rationale: {
    vi: 'QĐ 714/QĐ-TTg và NĐ 47/2024/NĐ-CP giao mỗi CSDL quốc gia cho một cơ quan chủ quản; sau khi sắp xếp các bộ (NQ 176/2025/QH15) chủ quản chuyển sang bộ mới. Chủ quản ghi trong mô hình khác chủ quản theo pháp luật làm sai trách nhiệm chia sẻ dữ liệu. Quy tắc so sánh hai giai đoạn đang có hiệu lực; CSDL không ghi `legalOwner` thì không so sánh.',
    en: 'QĐ 714/QĐ-TTg and NĐ 47/2024/NĐ-CP assign each national database to an owner; after the 2025 reorganisation of ministries (NQ 176/2025/QH15) ownership moved to the new ministries. An owner in the model that differs from the legal one misstates who must share the data. The rule compares the periods in force; a database without `legalOwner` is not compared.',
  },
  basis: ['QĐ 714/QĐ-TTg (2015)', 'NĐ 47/2024/NĐ-CP', 'NQ 176/2025/QH15'],
  fix: {
    vi: 'Sửa giai đoạn `owner` cho khớp với `legalOwner` (cùng cơ quan, cùng ngày chuyển giao).',
    en: 'Make the `owner` periods match `legalOwner` (same agency, same handover date).',
  },
  examples: [
    {
      title: 'Ownership of the land database follows the 2025 merger of ministries',
      files: { 'ministries.yaml': ministries, 'dat-dai.yaml': landDatabase('bo-nong-nghiep-va-moi-truong') },
      expected: [],
    },
    {
      title: 'After the merger the model names the wrong owner',
      files: { 'ministries.yaml': ministries, 'dat-dai.yaml': landDatabase('van-phong-chinh-phu') },
      expected: [
        'dat-dai.yaml:7:15: error Unexpected owner `van-phong-chinh-phu` of national database `csdl-quoc-gia-ve-dat-dai` on 2025-12-31, expected `bo-nong-nghiep-va-moi-truong`, the owner its legal basis names [national-database-owner]',
      ],
    },
    {
      title: 'The same model before the merger is consistent',
      asOf: '2024-12-31',
      files: { 'ministries.yaml': ministries, 'dat-dai.yaml': landDatabase('van-phong-chinh-phu') },
      expected: [],
    },
  ],
  check({ graph, asOf, report }) {
    for (const database of graph.ofKind('database') as ElementRecord<Database>[]) {
      if (database.element.scope !== 'national' || database.element.legalOwner === undefined) continue;
      const owners = graph.related(database.id, 'ownedBy').map((e) => e.id);
      const legalOwners = graph.related(database.id, 'legallyOwnedBy').map((e) => e.id);
      // A period with no agency in force is assignment-periods' or the reference rules' finding.
      if (owners.length === 0 || legalOwners.length === 0) continue;
      if (owners.length === legalOwners.length && owners.every((id) => legalOwners.includes(id))) continue;
      report({
        element: database,
        path: ownerPath(graph, database.id) ?? ['owner'],
        message: `Unexpected owner ${listIds(owners)} of national database \`${database.id}\` on ${asOf}, expected ${listIds(legalOwners)}, the owner its legal basis names`,
        related: [{ element: database, path: ownerPath(graph, database.id, 'legallyOwnedBy') ?? ['legalOwner'], message: `\`legalOwner\` on ${asOf}` }],
      });
    }
  },
});
