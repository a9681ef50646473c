/**
 * The compiled validators are kept in the disk cache. A process that loads them from the cache
 * must validate exactly like one that compiles the schemas.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const fixture = fileURLToPath(new URL('./validate-fixture.ts', import.meta.url));
const run = (env: Record<string, string>) =>
  execFileSync(process.execPath, ['--import', 'tsx', fixture], { env: { ...process.env, ...env }, encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) });

test('validators loaded from the disk cache give the same errors as freshly compiled ones', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'kientruc-cache-'));
  try {
    const compiled = run({ KIENTRUC_CACHE_DIR: cacheDir, KIENTRUC_CACHE: '' });
    assert.ok(existsSync(join(cacheDir, 'validators')), 'the first process wrote the compiled code');
    assert.is(readdirSync(join(cacheDir, 'validators')).filter((name) => name.endsWith('.cjs')).length, 1);
    const cached = run({ KIENTRUC_CACHE_DIR: cacheDir, KIENTRUC_CACHE: '' });
    const uncached = run({ KIENTRUC_CACHE: 'off' });
    assert.ok((JSON.parse(compiled) as { results: unknown[] }).results.length > 50);
    assert.equal(JSON.parse(cached), JSON.parse(compiled));
    assert.equal(JSON.parse(uncached), JSON.parse(compiled));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('a corrupt cache entry is compiled again, not trusted', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'kientruc-cache-'));
  try {
    const first = run({ KIENTRUC_CACHE_DIR: cacheDir, KIENTRUC_CACHE: '' });
    const [entry] = readdirSync(join(cacheDir, 'validators'));
    writeFileSync(join(cacheDir, 'validators', entry!), 'exports.agency = 1; syntax error (');
    assert.equal(JSON.parse(run({ KIENTRUC_CACHE_DIR: cacheDir, KIENTRUC_CACHE: '' })), JSON.parse(first));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test.run();
