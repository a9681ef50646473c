/**
 * `kientruc check` on the synthetic national model: each stage, the whole check cold, the check
 * again after one file changed (parse and validation cached by content), a model with problems
 * (so positions are resolved), and the CLI as a user runs it (process start and tsx included).
 */
import { join } from 'node:path';
import { defineSection, REPO_ROOT, toRow, type BenchRow } from '../harness.js';
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
    const scenario = async (name: string, args: string[], options: Parameters<typeof toRow>[3] = {}) => {
      context.log(`check: ${name}`);
      const measurements = await context.measure(WORKER, args);
      rows.push(toRow('check', name, measurements, options));
      return measurements;
    };
    const on = (scenarioName: string, dir = model.dir) => [scenarioName, dir, SYNTHETIC_AS_OF];

    await scenario('load (read + parse)', on('load'));
    await scenario('validate (schemas, compiled cold)', on('validate'));
    const link = await scenario(`link (graph as of ${SYNTHETIC_AS_OF})`, on('link'));
    const rules = await scenario('rules', on('rules'));
    await scenario(`positions (${DEFECTS} problems in ${DEFECTS} files)`, on('positions', faulty.dir));
    const cold = await scenario('whole check, cold', on('check'), { target: { ms: 2000, rssMb: 1024 } });
    await scenario('re-check, one file changed', on('recheck'), { target: { ms: 300 } });
    await scenario(`whole check, cold, ${DEFECTS} problems`, on('check', faulty.dir));

    context.log('check: CLI process, cold');
    const cli = await context.measureCommand(
      [join(REPO_ROOT, 'packages/cli/bin/kientruc.js'), 'check', '--model', model.dir, '--as-of', SYNTHETIC_AS_OF, '--format', 'json'],
      { okExitCodes: [0, 1] },
    );
    rows.push(toRow('check', 'CLI process, cold (kientruc check --format json)', cli, { target: { rssMb: 1024 }, note: 'node start, tsx, module loading, output included' }));

    // Facts about what was measured, for the notes under the table.
    const first = (list: { [key: string]: unknown }[], key: string) => list[0]?.[key];
    const coldRow = rows.find((row) => row.scenario === 'whole check, cold')!;
    coldRow.note = `${String(first(cold, 'diagnostics'))} diagnostics`;
    const rulesRow = rows.find((row) => row.scenario === 'rules')!;
    rulesRow.scenario = `rules (${String(first(rules, 'rules'))} rules)`;
    rulesRow.note = slowestRules(rules.map((m) => m.perRule as Record<string, number>));
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
