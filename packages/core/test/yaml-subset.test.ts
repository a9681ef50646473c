/**
 * The subset reader must answer exactly what js-yaml answers for every text it accepts, and
 * decline the rest. Checked on every YAML file of the repository, on a synthetic national model
 * and on documents generated from YAML's corner cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import jsYaml from 'js-yaml';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSyntheticModel } from '../../../test/bench/synthetic.js';
import { seededRandom } from '../../../test/helpers/random.js';
import { loadSubset } from '../src/yaml-subset.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** js-yaml's answer, or 'error'. */
function reference(text: string): unknown[] | 'error' {
  try {
    return jsYaml.loadAll(text, undefined, { schema: jsYaml.CORE_SCHEMA, json: false });
  } catch {
    return 'error';
  }
}

/** Equal values (NaN, -0 and number types included) with keys in the same order. */
function same(a: unknown, b: unknown): boolean {
  const order = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(order) : value !== null && typeof value === 'object' ? Object.entries(value).map(([k, v]) => [k, order(v)]) : value;
  return isDeepStrictEqual(a, b) && isDeepStrictEqual(order(a), order(b));
}

/** Whether the reader agrees with js-yaml on a text; true when it accepted it. */
function agrees(text: string, where: string): boolean {
  const fast = loadSubset(text);
  if (fast === undefined) return false;
  const expected = reference(text);
  assert.ok(expected !== 'error', `${where}: accepted a text js-yaml rejects:\n${text}`);
  assert.ok(same(fast, expected), `${where}: differs from js-yaml:\n${text}\n${JSON.stringify(fast)}\n${JSON.stringify(expected)}`);
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'out' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

test('agrees with js-yaml on every YAML file of the repository, and reads all of the shipped model', () => {
  let accepted = 0;
  const files = ['model', 'test', 'packages', 'generators', 'site', 'templates'].flatMap((dir) => yamlFiles(join(ROOT, dir)));
  for (const file of files) if (agrees(readFileSync(file, 'utf8'), file)) accepted++;
  assert.ok(files.length > 100 && accepted > files.length / 2, `${accepted} of ${files.length} files read`);
  for (const file of yamlFiles(join(ROOT, 'model'))) assert.ok(loadSubset(readFileSync(file, 'utf8')), `declined ${file}`);
});

test('agrees with js-yaml on a synthetic model, and reads all of it', () => {
  const model = buildSyntheticModel({ provinces: 3, ministries: 2, systemsPerAgency: 10, seed: 'subset reader' });
  for (const [path, text] of model.files) assert.ok(agrees(text, path), `declined ${path}`);
});

test('resolves plain scalars as the core schema does, and keeps quoted ones as text', () => {
  const text = 'a: ~\nb: null\nc: True\nd: 0x1F\ne: -1.5\nf: .NaN\ng: 2025-01-01\nh: "12"\ni: \'it\'\'s\'\nj: [1, b, .inf]\nk: {x: 1, y: [z]}\nl: |-\n  x\n\n  y\n';
  assert.ok(agrees(text, 'scalars'));
  const [doc] = loadSubset(text)!;
  assert.equal(Object.keys(doc as object), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);
  const { a, b, c, d, e, f, g, h, i, j, k, l } = doc as Record<string, unknown>;
  assert.equal([a, b, c, d, e, g, h, i, j, k, l], [null, null, true, 31, -1.5, '2025-01-01', '12', "it's", [1, 'b', Infinity], { x: 1, y: ['z'] }, 'x\n\ny']);
  assert.ok(Number.isNaN(f));
});

test('declines what it does not read, errors included', () => {
  const declined = {
    anchor: 'a: &x 1\nb: *x\n',
    tag: 'a: !!str 1\n',
    escape: 'a: "x\\ny"\n',
    folded: 'a: >\n  x\n',
    keep: 'a: |+\n  x\n',
    'multi-line plain': 'a: x\n  y\n',
    'duplicate key': 'a: 1\na: 2\n',
    'resolved key': 'Null: 1\n',
    tab: 'a:\n\tb: 1\n',
    'empty document': 'a: 1\n---\n',
    'bad indentation': 'a:\n    b: 1\n  c: 2\n',
    'mapping in a value': 'a: b: c\n',
    'top-level sequence': '- a\n',
    'control character': 'a: \u0007\n',
    'unterminated flow': 'a: [x, y\n',
    'trailing comma': 'a: [x,]\n',
    // The reader works on offsets into the whole text: nothing may run past a line's end.
    'double quote closed on a later line': 'a: "x\nb: y"\n',
    'single quote closed on a later line': "a: 'x\nb: y'\n",
    'flow closed on a later line': 'a: [x,\n  y]\nb: {c: d,\n  e: f}\n',
    'key at the end of the text': 'a: 1\nb',
  };
  for (const [what, text] of Object.entries(declined)) assert.is(loadSubset(text), undefined, what);
  // A comment further down the text does not cut a plain scalar short.
  assert.equal(loadSubset('a: x y\nb: z # c\n'), [{ a: 'x y', b: 'z' }]);
  assert.equal(loadSubset('a: x\nb: |\n  y\n'), [{ a: 'x', b: 'y\n' }]);
});

/** Pieces of YAML, ordinary and odd, that the generated documents are made of. */
const SCALARS = [
  'x', 'Dân cư', 'a b', '~', 'null', 'Null', 'true', 'False', 'TRUE', '0', '-0', '+1', '012', '0x1F', '0o17', '0b101', '1_000',
  '1.5', '-.5', '.5', '1e3', '1.5e-3', '-1e+3', '0.', '.inf', '-.Inf', '+.inf', '.NaN', '2025-01-01', '12:30', '1:2', 'a: b', 'a:',
  'a #b', 'a#b', '#x', "'q'", "'it''s'", "''", '""', '"d"', '"a\\nb"', '"x" y', "'x' y", '- x', '-x', '-', '?x', ':x', '[a, b]',
  '[a, [b]]', '[a,]', '[]', '{}', '{a: 1}', '{a: 1, b: {c: d}}', '{a: [1, 2]}', '{a:1}', '{a: 1, a: 2}', '&a x', '*a', '!!str 1',
  '!x y', '%x', '@x', '`x', 'a, b', 'http://x.y/z?a=1#f', 'x  ', '"', "'", '"open', '[a', '{a: 1', '\u00a0x', 'a\u0085b', '~x',
  'yes', 'No', '.', '...', '---', '1e', 'e1', '0xG', '[1, 2.5, -3, .inf, ~]', '{k: null, t: True}', '[a b, c]', '[Null, "q"]',
  'x # c', '"q" # c', '[a] # c', '[a]#c', 'NQ 202/2025/QH15', '[x: y]', '[a #b]', '[&a x]', '[*a]', '[!t x]', '[- a]', '[a:b]', '[?x]',
  '{a: b: c}', '{a: #x}', '[-1, -x]', '{a: "q", b: \'r\'}', '[a, {b: c}]',
  'x\u00a0', '[x\u00a0, y\u2028]', 'x\u3000 # c',
];
/** What model files are mostly made of. */
const ORDINARY = ['x', 'Dân cư', 'Cổng dịch vụ công', 'a-b-c', '12', '3', '2025-01-01', 'true', 'operating', '"Next steps: x"', "'q'", '[a, b]', '[]', 'https://x.gov.vn/', 'NQ 202/2025/QH15'];
const ODD_KEYS = ['Null', 'true', '1a', '-a', 'constructor', '__proto__', 'x y', 'a: b', '"q"'];
const KEYS = ['a', 'b', 'kind', 'id', 'name', 'vi', 'en', 'b-c', '_x', 'owner', 'status', 'since', 'until', 'level'];
const BLOCK_LINES = ['text', 'Dân cư', '# not a comment', '  more indented', '', '', '   ', 'key: value', '- item', '---', 'x  '];

function generate(seed: string): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const lines: string[] = [];
  const pad = (n: number) => ' '.repeat(Math.max(0, n));
  const extra = () => (random() < 0.1 ? pick([' # note', '  ', ' #', '#x']) : '');
  const scalar = () => pick(random() < 0.85 ? ORDINARY : SCALARS);
  const key = () => pick(random() < 0.97 ? KEYS : ODD_KEYS);
  const value = (indent: number, depth: number, inSequence: boolean): void => {
    const roll = random();
    const head = lines.pop()!;
    if (roll < 0.45 || depth > 3) {
      lines.push(`${head} ${scalar()}${extra()}`);
    } else if (roll < 0.6) {
      lines.push(`${head} ${random() < 0.9 ? pick(['|', '|-']) : pick(['|+', '>', '| # c', '|2'])}`);
      const step = random() < 0.9 ? 2 : pick([1, 4, 0]);
      for (let n = Math.floor(random() * 4) + 1; n > 0; n--) {
        const line = random() < 0.7 ? pick(['text', 'Dân cư', '']) : pick(BLOCK_LINES);
        lines.push(line === '' || line === '   ' ? line : `${pad(indent + step)}${line}`);
      }
    } else if (roll < 0.78) {
      lines.push(`${head}${extra()}`);
      mapping(indent + (random() < 0.9 ? 2 : pick([1, 4])), depth + 1);
    } else {
      lines.push(`${head}${extra()}`);
      const at = inSequence ? indent + 2 : indent + (random() < 0.95 ? pick([0, 2]) : 1);
      for (let n = Math.floor(random() * 3) + 1; n > 0; n--) {
        if (random() < 0.4) {
          lines.push(`${pad(at)}-${pick([' ', ' ', '   '])}`.trimEnd());
          const dash = lines.pop()!;
          lines.push(`${dash} ${key()}:`);
          value(dash.length + 1, depth + 1, true);
          if (random() < 0.5) {
            lines.push(`${pad(dash.length + 1)}${key()}:`);
            value(dash.length + 1, depth + 1, false);
          }
        } else {
          lines.push(`${pad(at)}-`);
          value(at, depth + 1, true);
        }
      }
    }
  };
  const mapping = (indent: number, depth: number): void => {
    for (let n = Math.floor(random() * 4) + 1; n > 0; n--) {
      if (random() < 0.1) lines.push(pick(['', '   ', `${pad(Math.floor(random() * 6))}# comment`]));
      // Now and then a key one space off.
      const off = random() < 0.01 ? pick([-1, 1]) : 0;
      lines.push(`${pad(indent + off)}${key()}:`);
      value(indent, depth, false);
    }
  };
  const documents = Math.floor(random() * 3) + 1;
  if (random() < 0.3) lines.push('# yaml-language-server: $schema=x');
  for (let d = 0; d < documents; d++) {
    if (d > 0 || random() < 0.2) lines.push(random() < 0.95 ? '---' : pick(['--- # c', '...']));
    mapping(0, 0);
  }
  if (random() < 0.05) lines.push('---');
  return lines.join('\n') + (random() < 0.9 ? '\n' : '');
}

test('agrees with js-yaml on generated documents of ordinary and odd YAML', () => {
  const runs = 4000;
  let accepted = 0;
  for (let i = 0; i < runs; i++) if (agrees(generate(`subset ${i}`), `generated document ${i}`)) accepted++;
  // Both ways are taken often: the documents test the reader, not only its declining.
  assert.ok(accepted > runs * 0.1 && accepted < runs * 0.9, `${accepted} of ${runs} generated documents read`);
});

test.run();
