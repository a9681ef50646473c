/**
 * Writing the site atomically: every file goes to a temporary folder beside the output folder,
 * which replaces the output folder by two renames only once the whole site is written. A failed
 * or interrupted build leaves the previous site as it was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFile as writeFileCallback } from 'node:fs';
import { spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { basename, dirname, join, resolve } from 'node:path';

/** In the root index.html of every site kientruc writes: what makes a folder safe to replace. */
export const GENERATOR_MARK = '<meta name="generator" content="kientruc">';

export class OutputFolderError extends Error {
  override readonly name = 'OutputFolderError';
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Refuses to replace a folder that is not a site kientruc wrote (a typo in --out must not delete a project). */
export function assertReplaceable(outDir: string): void {
  if (!existsSync(outDir)) return;
  if (!statSync(outDir).isDirectory()) throw new OutputFolderError(`--out ${outDir} is a file, not a folder`);
  if (readdirSync(outDir).length === 0) return;
  const index = join(outDir, 'index.html');
  if (existsSync(index) && readFileSync(index, 'utf8').includes(GENERATOR_MARK)) return;
  throw new OutputFolderError(
    `${outDir} is not empty and is not a site built by kientruc; choose an empty or new folder for --out / thư mục không trống và không phải trang do kientruc dựng`,
  );
}

function removeInBackground(dir: string): void {
  try {
    const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], { detached: true, stdio: 'ignore' });
    child.on('error', () => rmSync(dir, { recursive: true, force: true }));
    child.unref();
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Files being written at once. Writes run on libuv's threads while the next pages render; the
 * limit keeps the pages waiting to be written (and their memory) few.
 */
const MAX_PENDING_WRITES = 32;

// The callback form writes a file in one go; the promise form of Node 20 writes it in chunks.
const writeFile = promisify(writeFileCallback);

export class SiteWriter {
  readonly outDir: string;
  readonly tempDir: string;
  private readonly created = new Set<string>();
  private readonly pending = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;
  files = 0;
  bytes = 0;

  constructor(outDir: string) {
    this.outDir = resolve(outDir);
    assertReplaceable(this.outDir);
    const parent = dirname(this.outDir);
    mkdirSync(parent, { recursive: true });
    this.removeStaleTemps(parent);
    this.tempDir = join(parent, `.${basename(this.outDir)}.tmp-${process.pid}-${Date.now()}`);
    mkdirSync(this.tempDir);
    this.created.add(this.tempDir);
  }

  /** Folders left by builds that died before cleaning up (their process is gone), removed in the background. */
  private removeStaleTemps(parent: string): void {
    const prefix = `.${basename(this.outDir)}.`;
    for (const name of readdirSync(parent)) {
      const match = name.startsWith(prefix) ? /\.(?:tmp|old)-(\d+)-\d+$/.exec(name) : null;
      if (match && !pidAlive(Number(match[1]))) removeInBackground(join(parent, name));
    }
  }

  /** Starts writing a file; waits only while too many writes are under way. Fails with the first write that failed. */
  async write(path: string, content: string | Uint8Array): Promise<void> {
    this.throwIfFailed();
    const target = join(this.tempDir, path);
    const folder = dirname(target);
    if (!this.created.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.created.add(folder);
    }
    const written: Promise<void> = writeFile(target, content).then(
      () => void this.pending.delete(written),
      (error: unknown) => {
        this.failure ??= { error };
        this.pending.delete(written);
      },
    );
    this.pending.add(written);
    this.files++;
    this.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    if (this.pending.size >= MAX_PENDING_WRITES) await Promise.race(this.pending);
    this.throwIfFailed();
  }

  /** Waits for every write under way. */
  async flush(): Promise<void> {
    await Promise.all(this.pending);
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }

  /**
   * Puts the new site in place of the old one. The old one is deleted by a detached process: on
   * a national site that is tens of thousands of files, and the new site is already in place.
   * (A deletion cut short is finished by the next build, see removeStaleTemps.)
   */
  async commit(): Promise<void> {
    await this.flush();
    const parent = dirname(this.outDir);
    const old = join(parent, `.${basename(this.outDir)}.old-${process.pid}-${Date.now()}`);
    const hadOld = existsSync(this.outDir);
    if (hadOld) renameSync(this.outDir, old);
    try {
      renameSync(this.tempDir, this.outDir);
    } catch (error) {
      if (hadOld) renameSync(old, this.outDir);
      throw error;
    }
    if (hadOld) removeInBackground(old);
  }

  async abort(): Promise<void> {
    await Promise.all(this.pending);
    rmSync(this.tempDir, { recursive: true, force: true });
  }
}
