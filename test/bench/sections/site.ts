/**
 * `kientruc build` on the synthetic national model: the whole site (every page in both languages,
 * every diagram, the search index, the open data) cold (empty diagram cache) and warm (layouts
 * and drawings cached), a rebuild after one model file changed (what `kientruc serve` does:
 * re-check and re-plan, then render the page viewed), the output's size, the home page's
 * transfer size, and the search index's size and query time.
 *
 * This file is also its own worker: run as a script (`sections/site.ts <scenario> …`) it measures
 * one scenario in a fresh process and prints the harness's `BENCH {json}` line.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineSection, measureWorker, OUT_DIR, toRow, type BenchRow, type Measurement } from '../harness.js';

const SELF = 'sections/site.ts';
const EDITION = '2025';
const SITE_DIR = join(OUT_DIR, 'site');
const COLD_RUNS = 1;
/**
 * Queries a reader types: single words, common words ("hệ thống thông tin" is in most names),
 * accents left out ("da nang" for "Đà Nẵng"), a word still being typed. The search box starts
 * at two characters.
 */
const QUERIES = ['dan cu', 'csdl quoc gia ve dan cu', 'dang ky doanh nghiep', 'ha noi', 'da nang', 'he thong thong tin', 'dich vu cong', 'lgsp', 'ket noi', 'tai chinh', 'mot cua dien tu', 'truc lien th', 'th'];

export default defineSection({
  name: 'site',
  title: 'kientruc build (the site)',
  async run(context) {
    const model = context.model();
    const rows: BenchRow[] = [];
    mkdirSync(SITE_DIR, { recursive: true });
    const cache = join(SITE_DIR, 'diagram-cache');
    const runs = async (count: number, args: string[]) => {
      const measurements: Measurement[] = [];
      for (let i = 0; i < count; i++) measurements.push(await measureWorker(SELF, args));
      return measurements;
    };

    context.log('site: full build, cold (empty diagram cache)');
    rmSync(cache, { recursive: true, force: true });
    const cold = await runs(COLD_RUNS, ['build', model.dir, join(SITE_DIR, 'cold'), cache, 'empty']);
    const first = cold[0]!;
    rows.push(
      toRow('site', `full build, cold (${String(first.pages)} pages, ${String(first.views)} diagrams)`, cold, {
        target: { ms: 90_000 },
        note: `${(Number(first.bytes) / 1e6).toFixed(0)} MB in ${String(first.files)} files; check ${String(first.checkMs)} ms, diagrams ${String(first.diagramsMs)} ms, pages ${String(first.renderMs)} ms`,
      }),
    );

    context.log('site: full build, warm (diagram cache filled)');
    const warm = await context.measure(SELF, ['build', model.dir, join(SITE_DIR, 'warm'), cache, 'keep']);
    rows.push(toRow('site', 'full build, warm (layouts and drawings cached)', warm, { note: `diagrams ${String(warm[0]!.diagramsMs)} ms` }));

    context.log('site: rebuild after one file changed');
    const rebuild = await context.measure(SELF, ['rebuild', model.dir, cache]);
    rows.push(
      toRow('site', 'rebuild after one file changed (serve: re-check, re-plan, render the page)', rebuild, {
        target: { ms: 5000 },
        note: `first preparation ${String(rebuild[0]!.firstMs)} ms (parse cache empty)`,
      }),
    );

    const built = join(SITE_DIR, 'warm');
    const home = homeTransfer(built);
    rows.push({ section: 'site', scenario: 'home page transferred (gzip for text)', runs: 1, ms: Number.NaN, minMs: Number.NaN, maxMs: Number.NaN, cpuMs: Number.NaN, peakRssMb: Number.NaN, stealPct: Number.NaN, pass: home.bytes < 300 * 1024, note: `${(home.bytes / 1024).toFixed(0)} KB (target < 300 KB): ${home.detail}` });

    context.log('site: search');
    const search = await context.measure(SELF, ['search', join(built, EDITION, 'assets', 'search-vi.js')]);
    const sizes = search[0]!;
    rows.push(
      toRow('site', `search, slowest of ${QUERIES.length} queries (median of runs)`, search, {
        target: { ms: 50 },
        time: (m) => Number(m.slowestMs),
        note: `index ${(Number(sizes.indexBytes) / 1e6).toFixed(1)} MB (${(Number(sizes.gzipBytes) / 1e6).toFixed(1)} MB gzip), ${String(sizes.documents)} elements; median query ${Number(sizes.medianMs).toFixed(1)} ms; slowest \`${String(sizes.slowestQuery)}\``,
      }),
    );
    return rows;
  },
});

/** What a browser downloads for the home page: the page, the style sheet, the scripts, the fonts, the icon. */
function homeTransfer(site: string): { bytes: number; detail: string } {
  const root = join(site, EDITION);
  const text = ['index.html', 'assets/site.css', 'assets/site.js', 'assets/search-core.js', 'assets/favicon.svg'];
  const fonts = ['latin-400', 'latin-700', 'vietnamese-400', 'vietnamese-700'].map((subset) => `assets/fonts/noto-sans-${subset}-normal.woff2`);
  const gz = (file: string) => gzipSync(readFileSync(join(root, file))).length;
  const html = gz('index.html');
  const textBytes = text.reduce((sum, file) => sum + gz(file), 0);
  const fontBytes = fonts.reduce((sum, file) => sum + statSync(join(root, file)).size, 0);
  return { bytes: textBytes + fontBytes, detail: `page ${(html / 1024).toFixed(0)} KB, styles and scripts ${((textBytes - html) / 1024).toFixed(0)} KB, fonts ${(fontBytes / 1024).toFixed(0)} KB` };
}

// ---------------------------------------------------------------------------------------------
// Worker: one scenario in this process.

/**
 * The synthetic model sits inside the repository, whose kientruc.config.yaml names the shipped
 * model's editions; the benchmark builds the one edition it measures, with a config of its own.
 */
function benchConfig(): string {
  const file = join(SITE_DIR, 'kientruc.config.yaml');
  mkdirSync(SITE_DIR, { recursive: true });
  writeFileSync(file, `# The site benchmark's configuration: one edition, ${EDITION}.\neditions:\n  "${EDITION}": "${EDITION}-12-31"\n`);
  return file;
}

async function worker(scenario: string, args: string[]): Promise<void> {
  const { loadProject } = await import('@kientruc/core');
  const { buildSite, prepareSite, BuildSession, closeLayoutPool, searchCore, loadSearchIndexScript } = await import('@kientruc/site');
  const { report } = await import('../workers/report.js');
  const cpu = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1000;
  };
  switch (scenario) {
    case 'build': {
      const [modelDir, outDir, cacheDir, cacheState] = args as [string, string, string, string];
      if (cacheState === 'empty') rmSync(cacheDir, { recursive: true, force: true });
      const { project } = loadProject({ cwd: modelDir, modelDir, configFile: benchConfig() });
      const started = performance.now();
      const result = await buildSite({ project, outDir, edition: Number(EDITION), allowErrors: true, cacheDir, toolVersion: 'bench' });
      const ms = performance.now() - started;
      report({
        ms,
        cpuMs: cpuMs(),
        pages: result.pages,
        files: result.files,
        bytes: result.bytes,
        views: result.editions.reduce((sum, edition) => sum + edition.diagrams, 0),
        checkMs: result.timings.check,
        diagramsMs: result.timings.diagrams,
        renderMs: result.timings.render,
      });
      break;
    }
    case 'rebuild': {
      const [modelDir, cacheDir] = args as [string, string];
      const copy = join(SITE_DIR, `rebuild-model-${process.pid}`);
      rmSync(copy, { recursive: true, force: true });
      cpSync(modelDir, copy, { recursive: true });
      try {
        const { project } = loadProject({ cwd: copy, modelDir: copy, configFile: benchConfig() });
        const session = new BuildSession();
        const options = { project, edition: Number(EDITION), allowErrors: true, cacheDir, session, liveReload: true, toolVersion: 'bench' };
        let started = performance.now();
        await prepareSite(options);
        const firstMs = performance.now() - started;
        // One architect edits one file: a system's name in one agency's catalog.
        const file = join(copy, 'architectures', 'ha-noi', 'systems.yaml');
        const target = existsSync(file) ? file : findYaml(copy);
        const text = readFileSync(target, 'utf8');
        writeFileSync(target, text.replace(/(\n {2}vi: )/, '$1Đã sửa · '));
        const before = cpuMs();
        started = performance.now();
        const site = await prepareSite(options);
        const page = site.outputs.find((output) => output.kind === 'page' && output.path.startsWith(`${EDITION}/he-thong/`))!;
        await site.drawFor(page);
        site.render(page);
        const ms = performance.now() - started;
        report({ ms, cpuMs: cpuMs() - before, firstMs: Math.round(firstMs) });
        await closeLayoutPool();
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
      break;
    }
    case 'search': {
      const [script] = args as [string];
      const text = readFileSync(script, 'utf8');
      const { index, data } = loadSearchIndexScript(text);
      const core = searchCore();
      // Warm the engine as a page does after its first keystroke, then time each query.
      core.search(index, data, 'a', 20);
      const times = QUERIES.map((query) => {
        const samples: number[] = [];
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          core.search(index, data, query, 12);
          samples.push(performance.now() - started);
        }
        samples.sort((a, b) => a - b);
        return { query, ms: samples[2]! };
      });
      const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a));
      const sorted = times.map((entry) => entry.ms).sort((a, b) => a - b);
      report({
        ms: slowest.ms,
        cpuMs: cpuMs(),
        slowestMs: slowest.ms,
        slowestQuery: slowest.query,
        medianMs: sorted[Math.floor(sorted.length / 2)],
        indexBytes: text.length,
        gzipBytes: gzipSync(text).length,
        documents: data.docs.length,
      });
      break;
    }
    default:
      throw new Error(`unknown site scenario ${scenario}`);
  }
}

function findYaml(dir: string): string {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      const found = findYaml(full);
      if (found) return found;
    } else if (name.endsWith('.yaml')) return full;
  }
  return '';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await worker(process.argv[2] ?? '', process.argv.slice(3));
}
