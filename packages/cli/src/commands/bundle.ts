/**
 * `kientruc bundle`: the upload bundle for the ministry's portal — the built site of every edition
 * up to YEAR as one zip archive, with `SHA256SUMS` (every file's SHA-256, checkable with
 * `sha256sum -c`) inside it and beside it. The same model gives a byte-identical archive.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { buildSite } from '@kientruc/site';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { writeOutput } from '../output.js';
import { toolVersion } from '../version.js';
import { parseEditionOption, siteFailure, siteProject, type SiteCommandOptions } from './build.js';

interface BundleOptions extends SiteCommandOptions {
  out?: string;
}

function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A zip of `files` (path → bytes) in path order with one fixed timestamp: byte-identical every time. */
export function deterministicZip(files: [string, Uint8Array][], edition: number): Uint8Array {
  // Zip stores local wall-clock time; building the date from local fields keeps it the same in every time zone.
  const mtime = new Date(edition, 11, 31, 0, 0, 0);
  const entries: Zippable = {};
  for (const [path, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) entries[path] = [bytes, { mtime, level: 9 }];
  return zipSync(entries);
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Builds the site; failures the user can act on become a one-line usage error. */
async function buildSiteOrFail(options: Parameters<typeof buildSite>[0]) {
  try {
    return await buildSite(options);
  } catch (error) {
    const failure = siteFailure(error);
    if (failure) throw new UsageError(failure.message);
    throw error;
  }
}

export async function runBundle(options: BundleOptions, io: { cwd: string; stdout: (s: string) => void; stderr: (s: string) => void }): Promise<string> {
  const project = siteProject(options, io.cwd);
  const edition = parseEditionOption(options.edition);
  if (edition === undefined) throw new UsageError('--edition YEAR is required: the bundle is the site as of that edition');
  const work = mkdtempSync(join(tmpdir(), 'kientruc-bundle-'));
  try {
    const siteDir = join(work, 'site');
    await buildSiteOrFail({
      project,
      outDir: siteDir,
      edition,
      ...(options.base ? { base: options.base } : {}),
      ...(options.allowErrors ? { allowErrors: true } : {}),
      toolVersion,
      onProgress: (p) => {
        if (p.done === 0) io.stderr(`${p.phase}…\n`);
      },
    });
    const root = `kien-truc-cpdt-${edition}`;
    const site: [string, Uint8Array][] = listFiles(siteDir).map((path) => [path, readFileSync(join(siteDir, path))]);
    // Paths relative to the site's root folder: `cd kien-truc-cpdt-YEAR && sha256sum -c SHA256SUMS`.
    const sums = site.map(([path, bytes]) => `${sha256(bytes)}  ${path}\n`).join('');
    const manifest: [string, Uint8Array] = ['SHA256SUMS', Buffer.from(sums, 'utf8')];
    const files = [...site, manifest].map(([path, bytes]): [string, Uint8Array] => [`${root}/${path}`, bytes]);
    const archive = deterministicZip(files, edition);
    const outDir = options.out ?? join(project.root, 'dist', 'bundle');
    const archivePath = writeOutput(join(outDir, `${root}.zip`), archive, io.cwd);
    writeOutput(join(outDir, `${root}.SHA256SUMS`), sums, io.cwd);
    writeOutput(join(outDir, `${root}.zip.sha256`), `${sha256(archive)}  ${root}.zip\n`, io.cwd);
    io.stdout(`Gói công bố / bundle: ${relative(io.cwd, archivePath)} (${files.length} files, ${archive.length} bytes, sha256 ${sha256(archive)})\n`);
    return archivePath;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function registerBundle(program: Command, io: { cwd: string; stdout: (s: string) => void; setExit: (code: number) => void }): void {
  program
    .command('bundle')
    .description('Đóng gói trang công bố của mọi ấn bản / the upload bundle of every edition up to YEAR')
    .requiredOption('--edition <year>', 'ấn bản mới nhất / the latest edition')
    .option('--model <dir>', 'thư mục mô hình / model folder')
    .option('--out <dir>', 'thư mục đích / output folder (default: dist/bundle)')
    .option('--base <path>', 'đường dẫn gốc / the path the site is served under')
    .option('--allow-errors', 'đóng gói cả khi mô hình còn lỗi / bundle even with errors')
    .action(async (options: BundleOptions) => {
      await runBundle(options, { ...io, stderr: (s) => void process.stderr.write(s) });
    });
}
