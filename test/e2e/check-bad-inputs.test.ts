import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diagnosticLines, fixture, kientruc, parseJson } from './cli.js';

const LOAD_CHECKS = [
  'byte-order-mark', 'duplicate-key', 'empty-file', 'file-too-large', 'invalid-encoding', 'line-endings', 'not-an-element',
  'tab-indentation', 'too-many-aliases', 'unicode-normalization', 'yaml-syntax', 'schema', 'schema-modeline', 'unreadable-file',
];
const dir = fixture('bad-inputs');

test('kientruc check: every bad input gives one clear diagnostic at its position, never a crash', () => {
  const result = kientruc(['check', '--as-of', '2025-12-31'], dir);
  assert.is(result.status, 1);
  assert.is(result.stderr, '');
  assert.equal(diagnosticLines(result.stdout, LOAD_CHECKS), [
    'model/aliases-bomb.yaml:3:10: error YAML aliases expand to more than 101188 values [too-many-aliases]',
    'model/aliases-count.yaml:58:5: error More than 50 YAML aliases in one file [too-many-aliases]',
    'model/binary.yaml:1:1: error File is not valid UTF-8 (byte 0x89 at offset 0) [invalid-encoding]',
    'model/bom.yaml:1:1: warning File starts with a byte order mark (BOM) [byte-order-mark]',
    'model/crlf.yaml:1:61: warning File uses CRLF (Windows) line endings [line-endings]',
    'model/duplicate-key.yaml:6:1: error Duplicate key `agencyType` in a mapping, expected each key once [duplicate-key]',
    'model/empty.yaml:1:1: warning File holds no element [empty-file]',
    'model/json.yaml:2:1: error Unexpected list, expected a mapping with `kind`, `id` and `name` [not-an-element]',
    'model/latin1.yaml:4:14: error File is not valid UTF-8 (byte 0xec at offset 98) [invalid-encoding]',
    'model/markdown.yaml:4:1: error Unexpected string, expected a mapping with `kind`, `id` and `name` [not-an-element]',
    'model/nfd.yaml:4:14: warning Text is not in Unicode NFC (decomposed Vietnamese diacritics); it was loaded as NFC [unicode-normalization]',
    'model/syntax.yaml:4:1: error Invalid YAML: missed comma between flow collection entries [yaml-syntax]',
    'model/tabs.yaml:5:1: error Unexpected tab character in indentation, expected spaces [tab-indentation]',
    'model/too-large.yaml:1:1: error File is 3779 bytes, more than the limit of 2048 bytes [file-too-large]',
  ]);
  // Files that could not be loaded hold no element, so nothing else can be reported there.
  const all = diagnosticLines(result.stdout);
  for (const file of ['aliases-bomb', 'aliases-count', 'binary', 'duplicate-key', 'empty', 'json', 'latin1', 'markdown', 'syntax', 'tabs', 'too-large']) {
    assert.is(all.filter((line) => line.startsWith(`model/${file}.yaml:`)).length, 1, `${file}.yaml: exactly one diagnostic`);
  }
  // A code frame under a diagnostic, here the tab that breaks the file.
  assert.match(result.stdout, /model\/tabs\.yaml:5:1: error[^\n]*\n[^\n]*\n\s*> 5 \|\s+vi: Tỉnh Tab\n/);
  assert.match(result.stdout, /\n\d+ errors?, \d+ warnings? in 14 files \(\d+ ms\)\n$/);
});

test('kientruc check --format json: the same problems, in the documented shape', () => {
  const result = kientruc(['check', '--as-of', '2025-12-31', '--format', 'json'], dir);
  assert.is(result.status, 1);
  const { diagnostics, summary } = parseJson(result.stdout);
  const nfd = diagnostics.find((d) => d.ruleId === 'unicode-normalization')!;
  assert.equal(
    { file: nfd.file, line: nfd.line, column: nfd.column, severity: nfd.severity },
    { file: 'model/nfd.yaml', line: 4, column: 14, severity: 'warning' },
  );
  for (const d of diagnostics) {
    for (const key of ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'message', 'related']) assert.ok(key in d, `${key} in every diagnostic`);
    assert.ok(Array.isArray(d.related));
  }
  assert.is(summary.errors, diagnostics.filter((d) => d.severity === 'error').length);
  assert.is(summary.warnings, diagnostics.filter((d) => d.severity === 'warning').length);
  assert.is(summary.files, 14);
  assert.is(summary.asOf, '2025-12-31');
});

test.run();
