/**
 * `kientruc check` on the synthetic national model: each stage alone; the whole check in a fresh
 * process, on a first run (empty disk cache), a second (which stores the disk cache) and later
 * runs (disk cache warm); the check again in the same process after one file changed (parse and
 * validation cached by content); a model with problems (so positions are resolved); and the CLI
 * as a user runs it (process start and tsx included).
 */
import { join } from 'node:path';
import { defineSection, REPO_ROOT, toRow, type BenchRow, type Plan } from '../harness.js';
import { SYNTHETIC_AS_OF } from '../synthetic.js';

const WORKER = 'workers/check-scenario.ts';
const DEFECTS = 12;

export default defineSection({
  name: 'check',
  title: 'kientruc check',
  async run(context) {
    const model = context.model();
    const faulty = context.model({ defects: DEFECTS });
    const on = (scenarioName: string, dir = model.dir) => ({ worker: WORKER, args: [scenarioName, dir, SYNTHETIC_AS_OF] });
    const cli = (...args: string[]) => ({ command: [join(REPO_ROOT, 'packages/cli/bin/kientruc.js'), ...args] });
    const checkCli = cli('check', '--model', model.dir, '--as-of', SYNTHETIC_AS_OF, '--format', 'json');
    const CLI_NOTE = 'node start, tsx, module loading and output included';
    const scenarios: (Plan & { row?: Parameters<typeof toRow>[3] })[] = [
      // Each stage alone, without the disk cache: what it costs when nothing is cached.
      { name: 'load: read + parse (no disk cache)', ...on('load') },
      { name: 'validate: load validators + validate (no disk cache)', ...on('validate') },
      { name: `link: graph as of ${SYNTHETIC_AS_OF}`, ...on('link') },
      { name: 'rules', ...on('rules') },
      { name: `positions: ${DEFECTS} problems in ${DEFECTS} files`, ...on('positions', faulty.dir) },
      // The whole check in a fresh process: a first run marks the model's folders in the disk
      // cache, a second stores their entries, later runs read them.
      { name: 'whole check, cold, first run (empty disk cache)', ...on('check'), diskCache: 'empty', row: { target: { ms: 2000, rssMb: 1024 } } },
      { name: 'whole check, cold, second run (stores the disk cache)', ...on('check'), diskCache: 'second', row: { target: { ms: 2000, rssMb: 1024 } } },
      { name: 'whole check, cold, disk cache warm', ...on('check'), diskCache: 'warm', row: { target: { ms: 2000, rssMb: 1024 } } },
      { name: `whole check, cold, disk cache warm, ${DEFECTS} problems`, ...on('check', faulty.dir), diskCache: 'warm' },
      // In one process (a watch, an editor): parse and validation cached in memory by content.
      { name: 're-check in the same process, one file changed', ...on('recheck'), diskCache: 'warm', row: { target: { ms: 300 } } },
      { name: 'CLI process, first run (empty disk cache)', ...checkCli, okExitCodes: [0, 1], diskCache: 'empty', row: { target: { rssMb: 1024 }, note: CLI_NOTE } },
      { name: 'CLI process, disk cache warm', ...checkCli, okExitCodes: [0, 1], diskCache: 'warm', row: { target: { rssMb: 1024 }, note: CLI_NOTE } },
      { name: 'CLI start-up alone (kientruc --version)', ...cli('--version'), row: { note: 'node start, tsx, the command line (no command module loaded)' } },
    ];
    // Interleaved: a spell of load from other tenants slows one run of each scenario, not all of one.
    const measured = await context.measureInterleaved(scenarios.map((scenario) => ({ ...scenario, name: `check: ${scenario.name}` })));
    const rows: BenchRow[] = scenarios.map((scenario, i) => toRow('check', scenario.name, measured[i]!, scenario.row));
    const of = (prefix: string) => measured[scenarios.findIndex((scenario) => scenario.name.startsWith(prefix))]!;
    const [cold, rules, recheck, link] = [of('whole check, cold, first run'), of('rules'), of('re-check'), of('link')];

    // Facts about what was measured, for the notes under the table.
    const first = (list: { [key: string]: unknown }[], key: string) => list[0]?.[key];
    const coldRow = rows.find((row) => row.scenario.startsWith('whole check, cold, first run'))!;
    coldRow.note = `${String(first(cold, 'diagnostics'))} diagnostics`;
    const rulesRow = rows.find((row) => row.scenario === 'rules')!;
    rulesRow.scenario = `rules (${String(first(rules, 'rules'))} rules)`;
    rulesRow.note = slowestRules(rules.map((m) => m.perRule as Record<string, number>));
    const recheckRow = rows.find((row) => row.scenario.startsWith('re-check'))!;
    const firstEdits = recheck.map((m) => m.firstMs as number).sort((a, b) => a - b);
    recheckRow.note = `median of ${String(first(recheck, 'edits'))} successive edits; the first edit after the cold check: ${Math.round(firstEdits[Math.floor(firstEdits.length / 2)]!)} ms`;
    const linkRow = rows.find((row) => row.scenario.startsWith('link'))!;
    linkRow.note = `${String(first(link, 'inForce'))} elements, ${String(first(link, 'relations'))} relations`;
    return rows;
  },
});

/** The three slowest rules by median time. */
function slowestRules(runs: Record<string, number>[]): string {
  const ids = Object.keys(runs[0] ?? {});
  const medians = ids.map((id) => {
    const times = runs.map((run) => run[id] ?? 0).sort((a, b) => a - b);
    return [id, times[Math.floor(times.length / 2)]!] as const;
  });
  return `slowest: ${medians
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([id, ms]) => `${id} ${ms.toFixed(0)} ms`)
    .join(', ')}`;
}
