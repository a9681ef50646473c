import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { foldDiacritics } from '@kientruc/core';
import { searchCore } from '../src/search/core.js';
import { buildSearchIndex, searchDocuments, searchIndexScript } from '../src/search/index.js';
import { fixtureSite } from './fixture.js';

const site = fixtureSite(2025);
const index = buildSearchIndex(searchDocuments(site, 'vi'));
/** The element each hit leads to: the anchor of its row, or the name of its page. */
const target = (href: string) => (href.includes('#') ? href.slice(href.indexOf('#') + 1) : href.replace(/^.*\//, '').replace(/\.html$/, ''));
const ids = (query: string) => searchCore().search(index, query, 50).map((hit) => target(hit.href));

test('fold agrees with core foldDiacritics on Vietnamese text', () => {
  for (const text of ['Đăng ký doanh nghiệp', 'Thừa Thiên Huế', 'Dân cư', 'ĐẮK LẮK', 'Bà Rịa–Vũng Tàu', 'Nghệ An']) {
    assert.is(searchCore().fold(text), foldDiacritics(text));
  }
});

test('"dan cu" finds "Dân cư" and lists the national population database first', () => {
  const found = ids('dan cu');
  assert.is(found[0], 'csdl-quoc-gia-ve-dan-cu');
  assert.ok(found.includes('csdl-dan-cu-dia-phuong-thu-nghiem'), 'the look-alike "dẫn cứ" is found too, after it');
});

test('an accented query puts the accented match first', () => {
  assert.is(ids('dẫn cứ')[0], 'csdl-dan-cu-dia-phuong-thu-nghiem');
  assert.is(ids('dân cư')[0], 'csdl-quoc-gia-ve-dan-cu');
});

test('"dang ky doanh nghiep" finds "Đăng ký doanh nghiệp"', () => {
  const found = ids('dang ky doanh nghiep');
  assert.ok(found.includes('csdl-quoc-gia-ve-dang-ky-doanh-nghiep'), found.join(', '));
  assert.ok(found.includes('dang-ky-doanh-nghiep-ha-nam'), found.join(', '));
});

test('"hue" finds Thừa Thiên Huế (by the LGSP that names it) and Huế', () => {
  const found = ids('hue');
  assert.ok(found.includes('hue'), found.join(', '));
  assert.ok(found.includes('lgsp-thua-thien-hue'), found.join(', '));
});

test('"d" matches "đ", case does not matter', () => {
  const hits = searchCore().search(index, 'D', 100);
  assert.ok(hits.some((hit) => hit.title.startsWith('Đ') || / đ/.test(hit.title)), 'a name with đ');
  assert.equal(ids('DAN CU'), ids('dan cu'));
});

test('ids, abbreviations and codes are searchable', () => {
  assert.is(ids('csdl-quoc-gia-ve-dan-cu')[0], 'csdl-quoc-gia-ve-dan-cu');
  assert.is(ids('VNeID')[0], 'vneid');
  assert.is(ids('1.001612')[0], 'dang-ky-doanh-nghiep-ha-nam');
});

test('English index: English names, Vietnamese as the other name', () => {
  const english = buildSearchIndex(searchDocuments(site, 'en'));
  const hits = searchCore().search(english, 'population database');
  assert.is(hits[0]?.title, 'National Population Database');
  assert.is(searchCore().search(english, 'dan cu')[0]?.title, 'National Population Database');
});

test('no result for nonsense and for an empty query', () => {
  assert.equal(ids('zzzxq'), []);
  assert.equal(ids('   '), []);
});

test('the shipped index script loads back into the same search', async () => {
  const script = searchIndexScript(index);
  const holder: { KientrucSearchIndex?: object } = {};
  new Function('window', script)(holder);
  const MiniSearch = (await import('minisearch')).default;
  const loaded = MiniSearch.loadJS(holder.KientrucSearchIndex as Parameters<typeof MiniSearch.loadJS>[0], searchCore().options);
  assert.equal(searchCore().search(loaded, 'dan cu').map((hit) => hit.href), searchCore().search(index, 'dan cu').map((hit) => hit.href));
});

test.run();
