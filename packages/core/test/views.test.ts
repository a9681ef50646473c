/** The views computed from the model graph: what each shows, aggregation, custom predicates, the size limit. */
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { computeViews, evaluateAsOf, loadModel, loadModelFromSources, viewsOfElement, type ComputedView } from '../src/index.js';

const FIXTURE = fileURLToPath(new URL('../../../test/fixtures/diagrams/model', import.meta.url));
const views = (asOf = '2025-12-31', maxNodes?: number) => computeViews(evaluateAsOf(loadModel(FIXTURE), asOf), maxNodes ? { maxNodes } : {});
const find = (list: ComputedView[], id: string) => {
  const view = list.find((v) => v.id === id);
  assert.ok(view, `view ${id} exists among ${list.map((v) => v.id).join(', ')}`);
  return view!;
};

/** A model from YAML texts (one element per document), in memory. */
function model(files: Record<string, string>, asOf = '2025-12-31', maxNodes?: number) {
  const dir = '/virtual/model';
  const loaded = loadModelFromSources(
    dir,
    Object.entries(files).map(([path, text]) => ({ path: `${dir}/${path}`, bytes: Buffer.from(text) })),
  );
  assert.equal(
    loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
    [],
    'the test model is valid',
  );
  return computeViews(evaluateAsOf(loaded, asOf), maxNodes ? { maxNodes } : {});
}

test('one overall and one integration view per architecture in force, a landscape, a context per system and national database, custom views; sorted by id', () => {
  const { views: list } = views();
  const ids = list.map((v) => v.id);
  assert.equal(ids, [...ids].sort());
  for (const id of ['overall--quang-ninh', 'integration--quang-ninh', 'overall--ninh-binh-2025', 'overall--bo-cong-an', 'landscape', 'context--ndxp', 'context--csdl-quoc-gia-ve-dan-cu', 'custom--he-thong-quang-ninh', 'custom--quanh-ndxp']) {
    assert.ok(ids.includes(id), id);
  }
  assert.not.ok(ids.includes('context--csdl-ho-so-quang-ninh'), 'local databases have no context view');
  assert.ok(list.every((v) => v.asOf === '2025-12-31'));
});

test('views follow the as-of date: the merged province has no views before it exists', () => {
  const ids = views('2024-12-31').views.map((v) => v.id);
  assert.not.ok(ids.includes('overall--ninh-binh-2025'));
  assert.not.ok(ids.includes('context--ndop'), 'NDOP is not in force in 2024');
  assert.ok(ids.includes('overall--quang-ninh'));
});

test('the overall diagram draws the framework layers in order, users and channels from the systems, security beside', () => {
  const overall = find(views().views, 'overall--quang-ninh');
  assert.equal(
    overall.groups.map((g) => [g.id, g.role]),
    [
      ['layer--users', 'layer'],
      ['layer--channels', 'layer'],
      ['layer--portals', 'layer'],
      ['layer--applications', 'layer'],
      ['layer--integration', 'layer'],
      ['layer--data', 'layer'],
      ['layer--infrastructure', 'layer'],
      ['layer--security', 'aside'],
    ],
  );
  assert.equal(overall.groups[0]!.label, { vi: 'Người sử dụng', en: 'Users' }, 'labels read from the framework element');
  const group = (id: string) => overall.nodes.find((n) => n.id === id)?.group;
  assert.is(group('user--citizens'), 'layer--users');
  assert.is(group('channel--one-stop-desk'), 'layer--channels');
  assert.is(group('cong-dich-vu-cong-quang-ninh'), 'layer--portals');
  assert.is(group('mot-cua-quang-ninh'), 'layer--applications');
  assert.is(group('lgsp-quang-ninh'), 'layer--integration');
  assert.is(group('csdl-ho-so-quang-ninh'), 'layer--data');
  assert.is(group('trung-tam-du-lieu-quang-ninh'), 'layer--infrastructure');
  assert.is(group('soc-quang-ninh'), 'layer--security');
  assert.not.ok(overall.nodes.some((n) => n.id === 'cap-giay-phep-xay-dung-quang-ninh'), 'public services are not in a layer');
  assert.not.ok(overall.nodes.some((n) => n.id === 'ndxp'), 'only the agency’s own components');
  const edge = (s: string, t: string) => overall.edges.find((e) => e.source === s && e.target === t);
  assert.is(edge('user--citizens', 'channel--web')?.relation, 'access');
  assert.is(edge('channel--mobile', 'cong-dich-vu-cong-quang-ninh')?.relation, 'access');
  assert.not.ok(edge('user--citizens', 'cong-thong-tin-quang-ninh'), 'users reach portals through channels');
  assert.equal(
    [...new Set(overall.edges.map((e) => e.relation))],
    ['access'],
    'data flows, databases used, hosting and protection are drawn by the other views',
  );
});

test('the integration view: own systems, the LGSP, national platforms and databases, edges labelled with what flows', () => {
  const view = find(views().views, 'integration--quang-ninh');
  assert.is(view.groups[0]!.id, 'agency--quang-ninh', 'the agency first');
  const ids = view.nodes.map((n) => n.id);
  for (const id of ['lgsp-quang-ninh', 'ndxp', 'truc-lien-thong-van-ban-quoc-gia', 'cong-dich-vu-cong-quoc-gia', 'csdl-quoc-gia-ve-dan-cu']) assert.ok(ids.includes(id), id);
  assert.is(view.nodes.find((n) => n.id === 'ndxp')!.group, 'agency--bo-khoa-hoc-va-cong-nghe', 'grouped by its owner as of the date');
  const flow = view.edges.find((e) => e.source === 'ndxp' && e.target === 'csdl-quoc-gia-ve-dan-cu')!;
  assert.equal(flow.label, { vi: 'Thông tin công dân <số định danh> & "họ tên"', en: 'Citizen data <id> & "name"' });
  const merged = view.edges.find((e) => e.source === 'lgsp-quang-ninh' && e.target === 'ndxp')!;
  assert.is(merged.label!.vi, 'Dữ liệu dùng chung; Thông tin công dân <số định danh> & "họ tên"', 'flows sharing a segment are listed on one edge');
  const owner2024 = find(views('2024-12-31').views, 'integration--quang-ninh').nodes.find((n) => n.id === 'ndxp')!;
  assert.is(owner2024.group, 'agency--bo-thong-tin-va-truyen-thong');
});

test('the national landscape aggregates agencies by level with a count per national system', () => {
  const view = find(views().views, 'landscape');
  const provinces = view.nodes.find((n) => n.id === 'agencies--province')!;
  assert.is(provinces.count, 2);
  assert.is(provinces.elementId, undefined);
  assert.is(provinces.label.vi, 'Tỉnh, thành phố trực thuộc trung ương (2)');
  const toAxis = view.edges.find((e) => e.source === 'agencies--province' && e.target === 'truc-lien-thong-van-ban-quoc-gia')!;
  assert.equal(toAxis.label, { vi: '2/2' });
  assert.equal(view.edges.find((e) => e.source === 'agencies--province' && e.target === 'csdl-quoc-gia-ve-dan-cu')!.label, { vi: '1/2' });
  assert.is(view.nodes.find((n) => n.id === 'agencies--ministry')!.count, 3, 'ministries in force on the date');
  assert.is(find(views('2024-12-31').views, 'landscape').nodes.find((n) => n.id === 'agencies--province')!.count, 3, 'the provinces before the merger');
  assert.equal(
    view.groups.map((g) => g.id),
    ['kind--agencies', 'kind--national-platforms', 'kind--national-systems', 'kind--national-databases'],
  );
});

test('context view: owner, users, platform; a large crowd of neighbours becomes one box with a count', () => {
  const context = find(views().views, 'context--csdl-quoc-gia-ve-dan-cu');
  const edge = (s: string, t: string) => context.edges.find((e) => e.source === s && e.target === t);
  assert.equal(edge('csdl-quoc-gia-ve-dan-cu', 'bo-cong-an')?.label, { vi: 'chủ quản', en: 'owned by' });
  assert.ok(edge('mot-cua-quang-ninh', 'ndxp'), 'the far end of the flow, through the platform beside the database');
  assert.ok(edge('ndxp', 'csdl-quoc-gia-ve-dan-cu'));

  const header = 'kind: agency\nid: a\nname: { vi: Tỉnh A }\nagencyType: province\nprovenance: illustrative\n---\nkind: agency\nid: b\nname: { vi: Bộ B }\nagencyType: ministry\nprovenance: illustrative\n---\nkind: database\nid: csdl-qg\nname: { vi: CSDL quốc gia }\nscope: national\nowner: b\nstatus: planned\nprovenance: illustrative\n';
  const systems = Array.from({ length: 15 }, (_, i) => `---\nkind: information-system\nid: he-thong-${i}\nname: { vi: Hệ thống ${i} }\ncategory: sectoral-application\nowner: a\nstatus: planned\nprovenance: illustrative\n---\nkind: integration\nid: luong-${i}\nname: { vi: Luồng ${i} }\nfrom: he-thong-${i}\nto: csdl-qg\ndata: [{ vi: Dữ liệu ${i % 4} }]\nstatus: planned\nprovenance: illustrative\n`);
  const crowd = find(model({ 'a.yaml': header + systems.join('') }).views, 'context--csdl-qg');
  const aggregate = crowd.nodes.find((n) => n.id === 'aggregate--flows--information-system--province')!;
  assert.is(aggregate.count, 15);
  assert.is(aggregate.label.vi, '15 hệ thống thông tin của tỉnh, thành phố');
  assert.is(crowd.nodes.length, 3, 'the database, its owner, the aggregated systems');
  assert.is(crowd.edges.find((e) => e.source === aggregate.id)!.label!.vi, 'Dữ liệu 0; Dữ liệu 1; Dữ liệu 2 (+1)');
});

test('custom views: include and exclude predicates, groupBy', () => {
  const { views: list } = views();
  const byLayer = find(list, 'custom--he-thong-quang-ninh');
  const ids = byLayer.nodes.map((n) => n.id);
  assert.not.ok(ids.includes('cong-thong-tin-quang-ninh'), 'excluded by category');
  assert.not.ok(ids.includes('soc-quang-ninh'), 'not an included kind');
  assert.ok(ids.includes('csdl-ho-so-quang-ninh') && ids.includes('trung-tam-du-lieu-quang-ninh'));
  assert.ok(byLayer.groups.every((g) => g.id.startsWith('layer--')));
  assert.is(byLayer.title.vi, 'Hệ thống của Quảng Ninh theo lớp');
  const around = find(list, 'custom--quanh-ndxp');
  assert.equal(
    around.nodes.map((n) => n.id).sort(),
    ['bo-khoa-hoc-va-cong-nghe', 'csdl-quoc-gia-ve-dan-cu', 'lgsp-bo-cong-an', 'lgsp-ninh-binh-2025', 'lgsp-quang-ninh', 'mot-cua-quang-ninh', 'ndxp'],
    'relatedTo: the element, its relations and the ends of its flows',
  );
  assert.ok(around.groups.every((g) => g.role === 'kind'));

  const base = 'kind: agency\nid: a\nname: { vi: A }\nagencyType: province\nprovenance: illustrative\n---\nkind: information-system\nid: s1\nname: { vi: S1 }\ncategory: portal\nowner: a\nstatus: planned\ntags: [cong-khai]\nprovenance: illustrative\n---\nkind: information-system\nid: s2\nname: { vi: S2 }\ncategory: email\nowner: a\nstatus: planned\nuses: [s1]\nprovenance: illustrative\n---\nkind: database\nid: d1\nname: { vi: D1 }\nscope: local\nowner: a\nstatus: planned\nprovenance: illustrative\n';
  const custom = (view: string) => find(model({ 'a.yaml': `${base}---\nkind: view\nid: v\nname: { vi: V }\n${view}provenance: illustrative\n` }).views, 'custom--v');
  assert.equal(custom('include: [{ tags: [cong-khai] }]\n').nodes.map((n) => n.id), ['s1']);
  assert.equal(custom('include: [{ ids: [d1, s2] }]\ngroupBy: none\n').nodes.map((n) => n.id), ['d1', 's2']);
  assert.equal(custom('include: [{ owners: [a], kinds: [information-system] }]\nexclude: [{ ids: [s2] }]\n').nodes.map((n) => n.id), ['s1']);
  const withEdges = custom('include: [{ owners: [a] }]\n');
  assert.equal(withEdges.edges.map((e) => e.id), ['e:s2:uses:s1']);
  assert.ok(withEdges.nodes.every((n) => n.id === 'a' ? n.group === undefined : n.group === 'agency--a'));
  assert.equal(custom('include: [{ owners: [a] }]\nrelations: [hostedOn]\n').edges, [], 'only the relations asked for');
});

test('a view over the limit is refused with a diagnostic that says how to split it', () => {
  const { views: list, diagnostics } = views();
  assert.not.ok(list.some((v) => v.id === 'custom--qua-lon'));
  const refusal = diagnostics.find((d) => d.message.includes('`custom--qua-lon`'))!;
  assert.is(refusal.ruleId, 'view-too-large');
  assert.is(refusal.severity, 'warning');
  assert.match(refusal.location.file, /views\/views\.yaml$/);
  assert.is(refusal.location.doc, 2);
  assert.equal(refusal.location.path, ['include']);
  assert.match(refusal.message, /has 13 boxes, more than the limit of 3/);
  assert.match(refusal.message, /by agency \(quang-ninh 6, /);
  assert.match(refusal.message, /by layer \(integration 6, applications 4, portals 3\)/);
  assert.match(refusal.fix!, /views\.maxNodes/);

  const small = views('2025-12-31', 10);
  const overall = small.diagnostics.find((d) => d.message.includes('`overall--quang-ninh`'))!;
  assert.match(overall.message, /has 15 boxes, more than the limit of 10/);
  assert.match(overall.message, /by layer \(applications 3, channels 3, users 3, portals 2, /);
  assert.match(overall.message, /by kind \(information-system 6, channel 3, user 3, /);
  assert.match(overall.location.file, /quang-ninh\/architecture\.yaml$/);
  assert.not.ok(small.views.some((v) => v.id === 'overall--quang-ninh'));
});

test('viewsOfElement lists the views that draw an element', () => {
  const { views: list } = views();
  const ids = viewsOfElement(list, 'lgsp-quang-ninh').map((v) => v.id);
  assert.ok(ids.includes('overall--quang-ninh') && ids.includes('integration--quang-ninh') && ids.includes('context--lgsp-quang-ninh'));
  assert.equal(ids, [...ids].sort());
  assert.equal(viewsOfElement(list, 'no-such-element'), []);
});

test.run();
