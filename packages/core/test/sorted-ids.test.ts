import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sortedIds } from '../src/model.js';
import { seededRandom } from '../../../test/helpers/random.js';

test('ids come out sorted as `<` sorts them, however the key sets follow one another', () => {
  const next = seededRandom('sorted-ids/7');
  const pool = Array.from({ length: 400 }, (_, i) => `${['he-thong', 'csdl', 'tinh', 'Bo', 'a', 'đ', '10', '9'][i % 8]}-${Math.floor(next() * 1000)}-${i}`);
  for (let round = 0; round < 60; round++) {
    // Mostly the same ids as before (a re-check), sometimes a very different set.
    const share = round % 10 === 9 ? 0.2 : 0.95;
    const keys = new Map(pool.filter(() => next() < share).sort(() => next() - 0.5).map((id) => [id, round]));
    assert.equal(sortedIds(keys), [...keys.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), `round ${round}`);
  }
  assert.equal(sortedIds(new Map()), []);
  assert.equal(sortedIds(new Map([['b', 1], ['a', 2]])), ['a', 'b']);
});

test.run();
