/**
 * Editions, diffs and the pull-request workflow, end to end: the real CLI on a temporary git
 * repository made from the fixture in test/fixtures/editions.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { assertGolden } from '../helpers/golden.js';
import { kientrucBin, repoRoot, runCli } from '../helpers/cli.js';
import { makeRepo } from './repo.js';

const golden = (name: string) => fileURLToPath(new URL(`golden/${name}`, import.meta.url));

const diff = suite('kientruc diff');

diff('2024 → 2025 on the working tree reads the merger: removed provinces, moved systems', () => {
  const dir = makeRepo();
  try {
    for (const format of ['pretty', 'markdown', 'json'] as const) {
      const result = runCli(['diff', '2024', '2025', '--format', format], { cwd: dir });
      assert.is(result.status, 0, result.stderr);
      assertGolden(golden(`fixture-2024-2025.${format === 'pretty' ? 'txt' : format === 'markdown' ? 'md' : 'json'}`), result.stdout);
    }
    const json = JSON.parse(runCli(['diff', '2024', '2025', '--format', 'json'], { cwd: dir }).stdout);
    const qlvb = json.elements.find((e: { id: string }) => e.id === 'qlvb-ha-nam');
    assert.equal(qlvb.moved, { from: 'ha-nam', to: 'ninh-binh-2025', reason: 'merger' });
    assert.equal(json.elements.filter((e: { change: string }) => e.change === 'removed').map((e: { id: string }) => e.id), ['cong-thong-tin-ha-nam', 'ha-nam', 'ninh-binh']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

diff('between two commits, as of one date', () => {
  const dir = makeRepo();
  try {
    const result = runCli(['diff', 'HEAD~1', 'HEAD', '--as-of', '2025-12-31'], { cwd: dir });
    assert.is(result.status, 0, result.stderr);
    assertGolden(golden('fixture-commits.txt'), result.stdout);
    const bad = runCli(['diff', 'no-such-ref', 'HEAD'], { cwd: dir });
    assert.is(bad.status, 2);
    assert.match(bad.stderr, /Not a git ref: `no-such-ref`/);
    assert.not.match(bad.stderr, /\n\s+at /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

diff.run();

const publish = suite('kientruc publish');

publish('freezes an edition once; the snapshot wins over later edits; tampering and rewritten history are errors', () => {
  const dir = makeRepo();
  try {
    const first = runCli(['publish', '2024'], { cwd: dir });
    assert.is(first.status, 0, first.stderr);
    const snapshotPath = join(dir, 'model/editions/2024.yaml');
    const snapshot = readFileSync(snapshotPath, 'utf8');
    assert.match(snapshot, /^edition: 2024$/m);
    assert.match(snapshot, /^hash: sha256:[0-9a-f]{64}$/m);

    const again = runCli(['publish', '2024'], { cwd: dir });
    assert.is(again.status, 2);
    assert.match(again.stderr, /already published/);
    assert.is(readFileSync(snapshotPath, 'utf8'), snapshot, 'a published edition is never overwritten');

    assert.is(runCli(['check', '--as-of', '2025-12-31'], { cwd: dir }).status, 0);

    // An unrelated later edit does not change what edition 2024 says.
    const systems = join(dir, 'model/systems.yaml');
    writeFileSync(systems, readFileSync(systems, 'utf8').replace('National Document Axis', 'The National Document Axis'));
    const diffAfter = runCli(['diff', '2024', '2025', '--format', 'json'], { cwd: dir });
    assert.match(JSON.parse(diffAfter.stdout).from.label, /^ấn bản \/ edition 2024$/);

    // Deleting an element that edition 2024 holds rewrites history.
    const agencies = join(dir, 'model/agencies.yaml');
    const original = readFileSync(agencies, 'utf8');
    writeFileSync(agencies, original.replace(/---\nkind: agency\nid: ninh-binh\n[\s\S]*?(?=---\n)/, ''));
    const rewritten = runCli(['check', '--as-of', '2025-12-31', '--format', 'json'], { cwd: dir });
    assert.is(rewritten.status, 1);
    const history = JSON.parse(rewritten.stdout).diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'published-history');
    assert.equal(
      history.map((d: { file: string; message: string }) => `${d.file}: ${d.message}`),
      ['model/editions/2024.yaml: `ninh-binh` was deleted, but edition 2024 publishes it; keep it and end it with `until`'],
    );
    writeFileSync(agencies, original);

    // A snapshot edited by hand is an error at its hash, not a silent rebuild.
    writeFileSync(snapshotPath, snapshot.replace('Tỉnh Hà Nam', 'Tỉnh Hà Nam (sửa tay)'));
    const tampered = runCli(['check', '--as-of', '2025-12-31'], { cwd: dir });
    assert.is(tampered.status, 1);
    const line = snapshot.split('\n').findIndex((l) => l.startsWith('hash:')) + 1;
    assert.match(tampered.stdout, new RegExp(`model/editions/2024\\.yaml:${line}:7: error Edition 2024 snapshot was edited by hand`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

publish('refuses a model with errors unless --allow-errors', () => {
  const dir = makeRepo();
  try {
    writeFileSync(join(dir, 'model/broken.yaml'), 'kind: infrastructure\nid: mang\nname: { vi: Mạng }\ninfrastructureType: network\nowner: khong-co\nstatus: operating\nprovenance: illustrative\n');
    const refused = runCli(['publish', '2025'], { cwd: dir });
    assert.is(refused.status, 2);
    assert.match(refused.stderr, /errors as of 2025-12-31/);
    assert.not.ok(existsSync(join(dir, 'model/editions/2025.yaml')));
    const forced = runCli(['publish', '2025', '--allow-errors'], { cwd: dir });
    assert.is(forced.status, 0, forced.stderr);
    assert.match(readFileSync(join(dir, 'model/editions/2025.yaml'), 'utf8'), /ruleId: unresolved-reference/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

publish('publish writes the upload bundle; edition 2024 rebuilds byte-identically after unrelated model edits', () => {
  const dir = makeRepo();
  try {
    const published = runCli(['publish', '2024', '--out', 'out1'], { cwd: dir });
    assert.is(published.status, 0, published.stderr);
    const zip = join(dir, 'out1/kien-truc-cpdt-2024.zip');
    const sums = readFileSync(join(dir, 'out1/kien-truc-cpdt-2024.SHA256SUMS'), 'utf8');
    assert.match(sums, /^[0-9a-f]{64} {2}2024\/index\.html$/m);
    assert.match(sums, /^[0-9a-f]{64} {2}index\.html$/m);
    assert.is(readFileSync(join(dir, 'out1/kien-truc-cpdt-2024.zip.sha256'), 'utf8').split(' ')[0], createHash('sha256').update(readFileSync(zip)).digest('hex'));
    // Unzip and verify every file against the manifest inside the archive.
    const files = unzipSync(readFileSync(zip));
    const inside = new TextDecoder().decode(files['kien-truc-cpdt-2024/SHA256SUMS']!);
    assert.is(inside, sums);
    for (const line of inside.trim().split('\n')) {
      const [hash, path] = line.split('  ');
      assert.is(createHash('sha256').update(files[`kien-truc-cpdt-2024/${path}`]!).digest('hex'), hash, path);
    }
    // An unrelated edit to the live model: a 2025 system renamed, a new agency from 2026.
    const systems = join(dir, 'model/systems.yaml');
    writeFileSync(systems, readFileSync(systems, 'utf8').replace('Thư điện tử công vụ tỉnh Ninh Bình', 'Hệ thống thư điện tử tỉnh Ninh Bình'));
    writeFileSync(join(dir, 'model/new.yaml'), 'kind: agency\nid: bo-moi\nname: { vi: Bộ Mới }\nagencyType: ministry\nsince: 2026-01-01\nprovenance: illustrative\n');
    const again = runCli(['bundle', '--edition', '2024', '--out', 'out2'], { cwd: dir });
    assert.is(again.status, 0, again.stderr);
    assert.ok(readFileSync(join(dir, 'out2/kien-truc-cpdt-2024.zip')).equals(readFileSync(zip)), 'edition 2024 is frozen: same bytes');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

publish.run();

const pr = suite('pull-request report and workflow scripts');

pr('pr-report: changed files checked, errors first with links, the diff, within the size limit', () => {
  const dir = makeRepo();
  try {
    writeFileSync(join(dir, 'model/new.yaml'), 'kind: infrastructure\nid: mang-ninh-binh\nname: { vi: Mạng <b>nội bộ</b> | tỉnh }\ninfrastructureType: network\nowner: ninh-bnh-2025\nstatus: operating\nprovenance: illustrative\n');
    const env = { GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'org/repo', GITHUB_HEAD_SHA: 'abc123' };
    const result = runCli(['pr-report', '--base', 'HEAD~1', '--as-of', '2025-12-31'], { cwd: dir, env });
    assert.is(result.status, 1, 'errors in the changed files');
    const report = result.stdout;
    assert.ok(report.startsWith('<!-- kientruc-pr-report -->\n'));
    assert.match(report, '[model/new.yaml:5:8](https://github.example/org/repo/blob/abc123/model/new.yaml#L5)');
    assert.match(report, 'did you mean `ninh-binh-2025`?');
    assert.match(report, '| thêm / added | information-system | `email-ninh-binh` |');
    assert.match(report, 'Mạng &lt;b&gt;nội bộ&lt;/b&gt; \\| tỉnh', 'model text is escaped in Markdown tables');
    const short = runCli(['pr-report', '--base', 'HEAD~1', '--as-of', '2025-12-31', '--max-length', '900'], { cwd: dir, env });
    assert.ok(short.stdout.length <= 900, `report is ${short.stdout.length} characters`);
    assert.match(short.stdout, /cut to fit a comment/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

pr('.github/scripts/pr-check.sh runs what the workflow runs', () => {
  const dir = makeRepo();
  try {
    writeFileSync(join(dir, 'model/new.yaml'), 'kind: infrastructure\nid: mang\nname: { vi: Mạng }\ninfrastructureType: network\nowner: khong-co\nstatus: operating\nprovenance: illustrative\n');
    const script = join(repoRoot, '.github/scripts/pr-check.sh');
    const result = spawnSync('bash', [script, 'HEAD', 'out'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, KIENTRUC: `${process.execPath} ${kientrucBin}`, CI: 'true' },
    });
    assert.is(result.status, 1, result.stderr);
    assert.match(result.stdout, /^::error file=model\/new\.yaml,line=5,col=8,/m);
    const sarif = JSON.parse(readFileSync(join(dir, 'out/kientruc.sarif'), 'utf8'));
    assert.is(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'unresolved-reference'));
    assert.match(readFileSync(join(dir, 'out/pr-report.md'), 'utf8'), /<!-- kientruc-pr-report -->/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

pr.run();
