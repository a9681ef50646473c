import type { ElementRecord } from '@kientruc/core';
import type { Architecture, Framework, InformationSystem } from '@kientruc/schema';
import { defineRule } from '../rule.js';

const model = (since: string) => `kind: framework
id: khung-kien-truc-cpdt-2-0
name: { vi: Khung Kiến trúc Chính phủ điện tử Việt Nam 2.0 }
version: '2.0'
instrument: { decision: QĐ 2323/QĐ-BTTTT, date: 2019-12-31 }
since: 2019-12-31
provenance: illustrative
---
kind: agency
id: thua-thien-hue
name: { vi: Tỉnh Thừa Thiên Huế }
agencyType: province
provenance: illustrative
---
kind: architecture
id: kien-truc-thua-thien-hue-2-0
name: { vi: Kiến trúc Chính quyền điện tử tỉnh Thừa Thiên Huế 2.0 }
agency: thua-thien-hue
framework: khung-kien-truc-cpdt-2-0
status: approved
approval: { decision: QĐ 1234/QĐ-UBND, date: 2021-06-30 }
${since}provenance: illustrative
`;

const system = `kind: agency
id: thua-thien-hue
name: { vi: Tỉnh Thừa Thiên Huế }
agencyType: province
provenance: illustrative
---
kind: information-system
id: lgsp-thua-thien-hue
name: { vi: Nền tảng tích hợp và chia sẻ dữ liệu tỉnh Thừa Thiên Huế }
category: integration-platform
platform: LGSP
owner: thua-thien-hue
status: operating
securityLevel:
  level: 3
  dossier: approved
  plan: approved
  approval: { decision: QĐ 567/QĐ-UBND, date: 2021-03-15 }
provenance: illustrative
`;

function after(date: string | undefined, asOf: string): date is string {
  return date !== undefined && date > asOf;
}

export default defineRule({
  id: 'approval-date',
  severity: 'error',
  category: 'lifecycle',
  description: {
    vi: 'Một phê duyệt mà phần tử dựa vào tại ngày đánh giá (phê duyệt kiến trúc, phê duyệt cấp độ an toàn, văn bản ban hành Khung) không mang ngày sau ngày đánh giá.',
    en: 'An approval an element relies on at the as-of date (of an architecture, of a security level, the instrument issuing a framework) is not dated after the as-of date.',
  },
  rationale: {
    vi: 'Mô hình được đánh giá tại một ngày để trả lời "kiến trúc lúc đó ra sao" và để công bố hằng năm (NQ 17/NQ-CP). Một kiến trúc "đã phê duyệt" bằng quyết định ban hành sau ngày đó, hay Khung có hiệu lực trước văn bản ban hành nó (QĐ 2323/QĐ-BTTTT), là sai lịch sử; cấp độ an toàn được phê duyệt sau ngày đó (NĐ 85/2016/NĐ-CP) cũng vậy. Nguồn dẫn chứng (`provenance`) và căn cứ pháp lý có thể mới hơn ngày đánh giá nên không xét ở đây.',
    en: 'The model is evaluated as of a date to answer "what did the architecture look like then" and for the yearly publication (NQ 17/NQ-CP). An architecture "approved" by a decision issued after that date, or a framework in force before the instrument that issues it (QĐ 2323/QĐ-BTTTT), rewrites history; so does a security level approved after that date (NĐ 85/2016/NĐ-CP). Sources (`provenance`) and legal bases may be newer than the as-of date and are not checked here.',
  },
  basis: ['NQ 17/NQ-CP (2019)', 'QĐ 2323/QĐ-BTTTT (2019)', 'NĐ 85/2016/NĐ-CP'],
  fix: {
    vi: 'Đặt `since` của phần tử bằng ngày phê duyệt (và giữ phiên bản dự thảo trước đó thành phần tử riêng nếu cần), hoặc sửa ngày phê duyệt.',
    en: 'Set the element’s `since` to the approval date (keeping the earlier draft as its own element if needed), or correct the approval date.',
  },
  examples: [
    {
      title: 'An architecture that starts on its approval date',
      asOf: '2020-12-31',
      files: { 'model.yaml': model('since: 2021-06-30\n') },
      expected: [],
    },
    {
      title: 'An architecture shown as approved before its decision',
      asOf: '2020-12-31',
      files: { 'model.yaml': model('') },
      expected: [
        'model.yaml:21:46: error Unexpected approval date 2021-06-30 after the as-of date 2020-12-31 for approved architecture `kien-truc-thua-thien-hue-2-0`, expected `since: 2021-06-30` or an earlier decision [approval-date]',
      ],
    },
    {
      title: 'A security level approved after the as-of date',
      asOf: '2020-12-31',
      files: { 'model.yaml': system },
      expected: [
        'model.yaml:18:47: error Unexpected approval date 2021-03-15 after the as-of date 2020-12-31 for the security level of `lgsp-thua-thien-hue`, expected the dossier and plan not yet approved on 2020-12-31 [approval-date]',
      ],
    },
  ],
  check({ graph, asOf, report }) {
    for (const architecture of graph.ofKind('architecture') as ElementRecord<Architecture>[]) {
      const { status, approval } = architecture.element;
      if (status === 'draft' || !after(approval?.date, asOf)) continue;
      report({
        element: architecture,
        path: ['approval', 'date'],
        message: `Unexpected approval date ${approval!.date} after the as-of date ${asOf} for ${status} architecture \`${architecture.id}\`, expected \`since: ${approval!.date}\` or an earlier decision`,
      });
    }
    for (const system of graph.ofKind('information-system') as ElementRecord<InformationSystem>[]) {
      const level = system.element.securityLevel;
      const relied = level?.dossier === 'approved' || level?.plan === 'approved' || level?.plan === 'implemented';
      if (!level || !relied || !after(level.approval?.date, asOf)) continue;
      report({
        element: system,
        path: ['securityLevel', 'approval', 'date'],
        message: `Unexpected approval date ${level.approval!.date} after the as-of date ${asOf} for the security level of \`${system.id}\`, expected the dossier and plan not yet approved on ${asOf}`,
      });
    }
    for (const framework of graph.ofKind('framework') as ElementRecord<Framework>[]) {
      const date = framework.element.instrument.date;
      if (!after(date, asOf)) continue;
      report({
        element: framework,
        path: ['instrument', 'date'],
        message: `Unexpected framework \`${framework.id}\` in force on ${asOf}, before its instrument dated ${date}, expected \`since: ${date}\``,
      });
    }
  },
});
