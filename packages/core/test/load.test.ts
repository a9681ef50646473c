import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIMITS, loadModel, loadModelFromSources, parseModelText, type Diagnostic } from '../src/index.js';

const MODELINE = '# yaml-language-server: $schema=.schema/kientruc.schema.json\n';
const AGENCY = 'kind: agency\nid: ha-nam\nname: { vi: Tỉnh Hà Nam }\nagencyType: province\nprovenance: illustrative\n';

/** `ruleId severity line:col` of each diagnostic of one parsed text. */
function parse(input: string | Uint8Array, limits = DEFAULT_LIMITS): string[] {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  return parseModelText(bytes, limits).diagnostics.map((d) => `${d.ruleId} ${d.severity} ${d.location.line}:${d.location.column}`);
}

function billionLaughs(levels: number): string {
  let text = 'a0: &a0 [lol, lol]\n';
  for (let i = 1; i <= levels; i++) text += `a${i}: &a${i} [*a${i - 1}, *a${i - 1}]\n`;
  return text;
}

test('a clean file: no diagnostic, one document per element', () => {
  const parsed = parseModelText(Buffer.from(`${MODELINE}${AGENCY}---\n${AGENCY.replace('ha-nam', 'ha-noi')}`));
  assert.equal(parsed.diagnostics, []);
  assert.equal(parsed.documents.map((d) => (d.value as { id: string }).id), ['ha-nam', 'ha-noi']);
});

test('duplicate key: one error at the second key, naming it', () => {
  const parsed = parseModelText(Buffer.from(`${MODELINE}kind: agency\nid: ha-nam\nname:\n  vi: A\n  vi: B\n`));
  assert.equal(parsed.diagnostics.map((d) => [d.ruleId, d.message, d.location.line, d.location.column]), [
    ['duplicate-key', 'Duplicate key `vi` in a mapping, expected each key once', 6, 3],
  ]);
  assert.equal(parsed.documents, []);
  assert.ok(parsed.text.includes('vi: B'), 'the text is kept for the code frame');
});

test('aliases: more than the limit is one error at the first alias past it', () => {
  const text = `anchor: &x 1\n${Array.from({ length: 51 }, (_, i) => `k${i}: *x`).join('\n')}\n`;
  assert.equal(parse(text), ['too-many-aliases error 52:6']);
  assert.equal(parse(text, { ...DEFAULT_LIMITS, maxAliases: 60 }), [], 'within a raised limit');
});

test('aliases: a billion-laughs expansion within the alias limit is one error, quickly and without running out of memory', () => {
  const text = billionLaughs(24); // 48 aliases that would expand to 2^25 values
  assert.equal(parse(text), ['too-many-aliases error 2:10']);
  const small = parseModelText(Buffer.from(billionLaughs(3)));
  assert.equal(small.diagnostics, [], 'a few aliases of aliases are fine');
  assert.equal((small.documents[0]?.value as Record<string, unknown[]>).a3!.flat(3).length, 16);
});

test('a byte order mark: one warning at 1:1, the file still loads', () => {
  const parsed = parseModelText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MODELINE + AGENCY)]));
  assert.equal(parsed.diagnostics.map((d) => `${d.ruleId} ${d.location.line}:${d.location.column}`), ['byte-order-mark 1:1']);
  assert.ok(parsed.text.startsWith('# yaml-language-server'));
  assert.is((parsed.documents[0]?.value as { id: string }).id, 'ha-nam');
});

test('CRLF: one warning at the end of the first line, the text is loaded with LF', () => {
  const parsed = parseModelText(Buffer.from((MODELINE + AGENCY).replace(/\n/g, '\r\n')));
  assert.equal(parsed.diagnostics.map((d) => `${d.ruleId} ${d.severity} ${d.location.line}:${d.location.column}`), ['line-endings warning 1:61']);
  assert.not.ok(parsed.text.includes('\r'));
  assert.is((parsed.documents[0]?.value as { name: { vi: string } }).name.vi, 'Tỉnh Hà Nam');
});

test('a tab in indentation: one error at the tab', () => {
  assert.equal(parse(`${MODELINE}kind: agency\nname:\n\tvi: A\n`), ['tab-indentation error 4:1']);
  assert.equal(parse(`${MODELINE}kind: agency\nname:\n  \tvi: A\n`), ['tab-indentation error 4:3']);
  assert.equal(parse(`${MODELINE}kind: agency\nname: { vi: "a\tb" }\n`), [], 'a tab inside a value is not indentation');
  assert.equal(parse(`${MODELINE}kind: agency\ndescription:\n  vi: |\n    Mã nguồn:\n    \tif (x) {}\n`), [], 'a tab inside a block scalar is content');
  assert.equal(parse(`${MODELINE}kind: agency\n\t\ntags: [a,\n\tb]\n`), [], 'a blank line of tabs, a tab in a flow list');
});

test('an empty file, comments only, or only empty documents: one warning', () => {
  for (const text of ['', '\n\n', MODELINE, `${MODELINE}---\n`, '---\n---\n', '...\n', '~\n', `${MODELINE}# nothing yet\n---\n...\n`]) {
    assert.equal(parse(text), ['empty-file warning 1:1'], JSON.stringify(text));
  }
});

test('not UTF-8: one error at the first bad byte, with its line and column', () => {
  const latin1 = Buffer.concat([Buffer.from(`${MODELINE}kind: agency\nname: { vi: H`), Buffer.from([0xe0]), Buffer.from(' Nam }\n')]);
  const parsed = parseModelText(latin1);
  assert.equal(parsed.diagnostics.map((d) => [d.ruleId, d.message, d.location.line, d.location.column]), [
    ['invalid-encoding', 'File is not valid UTF-8 (byte 0xe0 at offset 87)', 3, 14],
  ]);
  assert.equal(parse(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), ['invalid-encoding error 1:1'], 'a PNG');
  assert.equal(parse(Buffer.from([0x6b, 0x3a, 0x20, 0xed, 0xa0, 0x80])), ['invalid-encoding error 1:4'], 'an encoded surrogate');
  assert.equal(parse(Buffer.from([0x6b, 0x3a, 0x20, 0xc0, 0xaf])), ['invalid-encoding error 1:4'], 'an overlong encoding');
});

test('not YAML at all: a syntax error at its position, or one document that is not an element', () => {
  assert.equal(parse('kind: agency\nid: [a\nname: b\n'), ['yaml-syntax error 3:1']);
  assert.equal(parse(Buffer.from('kind: agency\u0000\u0001\u0002\n')), ['yaml-syntax error 1:13'], 'binary that happens to be valid UTF-8');
  assert.equal(parse('kind: !ruby/object x\n'), ['yaml-syntax error 1:21'], 'an unknown tag');
  const notElements = loadModelFromSources('/m', [
    { path: '/m/readme.yaml', bytes: Buffer.from(`${MODELINE}# Mô hình\n\nĐây là *mô tả* của thư mục.\n`) },
    { path: '/m/list.yaml', bytes: Buffer.from(`${MODELINE}[1, 2, 3]\n`) },
    { path: '/m/json.yaml', bytes: Buffer.from(`${MODELINE}"just a string"\n`) },
  ]);
  const shown = notElements.diagnostics.map((d) => {
    const p = notElements.positions.resolve(d.location);
    return `${d.location.file} ${d.ruleId} ${p.line}:${p.column} ${d.message}`;
  });
  assert.equal(shown, [
    '/m/json.yaml not-an-element 2:1 Unexpected string, expected a mapping with `kind`, `id` and `name`',
    '/m/list.yaml not-an-element 2:1 Unexpected list, expected a mapping with `kind`, `id` and `name`',
    '/m/readme.yaml not-an-element 4:1 Unexpected string, expected a mapping with `kind`, `id` and `name`',
  ]);
});

test('NFD text: one warning at the first decomposed character, values loaded in NFC', () => {
  const nfd = `${MODELINE}kind: agency\nid: ha-nam\nname: { vi: ${'Tỉnh Hà Nam'.normalize('NFD')} }\nagencyType: province\nprovenance: illustrative\n`;
  const parsed = parseModelText(Buffer.from(nfd));
  assert.equal(parsed.diagnostics.map((d) => `${d.ruleId} ${d.severity} ${d.location.line}:${d.location.column}`), ['unicode-normalization warning 4:14']);
  assert.is((parsed.documents[0]?.value as { name: { vi: string } }).name.vi, 'Tỉnh Hà Nam');
  assert.is(parsed.text, parsed.text.normalize('NFC'), 'positions are computed on the NFC text');
});

test('over the size limit: one error at 1:1, also before reading the file', () => {
  const limits = { ...DEFAULT_LIMITS, maxFileBytes: 1024 };
  const big = `${MODELINE}${AGENCY}description: { vi: "${'x'.repeat(2000)}" }\n`;
  assert.equal(parse(big, limits), ['file-too-large error 1:1']);
  const dir = mkdtempSync(join(tmpdir(), 'kientruc-load-'));
  try {
    writeFileSync(join(dir, 'big.yaml'), big);
    const loaded = loadModel(dir, { limits });
    assert.equal(loaded.diagnostics.map((d) => [d.ruleId, d.location.line, d.location.column, d.message]), [
      ['file-too-large', 1, 1, `File is ${Buffer.byteLength(big)} bytes, more than the limit of 1024 bytes`],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('loading a folder: each bad file gives exactly one diagnostic, the good ones load, nothing throws', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kientruc-load-'));
  const files: Record<string, string | Buffer> = {
    'good.yaml': MODELINE + AGENCY,
    'bom.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MODELINE + AGENCY.replace('ha-nam', 'bom'))]),
    'crlf.yaml': (MODELINE + AGENCY.replace('ha-nam', 'crlf')).replace(/\n/g, '\r\n'),
    'duplicate-key.yaml': `${MODELINE}kind: agency\nkind: agency\n`,
    'empty.yaml': '',
    'latin1.yaml': Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xe0, 0x0a]),
    'nfd.yaml': MODELINE + AGENCY.replace('ha-nam', 'nfd').replace('Tỉnh Hà Nam', 'Tỉnh Hà Nam'.normalize('NFD')),
    'syntax.yaml': `${MODELINE}kind: [agency\n`,
    'tab.yaml': `${MODELINE}kind: agency\nname:\n\tvi: A\n`,
    'aliases.yaml': billionLaughs(20),
  };
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const loaded = loadModel(dir);
    const byFile = (d: Diagnostic) => `${d.location.file.slice(dir.length + 1)} ${d.ruleId} ${d.severity}`;
    assert.equal(loaded.diagnostics.map(byFile).sort(), [
      'aliases.yaml too-many-aliases error',
      'bom.yaml byte-order-mark warning',
      'crlf.yaml line-endings warning',
      'duplicate-key.yaml duplicate-key error',
      'empty.yaml empty-file warning',
      'latin1.yaml invalid-encoding error',
      'nfd.yaml unicode-normalization warning',
      'syntax.yaml yaml-syntax error',
      'tab.yaml tab-indentation error',
    ]);
    assert.equal(loaded.model.elements.map((e) => e.id), ['bom', 'crlf', 'ha-nam', 'nfd']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('schema-modeline: missing or wrong path is one warning with the exact line to write', () => {
  const loaded = loadModelFromSources('/m', [
    { path: '/m/agencies/ok.yaml', bytes: Buffer.from(`# yaml-language-server: $schema=../.schema/kientruc.schema.json\n${AGENCY}`) },
    { path: '/m/agencies/missing.yaml', bytes: Buffer.from(AGENCY.replace('ha-nam', 'missing')) },
    { path: '/m/national/systems/wrong.yaml', bytes: Buffer.from(`# yaml-language-server: $schema=../.schema/kientruc.schema.json\n${AGENCY.replace('ha-nam', 'wrong')}`) },
  ]);
  assert.equal(
    loaded.diagnostics.map((d) => [d.location.file, d.ruleId, d.location.line, d.location.column, d.message, d.fix]),
    [
      ['/m/agencies/missing.yaml', 'schema-modeline', 1, 1, 'Missing `# yaml-language-server: $schema=…` modeline on the first line', 'Write this as the first line: # yaml-language-server: $schema=../.schema/kientruc.schema.json'],
      ['/m/national/systems/wrong.yaml', 'schema-modeline', 1, 33, 'Unexpected schema path `../.schema/kientruc.schema.json`, expected `../../.schema/kientruc.schema.json`', 'Write this as the first line: # yaml-language-server: $schema=../../.schema/kientruc.schema.json'],
    ],
  );
});

test.run();
