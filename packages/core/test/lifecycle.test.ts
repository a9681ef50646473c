import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { describeLifecycle, inForce, isValidDate, nextDay, todayInVietnam } from '../src/index.js';

test('inForce: since and until are both inclusive', () => {
  const merged = { until: '2025-06-30' };
  const successor = { since: '2025-07-01' };
  assert.ok(inForce(merged, '2025-06-30'));
  assert.not.ok(inForce(merged, '2025-07-01'));
  assert.not.ok(inForce(successor, '2025-06-30'));
  assert.ok(inForce(successor, '2025-07-01'));
  assert.ok(inForce({ since: '2025-03-01', until: '2025-03-01' }, '2025-03-01'), 'a one-day lifecycle is in force on that day');
  assert.ok(inForce({}, '1990-01-01'), 'no bounds: always in force');
});

test('nextDay crosses months, years and leap days', () => {
  assert.is(nextDay('2025-06-30'), '2025-07-01');
  assert.is(nextDay('2024-12-31'), '2025-01-01');
  assert.is(nextDay('2024-02-28'), '2024-02-29');
  assert.is(nextDay('2025-02-28'), '2025-03-01');
});

test('isValidDate accepts real calendar dates only', () => {
  for (const date of ['2025-12-31', '2024-02-29', '2000-02-29']) assert.ok(isValidDate(date), date);
  for (const date of ['2025-02-29', '1900-02-29', '2025-13-01', '2025-00-10', '2025-1-01', '2025-01-32', '31/12/2025', '2025-12-31T00:00', '', 'today']) {
    assert.not.ok(isValidDate(date), date);
  }
});

test('todayInVietnam is the date at UTC+7', () => {
  assert.is(todayInVietnam(new Date('2025-06-30T16:59:59Z')), '2025-06-30');
  assert.is(todayInVietnam(new Date('2025-06-30T17:00:00Z')), '2025-07-01');
});

test('describeLifecycle', () => {
  assert.is(describeLifecycle({ until: '2025-06-30' }), 'in force until 2025-06-30');
  assert.is(describeLifecycle({ since: '2025-07-01' }), 'in force from 2025-07-01');
  assert.is(describeLifecycle({ since: '2019-01-01', until: '2025-02-28' }), 'in force from 2019-01-01 to 2025-02-28');
  assert.is(describeLifecycle({}), 'always in force');
});

test.run();
