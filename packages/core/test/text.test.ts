import { test } from 'uvu';
import { distance } from 'fastest-levenshtein';
import { seededRandom } from '../../../test/helpers/random.js';
import * as assert from 'uvu/assert';
import { foldDiacritics, isNfc, normalizeDeep, slugify, suggest } from '../src/index.js';

test('foldDiacritics folds case, tones and đ', () => {
  assert.is(foldDiacritics('Đăng ký'), 'dang ky');
  assert.is(foldDiacritics('Thừa Thiên Huế'), 'thua thien hue');
  assert.is(foldDiacritics('Cổng Dịch vụ công Quốc gia'), 'cong dich vu cong quoc gia');
  assert.is(foldDiacritics('Đ'.normalize('NFD') + 'ăng ký'.normalize('NFD')), 'dang ky', 'NFD input folds the same');
});

test('isNfc tells precomposed from decomposed text', () => {
  assert.ok(isNfc('plain ascii'));
  assert.ok(isNfc('Hà Nội'));
  assert.not.ok(isNfc('Hà Nội'.normalize('NFD')));
});

test('normalizeDeep returns NFC strings, keys included, and keeps other values', () => {
  const nfd = (s: string) => s.normalize('NFD');
  const value = { [nfd('tên')]: nfd('Hà Nội'), list: [nfd('Huế'), 3, true, null], nested: { vi: nfd('Đà Nẵng') } };
  const normalized = normalizeDeep(value) as Record<string, unknown>;
  assert.equal(normalized, { 'tên': 'Hà Nội', list: ['Huế', 3, true, null], nested: { vi: 'Đà Nẵng' } });
  assert.ok(isNfc(JSON.stringify(normalized)));
});

test('suggest finds ids within a distance, also through diacritics', () => {
  assert.is(suggest('ha-nma', ['ha-nam', 'ha-noi', 'nam-dinh']), 'ha-nam');
  assert.is(suggest('bo-cong-ann', ['bo-cong-an', 'bo-tai-chinh']), 'bo-cong-an');
  assert.is(suggest('hà-nam', ['ha-nam']), 'ha-nam');
  assert.is(suggest('completely-different', ['ha-nam']), undefined);
});

test('suggest gives what comparing with every candidate gives, ties to the first in code-unit order', () => {
  const next = seededRandom('suggest');
  const word = () => Array.from({ length: 3 + Math.floor(next() * 12) }, () => 'abcdđe-'[Math.floor(next() * 7)]).join('');
  const candidates = Array.from({ length: 400 }, word);
  const everyCandidate = (value: string) => {
    const wanted = foldDiacritics(value);
    const limit = Math.max(2, Math.floor(wanted.length / 3));
    const scored = candidates.map((candidate) => ({ candidate, d: distance(wanted, foldDiacritics(candidate)) })).filter(({ d }) => d <= limit);
    scored.sort((a, b) => a.d - b.d || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0));
    return scored[0]?.candidate;
  };
  for (let i = 0; i < 300; i++) {
    const value = word();
    assert.is(suggest(value, candidates), everyCandidate(value), value);
  }
});

test('slugify turns a Vietnamese name into the id an architect would write', () => {
  assert.is(slugify('Bộ Công an'), 'bo-cong-an');
  assert.is(slugify('Tỉnh Thừa Thiên Huế'), 'tinh-thua-thien-hue');
  assert.is(slugify('  Đăng ký / doanh nghiệp  '), 'dang-ky-doanh-nghiep');
});

test.run();
