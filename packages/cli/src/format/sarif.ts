/** SARIF 2.1.0 for code scanning: rule metadata with help text, results at repository-relative paths. */
import type { Diagnostic } from '@kientruc/core';
import { coreChecks, type RuleInfo } from '@kientruc/rules';
import { relativePath, type Formatter } from './context.js';

const level = (severity: Diagnostic['severity']) => (severity === 'info' ? 'note' : severity);

function describeRule(rule: RuleInfo) {
  const markdown = [
    `**${rule.description.vi}**`,
    '',
    rule.description.en,
    '',
    `*Lý do / Why:* ${rule.rationale.vi} / ${rule.rationale.en}`,
    '',
    `*Căn cứ / Basis:* ${rule.basis.join('; ')}`,
    '',
    `*Sửa / Fix:* ${rule.fix.vi} / ${rule.fix.en}`,
  ].join('\n');
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description.en },
    fullDescription: { text: `${rule.description.vi} / ${rule.description.en}` },
    help: { text: `${rule.rationale.en} Basis: ${rule.basis.join('; ')}. Fix: ${rule.fix.en}`, markdown },
    defaultConfiguration: { level: level(rule.severity) },
    properties: { tags: [rule.category], precision: 'high' },
  };
}

export const formatSarif: Formatter = (diagnostics, context) => {
  const rules: RuleInfo[] = [...context.rules, ...coreChecks].sort((a, b) => (a.id < b.id ? -1 : 1));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const location = (file: string, p: Diagnostic['position']) => ({
    physicalLocation: {
      artifactLocation: { uri: relativePath(context.root, file), uriBaseId: '%SRCROOT%' },
      region: {
        startLine: p?.line ?? 1,
        startColumn: p?.column ?? 1,
        endLine: p?.endLine ?? p?.line ?? 1,
        endColumn: p?.endColumn ?? p?.column ?? 1,
      },
    },
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kientruc',
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: 'https://github.com/kientruc/kientruc',
            rules: rules.map(describeRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId) } : {}),
          level: level(d.severity),
          message: { text: d.fix ? `${d.message}. Fix: ${d.fix}` : d.message },
          locations: [location(d.location.file, d.position)],
          ...(d.related?.length
            ? { relatedLocations: d.related.map((r, i) => ({ id: i + 1, ...location(r.location.file, r.position), message: { text: r.message } })) }
            : {}),
          partialFingerprints: { elementRule: `${d.elementId ?? relativePath(context.root, d.location.file)}/${d.ruleId}` },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
