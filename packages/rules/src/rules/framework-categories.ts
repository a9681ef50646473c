import { suggest, type ElementRecord } from '@kientruc/core';
import { ELEMENT_KINDS, readSchema, type Framework } from '@kientruc/schema';
import { defineRule } from '../rule.js';

/** The values the information-system schema allows, read from the schema itself. */
function systemEnum(property: 'category' | 'platform'): string[] {
  const schema = readSchema('information-system.schema.json') as { properties: Record<string, { enum?: string[] }> };
  return schema.properties[property]?.enum ?? [];
}

const framework = (category: string, layerKinds: string) => `kind: framework
id: khung-kien-truc-cpdt-2-0
name: { vi: Khung Kiến trúc Chính phủ điện tử Việt Nam 2.0 }
version: '2.0'
instrument: { decision: QĐ 2323/QĐ-BTTTT, date: 2019-12-31 }
layers:
  - id: integration
    name: { vi: Tích hợp }
    categories: [integration-platform, document-axis]
  - id: data
    name: { vi: Dữ liệu }
    kinds: ${layerKinds}
mandatoryComponents:
  - category: ${category}
    platform: LGSP
    levels: [ministry, province]
    name: { vi: Nền tảng tích hợp và chia sẻ dữ liệu cấp bộ hoặc cấp tỉnh (LGSP) }
provenance: illustrative
`;

export default defineRule({
  id: 'framework-categories',
  severity: 'error',
  category: 'model',
  description: {
    vi: 'Phần tử `framework` chỉ nêu loại hệ thống, nền tảng và loại phần tử có trong lược đồ; mỗi loại hệ thống thuộc một lớp; `platform` chỉ đi với nền tảng tích hợp.',
    en: 'A `framework` element names only system categories, platforms and element kinds the schema has; each category sits in one layer; `platform` goes only with integration platforms.',
  },
  rationale: {
    vi: 'Các quy tắc và sơ đồ đọc thành phần bắt buộc và các lớp của sơ đồ tổng thể từ phần tử `framework` (Khung 2.0, QĐ 2323/QĐ-BTTTT) thay vì viết cứng. Một loại gõ sai thì thành phần bắt buộc không bao giờ được tìm thấy (hoặc không bao giờ bị đòi), và hệ thống không được vẽ vào lớp nào.',
    en: 'The rules and diagrams read the mandatory components and the layers of the overall diagram from the `framework` element (Framework 2.0, QĐ 2323/QĐ-BTTTT) instead of hard-coding them. A mistyped category means a mandatory component is never found (or never required), and systems are drawn in no layer.',
  },
  basis: ['QĐ 2323/QĐ-BTTTT (2019)'],
  fix: {
    vi: 'Dùng đúng giá trị `category` của information-system (ví dụ `integration-platform`) và loại phần tử (ví dụ `database`).',
    en: 'Use an information-system `category` value (e.g. `integration-platform`) and an element kind (e.g. `database`).',
  },
  examples: [
    { title: 'A framework that names existing categories and kinds', files: { 'framework.yaml': framework('integration-platform', '[database]') }, expected: [] },
    {
      title: 'A mistyped category and kind',
      files: { 'framework.yaml': framework('intergration-platform', '[databases]') },
      expected: [
        'framework.yaml:12:13: error Unexpected element kind `databases` in layer `data`, expected one of the kinds of the schema; did you mean `database`? [framework-categories]',
        'framework.yaml:14:15: error Unexpected category `intergration-platform`, expected an information-system category; did you mean `integration-platform`? [framework-categories]',
      ],
    },
    {
      title: 'A platform given to a category that is not an integration platform',
      files: { 'framework.yaml': framework('document-management', '[database]') },
      expected: ['framework.yaml:15:15: error Unexpected `platform` for category `document-management`, expected it only with `integration-platform` [framework-categories]'],
    },
  ],
  check({ graph, report }) {
    const categories = systemEnum('category');
    const platforms = systemEnum('platform');
    const kinds: readonly string[] = ELEMENT_KINDS;
    const hint = (value: string, candidates: readonly string[]) => {
      const best = suggest(value, candidates);
      return best ? `; did you mean \`${best}\`?` : '';
    };
    for (const framework of graph.ofKind('framework') as ElementRecord<Framework>[]) {
      const layerOf = new Map<string, string>();
      (framework.element.layers ?? []).forEach((layer, layerIndex) => {
        (layer.categories ?? []).forEach((category, index) => {
          const path = ['layers', layerIndex, 'categories', index];
          if (!categories.includes(category)) {
            report({ element: framework, path, message: `Unexpected category \`${category}\` in layer \`${layer.id}\`, expected an information-system category${hint(category, categories)}` });
          } else if (layerOf.has(category)) {
            report({ element: framework, path, message: `Unexpected category \`${category}\` in layer \`${layer.id}\`, already in layer \`${layerOf.get(category)}\`, expected each category in one layer` });
          } else layerOf.set(category, layer.id);
        });
        (layer.kinds ?? []).forEach((kind, index) => {
          if (kinds.includes(kind)) return;
          report({ element: framework, path: ['layers', layerIndex, 'kinds', index], message: `Unexpected element kind \`${kind}\` in layer \`${layer.id}\`, expected one of the kinds of the schema${hint(kind, kinds)}` });
        });
      });
      (framework.element.mandatoryComponents ?? []).forEach((component, index) => {
        if (!categories.includes(component.category)) {
          report({ element: framework, path: ['mandatoryComponents', index, 'category'], message: `Unexpected category \`${component.category}\`, expected an information-system category${hint(component.category, categories)}` });
          return;
        }
        if (component.platform === undefined) return;
        if (component.category !== 'integration-platform') {
          report({ element: framework, path: ['mandatoryComponents', index, 'platform'], message: `Unexpected \`platform\` for category \`${component.category}\`, expected it only with \`integration-platform\`` });
        } else if (!platforms.includes(component.platform)) {
          report({ element: framework, path: ['mandatoryComponents', index, 'platform'], message: `Unexpected platform \`${component.platform}\`, expected one of ${platforms.map((p) => `\`${p}\``).join(', ')}${hint(component.platform, platforms)}` });
        }
      });
    }
  },
});
