/**
 * The agency catalog against the facts a reader can verify: NQ 176/2025/QH15 (ministries),
 * QĐ 124/2004/QĐ-TTg (the 63 GSO codes) and NQ 202/2025/QH15 (the 34 units and their mergers).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ElementRecord } from '@kientruc/core';
import type { Agency } from '@kientruc/schema';
import { agencies, asOf, shippedModel } from './shipped-model.js';

const PROVINCE_TYPES: Agency['agencyType'][] = ['province', 'centrally-run-city'];
const MINISTRY_TYPES: Agency['agencyType'][] = ['ministry', 'ministry-level-agency'];

/** QĐ 124/2004/QĐ-TTg, as DOMAIN.md lists it: GSO code → agency id. */
const GSO_CODES: Record<string, string> = {
  '01': 'ha-noi', '02': 'ha-giang', '04': 'cao-bang', '06': 'bac-kan', '08': 'tuyen-quang', '10': 'lao-cai', '11': 'dien-bien',
  '12': 'lai-chau', '14': 'son-la', '15': 'yen-bai', '17': 'hoa-binh', '19': 'thai-nguyen', '20': 'lang-son', '22': 'quang-ninh',
  '24': 'bac-giang', '25': 'phu-tho', '26': 'vinh-phuc', '27': 'bac-ninh', '30': 'hai-duong', '31': 'hai-phong', '33': 'hung-yen',
  '34': 'thai-binh', '35': 'ha-nam', '36': 'nam-dinh', '37': 'ninh-binh', '38': 'thanh-hoa', '40': 'nghe-an', '42': 'ha-tinh',
  '44': 'quang-binh', '45': 'quang-tri', '46': 'thua-thien-hue', '48': 'da-nang', '49': 'quang-nam', '51': 'quang-ngai',
  '52': 'binh-dinh', '54': 'phu-yen', '56': 'khanh-hoa', '58': 'ninh-thuan', '60': 'binh-thuan', '62': 'kon-tum', '64': 'gia-lai',
  '66': 'dak-lak', '67': 'dak-nong', '68': 'lam-dong', '70': 'binh-phuoc', '72': 'tay-ninh', '74': 'binh-duong', '75': 'dong-nai',
  '77': 'ba-ria-vung-tau', '79': 'ho-chi-minh', '80': 'long-an', '82': 'tien-giang', '83': 'ben-tre', '84': 'tra-vinh',
  '86': 'vinh-long', '87': 'dong-thap', '89': 'an-giang', '91': 'kien-giang', '92': 'can-tho', '93': 'hau-giang', '94': 'soc-trang',
  '95': 'bac-lieu', '96': 'ca-mau',
};

/** NQ 202/2025/QH15, as DOMAIN.md lists it: the 11 units left unchanged. */
const UNCHANGED = ['ha-noi', 'cao-bang', 'dien-bien', 'lai-chau', 'son-la', 'lang-son', 'quang-ninh', 'thanh-hoa', 'nghe-an', 'ha-tinh', 'thua-thien-hue'];

/** NQ 202/2025/QH15: the 23 units formed on 1/7/2025 and the provinces each was formed from. */
const MERGERS: Record<string, string[]> = {
  'tuyen-quang-2025': ['ha-giang', 'tuyen-quang'],
  'lao-cai-2025': ['lao-cai', 'yen-bai'],
  'thai-nguyen-2025': ['thai-nguyen', 'bac-kan'],
  'phu-tho-2025': ['phu-tho', 'vinh-phuc', 'hoa-binh'],
  'bac-ninh-2025': ['bac-ninh', 'bac-giang'],
  'hung-yen-2025': ['hung-yen', 'thai-binh'],
  'hai-phong-2025': ['hai-phong', 'hai-duong'],
  'ninh-binh-2025': ['ninh-binh', 'ha-nam', 'nam-dinh'],
  'quang-tri-2025': ['quang-tri', 'quang-binh'],
  'da-nang-2025': ['da-nang', 'quang-nam'],
  'quang-ngai-2025': ['quang-ngai', 'kon-tum'],
  'gia-lai-2025': ['gia-lai', 'binh-dinh'],
  'khanh-hoa-2025': ['khanh-hoa', 'ninh-thuan'],
  'lam-dong-2025': ['lam-dong', 'dak-nong', 'binh-thuan'],
  'dak-lak-2025': ['dak-lak', 'phu-yen'],
  'ho-chi-minh-2025': ['ho-chi-minh', 'binh-duong', 'ba-ria-vung-tau'],
  'dong-nai-2025': ['dong-nai', 'binh-phuoc'],
  'tay-ninh-2025': ['tay-ninh', 'long-an'],
  'can-tho-2025': ['can-tho', 'soc-trang', 'hau-giang'],
  'vinh-long-2025': ['vinh-long', 'ben-tre', 'tra-vinh'],
  'dong-thap-2025': ['dong-thap', 'tien-giang'],
  'ca-mau-2025': ['ca-mau', 'bac-lieu'],
  'an-giang-2025': ['an-giang', 'kien-giang'],
};

/** NQ 176/2025/QH15: the 14 ministries and 3 ministry-level agencies from 1/3/2025. */
const MINISTRIES_2025 = [
  'bo-quoc-phong', 'bo-cong-an', 'bo-ngoai-giao', 'bo-noi-vu', 'bo-tu-phap', 'bo-tai-chinh', 'bo-cong-thuong',
  'bo-nong-nghiep-va-moi-truong', 'bo-xay-dung', 'bo-van-hoa-the-thao-va-du-lich', 'bo-khoa-hoc-va-cong-nghe',
  'bo-giao-duc-va-dao-tao', 'bo-y-te', 'bo-dan-toc-va-ton-giao',
];
const MINISTRY_LEVEL_2025 = ['ngan-hang-nha-nuoc-viet-nam', 'thanh-tra-chinh-phu', 'van-phong-chinh-phu'];

/** The four mergers of NQ 176/2025/QH15: successor ← the ministries it took over. */
const MINISTRY_MERGERS: Record<string, string[]> = {
  'bo-tai-chinh': ['bo-ke-hoach-va-dau-tu'],
  'bo-xay-dung': ['bo-giao-thong-van-tai'],
  'bo-nong-nghiep-va-moi-truong': ['bo-nong-nghiep-va-phat-trien-nong-thon', 'bo-tai-nguyen-va-moi-truong'],
  'bo-khoa-hoc-va-cong-nghe': ['bo-thong-tin-va-truyen-thong'],
};

const ids = (records: ElementRecord[]) => records.map((record) => record.id).sort();
const agency = (id: string) => shippedModel().model.byId.get(id)?.element as Agency | undefined;

test('63 provinces and centrally-run cities in force on 2025-06-30, each with its GSO code', () => {
  const provinces = agencies('2025-06-30', PROVINCE_TYPES);
  assert.is(provinces.length, 63);
  const byCode = Object.fromEntries(provinces.map((record) => [record.element.gsoCode, record.id]));
  assert.equal(byCode, GSO_CODES);
});

test('34 provinces and centrally-run cities in force on 2025-07-01: the 11 unchanged and the 23 formed by merger', () => {
  const provinces = agencies('2025-07-01', PROVINCE_TYPES);
  assert.is(provinces.length, 34);
  assert.equal(ids(provinces), [...UNCHANGED, ...Object.keys(MERGERS)].sort());
});

test('every merged province: mergedInto its successor on 2025-07-01, the successor lists it in mergedFrom', () => {
  for (const [successorId, formedFrom] of Object.entries(MERGERS)) {
    const successor = agency(successorId);
    assert.ok(successor, `${successorId} is declared`);
    assert.is(successor!.since, '2025-07-01', `${successorId} since`);
    assert.equal((successor!.lineage?.mergedFrom ?? []).map((link) => link.agency).sort(), [...formedFrom].sort(), `${successorId} mergedFrom`);
    for (const link of successor!.lineage?.mergedFrom ?? []) {
      assert.is(link.date, '2025-07-01');
      assert.is(link.basis?.decision, 'NQ 202/2025/QH15');
    }
    for (const oldId of formedFrom) {
      const old = agency(oldId)!;
      assert.is(old.until, '2025-06-30', `${oldId} until`);
      assert.is(old.lineage?.mergedInto?.agency, successorId, `${oldId} mergedInto`);
      assert.is(old.lineage?.mergedInto?.date, '2025-07-01', `${oldId} merger date`);
    }
  }
  // The provinces that merged are exactly the old ones that are not unchanged.
  const merged = Object.values(MERGERS).flat().sort();
  assert.equal(merged, Object.values(GSO_CODES).filter((id) => !UNCHANGED.includes(id)).sort());
});

test('the 11 unchanged units keep their id and lifecycle, with no lineage', () => {
  for (const id of UNCHANGED) {
    const unchanged = agency(id)!;
    assert.is(unchanged.until, undefined, id);
    assert.is(unchanged.since, undefined, id);
    assert.is(unchanged.lineage, undefined, id);
  }
});

test('22 ministries and ministry-level agencies on 2025-02-28 (18 + 4), 17 on 2025-03-01 (14 + 3)', () => {
  const before = agencies('2025-02-28', MINISTRY_TYPES);
  assert.is(before.length, 22);
  assert.is(before.filter((record) => record.element.agencyType === 'ministry').length, 18);
  assert.is(before.filter((record) => record.element.agencyType === 'ministry-level-agency').length, 4);
  const after = agencies('2025-03-01', MINISTRY_TYPES);
  assert.equal(ids(after.filter((record) => record.element.agencyType === 'ministry')), [...MINISTRIES_2025].sort());
  assert.equal(ids(after.filter((record) => record.element.agencyType === 'ministry-level-agency')), [...MINISTRY_LEVEL_2025].sort());
});

test('the four ministry mergers of NQ 176/2025/QH15, both directions', () => {
  for (const [successorId, absorbed] of Object.entries(MINISTRY_MERGERS)) {
    const successor = agency(successorId)!;
    assert.equal((successor.lineage?.mergedFrom ?? []).map((link) => link.agency).sort(), [...absorbed].sort(), successorId);
    for (const oldId of absorbed) {
      const old = agency(oldId)!;
      assert.is(old.until, '2025-02-28', oldId);
      assert.is(old.lineage?.mergedInto?.agency, successorId, oldId);
      assert.is(old.lineage?.mergedInto?.date, '2025-03-01', oldId);
    }
  }
  // Only Nông nghiệp và Môi trường is a new ministry; the other three successors continue.
  assert.is(agency('bo-nong-nghiep-va-moi-truong')!.since, '2025-03-01');
  for (const id of ['bo-tai-chinh', 'bo-xay-dung', 'bo-khoa-hoc-va-cong-nghe']) assert.is(agency(id)!.since, undefined, id);
});

test('names DOMAIN.md does not confirm are marked unconfirmed', () => {
  for (const id of ['bo-lao-dong-thuong-binh-va-xa-hoi', 'uy-ban-dan-toc']) {
    const provenance = agency(id)!.provenance;
    assert.ok(typeof provenance === 'object' && provenance.status === 'unconfirmed', id);
  }
});

test('electronic identifier codes only where confirmed: 000.00.00.H29 for TP. Hồ Chí Minh', () => {
  const coded = shippedModel()
    .model.elements.filter((record) => record.kind === 'agency' && (record.element as Agency).electronicCode !== undefined)
    .map((record) => [record.id, (record.element as Agency).electronicCode]);
  assert.equal(coded, [['ho-chi-minh', '000.00.00.H29']]);
});

test('government agencies that own national systems are in force on both sides of 2025', () => {
  for (const date of ['2024-12-31', '2025-12-31']) {
    assert.equal(ids(agencies(date, ['government-agency'])), ['ban-co-yeu-chinh-phu', 'bao-hiem-xa-hoi-viet-nam'], date);
    assert.ok(asOf(date).get('van-phong-chinh-phu'), date);
  }
});

test.run();
