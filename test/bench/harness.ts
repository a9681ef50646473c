/**
 * What the benchmark sections share: the shape of a section and of its rows, the synthetic model
 * (generated once per options and generator version, kept under `test/bench/out/models/`), and
 * measurement in fresh child processes, so that each scenario's peak memory is its own.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSyntheticModel, writeSyntheticModel, type SyntheticOptions } from './synthetic.js';

export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT_DIR = join(BENCH_DIR, 'out');

export interface Target {
  /** Median wall time must stay under this. */
  ms?: number;
  /** Peak resident memory must stay under this. */
  rssMb?: number;
}

export interface BenchRow {
  section: string;
  scenario: string;
  runs: number;
  /** Median wall time of the runs. */
  ms: number;
  minMs: number;
  maxMs: number;
  /** Median CPU time (user + system, all threads): steadier than wall time on a shared machine. */
  cpuMs: number;
  /** Highest peak resident memory of the runs. */
  peakRssMb: number;
  /**
   * Median share of the machine's CPU time taken by the host from this virtual machine during a
   * run (`steal` in /proc/stat): other tenants of a shared machine slow the runs this much. NaN
   * where the system does not report it.
   */
  stealPct: number;
  target?: Target;
  /** Whether the target is met; absent without a target. */
  pass?: boolean;
  note?: string;
}

export interface SyntheticModelInfo {
  dir: string;
  options: Required<SyntheticOptions>;
  files: number;
  elements: number;
  references: number;
  bytes: number;
}

/** One measurement, as a worker reports it on its last `BENCH {json}` line. */
export interface Measurement {
  ms: number;
  cpuMs: number;
  rssMb: number;
  /** Host steal during the run (see BenchRow), added by the harness. */
  stealPct?: number;
  [extra: string]: unknown;
}

/**
 * The disk cache (`node_modules/.cache/kientruc/`) a measured process sees: none (`off`), an empty
 * folder of its own (`empty`: a first run, which only marks the model's folders as seen), a folder
 * of its own after one such run (`second`: the run that stores the entries), or the bench's own
 * folder, filled by earlier runs (`warm`). The developer's cache is never used, so results do not
 * depend on it.
 */
export type DiskCache = 'off' | 'empty' | 'second' | 'warm';

export interface MeasureOptions {
  diskCache?: DiskCache;
  /** Exit codes that are not a failure (default 0). */
  okExitCodes?: number[];
}

/** A scenario to measure: a worker script (path relative to test/bench) or a Node program. */
export type Plan = ({ worker: string; args: string[] } | { command: string[] }) & MeasureOptions & { name: string };

export interface BenchContext {
  runs: number;
  /** The synthetic model with these options, generated on first use and cached. */
  model(options?: SyntheticOptions): SyntheticModelInfo;
  /** Runs a worker script (path relative to test/bench) `runs` times, each in a fresh process. */
  measure(worker: string, args: string[], options?: MeasureOptions): Promise<Measurement[]>;
  /** Runs a Node program `runs` times; wall time measured here, memory and CPU by an exit hook. */
  measureCommand(args: string[], options?: MeasureOptions): Promise<Measurement[]>;
  /**
   * Runs each plan `runs` times, in rounds: every plan once, then every plan again. A spell of load
   * from other tenants of the machine then slows one run of each scenario, not every run of one,
   * so the medians compare. Returns the measurements of each plan, in the plans' order.
   */
  measureInterleaved(plans: Plan[]): Promise<Measurement[][]>;
  log(message: string): void;
}

export interface BenchSection {
  /** Short name, used to run one section: `pnpm bench check`. */
  name: string;
  title: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}

export function defineSection(section: BenchSection): BenchSection {
  return section;
}

// ---------------------------------------------------------------------------------------------
// Rows

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Summarises the measurements of one scenario into a row. */
export function toRow(section: string, scenario: string, measurements: Measurement[], options: { target?: Target; note?: string; time?: (m: Measurement) => number } = {}): BenchRow {
  const times = measurements.map(options.time ?? ((m) => m.ms));
  const row: BenchRow = {
    section,
    scenario,
    runs: measurements.length,
    ms: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    cpuMs: median(measurements.map((m) => m.cpuMs)),
    peakRssMb: Math.max(...measurements.map((m) => m.rssMb)),
    stealPct: median(measurements.map((m) => m.stealPct ?? Number.NaN)),
  };
  if (options.target) {
    row.target = options.target;
    row.pass = (options.target.ms === undefined || row.ms <= options.target.ms) && (options.target.rssMb === undefined || row.peakRssMb <= options.target.rssMb);
  }
  if (options.note) row.note = options.note;
  return row;
}

// ---------------------------------------------------------------------------------------------
// The synthetic model, cached by options and by the generator's own source

const GENERATOR_SOURCES = ['synthetic.ts', 'synthetic-data.ts', '../helpers/random.ts'];

export function syntheticModel(options: SyntheticOptions, log: (message: string) => void): SyntheticModelInfo {
  const hash = createHash('sha256').update(JSON.stringify(options));
  for (const source of GENERATOR_SOURCES) hash.update(readFileSync(join(BENCH_DIR, source)));
  const key = hash.digest('hex').slice(0, 12);
  const base = join(OUT_DIR, 'models');
  const folder = join(base, key);
  const summaryFile = join(folder, 'summary.json');
  if (existsSync(summaryFile)) return JSON.parse(readFileSync(summaryFile, 'utf8')) as SyntheticModelInfo;
  rmSync(folder, { recursive: true, force: true });
  log(`generating the synthetic model ${JSON.stringify(options)} …`);
  const model = buildSyntheticModel(options);
  const dir = join(folder, 'model');
  writeSyntheticModel(dir, model);
  const info: SyntheticModelInfo = { dir, options: model.options, files: model.files.size, elements: model.elements, references: model.references, bytes: model.bytes };
  // Written last: a folder without it is an interrupted generation and is generated again.
  writeFileSync(summaryFile, `${JSON.stringify(info, null, 2)}\n`);
  return info;
}

/** Removes cached models that no current option set produced (an older generator, other options). */
export function pruneModels(keep: Set<string>): void {
  const base = join(OUT_DIR, 'models');
  if (!existsSync(base)) return;
  for (const name of readdirSync(base)) if (!keep.has(join(base, name, 'model'))) rmSync(join(base, name), { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Child processes

const USAGE_HOOK = join(BENCH_DIR, 'workers', 'usage-at-exit.mjs');

interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  stealPct: number;
}

/** Clock ticks per second of /proc/stat (USER_HZ, 100 on Linux for every architecture). */
const USER_HZ = 100;

/** The machine's stolen time so far, in ticks of all CPUs (the 8th value of /proc/stat's `cpu` line), or NaN. */
function stolenTicks(): number {
  try {
    const fields = readFileSync('/proc/stat', 'latin1').split('\n', 1)[0]!.trim().split(/\s+/);
    return fields[0] === 'cpu' && fields.length > 8 ? Number(fields[8]) : Number.NaN;
  } catch {
    return Number.NaN; // not Linux
  }
}

function runChild(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const stolen = stolenTicks();
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const stealPct = (100 * (stolenTicks() - stolen)) / ((ms / 1000) * USER_HZ * cpus().length);
      resolve({ code, stdout, stderr, ms, stealPct });
    });
  });
}

const WARM_CACHE_DIR = join(OUT_DIR, 'disk-cache');

/** Runs `run` with the environment of a disk cache state, cleaning up a folder of its own after. */
async function withDiskCache<T>(state: DiskCache, run: (env: NodeJS.ProcessEnv) => Promise<T>): Promise<T> {
  if (state === 'off') return run({ KIENTRUC_CACHE: 'off' });
  if (state === 'warm') return run({ KIENTRUC_CACHE: '', KIENTRUC_CACHE_DIR: WARM_CACHE_DIR });
  const empty = mkdtempSync(join(tmpdir(), 'kientruc-bench-cache-'));
  const env = { KIENTRUC_CACHE: '', KIENTRUC_CACHE_DIR: empty };
  try {
    if (state === 'second') await run(env); // the first run, not measured
    return await run(env);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}

/** Runs a worker in a fresh process and returns what it reported. */
export async function measureWorker(worker: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Measurement> {
  const result = await runChild(['--import', 'tsx', join(BENCH_DIR, worker), ...args], env);
  const line = result.stdout.split('\n').reverse().find((l) => l.startsWith('BENCH '));
  if (result.code !== 0 || !line) {
    throw new Error(`bench worker ${worker} ${args.join(' ')} failed (exit ${result.code}):\n${result.stderr || result.stdout}`);
  }
  return { ...(JSON.parse(line.slice('BENCH '.length)) as Measurement), stealPct: result.stealPct };
}

/** Runs a command in a fresh process: wall time from here, CPU and peak memory from its exit hook. */
export async function measureProcess(args: string[], okExitCodes: number[] = [0], env: NodeJS.ProcessEnv = {}): Promise<Measurement> {
  const usageFile = join(OUT_DIR, `usage-${process.pid}.json`);
  rmSync(usageFile, { force: true });
  const result = await runChild(['--import', USAGE_HOOK, ...args], { ...env, KIENTRUC_BENCH_USAGE: usageFile });
  if (!okExitCodes.includes(result.code ?? -1) || !existsSync(usageFile)) {
    throw new Error(`bench command ${args.join(' ')} failed (exit ${result.code}):\n${result.stderr.slice(0, 2000)}`);
  }
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRSS: number; userCPUTime: number; systemCPUTime: number };
  rmSync(usageFile, { force: true });
  return { ms: result.ms, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, rssMb: usage.maxRSS / 1024, stealPct: result.stealPct };
}

function measureOnce(plan: Plan, env: NodeJS.ProcessEnv): Promise<Measurement> {
  return 'worker' in plan ? measureWorker(plan.worker, plan.args, env) : measureProcess(plan.command, plan.okExitCodes, env);
}

/**
 * Runs every plan `runs` times, in rounds (see BenchContext.measureInterleaved). Plans with a warm
 * disk cache first run twice unmeasured, to fill it (the first run marks, the second stores).
 */
async function interleave(runs: number, plans: Plan[], log: (message: string) => void): Promise<Measurement[][]> {
  for (const plan of plans) if (plan.diskCache === 'warm') for (let fill = 0; fill < 2; fill++) await withDiskCache('warm', (env) => measureOnce(plan, env));
  const measurements = plans.map((): Measurement[] => []);
  for (let round = 1; round <= runs; round++) {
    for (const [i, plan] of plans.entries()) {
      if (plans.length > 1) log(`${plan.name} (round ${round}/${runs})`);
      measurements[i]!.push(await withDiskCache(plan.diskCache ?? 'off', (env) => measureOnce(plan, env)));
    }
  }
  return measurements;
}

export function createContext(runs: number, log: (message: string) => void, models: Map<string, SyntheticModelInfo>): BenchContext {
  return {
    runs,
    model(options = {}) {
      const info = syntheticModel(options, log);
      models.set(info.dir, info);
      return info;
    },
    async measure(worker, args, options = {}) {
      return (await interleave(runs, [{ name: worker, worker, args, ...options }], log))[0]!;
    },
    async measureCommand(args, options = {}) {
      return (await interleave(runs, [{ name: args.join(' '), command: args, ...options }], log))[0]!;
    },
    measureInterleaved(plans) {
      return interleave(runs, plans, log);
    },
    log,
  };
}

export function ensureOutDir(): void {
  mkdirSync(OUT_DIR, { recursive: true });
}
