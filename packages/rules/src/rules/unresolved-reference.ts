import { slugify, suggest } from '@kientruc/core';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'unresolved-reference',
  severity: 'error',
  category: 'reference',
  description: {
    vi: 'Mọi tham chiếu phải trỏ tới mã của một phần tử có trong mô hình.',
    en: 'Every reference names the id of an element that exists in the model.',
  },
  rationale: {
    vi: 'Một tham chiếu không trỏ đi đâu làm đứt liên kết giữa các kiến trúc thành phần, nên sơ đồ và danh mục công bố theo Nghị quyết 17/NQ-CP sẽ thiếu hoặc sai.',
    en: 'A reference that resolves nowhere breaks the links between component architectures, so the diagrams and catalogs published under Resolution 17/NQ-CP are incomplete or wrong.',
  },
  basis: ['NQ 17/NQ-CP (2019)', 'QĐ 2323/QĐ-BTTTT (2019)'],
  fix: { vi: 'Sửa mã cho đúng hoặc thêm phần tử còn thiếu.', en: 'Correct the id, or add the missing element.' },
  examples: [
    {
      title: 'An owner that exists',
      files: {
        'a.yaml': 'kind: agency\nid: ha-nam\nname: { vi: Tỉnh Hà Nam }\nagencyType: province\nprovenance: illustrative\n---\nkind: infrastructure\nid: tt-du-lieu\nname: { vi: Trung tâm dữ liệu }\ninfrastructureType: data-centre\nowner: ha-nam\nstatus: operating\nprovenance: illustrative\n',
      },
      expected: [],
    },
    {
      title: 'A misspelt owner',
      files: {
        'a.yaml': 'kind: agency\nid: ha-nam\nname: { vi: Tỉnh Hà Nam }\nagencyType: province\nprovenance: illustrative\n---\nkind: infrastructure\nid: tt-du-lieu\nname: { vi: Trung tâm dữ liệu }\ninfrastructureType: data-centre\nowner: ha-nma\nstatus: operating\nprovenance: illustrative\n',
      },
      expected: ['a.yaml:11:8: error Unknown id `ha-nma` in `owner`, expected an agency; did you mean `ha-nam`? [unresolved-reference]'],
    },
  ],
  check({ graph, report }) {
    const elements = graph.model.elements;
    // Candidates by the kinds a reference site accepts, built once per site kind and not once per
    // unknown id, so that a model with many typos still checks in time linear in its size.
    const candidatesFor = new Map<string, { ids: string[]; bySlug: Map<string, string> }>();
    for (const dangling of graph.dangling) {
      if (dangling.problem !== 'unknown') continue;
      const { targets } = dangling.reference.relation;
      let candidates = candidatesFor.get(targets.join(' '));
      if (!candidates) {
        const matching = elements.filter((e) => targets.includes('*') || targets.includes(e.kind));
        candidates = { ids: matching.map((e) => e.id), bySlug: new Map(matching.map((e) => [slugify((e.element.name as { vi: string }).vi), e.id])) };
        candidatesFor.set(targets.join(' '), candidates);
      }
      const hint = candidates.bySlug.get(slugify(dangling.reference.target)) ?? suggest(dangling.reference.target, candidates.ids);
      const field = dangling.reference.path.filter((p) => typeof p === 'string').join('.');
      const expected = targets.includes('*') ? 'an element' : targets.map((t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`)).join(' or ');
      report({
        element: dangling.from,
        path: dangling.reference.path,
        message: `Unknown id \`${dangling.reference.target}\` in \`${field}\`, expected ${expected}${hint ? `; did you mean \`${hint}\`?` : ''}`,
      });
    }
  },
});
