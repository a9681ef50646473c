/** Results kept per object. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { keptPerObject } from '../src/index.js';

test('computed once per object, an undefined result included; another object computes again', () => {
  const calls: object[] = [];
  const lookUp = keptPerObject((key: { name?: string }) => {
    calls.push(key);
    return key.name;
  });
  const named = { name: 'a' };
  const unnamed = {};
  assert.is(lookUp(named), 'a');
  assert.is(lookUp(named), 'a');
  assert.is(lookUp(unnamed), undefined);
  assert.is(lookUp(unnamed), undefined);
  assert.is(lookUp({ name: 'a' }), 'a');
  assert.is(calls.length, 3);
  assert.ok(calls[0] === named && calls[1] === unnamed);
});

test.run();
