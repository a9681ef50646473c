import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkOutputPaths, DuplicateOutputPathError, InvalidOutputPathError, relativeHref } from '../src/plan.js';

test('distinct paths pass', () => {
  checkOutputPaths([
    { path: '2025/index.html', source: 'home (2025, vi)' },
    { path: '2025/en/index.html', source: 'home (2025, en)' },
    { path: '2025/he-thong/vneid.html', source: 'information-system vneid (2025, vi)' },
  ]);
});

test('two outputs on one path: an error naming the path and both sources', () => {
  try {
    checkOutputPaths([
      { path: '2025/index.html', source: 'home (2025, vi)' },
      { path: '2025/kien-truc/ha-nam.html', source: 'agency ha-nam (2025, vi)' },
      { path: '2025/index.html', source: 'a custom page (2025, vi)' },
    ]);
    assert.unreachable('duplicate accepted');
  } catch (error) {
    assert.instance(error, DuplicateOutputPathError);
    const duplicate = error as DuplicateOutputPathError;
    assert.equal(duplicate.duplicates, [{ path: '2025/index.html', sources: ['home (2025, vi)', 'a custom page (2025, vi)'] }]);
    assert.match(duplicate.message, '2025/index.html: home (2025, vi) and a custom page (2025, vi)');
  }
});

test('paths that differ only in case clash too (Windows and macOS file systems)', () => {
  assert.throws(
    () =>
      checkOutputPaths([
        { path: '2025/so-do/A.html', source: 'one' },
        { path: '2025/so-do/a.html', source: 'two' },
      ]),
    (error: unknown) => error instanceof DuplicateOutputPathError,
  );
});

test('every duplicate is reported, sorted by path', () => {
  try {
    checkOutputPaths([
      { path: 'b.html', source: '1' },
      { path: 'a.html', source: '2' },
      { path: 'b.html', source: '3' },
      { path: 'a.html', source: '4' },
    ]);
    assert.unreachable();
  } catch (error) {
    assert.equal((error as DuplicateOutputPathError).duplicates.map((d) => d.path), ['a.html', 'b.html']);
  }
});

test('a path that would leave the output folder is refused', () => {
  for (const path of ['../escape.html', '2025/../../x.html', '/abs.html', '2025//x.html', '2025/a b.html']) {
    assert.throws(() => checkOutputPaths([{ path, source: 'bad' }]), (error: unknown) => error instanceof InvalidOutputPathError, path);
  }
});

test('relative links between outputs', () => {
  assert.is(relativeHref('2025/index.html', '2025/co-quan.html'), 'co-quan.html');
  assert.is(relativeHref('2025/en/he-thong/vneid.html', '2025/assets/site.css'), '../../assets/site.css');
  assert.is(relativeHref('2025/he-thong/vneid.html', '2025/en/he-thong/vneid.html'), '../en/he-thong/vneid.html');
  assert.is(relativeHref('2025/he-thong/vneid.html', '2024/he-thong/vneid.html'), '../../2024/he-thong/vneid.html');
  assert.is(relativeHref('2025/kien-truc/ha-nam.html', '2025/kien-truc/ha-nam.html#p-vision'), 'ha-nam.html#p-vision');
  assert.is(relativeHref('index.html', '2025/index.html'), '2025/index.html');
});

test.run();
