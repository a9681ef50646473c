import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { assertExitMatches, diagnosticLines, fixture, kientruc, parseJson } from './cli.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;
const RULES = ['schema', 'duplicate-id', 'unresolved-reference', 'reference-out-of-force', 'config', 'empty-file', 'schema-modeline'];
const errors = fixture('errors');

test('all schema errors of all files, a duplicate id at both places, unresolved references with "did you mean"', () => {
  const result = kientruc(['check', '--as-of', '2025-12-31'], errors);
  assert.is(result.status, 1);
  assert.equal(diagnosticLines(result.stdout, RULES), [
    'model/agencies.yaml:9:5: error Duplicate id `bo-cong-an`, declared again [duplicate-id]',
    'model/infrastructure.yaml:5:21: error Unexpected value, expected one of `data-centre`, `network`, `cloud`, `other` at `infrastructureType` (infrastructure) [schema]',
    'model/infrastructure.yaml:7:9: error Unexpected value, expected one of `planned`, `building`, `operating`, `retired` at `status` (infrastructure) [schema]',
    'model/infrastructure.yaml:14:8: error Unknown id `ha-nma` in `owner`, expected an agency; did you mean `ha-nam`? [unresolved-reference]',
    'model/infrastructure.yaml:22:8: error Unknown id `tinh-ha-nam` in `owner`, expected an agency; did you mean `ha-nam`? [unresolved-reference]',
    'model/more-agencies.yaml:3:5: error Duplicate id `bo-cong-an`, already declared [duplicate-id]',
    'model/more-agencies.yaml:8:1: error Missing required property `agencyType` (agency) [schema]',
    'model/more-agencies.yaml:11:1: error Unexpected property `colour` (agency) [schema]',
  ]);
  // Each duplicate points at the other place.
  assert.match(result.stdout, /\[duplicate-id\]\n(?:[^\n]*\n)*?\s+note: model\/more-agencies\.yaml:3:5: Declared again here\n/);
  assert.match(result.stdout, /\[duplicate-id\]\n(?:[^\n]*\n)*?\s+note: model\/agencies\.yaml:9:5: First declared here\n/);
});

test('--format json: related places and positions with ranges', () => {
  const result = kientruc(['check', '--as-of', '2025-12-31', '--format', 'json'], errors);
  const { diagnostics, summary } = parseJson(result.stdout);
  assertExitMatches(result, summary.errors);
  const typo = diagnostics.find((d) => d.message.startsWith('Unknown id `ha-nma`'))!;
  assert.equal(
    { ...typo, related: typo.related },
    {
      file: 'model/infrastructure.yaml',
      line: 14,
      column: 8,
      endLine: 14,
      endColumn: 14,
      severity: 'error',
      ruleId: 'unresolved-reference',
      message: 'Unknown id `ha-nma` in `owner`, expected an agency; did you mean `ha-nam`?',
      ...('elementId' in typo ? { elementId: 'mang-noi-bo' } : {}),
      ...('fix' in typo ? { fix: (typo as unknown as { fix: string }).fix } : {}),
      related: [],
    },
  );
  const duplicate = diagnostics.find((d) => d.ruleId === 'duplicate-id' && d.file === 'model/more-agencies.yaml')!;
  assert.equal(duplicate.related, [{ file: 'model/agencies.yaml', line: 9, column: 5, message: 'First declared here' }]);
  assert.is(summary.files, 3);
});

test('--format sarif validates against the official SARIF 2.1.0 schema', () => {
  const result = kientruc(['check', '--as-of', '2025-12-31', '--format', 'sarif'], errors);
  assert.is(result.status, 1);
  const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url)), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const log: Record<string, any> = JSON.parse(result.stdout);
  assert.ok(validate(structuredClone(log)), JSON.stringify(validate.errors, null, 2));
  const run = log.runs[0];
  const rules = run.tool.driver.rules as { id: string; help: { text: string; markdown: string } }[];
  assert.ok(rules.some((rule) => rule.id === 'unresolved-reference' && rule.help.markdown.length > 0), 'rule metadata with help');
  assert.ok(rules.some((rule) => rule.id === 'schema-modeline'), 'built-in checks described too');
  const typo = run.results.find((r: { message: { text: string } }) => r.message.text.startsWith('Unknown id `ha-nma`'));
  assert.equal(typo.locations[0].physicalLocation, {
    artifactLocation: { uri: 'model/infrastructure.yaml', uriBaseId: '%SRCROOT%' },
    region: { startLine: 14, startColumn: 8, endLine: 14, endColumn: 14 },
  });
  assert.is(rules[typo.ruleIndex]?.id, 'unresolved-reference');
  // A validator that accepts anything would pass the test above: it must reject a broken log.
  assert.not.ok(validate({ ...log, version: '2.0.0' }));
});

test('--format github: one workflow command per diagnostic', () => {
  const result = kientruc(['check', '--as-of', '2025-12-31', '--format', 'github'], errors);
  assert.is(result.status, 1);
  const lines = result.stdout.trimEnd().split('\n');
  assert.ok(lines.every((line) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=kientruc [a-z-]+::/.test(line)), lines.join('\n'));
  const typo = lines.find((line) => line.includes('ha-nma'))!;
  assert.ok(
    typo.startsWith('::error file=model/infrastructure.yaml,line=14,col=8,endLine=14,endColumn=14,title=kientruc unresolved-reference::Unknown id `ha-nma` in `owner`, expected an agency; did you mean `ha-nam`?%0A'),
    typo,
  );
});

test('--as-of: a reference to a province merged before that date is an error, before the merger it is fine', () => {
  const dir = fixture('as-of');
  const after = kientruc(['check', '--as-of', '2025-12-31', '--format', 'json'], dir);
  const afterJson = parseJson(after.stdout);
  assert.equal(
    afterJson.diagnostics.filter((d) => d.ruleId === 'reference-out-of-force').map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`),
    ['model/model.yaml:22:8: `owner` names `ha-nam`, which is not in force on 2025-12-31 (in force until 2025-06-30)'],
  );
  assert.is(after.status, 1);
  const before = kientruc(['check', '--as-of', '2024-12-31', '--format', 'json'], dir);
  const beforeJson = parseJson(before.stdout);
  assert.equal(beforeJson.diagnostics.filter((d) => d.ruleId === 'reference-out-of-force'), []);
  assertExitMatches(before, beforeJson.summary.errors);
  assert.is(beforeJson.summary.asOf, '2024-12-31');
});

test('--max-warnings: more warnings than allowed fail the check', () => {
  const dir = fixture('warnings');
  const allowed = kientruc(['check', '--max-warnings', '2'], dir);
  assert.is(allowed.status, 0);
  assert.equal(diagnosticLines(allowed.stdout), ['model/a.yaml:1:1: warning File holds no element [empty-file]', 'model/b.yaml:1:1: warning File holds no element [empty-file]']);
  const strict = kientruc(['check', '--max-warnings', '1'], dir);
  assert.is(strict.status, 1);
  assert.match(strict.stdout, /0 errors, 2 warnings in 2 files/);
});

test('kientruc.config.yaml: severities overridden (rules and built-in checks), an unknown rule reported at its key', () => {
  const result = kientruc(['check', '--as-of', '2025-12-31'], fixture('config'));
  assert.equal(diagnosticLines(result.stdout, RULES), [
    'kientruc.config.yaml:6:3: error Unknown rule `unresolved-referenc` in `rules`; did you mean `unresolved-reference`? [config]',
    'model/model.yaml:12:8: warning Unknown id `ha-nma` in `owner`, expected an agency; did you mean `ha-nam`? [unresolved-reference]',
  ]);
  assert.is(result.status, 1);
  assert.match(result.stdout, /> 6 \|\s+unresolved-referenc: error/, 'a code frame in the config file');
});

test('a bad kientruc.config.yaml: each problem at its line, the check still runs', () => {
  const result = kientruc(['check'], fixture('bad-config'));
  assert.is(result.status, 1);
  assert.equal(diagnosticLines(result.stdout), [
    'kientruc.config.yaml:4:25: error Unexpected value, expected one of `error`, `warning`, `info`, `off` at `rules.unresolved-reference` [config]',
    'kientruc.config.yaml:6:3: error Unexpected property `maxFileSize` at `limits` [config]',
    'model/a.yaml:1:1: warning File holds no element [empty-file]',
  ]);
});

test.run();
