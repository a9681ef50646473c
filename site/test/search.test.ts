import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { foldDiacritics } from '@kientruc/core';
import { searchCore } from '../src/search/core.js';
import { buildSearchIndex, loadSearchIndexScript, searchCorpus, searchIndexScript } from '../src/search/index.js';
import { fixtureSite } from './fixture.js';

const site = fixtureSite(2025);
const built = buildSearchIndex(searchCorpus(site, 'vi'));
const search = (query: string, limit = 50) => searchCore().search(built.index, built.data, query, limit);
/** The element each hit leads to: the anchor of its row, or the name of its page. */
const target = (href: string) => (href.includes('#') ? href.slice(href.indexOf('#') + 1) : href.replace(/^.*\//, '').replace(/\.html$/, ''));
const ids = (query: string) => search(query).map((hit) => target(hit.href));

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

test('the exact name comes before names that contain it', () => {
  assert.is(ids('tinh ninh binh')[0], 'ninh-binh-2025');
  assert.is(ids('Cổng Dịch vụ công quốc gia')[0], 'cong-dich-vu-cong-quoc-gia');
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

test('"d" matches "đ", and case does not matter', () => {
  assert.ok(search('d', 100).some((hit) => /(^| )Đ/.test(hit.title)), 'a name with a word starting with Đ');
  assert.ok(ids('dang ky').includes('dang-ky-doanh-nghiep-ha-nam'));
  assert.equal(ids('DAN CU'), ids('dan cu'));
});

test('the word being typed is a prefix: "dan c" already finds "dân cư"', () => {
  assert.is(ids('dan c')[0], 'csdl-quoc-gia-ve-dan-cu');
  assert.is(ids('truc lien th')[0], 'truc-lien-thong-van-ban-quoc-gia');
});

test('ids, abbreviations and codes are searchable', () => {
  assert.is(ids('csdl-quoc-gia-ve-dan-cu')[0], 'csdl-quoc-gia-ve-dan-cu');
  assert.is(ids('VNeID')[0], 'vneid');
  assert.is(ids('1.001612')[0], 'dang-ky-doanh-nghiep-ha-nam');
});

test('descriptions are searched when no name matches', () => {
  // "công dân" is only in the population database's description.
  assert.is(ids('cong dan')[0], 'csdl-quoc-gia-ve-dan-cu');
});

test('English index: English names, Vietnamese as the other name', () => {
  const english = buildSearchIndex(searchCorpus(site, 'en'));
  const first = (query: string) => searchCore().search(english.index, english.data, query)[0]?.title;
  assert.is(first('population database'), 'National Population Database');
  assert.is(first('dan cu'), 'National Population Database');
});

test('a result carries its kind and owner for display', () => {
  const hit = search('dan cu')[0]!;
  assert.is(hit.kind, 'Cơ sở dữ liệu · Quốc gia');
  assert.is(hit.context, 'Bộ Công an');
  assert.is(hit.href, 'csdl/csdl-quoc-gia-ve-dan-cu.html');
});

test('no result for nonsense and for an empty query', () => {
  assert.equal(ids('zzzxq'), []);
  assert.equal(ids('   '), []);
});

test('the shipped index script loads back into the same search', () => {
  const loaded = loadSearchIndexScript(searchIndexScript(built));
  assert.equal(
    searchCore().search(loaded.index, loaded.data, 'dan cu').map((hit) => hit.href),
    search('dan cu').map((hit) => hit.href),
  );
});

test.run();
