/** `kientruc build` as a user runs it: exit codes, messages, progress lines in CI. */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../../test/helpers/cli.js';
import { FIXTURE_ROOT, tempDir } from './fixture.js';

function noStackTrace(output: string): void {
  assert.not.match(output, /\n\s+at /, output);
}

test('kientruc build: the site, a summary line, plain progress lines in CI', () => {
  const out = join(tempDir('cli'), 'site');
  const result = runCli(['build', '--out', out, '--edition', '2024'], { cwd: FIXTURE_ROOT });
  assert.is(result.status, 0, result.stderr);
  assert.match(result.stdout, /^Đã dựng \/ built \d+ pages, \d+ files/);
  assert.match(result.stdout, 'editions 2024 (2024-12-31');
  assert.match(result.stderr, 'kiểm tra mô hình / checking the model…\n');
  assert.not.match(result.stderr, '\r', 'no terminal redraws in CI');
  assert.ok(existsSync(join(out, '2024/index.html')));
  noStackTrace(result.stderr);
});

test('kientruc build: a model with errors exits 1, listing them at file:line:col, and writes nothing', () => {
  const root = join(tempDir('cli-errors'), 'project');
  cpSync(FIXTURE_ROOT, root, { recursive: true });
  const file = join(root, 'model/national/systems/national-systems.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('owner: bo-cong-an', 'owner: bo-cong-am'));
  const out = join(root, 'site');
  const result = runCli(['build', '--out', out], { cwd: root });
  assert.is(result.status, 1);
  assert.match(result.stderr, /model\/national\/systems\/national-systems\.yaml:\d+:\d+: error .*bo-cong-am.* \[unresolved-reference\]/);
  assert.match(result.stderr, '--allow-errors');
  assert.not.ok(existsSync(out));
  noStackTrace(result.stderr);

  const allowed = runCli(['build', '--out', out, '--allow-errors'], { cwd: root });
  assert.is(allowed.status, 0, allowed.stderr);
  assert.match(allowed.stdout, 'errors)');
});

test('kientruc build: wrong usage exits 2 with one line', () => {
  const notASite = tempDir('cli-not-a-site');
  writeFileSync(join(notASite, 'keep.txt'), 'x');
  for (const [args, message] of [
    [['build', '--edition', '25'], '--edition expects a year like 2025'],
    [['build', '--model', 'no-such-folder'], 'Model folder not found'],
    [['build', '--out', notASite], 'is not empty and is not a site built by kientruc'],
    [['build', '--base', 'a b'], '--base expects a URL path'],
  ] as const) {
    const result = runCli([...args], { cwd: FIXTURE_ROOT });
    assert.is(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, message);
    assert.is(result.stderr.trim().split('\n').filter((line) => line.startsWith('kientruc:')).length, 1, result.stderr);
    noStackTrace(result.stderr);
  }
  assert.is(readFileSync(join(notASite, 'keep.txt'), 'utf8'), 'x');
});

test.run();
