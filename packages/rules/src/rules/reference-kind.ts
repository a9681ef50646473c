import { defineRule } from '../rule.js';

export default defineRule({
  id: 'reference-kind',
  severity: 'error',
  category: 'reference',
  description: {
    vi: 'Tham chiếu phải trỏ tới phần tử đúng loại (ví dụ `owner` trỏ tới một cơ quan).',
    en: 'A reference points at an element of the kind its field expects (e.g. `owner` at an agency).',
  },
  rationale: {
    vi: 'Khung Kiến trúc 2.0 (QĐ 2323/QĐ-BTTTT) quy định quan hệ giữa các mô hình tham chiếu; quan hệ sai loại làm sai kiến trúc thành phần.',
    en: 'Framework 2.0 (QĐ 2323/QĐ-BTTTT) defines how the reference models relate; a relation to the wrong kind misstates the component architecture.',
  },
  basis: ['QĐ 2323/QĐ-BTTTT (2019)'],
  fix: { vi: 'Trỏ tới phần tử đúng loại.', en: 'Point the reference at an element of the expected kind.' },
  examples: [
    {
      title: 'An owner that is an agency',
      files: {
        'a.yaml': 'kind: agency\nid: ha-nam\nname: { vi: Tỉnh Hà Nam }\nagencyType: province\nprovenance: illustrative\n---\nkind: infrastructure\nid: mang-a\nname: { vi: Mạng A }\ninfrastructureType: network\nowner: ha-nam\nstatus: operating\nprovenance: illustrative\n',
      },
      expected: [],
    },
    {
      title: 'An owner that is a system, not an agency',
      files: {
        'a.yaml': 'kind: infrastructure\nid: mang-a\nname: { vi: Mạng A }\ninfrastructureType: network\nowner: mang-b\nstatus: operating\nprovenance: illustrative\n---\nkind: infrastructure\nid: mang-b\nname: { vi: Mạng B }\ninfrastructureType: network\nowner: mang-a\nstatus: operating\nprovenance: illustrative\n',
      },
      expected: [
        'a.yaml:5:8: error `owner` names `mang-b`, an infrastructure, expected an agency [reference-kind]',
        'a.yaml:13:8: error `owner` names `mang-a`, an infrastructure, expected an agency [reference-kind]',
      ],
    },
  ],
  check({ graph, report }) {
    for (const dangling of graph.dangling) {
      if (dangling.problem !== 'wrong-kind' || !dangling.target) continue;
      const field = dangling.reference.path.filter((p) => typeof p === 'string').join('.');
      const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
      report({
        element: dangling.from,
        path: dangling.reference.path,
        message: `\`${field}\` names \`${dangling.target.id}\`, ${article(dangling.target.kind)}, expected ${dangling.reference.relation.targets.map(article).join(' or ')}`,
        related: [{ element: dangling.target, path: ['kind'], message: `\`${dangling.target.id}\` is declared here` }],
      });
    }
  },
});
