/**
 * Diagrams of the synthetic national model: every view (overall, integration, landscape,
 * context, custom) computed from the graph, laid out with elkjs in the worker pool (both cores)
 * and drawn as SVG in both languages; cold (empty layout cache), warm (nothing changed), and the
 * largest single view. Each measurement runs this file as a worker in a fresh process:
 *   diagrams.ts --scenario <largest|largest-cold|all> <model-dir> <as-of> <cache-dir>
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineSection, measureWorker, OUT_DIR, toRow, type BenchRow, type Measurement } from '../harness.js';
import { SYNTHETIC_AS_OF } from '../synthetic.js';

const SELF = 'sections/diagrams.ts';

export default defineSection({
  name: 'diagrams',
  title: 'kientruc diagrams (views, elkjs layout, SVG)',
  async run(context) {
    const model = context.model();
    // Per run of the bench: two benches at once must not share (and empty) one cache.
    const cacheDir = join(OUT_DIR, `diagram-cache-${process.pid}`);
    const rows: BenchRow[] = [];
    const measure = async (scenario: string, runs: number, before?: () => void): Promise<Measurement[]> => {
      const measurements: Measurement[] = [];
      for (let i = 0; i < runs; i++) {
        before?.();
        measurements.push(await measureWorker(SELF, ['--scenario', scenario, model.dir, SYNTHETIC_AS_OF, cacheDir]));
      }
      return measurements;
    };
    const first = (list: Measurement[]) => list[0]!;

    context.log('diagrams: largest view, pool warmed up');
    const largest = await measure('largest', context.runs);
    const l = first(largest);
    rows.push(toRow('diagrams', `largest view (${String(l.nodes)} boxes, ${String(l.edges)} edges): measure, lay out, draw`, largest, { target: { ms: 1500 }, note: `${String(l.view)}; elkjs warmed up on 300 other views first` }));

    context.log('diagrams: largest view, cold process');
    const largestCold = await measure('largest-cold', Math.min(context.runs, 3));
    rows.push(toRow('diagrams', 'largest view, first layout of a fresh process', largestCold, { note: 'includes starting the worker and elkjs JIT warm-up' }));

    // Cold runs are long: fewer of them, each from an empty cache.
    context.log('diagrams: all views, cold (this takes a while)');
    const cold = await measure('all', Math.min(context.runs, 2), () => rmSync(cacheDir, { recursive: true, force: true }));
    const c = first(cold);
    rows.push(
      toRow('diagrams', `all views cold (${String(c.views)} views × 2 languages)`, cold, {
        target: { ms: 60000 },
        note: `${String(c.layouts)} layouts in ${String(c.workers)} workers, ${String(c.refused)} views refused as too large; computing the views ${Math.round(Number(c.computeMs))} ms`,
      }),
    );

    context.log('diagrams: all views, warm');
    const warm = await measure('all', context.runs);
    const w = first(warm);
    rows.push(toRow('diagrams', 'all views warm (nothing changed)', warm, { target: { ms: 3000 }, note: `${String(w.layouts)} layouts; computing the views ${Math.round(Number(w.computeMs))} ms` }));
    rmSync(cacheDir, { recursive: true, force: true });
    return rows;
  },
});

// ---------------------------------------------------------------------------------------------
// Worker: one scenario in this process, reported on a `BENCH {json}` line.

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv[2] === '--scenario') {
  const [, , , scenario, modelDir, asOf, cacheDir] = process.argv;
  const { computeViews, evaluateAsOf, loadModel } = await import('@kientruc/core');
  const diagrams = await import('../../../generators/diagrams/src/index.js');
  const { report } = await import('../workers/report.js');
  const graph = evaluateAsOf(loadModel(modelDir!), asOf!);
  const cpu = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  if (scenario === 'largest' || scenario === 'largest-cold') {
    const { views } = computeViews(graph);
    const view = [...views].sort((a, b) => b.nodes.length - a.nodes.length || (a.id < b.id ? -1 : 1))[0]!;
    if (scenario === 'largest') {
      // Warm elkjs up in every worker on other views, large and small, as a site build or
      // `--all` has by then: its JIT takes hundreds of layouts to reach full speed.
      const large = views.filter((v) => v.id !== view.id && v.nodes.length >= 100).slice(0, 6);
      const others = [...large, ...views.filter((v) => v.viewType === 'context').slice(0, 300)];
      await diagrams.layoutViews(others.map(diagrams.prepareView));
    }
    const startedCpu = cpu();
    const started = performance.now();
    const [laid] = await diagrams.layoutViews([diagrams.prepareView(view)]);
    const svg = diagrams.renderSvg(laid!, { lang: 'vi' });
    const ms = performance.now() - started;
    await diagrams.closeLayoutPool();
    report({ ms, cpuMs: cpu() - startedCpu, view: view.id, nodes: view.nodes.length, edges: view.edges.length, bytes: svg.length });
  } else if (scenario === 'all') {
    mkdirSync(cacheDir!, { recursive: true });
    const base = diagrams.createLayoutCache(cacheDir!);
    let layouts = 0;
    const cache = {
      ...base,
      set: (key: string, layout: Parameters<typeof base.set>[1]) => {
        layouts++;
        base.set(key, layout);
      },
    };
    const startedCpu = cpu();
    const started = performance.now();
    const { views, diagnostics } = computeViews(graph);
    const computeMs = performance.now() - started;
    const drawn = await diagrams.renderDiagrams(views, { langs: ['vi', 'en'], cache });
    const ms = performance.now() - started;
    await diagrams.closeLayoutPool();
    report({ ms, cpuMs: cpu() - startedCpu, computeMs, views: views.length, refused: diagnostics.length, drawings: drawn.length, layouts, workers: diagrams.defaultWorkers() });
  } else {
    process.stderr.write(`unknown scenario ${scenario}\n`);
    process.exit(2);
  }
}
