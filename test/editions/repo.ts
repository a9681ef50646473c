/** A temporary git repository made from test/fixtures/editions: a base commit, then a change. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixture = fileURLToPath(new URL('../fixtures/editions/', import.meta.url));

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The base fixture, then a change: a system renamed, one added. */
export function makeRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kientruc-editions-'));
  cpSync(fixture, dir, { recursive: true });
  writeFileSync(join(dir, 'kientruc.config.yaml'), 'model: model\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@example.invalid');
  git(dir, 'config', 'user.name', 'test');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  const systems = join(dir, 'model/systems.yaml');
  writeFileSync(
    systems,
    readFileSync(systems, 'utf8').replace('Hệ thống quản lý văn bản và điều hành tỉnh Hà Nam', 'Hệ thống quản lý văn bản và điều hành') +
      '---\nkind: information-system\nid: email-ninh-binh\nname: { vi: Thư điện tử công vụ tỉnh Ninh Bình }\ncategory: email\nscope: local\nowner: ninh-binh-2025\nsince: 2025-07-01\nstatus: operating\nsecurityLevel: { level: 2, dossier: approved }\nprovenance: illustrative\n',
  );
  git(dir, 'commit', '-qam', 'change');
  return dir;
}
