/**
 * The worked architectures of the 2019 pilot units (seed 003) and the 2025 reorganisation:
 * which architectures are in force and what they hold on 2024-12-31 and on 2025-12-31. An
 * architecture's components are the elements its agency owns on the date.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ElementRecord } from '@kientruc/core';
import type { Architecture, Framework, InformationSystem } from '@kientruc/schema';
import { asOf, ownedBy, shippedModel } from './shipped-model.js';

const architecturesOn = (date: string) =>
  (asOf(date).ofKind('architecture') as ElementRecord<Architecture>[]).map((record) => [record.element.agency, record.id, record.element.status]);

const systemsOf = (date: string, agencyId: string) =>
  (asOf(date).related(agencyId, 'owns').filter((record) => record.kind === 'information-system') as ElementRecord<InformationSystem>[]);

test('architectures in force on 2024-12-31: the four pilot units (Thừa Thiên Huế’s 1.0 superseded)', () => {
  assert.equal(architecturesOn('2024-12-31'), [
    ['bo-thong-tin-va-truyen-thong', 'kien-truc-bo-thong-tin-va-truyen-thong-2-0', 'draft'],
    ['ha-nam', 'kien-truc-ha-nam-2-0', 'draft'],
    ['quang-ninh', 'kien-truc-quang-ninh-2-0', 'draft'],
    ['thua-thien-hue', 'kien-truc-thua-thien-hue-1-0', 'superseded'],
    ['thua-thien-hue', 'kien-truc-thua-thien-hue-2-0', 'draft'],
  ]);
});

test('architectures in force on 2025-12-31: MIC’s passed to Bộ KH&CN, Hà Nam’s to the merged Ninh Bình', () => {
  assert.equal(architecturesOn('2025-12-31'), [
    ['bo-khoa-hoc-va-cong-nghe', 'kien-truc-bo-khoa-hoc-va-cong-nghe-2-0', 'draft'],
    ['ninh-binh-2025', 'kien-truc-ninh-binh-2025-2-0', 'draft'],
    ['quang-ninh', 'kien-truc-quang-ninh-2-0', 'draft'],
    ['thua-thien-hue', 'kien-truc-thua-thien-hue-1-0', 'superseded'],
    ['thua-thien-hue', 'kien-truc-thua-thien-hue-2-0', 'draft'],
  ]);
  // The handovers happen on the merger dates, with no day without an architecture.
  assert.ok(asOf('2025-02-28').get('kien-truc-bo-thong-tin-va-truyen-thong-2-0'));
  assert.ok(asOf('2025-03-01').get('kien-truc-bo-khoa-hoc-va-cong-nghe-2-0'));
  assert.ok(asOf('2025-06-30').get('kien-truc-ha-nam-2-0'));
  assert.ok(asOf('2025-07-01').get('kien-truc-ninh-binh-2025-2-0'));
});

test('every pilot architecture in force has each mandatory component of Framework 2.0, on both dates', () => {
  for (const date of ['2020-12-31', '2024-12-31', '2025-12-31']) {
    const framework = asOf(date).get('khung-kien-truc-cpdt-2-0')!.element as Framework;
    for (const record of asOf(date).ofKind('architecture') as ElementRecord<Architecture>[]) {
      if (record.element.status === 'superseded') continue;
      const systems = systemsOf(date, record.element.agency).filter((system) => system.element.status !== 'retired');
      for (const component of framework.mandatoryComponents ?? []) {
        const found = systems.filter((system) => system.element.category === component.category && (!component.platform || system.element.platform === component.platform));
        assert.ok(found.length > 0, `${record.id} on ${date}: ${component.category}${component.platform ? ` (${component.platform})` : ''}`);
      }
    }
  }
});

test('Hà Nam on 2024-12-31 and the merged Ninh Bình on 2025-12-31: carried over, renamed, retired', () => {
  const haNam2024 = ownedBy('2024-12-31', 'ha-nam');
  for (const id of ['cong-thong-tin-dien-tu-ha-nam', 'cong-dich-vu-cong-ha-nam', 'mot-cua-dien-tu-ha-nam', 'qlvb-ha-nam', 'lgsp-ha-nam', 'thu-dien-tu-ha-nam', 'bao-cao-ha-nam', 'he-thong-thong-tin-dat-dai-ha-nam', 'trung-tam-du-lieu-ha-nam', 'soc-ha-nam']) {
    assert.ok(haNam2024.includes(id), `ha-nam owns ${id} on 2024-12-31`);
  }
  assert.equal(ownedBy('2025-12-31', 'ha-nam'), []);
  const ninhBinh2025 = ownedBy('2025-12-31', 'ninh-binh-2025');
  // Carried over: same element, owner period of the merged province.
  for (const id of ['he-thong-thong-tin-dat-dai-ha-nam', 'csdl-dat-dai-ha-nam', 'trung-tam-du-lieu-ha-nam', 'soc-ha-nam', 'quan-ly-dat-dai-ha-nam']) {
    assert.ok(ninhBinh2025.includes(id), `ninh-binh-2025 owns ${id} on 2025-12-31`);
  }
  // Renamed: a new element that `replaces` the old one, which ends on 2025-06-30.
  const renamed: Record<string, string> = {
    'lgsp-ninh-binh-2025': 'lgsp-ha-nam',
    'cong-dich-vu-cong-ninh-binh-2025': 'cong-dich-vu-cong-ha-nam',
    'mot-cua-dien-tu-ninh-binh-2025': 'mot-cua-dien-tu-ha-nam',
    'qlvb-ninh-binh-2025': 'qlvb-ha-nam',
  };
  const byId = shippedModel().model.byId;
  for (const [newId, oldId] of Object.entries(renamed)) {
    assert.ok(ninhBinh2025.includes(newId), newId);
    assert.equal((byId.get(newId)!.element as InformationSystem).replaces, [oldId], newId);
    assert.is((byId.get(oldId)!.element as InformationSystem).until, '2025-06-30', oldId);
    assert.not.ok(asOf('2025-12-31').get(oldId), `${oldId} out of force on 2025-12-31`);
  }
  // Retired without a successor element.
  assert.not.ok(asOf('2025-12-31').get('bao-cao-ha-nam'));
  assert.is(asOf('2025-12-31').graph.hasNode('bao-cao-ha-nam'), false);
});

test('Bộ TT&TT on 2024-12-31 and Bộ KH&CN on 2025-12-31: national platforms and systems handed over', () => {
  const mic2024 = ownedBy('2024-12-31', 'bo-thong-tin-va-truyen-thong');
  for (const id of ['ndxp', 'ngsp', 'ca-cong-cong', 'mang-truyen-so-lieu-chuyen-dung', 'lgsp-bo-thong-tin-va-truyen-thong', 'qlvb-bo-thong-tin-va-truyen-thong', 'cong-thong-tin-dien-tu-bo-thong-tin-va-truyen-thong']) {
    assert.ok(mic2024.includes(id), `MIC owns ${id} on 2024-12-31`);
  }
  assert.equal(ownedBy('2024-12-31', 'bo-khoa-hoc-va-cong-nghe'), []);
  const most2025 = ownedBy('2025-12-31', 'bo-khoa-hoc-va-cong-nghe');
  for (const id of ['ndxp', 'ngsp', 'ca-cong-cong', 'lgsp-bo-thong-tin-va-truyen-thong', 'he-thong-quan-ly-tan-so-vo-tuyen-dien', 'trung-tam-du-lieu-bo-thong-tin-va-truyen-thong', 'qlvb-bo-khoa-hoc-va-cong-nghe', 'cong-thong-tin-dien-tu-bo-khoa-hoc-va-cong-nghe']) {
    assert.ok(most2025.includes(id), `MOST owns ${id} on 2025-12-31`);
  }
  for (const id of ['qlvb-bo-thong-tin-va-truyen-thong', 'cong-thong-tin-dien-tu-bo-thong-tin-va-truyen-thong', 'thu-dien-tu-bo-thong-tin-va-truyen-thong']) {
    assert.not.ok(asOf('2025-12-31').get(id), `${id} out of force on 2025-12-31`);
  }
});

test('Thừa Thiên Huế and Quảng Ninh, unchanged in 2025, hold the same systems on both dates', () => {
  for (const agencyId of ['thua-thien-hue', 'quang-ninh']) {
    const systems = (date: string) => systemsOf(date, agencyId).map((record) => record.id);
    assert.equal(systems('2025-12-31'), systems('2024-12-31'), agencyId);
    assert.ok(systems('2024-12-31').length >= 8, agencyId);
  }
});

test('facts carry a source; everything else in the pilot architectures is marked illustrative or unconfirmed', () => {
  for (const record of shippedModel().model.elements) {
    const provenance = record.element.provenance;
    if (typeof provenance === 'string') continue;
    const status = provenance.status ?? 'confirmed';
    if (status === 'confirmed') assert.ok((provenance.sources ?? []).length > 0, `${record.id}: a confirmed fact cites a source`);
    if (record.file.includes('/architectures/') && record.kind === 'architecture' && (record.element as Architecture).status !== 'superseded') {
      assert.is(status, 'illustrative', `${record.id} is illustrative`);
    }
  }
});

test.run();
