import type { ElementRecord } from '@kientruc/core';
import type { Integration } from '@kientruc/schema';
import { defineRule } from '../rule.js';

const model = (to: string, via: string) => `kind: agency
id: ha-nam
name: { vi: Tỉnh Hà Nam }
agencyType: province
provenance: illustrative
---
kind: information-system
id: lgsp-ha-nam
name: { vi: Nền tảng tích hợp và chia sẻ dữ liệu tỉnh Hà Nam }
category: integration-platform
platform: LGSP
owner: ha-nam
status: operating
provenance: illustrative
---
kind: information-system
id: mot-cua-ha-nam
name: { vi: Hệ thống thông tin một cửa điện tử tỉnh Hà Nam }
category: one-stop-shop
owner: ha-nam
status: operating
provenance: illustrative
---
kind: information-system
id: cong-dich-vu-cong-ha-nam
name: { vi: Cổng dịch vụ công tỉnh Hà Nam }
category: public-service-portal
owner: ha-nam
status: operating
provenance: illustrative
---
kind: integration
id: mot-cua-cong-dich-vu-cong
name: { vi: Đồng bộ hồ sơ với cổng dịch vụ công }
from: mot-cua-ha-nam
to: ${to}
via: ${via}
status: operating
provenance: illustrative
`;

export default defineRule({
  id: 'integration-endpoints',
  severity: 'error',
  category: 'integration',
  description: {
    vi: 'Luồng tích hợp nối hai phần tử khác nhau, và `via` không lặp lại một đầu của luồng hay một nền tảng hai lần.',
    en: 'An integration joins two different elements, and `via` repeats neither an end of the flow nor a platform.',
  },
  rationale: {
    vi: 'Sơ đồ tích hợp theo Khung 2.0 (QĐ 2323/QĐ-BTTTT) và các chỉ tiêu kết nối của NQ 17/NQ-CP được tính từ các luồng tích hợp; một luồng nối hệ thống với chính nó, hay nêu một đầu của nó là nền tảng trung gian, làm các kết nối và bảng số liệu sai.',
    en: 'The integration diagram of Framework 2.0 (QĐ 2323/QĐ-BTTTT) and the connection indicators of NQ 17/NQ-CP are computed from integrations; a flow that joins a system to itself, or names one of its ends as a platform in between, makes the connections and figures wrong.',
  },
  basis: ['QĐ 2323/QĐ-BTTTT (2019)', 'NQ 17/NQ-CP (2019)'],
  fix: {
    vi: 'Sửa `from`/`to` cho đúng hai đầu của luồng; trong `via` chỉ giữ các nền tảng ở giữa, mỗi nền tảng một lần.',
    en: 'Set `from`/`to` to the two ends of the flow; keep in `via` only the platforms in between, each once.',
  },
  examples: [
    {
      title: 'A one-stop-shop synchronised with the portal through the LGSP',
      files: { 'model.yaml': model('cong-dich-vu-cong-ha-nam', '[lgsp-ha-nam]') },
      expected: [],
    },
    {
      title: 'A flow to itself, with its own end in `via`',
      files: { 'model.yaml': model('mot-cua-ha-nam', '[lgsp-ha-nam, mot-cua-ha-nam, lgsp-ha-nam]') },
      expected: [
        'model.yaml:36:5: error Unexpected integration of `mot-cua-ha-nam` with itself, expected `to` to name another system or database [integration-endpoints]',
        'model.yaml:37:20: error Unexpected `mot-cua-ha-nam` in `via`, an end of this integration, expected only the platforms between its ends [integration-endpoints]',
        'model.yaml:37:36: error Unexpected second `lgsp-ha-nam` in `via`, expected each platform once [integration-endpoints]',
      ],
    },
  ],
  check({ graph, report }) {
    for (const integration of graph.ofKind('integration') as ElementRecord<Integration>[]) {
      const { from, to, via = [] } = integration.element;
      if (from === to) {
        report({ element: integration, path: ['to'], message: `Unexpected integration of \`${from}\` with itself, expected \`to\` to name another system or database`, related: [{ element: integration, path: ['from'], message: '`from` names the same element' }] });
      }
      via.forEach((platform, index) => {
        if (platform === from || platform === to) {
          report({ element: integration, path: ['via', index], message: `Unexpected \`${platform}\` in \`via\`, an end of this integration, expected only the platforms between its ends` });
        } else if (via.indexOf(platform) < index) {
          report({ element: integration, path: ['via', index], message: `Unexpected second \`${platform}\` in \`via\`, expected each platform once`, related: [{ element: integration, path: ['via', via.indexOf(platform)], message: 'First named here' }] });
        }
      });
    }
  },
});
