import { evaluateAsOf, loadModelFromSources } from '@kientruc/core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { allRules, DEFAULT_EXAMPLE_AS_OF, findRule, runExample, runRules } from '../src/index.js';
import type { RuleExample } from '../src/index.js';

/** The rules whose examples show broken references on purpose. */
const REFERENCE_RULES = ['unresolved-reference', 'reference-kind', 'reference-out-of-force'];

/** Reference problems in an example's model: an example is a small complete model, so it has none. */
function referenceProblems(example: RuleExample): string[] {
  const root = '/example-model';
  const loaded = loadModelFromSources(root, Object.entries(example.files).map(([path, text]) => ({ path: `${root}/${path}`, bytes: Buffer.from(text, 'utf8') })));
  const graph = evaluateAsOf(loaded, example.asOf ?? DEFAULT_EXAMPLE_AS_OF);
  const { diagnostics } = runRules(graph, { rules: REFERENCE_RULES.map((id) => findRule(id)!) });
  return diagnostics.map((d) => `${d.elementId}: ${d.message} [${d.ruleId}]`);
}

for (const rule of allRules) {
  test(`${rule.id}: documented, with examples that pass and fail`, () => {
    assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case rule id');
    assert.ok(rule.examples.some((e) => e.expected.length === 0), 'at least one example passes');
    assert.ok(rule.examples.some((e) => e.expected.length > 0), 'at least one example reports a problem');
    assert.ok(rule.description.vi && rule.description.en && rule.rationale.vi && rule.rationale.en, 'bilingual description and rationale');
    assert.ok(rule.fix.vi && rule.fix.en, 'bilingual fix');
    assert.ok(rule.basis.length > 0, 'the rationale names its legal basis');
    assert.equal(new Set(rule.examples.map((e) => e.title)).size, rule.examples.length, 'example titles are distinct');
  });
  rule.examples.forEach((example) => {
    test(`${rule.id}: ${example.title}`, () => {
      const result = runExample(rule, example);
      assert.equal(result.modelErrors, [], 'the example model itself must be valid');
      assert.equal(result.actual, example.expected);
      for (const line of example.expected) assert.ok(line.endsWith(`[${rule.id}]`), `an expected diagnostic names the rule: ${line}`);
      if (!REFERENCE_RULES.includes(rule.id)) assert.equal(referenceProblems(example), [], 'every reference in the example resolves to an element in force');
    });
  });
}

test('rule ids are unique', () => {
  assert.equal(new Set(allRules.map((rule) => rule.id)).size, allRules.length);
});

test.run();
