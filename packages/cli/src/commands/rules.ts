/** `kientruc rules` lists every rule; `kientruc explain RULE` prints one rule's documentation. */
import { allRules, coreChecks, DEFAULT_EXAMPLE_AS_OF, findRule, type Rule, type RuleInfo } from '@kientruc/rules';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { suggest } from '@kientruc/core';

export function listRules(format: string): string {
  const all: RuleInfo[] = [...allRules, ...coreChecks].sort((a, b) => (a.id < b.id ? -1 : 1));
  if (format === 'json') {
    return `${JSON.stringify(all.map(({ id, severity, category, description, rationale, basis, fix }) => ({ id, severity, category, description, rationale, basis, fix })), null, 2)}\n`;
  }
  if (format !== 'pretty') throw new UsageError(`--format expects pretty or json, got \`${format}\``);
  const width = Math.max(...all.map((r) => r.id.length));
  const lines = all.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.category.padEnd(12)}  ${r.description.vi} / ${r.description.en}`);
  return `${lines.join('\n')}\n\n${allRules.length} rules, ${coreChecks.length} built-in checks. \`kientruc explain <rule>\` for details.\n`;
}

export function explainRule(id: string): string {
  const rule: RuleInfo | undefined = findRule(id) ?? coreChecks.find((r) => r.id === id);
  if (!rule) {
    const hint = suggest(id, [...allRules, ...coreChecks].map((r) => r.id));
    throw new UsageError(`Unknown rule \`${id}\`${hint ? `; did you mean \`${hint}\`?` : ''} (\`kientruc rules\` lists them)`);
  }
  const out = [
    `${rule.id}  (${rule.severity}, ${rule.category})`,
    '',
    rule.description.vi,
    rule.description.en,
    '',
    'Lý do / Why',
    `  ${rule.rationale.vi}`,
    `  ${rule.rationale.en}`,
    '',
    `Căn cứ / Legal basis: ${rule.basis.join('; ')}`,
    '',
    'Cách sửa / How to fix',
    `  ${rule.fix.vi}`,
    `  ${rule.fix.en}`,
  ];
  const examples = (rule as Partial<Rule>).examples ?? [];
  for (const example of examples) {
    out.push('', `Ví dụ / Example: ${example.title}${example.asOf && example.asOf !== DEFAULT_EXAMPLE_AS_OF ? ` (as of ${example.asOf})` : ''}`);
    for (const [file, text] of Object.entries(example.files)) {
      out.push(`  # ${file}`, ...text.trimEnd().split('\n').map((line) => `  ${line}`));
    }
    out.push(example.expected.length ? '  → ' + example.expected.join('\n  → ') : '  → (không có lỗi / no problem)');
  }
  return `${out.join('\n')}\n`;
}

export function registerRules(program: Command, io: { stdout: (s: string) => void }): void {
  program
    .command('rules')
    .description('Liệt kê các quy tắc / list the rules')
    .option('--format <format>', 'pretty | json', 'pretty')
    .action((options: { format: string }) => io.stdout(listRules(options.format)));
  program
    .command('explain')
    .description('Giải thích một quy tắc / explain a rule')
    .argument('<rule>', 'mã quy tắc / rule id')
    .action((id: string) => io.stdout(explainRule(id)));
}
