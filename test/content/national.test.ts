/**
 * National databases and shared systems: each owner on both sides of the 2025 changes. An owner
 * ministry merged on 1/3/2025 (NQ 176/2025/QH15) hands over to its successor that day, and the
 * owner stays the one the legal basis names (`legalOwner`).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ElementRecord } from '@kientruc/core';
import type { Database } from '@kientruc/schema';
import { asOf, ownersOn } from './shipped-model.js';

/** Owner on 2025-02-28 and on 2025-03-01. */
const DATABASE_OWNERS: Record<string, [string, string]> = {
  'csdl-quoc-gia-ve-dan-cu': ['bo-cong-an', 'bo-cong-an'],
  'csdl-quoc-gia-ve-dat-dai': ['bo-tai-nguyen-va-moi-truong', 'bo-nong-nghiep-va-moi-truong'],
  'csdl-quoc-gia-ve-dang-ky-doanh-nghiep': ['bo-ke-hoach-va-dau-tu', 'bo-tai-chinh'],
  'csdl-quoc-gia-ve-tai-chinh': ['bo-tai-chinh', 'bo-tai-chinh'],
  'csdl-quoc-gia-ve-bao-hiem': ['bao-hiem-xa-hoi-viet-nam', 'bao-hiem-xa-hoi-viet-nam'],
  'csdl-quoc-gia-ve-thong-ke-tong-hop-dan-so': ['bo-ke-hoach-va-dau-tu', 'bo-tai-chinh'],
  'csdl-quoc-gia-ve-can-bo-cong-chuc-vien-chuc': ['bo-noi-vu', 'bo-noi-vu'],
  'csdl-quoc-gia-ve-thu-tuc-hanh-chinh': ['van-phong-chinh-phu', 'van-phong-chinh-phu'],
  'csdl-tong-hop-quoc-gia': ['bo-cong-an', 'bo-cong-an'],
  'csdl-quoc-gia-ve-hoat-dong-xay-dung': ['bo-xay-dung', 'bo-xay-dung'],
  'csdl-quoc-gia-ve-van-ban-phap-luat': ['bo-tu-phap', 'bo-tu-phap'],
  'csdl-quoc-gia-ve-gia': ['bo-tai-chinh', 'bo-tai-chinh'],
  'csdl-ho-tich-dien-tu': ['bo-tu-phap', 'bo-tu-phap'],
};

/** QĐ 714/QĐ-TTg's six and NĐ 47/2024/NĐ-CP's nine (five in both). */
const QD_714 = ['csdl-quoc-gia-ve-dan-cu', 'csdl-quoc-gia-ve-dat-dai', 'csdl-quoc-gia-ve-dang-ky-doanh-nghiep', 'csdl-quoc-gia-ve-tai-chinh', 'csdl-quoc-gia-ve-bao-hiem', 'csdl-quoc-gia-ve-thong-ke-tong-hop-dan-so'];
const ND_47_2024 = [
  'csdl-quoc-gia-ve-dan-cu', 'csdl-quoc-gia-ve-dat-dai', 'csdl-quoc-gia-ve-dang-ky-doanh-nghiep', 'csdl-quoc-gia-ve-tai-chinh', 'csdl-quoc-gia-ve-bao-hiem',
  'csdl-quoc-gia-ve-can-bo-cong-chuc-vien-chuc', 'csdl-quoc-gia-ve-thu-tuc-hanh-chinh', 'csdl-tong-hop-quoc-gia', 'csdl-quoc-gia-ve-hoat-dong-xay-dung',
];

const SYSTEM_OWNERS: Record<string, [string, string]> = {
  'truc-lien-thong-van-ban-quoc-gia': ['van-phong-chinh-phu', 'van-phong-chinh-phu'],
  'cong-dich-vu-cong-quoc-gia': ['van-phong-chinh-phu', 'van-phong-chinh-phu'],
  'e-cabinet': ['van-phong-chinh-phu', 'van-phong-chinh-phu'],
  'he-thong-bao-cao-quoc-gia': ['van-phong-chinh-phu', 'van-phong-chinh-phu'],
  ndxp: ['bo-thong-tin-va-truyen-thong', 'bo-khoa-hoc-va-cong-nghe'],
  ngsp: ['bo-thong-tin-va-truyen-thong', 'bo-khoa-hoc-va-cong-nghe'],
  vneid: ['bo-cong-an', 'bo-cong-an'],
  'ca-cong-cong': ['bo-thong-tin-va-truyen-thong', 'bo-khoa-hoc-va-cong-nghe'],
  'ca-chuyen-dung-chinh-phu': ['ban-co-yeu-chinh-phu', 'ban-co-yeu-chinh-phu'],
  'trung-tam-du-lieu-quoc-gia': ['bo-cong-an', 'bo-cong-an'],
  'mang-truyen-so-lieu-chuyen-dung': ['bo-thong-tin-va-truyen-thong', 'bo-khoa-hoc-va-cong-nghe'],
};

const nationalDatabases = (date: string) =>
  (asOf(date).ofKind('database') as ElementRecord<Database>[]).filter((record) => record.element.scope === 'national');

test('the national databases in force, and the instruments that list them', () => {
  assert.equal(nationalDatabases('2025-12-31').map((record) => record.id), Object.keys(DATABASE_OWNERS).sort());
  for (const record of nationalDatabases('2025-12-31')) {
    const cited = (record.element.legalBasis ?? []).map((citation) => citation.decision);
    assert.is(cited.includes('QĐ 714/QĐ-TTg'), QD_714.includes(record.id), `${record.id} cites QĐ 714/QĐ-TTg`);
    assert.is(cited.includes('NĐ 47/2024/NĐ-CP'), ND_47_2024.includes(record.id), `${record.id} cites NĐ 47/2024/NĐ-CP`);
  }
});

test('each national database’s owner on 2025-02-28 and 2025-03-01, equal to the owner its legal basis names', () => {
  for (const [id, [before, after]] of Object.entries(DATABASE_OWNERS)) {
    assert.equal(ownersOn('2025-02-28', id), [before], `${id} on 2025-02-28`);
    assert.equal(ownersOn('2025-03-01', id), [after], `${id} on 2025-03-01`);
    for (const date of ['2025-02-28', '2025-03-01']) {
      const legal = asOf(date).related(id, 'legallyOwnedBy').map((owner) => owner.id);
      if (legal.length > 0) assert.equal(legal, ownersOn(date, id), `${id} legalOwner on ${date}`);
    }
  }
});

test('each national shared system’s owner on 2025-02-28 and 2025-03-01', () => {
  for (const [id, [before, after]] of Object.entries(SYSTEM_OWNERS)) {
    assert.equal(ownersOn('2025-02-28', id), [before], `${id} on 2025-02-28`);
    assert.equal(ownersOn('2025-03-01', id), [after], `${id} on 2025-03-01`);
  }
});

test('national systems appear from their confirmed dates: the reporting system after 2020-08-19, NDOP from NĐ 278/2025', () => {
  assert.not.ok(asOf('2020-08-18').get('he-thong-bao-cao-quoc-gia'));
  assert.ok(asOf('2020-12-31').get('he-thong-bao-cao-quoc-gia'));
  assert.not.ok(asOf('2024-12-31').get('ndop'));
  assert.ok(asOf('2025-12-31').get('ndop'));
  assert.equal(ownersOn('2025-12-31', 'ndop'), ['bo-cong-an']);
});

test('the Framework 2.0 profile the rules read: five reference models, seven parts, four mandatory components', () => {
  const framework = asOf('2020-12-31').get('khung-kien-truc-cpdt-2-0')!.element as {
    referenceModels: { code: string }[];
    parts: { id: string }[];
    layers: { id: string; aside?: boolean }[];
    mandatoryComponents: { category: string; platform?: string; connectsTo?: string[] }[];
  };
  assert.equal(framework.referenceModels.map((model) => model.code), ['BRM', 'DRM', 'ARM', 'TRM', 'SRM']);
  assert.equal(framework.parts.map((part) => part.id), ['vision', 'objectives', 'scope', 'principles', 'overall-diagram', 'component-architectures', 'roadmap']);
  assert.equal(framework.layers.filter((layer) => !layer.aside).map((layer) => layer.id), ['users', 'channels', 'portals', 'applications', 'integration', 'data', 'infrastructure']);
  assert.equal(framework.layers.filter((layer) => layer.aside).map((layer) => layer.id), ['security', 'management']);
  assert.equal(
    framework.mandatoryComponents.map((component) => [component.category, component.platform ?? null, component.connectsTo ?? []]),
    [
      ['integration-platform', 'LGSP', ['ndxp']],
      ['public-service-portal', null, ['cong-dich-vu-cong-quoc-gia']],
      ['one-stop-shop', null, []],
      ['document-management', null, ['truc-lien-thong-van-ban-quoc-gia']],
    ],
  );
});

test.run();
