/**
 * `pnpm bench [section…] [--runs N]`: runs the benchmark sections (every module in
 * `test/bench/sections/`, in name order, or the ones named), prints one table to stdout and writes
 * the results to `test/bench/out/results.json`. Each scenario runs N times (default 5), each time
 * in a fresh process; times are medians, memory the highest peak, host steal (CPU time other
 * tenants of a virtual machine took) the median share during the runs.
 */
import { cpus, loadavg } from 'node:os';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, createContext, ensureOutDir, OUT_DIR, pruneModels, type BenchRow, type BenchSection, type SyntheticModelInfo } from './harness.js';

/** Median host steal (% of the machine's CPU time) from which the table warns that times are inflated. */
const STEAL_WARNING_PCT = 5;

function usage(message: string): never {
  process.stderr.write(`kientruc bench: ${message}\nusage: pnpm bench [section…] [--runs N]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let runs = 5;
const wanted: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--runs') {
    runs = Number(args[++i]);
    if (!Number.isInteger(runs) || runs < 1) usage(`--runs expects a whole number ≥ 1, got \`${args[i] ?? ''}\``);
  } else if (arg.startsWith('-')) usage(`unknown option \`${arg}\``);
  else wanted.push(arg);
}

const sectionsDir = join(BENCH_DIR, 'sections');
const sections: BenchSection[] = [];
for (const file of readdirSync(sectionsDir).filter((name) => name.endsWith('.ts')).sort()) {
  const module = (await import(pathToFileURL(join(sectionsDir, file)).href)) as { default?: BenchSection };
  if (!module.default?.name || typeof module.default.run !== 'function') usage(`sections/${file} does not export a section (export default defineSection({…}))`);
  sections.push(module.default);
}
const unknown = wanted.filter((name) => !sections.some((section) => section.name === name));
if (unknown.length > 0) usage(`unknown section ${unknown.map((n) => `\`${n}\``).join(', ')}; sections: ${sections.map((s) => s.name).join(', ')}`);
const selected = wanted.length > 0 ? sections.filter((section) => wanted.includes(section.name)) : sections;

ensureOutDir();
const log = (message: string) => process.stderr.write(`· ${message}\n`);
const usedModels = new Map<string, SyntheticModelInfo>();
const context = createContext(runs, log, usedModels);
const loadAtStart = loadavg()[0]!;
const rows: BenchRow[] = [];
for (const section of selected) {
  try {
    rows.push(...(await section.run(context)));
  } catch (error) {
    // A failing scenario (a worker that exits non-zero) stops the bench with its own output.
    process.stderr.write(`kientruc bench: section \`${section.name}\` failed: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
const loadAtEnd = loadavg()[0]!;
// Only prune when every section ran: a single section does not know the others' models.
if (wanted.length === 0) pruneModels(new Set(usedModels.keys()));

const models = [...usedModels.values()];
process.stdout.write(formatTable(rows, models));
writeFileSync(
  join(OUT_DIR, 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, runs, loadAverage: { start: loadAtStart, end: loadAtEnd }, models, rows }, null, 2)}\n`,
);
log(`results written to ${join(OUT_DIR, 'results.json')}`);

// ---------------------------------------------------------------------------------------------

function formatTable(rows: BenchRow[], models: SyntheticModelInfo[]): string {
  const number = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–');
  const header = ['scenario', 'median ms', 'min–max ms', 'CPU ms', 'peak RSS MB', 'host steal %', 'target', 'met', 'note'];
  const lines = rows.map((row) => [
    `${row.section}: ${row.scenario}`,
    number(row.ms),
    `${number(row.minMs)}–${number(row.maxMs)}`,
    number(row.cpuMs),
    number(row.peakRssMb),
    number(row.stealPct),
    row.target ? [row.target.ms !== undefined ? `< ${number(row.target.ms)} ms` : '', row.target.rssMb !== undefined ? `< ${number(row.target.rssMb)} MB` : ''].filter(Boolean).join(', ') : '',
    row.pass === undefined ? '' : row.pass ? 'yes' : 'NO',
    row.note ?? '',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const numeric = new Set([1, 2, 3, 4, 5]);
  const format = (cells: string[]) => `| ${cells.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (numeric.has(i) ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  const described = models.map(
    (m) =>
      `model${m.options.defects ? ` with ${m.options.defects} problems` : ''}: ${m.files} files, ${m.elements.toLocaleString('en-US')} elements, ${m.references.toLocaleString('en-US')} references, ${(m.bytes / 1e6).toFixed(1)} MB of YAML (${m.options.provinces} provinces, ${m.options.ministries} ministries, ${m.options.systemsPerAgency} systems each, seed \`${m.options.seed}\`)`,
  );
  return [
    `kientruc bench · ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}) · Node ${process.version} · ${runs} runs per scenario, each in a fresh process, scenarios of a section interleaved · load average ${loadAtStart.toFixed(1)} at start, ${loadAtEnd.toFixed(1)} at end`,
    ...described,
    '',
    format(header),
    rule,
    ...lines.map(format),
    '',
    ...(rows.some((row) => row.stealPct >= STEAL_WARNING_PCT)
      ? [
          `Host steal reached ${STEAL_WARNING_PCT}% or more in some scenarios: other tenants of this machine took that share of its CPU time during their runs, so their times are longer than the code's own. Compare such figures only with runs of similar steal.`,
          '',
        ]
      : []),
  ].join('\n');
}
