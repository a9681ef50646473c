import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compareDiagnostics, loadModelFromSources } from '../src/index.js';

const MODELINE = '# yaml-language-server: $schema=.schema/kientruc.schema.json\n';

function check(files: Record<string, string>): string[] {
  const loaded = loadModelFromSources('/m', Object.entries(files).map(([path, text]) => ({ path: `/m/${path}`, bytes: Buffer.from(text) })));
  loaded.positions.resolveAll(loaded.diagnostics);
  return loaded.diagnostics.sort(compareDiagnostics).map((d) => {
    const related = (d.related ?? []).map((r) => ` (${r.message}: ${r.location.file.slice(3)}:${r.position?.line}:${r.position?.column})`).join('');
    return `${d.location.file.slice(3)}:${d.position?.line}:${d.position?.column}: ${d.ruleId} ${d.message}${related}`;
  });
}

test('every schema error of every document of every file is reported, each at its value', () => {
  const a = `${MODELINE}kind: agency\nid: a\nname: { vi: A, fr: B }\nagencyType: village\nprovenance: illustrative\n---\nkind: agency\nid: B\nname: { vi: B }\nagencyType: province\nprovenance: illustrative\n`;
  const b = `${MODELINE}kind: agnecy\nid: c\n---\nid: d\n---\n- not\n- an element\n`;
  assert.equal(check({ 'a.yaml': a, 'b.yaml': b }), [
    'a.yaml:4:16: schema Unexpected property `fr` at `name` (agency)',
    'a.yaml:5:13: schema Unexpected value, expected one of `ministry`, `ministry-level-agency`, `government-agency`, `province`, `centrally-run-city` at `agencyType` (agency)',
    'a.yaml:9:5: schema Value does not match the pattern `^[a-z0-9]+(-[a-z0-9]+)*$` at `id` (agency)',
    'b.yaml:2:7: schema Unknown kind `agnecy`; did you mean `agency`?',
    'b.yaml:5:1: schema Missing required property `kind`',
    'b.yaml:7:1: not-an-element Unexpected list, expected a mapping with `kind`, `id` and `name`',
  ]);
});

test('a duplicate id is reported at both places, each pointing at the other', () => {
  const agency = (name: string) => `${MODELINE}kind: agency\nid: ha-nam\nname: { vi: ${name} }\nagencyType: province\nprovenance: illustrative\n`;
  assert.equal(check({ 'a.yaml': agency('Tỉnh Hà Nam'), 'b.yaml': agency('Hà Nam (bản sao)') }), [
    'a.yaml:3:5: duplicate-id Duplicate id `ha-nam`, declared again (Declared again here: b.yaml:3:5)',
    'b.yaml:3:5: duplicate-id Duplicate id `ha-nam`, already declared (First declared here: a.yaml:3:5)',
  ]);
});

test.run();
