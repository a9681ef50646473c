import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { allRules, runExample } from '../src/index.js';

for (const rule of allRules) {
  test(`${rule.id}: has examples that pass and fail`, () => {
    assert.ok(rule.examples.length >= 2 || rule.examples.some((e) => e.expected.length > 0), 'a rule needs examples, at least one that fails');
    assert.ok(rule.examples.some((e) => e.expected.length > 0), 'at least one example must report a problem');
    assert.ok(rule.description.vi && rule.description.en && rule.rationale.vi && rule.rationale.en, 'bilingual description and rationale');
    assert.ok(rule.basis.length > 0, 'the rationale names its legal basis');
  });
  rule.examples.forEach((example) => {
    test(`${rule.id}: ${example.title}`, () => {
      const result = runExample(rule, example);
      assert.equal(result.modelErrors, [], 'the example model itself must be valid');
      assert.equal(result.actual, example.expected);
    });
  });
}

test.run();
