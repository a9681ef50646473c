import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fixture, kientruc } from './cli.js';

const dir = fixture('warnings');

test('wrong usage: exit 2 and one line on stderr, nothing on stdout', () => {
  const cases: [string[], RegExp][] = [
    [['check', '--as-of', '2025-02-30'], /^kientruc: --as-of expects a date YYYY-MM-DD, got `2025-02-30`$/],
    [['check', '--format', 'xml'], /^kientruc: --format expects one of pretty, json, sarif, github, got `xml`$/],
    [['check', '--model', 'no-such-folder'], /^kientruc: Model folder not found: .*no-such-folder \(give one with --model DIR\)$/],
    [['check', '--max-warnings', 'some'], /^kientruc: --max-warnings expects a whole number, got `some`$/],
    [['chek'], /^kientruc: unknown command 'chek' \(did you mean check\?\)$/],
    [['check', '--frmat', 'json'], /^kientruc: unknown option '--frmat' \(did you mean --format\?\)$/],
  ];
  for (const [args, message] of cases) {
    const result = kientruc(args, dir);
    assert.is(result.status, 2, `exit code of ${args.join(' ')}`);
    assert.is(result.stdout, '', args.join(' '));
    assert.ok(result.stderr.endsWith('\n') && result.stderr.split('\n').length === 2, `one line for ${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr.trimEnd(), message);
  }
});

test('kientruc rules lists the rules and the built-in checks, bilingual', () => {
  const result = kientruc(['rules'], dir);
  assert.is(result.status, 0);
  assert.match(result.stdout, /^unresolved-reference\s+error\s+reference\s+Mọi tham chiếu .* \/ Every reference /m);
  assert.match(result.stdout, /^schema-modeline\s+warning\s+model\s+/m);
  assert.match(result.stdout, /^too-many-aliases\s+error\s+/m);
  assert.match(result.stdout, /\n\d+ rules, \d+ built-in checks\./);
});

test('kientruc explain prints a rule with its rationale, basis and examples; an unknown rule is wrong usage', () => {
  const result = kientruc(['explain', 'unresolved-reference'], dir);
  assert.is(result.status, 0);
  for (const part of ['unresolved-reference  (error, reference)', 'Lý do / Why', 'Căn cứ / Legal basis: ', 'Cách sửa / How to fix', 'Ví dụ / Example: A misspelt owner']) {
    assert.ok(result.stdout.includes(part), part);
  }
  assert.match(result.stdout, /→ a\.yaml:11:8: error Unknown id `ha-nma` in `owner`/);
  const unknown = kientruc(['explain', 'unresolved-referense'], dir);
  assert.is(unknown.status, 2);
  assert.is(unknown.stderr, 'kientruc: Unknown rule `unresolved-referense`; did you mean `unresolved-reference`? (`kientruc rules` lists them)\n');
});

test.run();
