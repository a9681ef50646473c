/** Results kept per object. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { keptPerObject, stampedPerObject } from '../src/index.js';

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

test('the kept value leaves the object looking the same, and frozen objects are kept too', () => {
  const lookUp = keptPerObject((key: object) => Object.keys(key).length);
  const other = keptPerObject((key: object) => JSON.stringify(key));
  const element = { id: 'a', kind: 'agency' };
  assert.is(lookUp(element), 2);
  assert.is(other(element), '{"id":"a","kind":"agency"}', 'another function keeps its own value');
  assert.equal(Object.keys(element), ['id', 'kind']);
  assert.is(JSON.stringify(element), '{"id":"a","kind":"agency"}');
  assert.equal({ ...element }, { id: 'a', kind: 'agency' });
  assert.equal(structuredClone(element), { id: 'a', kind: 'agency' });
  let calls = 0;
  const counted = keptPerObject((key: object) => ++calls + Object.keys(key).length);
  const frozen = Object.freeze({ id: 'b' });
  assert.is(counted(frozen), 2);
  assert.is(counted(frozen), 2, 'computed once');
  assert.is(calls, 1);
});

test('a stamped value is computed once per object, false included, and stays off keys and JSON', () => {
  let calls = 0;
  const isAgency = stampedPerObject((key: { kind: string }) => (calls++, key.kind === 'agency'));
  const element = { id: 'a', kind: 'database' };
  assert.is(isAgency(element), false);
  assert.is(isAgency(element), false);
  assert.is(calls, 1);
  assert.equal(Object.keys(element), ['id', 'kind']);
  assert.is(JSON.stringify(element), '{"id":"a","kind":"database"}');
});

test.run();
