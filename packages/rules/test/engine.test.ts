import { compareDiagnostics, evaluateAsOf, loadModelFromSources, type Diagnostic } from '@kientruc/core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findRule, formatShort, runRules, type RunOptions } from '../src/index.js';

const ROOT = '/engine-model';

/** Two operating systems without a security level: `security-level-required` fires on both. */
const system = (id: string, comment = '') => `kind: information-system
id: ${id}
name: { vi: Hệ thống ${id} }
category: internal-application
owner: ha-nam
status: operating${comment}
provenance: illustrative
`;

const agency = `kind: agency
id: ha-nam
name: { vi: Tỉnh Hà Nam }
agencyType: province
gsoCode: '35'
provenance: illustrative
`;

function check(systemsFile: string, options: Omit<RunOptions, 'suppressions'> = {}): string[] {
  const loaded = loadModelFromSources(ROOT, [
    { path: `${ROOT}/agency.yaml`, bytes: Buffer.from(agency, 'utf8') },
    { path: `${ROOT}/systems.yaml`, bytes: Buffer.from(systemsFile, 'utf8') },
  ]);
  assert.equal(loaded.diagnostics.filter((d) => d.severity === 'error'), [], 'the test model is valid');
  const graph = evaluateAsOf(loaded, '2025-12-31');
  const rules = [findRule('security-level-required')!, findRule('orphan-system')!];
  const { diagnostics } = runRules(graph, { rules, suppressions: loaded.suppressions, ...options });
  loaded.positions.resolveAll(diagnostics);
  return diagnostics.sort(compareDiagnostics).map((d: Diagnostic) => formatShort(d, ROOT));
}

const twoSystems = `${system('he-thong-a')}---\n${system('he-thong-b')}`;

test('rules report at their default severity', () => {
  assert.equal(check(twoSystems), [
    'systems.yaml:2:5: warning Operating system `he-thong-a` is used by nothing, uses nothing, is integrated with nothing and provides no service, expected at least one of these relations [orphan-system]',
    'systems.yaml:6:9: error Operating system `he-thong-a` has no `securityLevel`, expected a level 1–5 under NĐ 85/2016/NĐ-CP [security-level-required]',
    'systems.yaml:10:5: warning Operating system `he-thong-b` is used by nothing, uses nothing, is integrated with nothing and provides no service, expected at least one of these relations [orphan-system]',
    'systems.yaml:14:9: error Operating system `he-thong-b` has no `securityLevel`, expected a level 1–5 under NĐ 85/2016/NĐ-CP [security-level-required]',
  ]);
});

test('a configured severity overrides the default', () => {
  const lines = check(twoSystems, { severities: { 'security-level-required': 'warning' } });
  const own = lines.filter((line) => line.endsWith('[security-level-required]'));
  assert.equal(own, [
    'systems.yaml:6:9: warning Operating system `he-thong-a` has no `securityLevel`, expected a level 1–5 under NĐ 85/2016/NĐ-CP [security-level-required]',
    'systems.yaml:14:9: warning Operating system `he-thong-b` has no `securityLevel`, expected a level 1–5 under NĐ 85/2016/NĐ-CP [security-level-required]',
  ]);
});

test('`off` turns a rule off entirely, `info` lowers another', () => {
  assert.equal(check(twoSystems, { severities: { 'security-level-required': 'off', 'orphan-system': 'info' } }), [
    'systems.yaml:2:5: info Operating system `he-thong-a` is used by nothing, uses nothing, is integrated with nothing and provides no service, expected at least one of these relations [orphan-system]',
    'systems.yaml:10:5: info Operating system `he-thong-b` is used by nothing, uses nothing, is integrated with nothing and provides no service, expected at least one of these relations [orphan-system]',
  ]);
});

test('an inline suppression silences one rule for one element only', () => {
  const file = `${system('he-thong-a', '\n# kientruc-disable security-level-required -- hệ thống thử nghiệm, chưa phân loại')}---\n${system('he-thong-b')}`;
  const lines = check(file, { severities: { 'orphan-system': 'off' } });
  assert.equal(lines, ['systems.yaml:15:9: error Operating system `he-thong-b` has no `securityLevel`, expected a level 1–5 under NĐ 85/2016/NĐ-CP [security-level-required]']);
});

test('a suppression without a reason is reported and ignored', () => {
  const file = `${system('he-thong-a', '\n# kientruc-disable security-level-required')}---\n${system('he-thong-b')}`;
  const lines = check(file, { severities: { 'orphan-system': 'off' } });
  assert.equal(lines, [
    'systems.yaml:6:9: error Operating system `he-thong-a` has no `securityLevel`, expected a level 1–5 under NĐ 85/2016/NĐ-CP [security-level-required]',
    'systems.yaml:7:1: warning Suppression of `security-level-required` gives no reason; it is ignored [suppression]',
    'systems.yaml:15:9: error Operating system `he-thong-b` has no `securityLevel`, expected a level 1–5 under NĐ 85/2016/NĐ-CP [security-level-required]',
  ]);
});

test('a suppression that silences nothing is reported as unused', () => {
  const file = `${system('he-thong-a', '\nsecurityLevel: { level: 1, dossier: approved }\n# kientruc-disable security-level-required -- đã có cấp độ')}`;
  const lines = check(file, { severities: { 'orphan-system': 'off' } });
  assert.equal(lines, ['systems.yaml:8:1: warning Unused suppression of `security-level-required`: the rule reports nothing here [suppression]']);
});

test('a suppression of a rule turned off is not reported as unused', () => {
  const file = `${system('he-thong-a', '\n# kientruc-disable security-level-required -- hệ thống thử nghiệm')}`;
  assert.equal(check(file, { severities: { 'orphan-system': 'off', 'security-level-required': 'off' } }), []);
});

test('a suppression on an element out of force at the as-of date is dormant, not unused', () => {
  const file = `${system('he-thong-a', '\nuntil: 2024-12-31\n# kientruc-disable security-level-required -- hệ thống cũ, đã ngừng')}`;
  assert.equal(check(file, { severities: { 'orphan-system': 'off' } }), []);
});

test('a suppression naming an unknown rule is reported', () => {
  const file = `${system('he-thong-a', '\nsecurityLevel: { level: 1 }\n# kientruc-disable security-levels -- gõ nhầm tên quy tắc')}`;
  const lines = check(file, { severities: { 'orphan-system': 'off' } });
  assert.equal(lines, ['systems.yaml:8:1: warning Unknown rule `security-levels` in a suppression comment [suppression]']);
});

test.run();
