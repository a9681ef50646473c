import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kientruc, parseJson } from './cli.js';

const MODELINE = '# yaml-language-server: $schema=.schema/kientruc.schema.json\n';
const agency = (id: string, name: string, type: string) => `kind: agency\nid: ${id}\nname: { vi: ${name} }\nagencyType: ${type}\nprovenance: illustrative\n`;
const network = (id: string, owner: string) => `kind: infrastructure\nid: ${id}\nname: { vi: Mạng ${id} }\ninfrastructureType: network\nowner: ${owner}\nstatus: operating\nprovenance: illustrative\n`;

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: repo,
    stdio: 'pipe',
    env: { ...process.env, GIT_AUTHOR_NAME: 'kientruc', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'kientruc', GIT_COMMITTER_EMAIL: 'test@example.invalid' },
  });
const write = (path: string, text: string) => writeFileSync(join(repo, path), text);

test.before(() => {
  repo = mkdtempSync(join(tmpdir(), 'kientruc-changed-'));
  mkdirSync(join(repo, 'model'));
  write('kientruc.config.yaml', 'model: model\n');
  write('model/agencies.yaml', `${MODELINE}${agency('ha-nam', 'Tỉnh Hà Nam', 'province')}---\n${agency('bo-cong-an', 'Bộ Công an', 'ministry')}`);
  write('model/old.yaml', MODELINE + network('mang-cu', 'khong-ton-tai'));
  write('model/systems.yaml', MODELINE + network('mang-tinh', 'ha-nam'));
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');
  // The pull request: one file changed, one added (untracked); old.yaml keeps its old error.
  write('model/systems.yaml', `${MODELINE}${network('mang-tinh', 'ha-nam')}---\n${network('mang-bo', 'bo-cong-an')}---\n${network('mang-sai', 'bo-cong-ann')}`);
  write('model/new.yaml', MODELINE + network('mang-moi', 'ha-nma'));
});
test.after(() => rmSync(repo, { recursive: true, force: true }));

test('kientruc schema writes the editor schema into the model folder, outside what is loaded', () => {
  const result = kientruc(['schema'], repo);
  assert.is(result.status, 0, result.stderr);
  assert.ok(existsSync(join(repo, 'model/.schema/kientruc.schema.json')));
});

test('--changed-since: only diagnostics in changed files, the whole model still loaded', () => {
  const result = kientruc(['check', '--changed-since', 'HEAD', '--as-of', '2025-12-31', '--format', 'json'], repo);
  const { diagnostics, summary } = parseJson(result.stdout);
  assert.is(summary.files, 4, 'every model file is loaded; .schema is not a model file');
  assert.ok(diagnostics.every((d) => d.file === 'model/systems.yaml' || d.file === 'model/new.yaml'), JSON.stringify(diagnostics.map((d) => d.file)));
  assert.equal(
    diagnostics.filter((d) => d.ruleId === 'unresolved-reference').map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`),
    [
      'model/new.yaml:6:8: Unknown id `ha-nma` in `owner`, expected an agency; did you mean `ha-nam`?',
      'model/systems.yaml:22:8: Unknown id `bo-cong-ann` in `owner`, expected an agency; did you mean `bo-cong-an`?',
    ],
  );
  assert.is(result.status, 1);
  // Without the filter the unchanged file's error is there too.
  const all = parseJson(kientruc(['check', '--as-of', '2025-12-31', '--format', 'json'], repo).stdout);
  assert.ok(all.diagnostics.some((d) => d.file === 'model/old.yaml' && d.ruleId === 'unresolved-reference'));
});

test('--changed-since with a ref that does not exist: exit 2, one line', () => {
  const result = kientruc(['check', '--changed-since', 'no-such-branch'], repo);
  assert.is(result.status, 2);
  assert.is(result.stdout, '');
  assert.match(result.stderr, /^kientruc: Unknown git ref `no-such-branch` \(expected a branch, tag or commit of .+\)\n$/);
});

test.run();
