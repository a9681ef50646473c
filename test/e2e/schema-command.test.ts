import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ELEMENT_KINDS, readSchema, relationSpecs } from '@kientruc/schema';
import { buildEditorSchema, type IdCompletion } from '../../packages/cli/src/commands/schema.js';
import { fixture, kientruc } from './cli.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let out: string;
let bundle: Schema;
test.before(() => {
  out = mkdtempSync(join(tmpdir(), 'kientruc-schema-'));
});
test.after(() => rmSync(out, { recursive: true, force: true }));

function compile(schema: Schema) {
  // The same strict ajv the validator uses; the two editor annotations are declared as keywords.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'defaultSnippets', schemaType: 'array' });
  ajv.addKeyword({ keyword: 'enumDescriptions', schemaType: 'array' });
  return ajv.compile(schema);
}

test('kientruc schema --out writes the bundle, only again when it changes', () => {
  const file = join(out, 'kientruc.schema.json');
  const first = kientruc(['schema', '--out', file], fixture('errors'));
  assert.is(first.status, 0, first.stderr);
  assert.match(first.stdout, /kientruc\.schema\.json: đã ghi \/ written \(4 ids\)\n$/);
  const text = readFileSync(file, 'utf8');
  const written = statSync(file).mtimeMs;
  const second = kientruc(['schema', '--out', file], fixture('errors'));
  assert.match(second.stdout, /không đổi \/ unchanged \(4 ids\)\n$/);
  assert.is(readFileSync(file, 'utf8'), text);
  assert.is(statSync(file).mtimeMs, written, 'not rewritten');
  bundle = JSON.parse(text);
});

test('a model that does not load still gets a schema (postinstall never fails)', () => {
  const result = kientruc(['schema', '--out', join(out, 'broken.json')], fixture('bad-inputs'));
  assert.is(result.status, 0, result.stderr);
  assert.match(result.stdout, /written \(\d+ ids\)/);
});

test('one self-contained draft 2020-12 document: local refs only, no $id to fetch', () => {
  assert.is(bundle.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const text = JSON.stringify(bundle);
  assert.not.ok(text.includes('"$id"'), 'no $id');
  assert.not.ok(text.includes('x-relation'));
  const refs = [...text.matchAll(/"\$ref":"([^"]*)"/g)].map((m) => m[1]!);
  assert.ok(refs.length > 50);
  for (const ref of refs) {
    assert.ok(ref.startsWith('#/$defs/'), ref);
    let node: unknown = bundle;
    for (const segment of ref.slice(2).split('/')) node = (node as Schema)[segment];
    assert.ok(node && typeof node === 'object', `${ref} resolves`);
  }
  for (const kind of ELEMENT_KINDS) {
    assert.ok(bundle.$defs[kind], kind);
    // Editors read draft-07 and ignore unevaluatedProperties: each kind is also closed in draft-07 terms.
    assert.is(bundle.$defs[kind].additionalProperties, false, kind);
    for (const common of ['kind', 'id', 'name', 'provenance', 'since', 'until']) assert.ok(common in bundle.$defs[kind].properties, `${kind}.${common}`);
  }
  assert.ok(String(bundle.$defs.agency.description).includes(' / An agency'), 'bilingual descriptions kept');
});

test('it validates every kind example, and rejects a wrong field through the kind selected by if/then', () => {
  const validate = compile(bundle);
  for (const kind of ELEMENT_KINDS) {
    for (const example of readSchema(`${kind}.schema.json`).examples as unknown[]) {
      assert.ok(validate(example), `${kind} example: ${JSON.stringify(validate.errors)}`);
    }
  }
  const agency = { kind: 'agency', id: 'ha-nam', name: { vi: 'Tỉnh Hà Nam' }, agencyType: 'province', provenance: 'illustrative' };
  assert.ok(validate(agency));
  assert.not.ok(validate({ ...agency, colour: 'blue' }));
  assert.ok(validate.errors!.some((e) => e.keyword === 'additionalProperties' && e.params.additionalProperty === 'colour'), JSON.stringify(validate.errors));
  assert.ok(validate.errors!.some((e) => e.keyword === 'if' && e.schemaPath === `#/allOf/${ELEMENT_KINDS.indexOf('agency')}/if`));
  assert.not.ok(validate({ ...agency, agencyType: 'village' }), 'an enum of the agency schema');
  assert.not.ok(validate({ ...agency, kind: 'agencyy' }), 'an unknown kind');
  // A brand-new id at a reference site is not an error: ids are suggestions.
  const network = { kind: 'infrastructure', id: 'mang', name: { vi: 'Mạng' }, infrastructureType: 'network', owner: 'co-quan-moi-chua-khai-bao', status: 'operating', provenance: 'illustrative' };
  assert.ok(validate(network), JSON.stringify(validate.errors));
});

test('read with draft-07 rules, as the YAML extension reads it, it still rejects a misspelt field', () => {
  // yaml-language-server ignores what draft-07 does not know (unevaluatedProperties); so does this ajv.
  const { $schema: _dialect, ...draft07 } = bundle;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv as unknown as Ajv2020);
  const validate = ajv.compile(draft07);
  for (const kind of ELEMENT_KINDS) {
    for (const example of readSchema(`${kind}.schema.json`).examples as unknown[]) assert.ok(validate(example), `${kind}: ${JSON.stringify(validate.errors)}`);
  }
  const agency = { kind: 'agency', id: 'ha-nam', name: { vi: 'Tỉnh Hà Nam' }, agencyType: 'province', provenance: 'illustrative' };
  assert.not.ok(validate({ ...agency, colour: 'blue' }));
  assert.not.ok(validate({ ...agency, name: { vi: 'A', fr: 'B' } }));
});

test('every reference site offers the ids of its target kinds, with the Vietnamese name beside each', () => {
  assert.equal(bundle.$defs['ids-agency'].examples, ['bo-cong-an', 'ha-nam']);
  assert.equal(bundle.$defs['ids-agency'].defaultSnippets, [
    { label: 'bo-cong-an', description: 'Bộ Công an', body: 'bo-cong-an' },
    { label: 'ha-nam', description: 'Tỉnh Hà Nam', body: 'ha-nam' },
  ]);
  assert.equal(bundle.$defs['ids-infrastructure'].examples, ['mang-noi-bo', 'mang-tinh'], 'only elements that validate');
  for (const [kind, sites] of relationSpecs()) {
    const text = JSON.stringify(bundle.$defs[kind]);
    for (const site of sites) {
      const targets = site.relation.targets.includes('*') ? [...ELEMENT_KINDS] : site.relation.targets;
      for (const target of targets) assert.ok(text.includes(`"#/$defs/ids-${target}"`), `${kind}.${site.path.join('.')} offers ${target} ids`);
    }
  }
  // The owner of an infrastructure: a plain id or periods, both complete with agency ids.
  const owner = JSON.stringify(bundle.$defs.infrastructure.properties.owner);
  assert.is(owner.split('"#/$defs/ids-agency"').length - 1, 2, owner);
});

test('the bundle is deterministic: same elements in any order, same bytes', () => {
  const elements: IdCompletion[] = [
    { id: 'ha-nam', kind: 'agency', name: 'Tỉnh Hà Nam', until: '2025-06-30' },
    { id: 'ninh-binh-2025', kind: 'agency', name: 'Tỉnh Ninh Bình', since: '2025-07-01' },
    { id: 'ndxp', kind: 'information-system', name: 'Nền tảng tích hợp, chia sẻ dữ liệu quốc gia' },
  ];
  const a = JSON.stringify(buildEditorSchema(elements));
  const b = JSON.stringify(buildEditorSchema([...elements].reverse()));
  assert.is(a, b);
  const snippets = JSON.parse(a).$defs['ids-agency'].defaultSnippets;
  assert.equal(snippets.map((s: { description: string }) => s.description), ['Tỉnh Hà Nam (đến / until 2025-06-30)', 'Tỉnh Ninh Bình (từ / since 2025-07-01)']);
});

test.run();
