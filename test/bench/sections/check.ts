/**
 * `kientruc check` on the synthetic national model: each stage alone; the whole check in a fresh
 * process, on a first run (empty disk cache) and on later runs (disk cache warm); the check again
 * in the same process after one file changed (parse and validation cached by content); a model
 * with problems (so positions are resolved); and the CLI as a user runs it (process start and tsx
 * included).
 */
import { join } from 'node:path';
import { defineSection, REPO_ROOT, toRow, type BenchRow, type MeasureOptions } from '../harness.js';
import { SYNTHETIC_AS_OF } from '../synthetic.js';

const WORKER = 'workers/check-scenario.ts';
const DEFECTS = 12;

export default defineSection({
  name: 'check',
  title: 'kientruc check',
  async run(context) {
    const model = context.model();
    const faulty = context.model({ defects: DEFECTS });
    const rows: BenchRow[] = [];
    const scenario = async (name: string, args: string[], options: Parameters<typeof toRow>[3] & MeasureOptions = {}) => {
      context.log(`check: ${name}`);
      const measurements = await context.measure(WORKER, args, options);
      rows.push(toRow('check', name, measurements, options));
      return measurements;
    };
    const on = (scenarioName: string, dir = model.dir) => [scenarioName, dir, SYNTHETIC_AS_OF];
    const cli = async (name: string, diskCache: MeasureOptions['diskCache']) => {
      context.log(`check: ${name}`);
      const args = [join(REPO_ROOT, 'packages/cli/bin/kientruc.js'), 'check', '--model', model.dir, '--as-of', SYNTHETIC_AS_OF, '--format', 'json'];
      const measurements = await context.measureCommand(args, { okExitCodes: [0, 1], diskCache });
      rows.push(toRow('check', name, measurements, { target: { rssMb: 1024 }, note: 'node start, tsx, module loading and output included' }));
    };

    // Each stage alone, without the disk cache: what it costs when nothing is cached.
    await scenario('load: read + parse (no disk cache)', on('load'));
    await scenario('validate: load validators + validate (no disk cache)', on('validate'));
    const link = await scenario(`link: graph as of ${SYNTHETIC_AS_OF}`, on('link'));
    const rules = await scenario('rules', on('rules'));
    await scenario(`positions: ${DEFECTS} problems in ${DEFECTS} files`, on('positions', faulty.dir));
    // The whole check in a fresh process: a first run fills the disk cache, later runs read it.
    const cold = await scenario('whole check, cold, first run (empty disk cache)', on('check'), { diskCache: 'empty', target: { ms: 2000, rssMb: 1024 } });
    await scenario('whole check, cold, disk cache warm', on('check'), { diskCache: 'warm', target: { ms: 2000, rssMb: 1024 } });
    await scenario(`whole check, cold, disk cache warm, ${DEFECTS} problems`, on('check', faulty.dir), { diskCache: 'warm' });
    // In one process (a watch, an editor): parse and validation cached in memory by content.
    const recheck = await scenario('re-check in the same process, one file changed', on('recheck'), { diskCache: 'warm', target: { ms: 300 } });
    await cli('CLI process, first run (empty disk cache)', 'empty');
    await cli('CLI process, disk cache warm', 'warm');
    context.log('check: CLI start-up alone');
    const startup = await context.measureCommand([join(REPO_ROOT, 'packages/cli/bin/kientruc.js'), '--version']);
    rows.push(toRow('check', 'CLI start-up alone (kientruc --version)', startup, { note: 'node start, tsx, the command line (no command module loaded)' }));

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
