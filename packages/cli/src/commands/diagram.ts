/**
 * `kientruc diagram VIEW|ELEMENT-ID`: one view as SVG, Mermaid or ELK input JSON; `--all -o DIR`
 * writes every view in every format. Exit 0 drawn, 1 the view asked for is too large to draw,
 * 2 wrong usage (an unknown view gets a "did you mean").
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { computeViews, evaluateAsOf, loadModel, loadProject, suggest, type ComputedView, type Diagnostic, type LoadedModel } from '@kientruc/core';
import { closeLayoutPool, createLayoutCache, FontMetrics, prepareView, renderDiagrams, serializeElkGraph, type Lang } from '@kientruc/diagrams';
import { generateMermaid } from '@kientruc/mermaid';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { resolveAsOf } from './check.js';

export interface DiagramOptions {
  all?: boolean;
  format: string;
  asOf?: string;
  lang: string;
  output?: string;
  model?: string;
  config?: string;
  cacheDir?: string;
}

interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr?: (s: string) => void;
}

const FORMATS = ['svg', 'mermaid', 'elk-json'];
const LANGS: Lang[] = ['vi', 'en'];
/** Views rendered together in `--all`: bounds the memory taken by SVG text. */
const BATCH = 500;

/** The views an element id stands for, in the order they are tried. */
const viewIdsOfElement = (id: string) => [`overall--${id}`, `context--${id}`, `custom--${id}`];

export async function runDiagram(viewArgument: string | undefined, options: DiagramOptions, io: Io): Promise<number> {
  const stderr = io.stderr ?? ((s: string) => void process.stderr.write(s));
  if (!FORMATS.includes(options.format)) throw new UsageError(`--format expects one of ${FORMATS.join(', ')}, got \`${options.format}\``);
  if (!LANGS.includes(options.lang as Lang)) throw new UsageError(`--lang expects vi or en, got \`${options.lang}\``);
  if (options.all && viewArgument) throw new UsageError('give either a view or --all, not both');
  if (options.all && !options.output) throw new UsageError('--all writes into a folder: give one with -o DIR');
  if (!options.all && !viewArgument) throw new UsageError('name a view or an element (e.g. `landscape`, `overall--ha-noi`, `ha-noi`), or give --all -o DIR');

  const { project, diagnostics: configDiagnostics } = loadProject({
    cwd: io.cwd,
    ...(options.model ? { modelDir: options.model } : {}),
    ...(options.config ? { configFile: options.config } : {}),
  });
  if (options.config && !existsSync(project.configFile ?? '')) throw new UsageError(`Config file not found: ${options.config}`);
  const configError = configDiagnostics.find((d) => d.severity === 'error');
  if (configError) throw new UsageError(`${relative(io.cwd, configError.location.file)}: ${configError.message}`);
  if (!existsSync(project.modelDir) || !statSync(project.modelDir).isDirectory()) {
    throw new UsageError(`Model folder not found: ${project.modelDir} (give one with --model DIR)`);
  }
  const asOf = resolveAsOf(options.asOf, project.config.asOf);
  const loaded = loadModel(project.modelDir, { limits: project.limits });
  const modelErrors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
  if (modelErrors > 0) {
    stderr(`kientruc: mô hình có ${modelErrors} lỗi, sơ đồ chỉ gồm các phần tử hợp lệ (xem \`kientruc check\`) / the model has ${modelErrors} errors; diagrams show the valid elements only (see \`kientruc check\`)\n`);
  }
  const graph = evaluateAsOf(loaded, asOf);
  const maxNodes = project.config.views?.maxNodes;
  const { views, diagnostics } = computeViews(graph, maxNodes !== undefined ? { maxNodes } : {});
  const cache = createLayoutCache(options.cacheDir ? resolve(io.cwd, options.cacheDir) : join(project.root, 'node_modules', '.cache', 'kientruc', 'layout'));

  try {
    if (options.all) {
      const outDir = resolve(io.cwd, options.output!);
      const files = await writeAll(views, outDir, cache);
      for (const line of formatDiagnostics(diagnostics, loaded, io.cwd)) stderr(`${line}\n`);
      stderr(`${views.length} sơ đồ, ${files} tệp trong ${relative(io.cwd, outDir) || '.'} / ${views.length} views, ${files} files in ${relative(io.cwd, outDir) || '.'}${diagnostics.length ? `; ${diagnostics.length} quá lớn, không vẽ / ${diagnostics.length} too large, not drawn` : ''}\n`);
      return 0;
    }

    const wanted = viewArgument!;
    const byId = new Map(views.map((view) => [view.id, view]));
    const candidates = [wanted, ...(graph.get(wanted) ? viewIdsOfElement(wanted) : [])];
    const view = candidates.map((id) => byId.get(id)).find((found) => found !== undefined);
    if (!view) {
      const refused = diagnostics.filter((d) => candidates.some((id) => d.message.includes(`\`${id}\``)));
      if (refused.length > 0) {
        for (const line of formatDiagnostics(refused, loaded, io.cwd)) stderr(`${line}\n`);
        return 1;
      }
      const hint = suggest(wanted, [...byId.keys(), ...graph.elements().map((record) => record.id)]);
      throw new UsageError(`Unknown view or element \`${wanted}\` on ${asOf}${hint ? `; did you mean \`${hint}\`?` : ''} (\`kientruc diagram --all -o DIR\` draws every view)`);
    }
    const lang = options.lang as Lang;
    let text: string;
    if (options.format === 'mermaid') text = generateMermaid(view, { lang });
    else if (options.format === 'elk-json') text = serializeElkGraph(prepareView(view).elkGraph);
    else text = (await renderDiagrams([view], { langs: [lang], cache, embedFont: true }))[0]!.svg;
    if (options.output) writeAtomically(resolve(io.cwd, options.output), text);
    else io.stdout(text);
    return 0;
  } finally {
    await closeLayoutPool();
  }
}

/**
 * Every view in every format, written into a temporary folder beside DIR and renamed into
 * place: DIR is never left half-written. SVG files share the font files in `fonts/`.
 */
async function writeAll(views: ComputedView[], outDir: string, cache: ReturnType<typeof createLayoutCache>): Promise<number> {
  const temporary = `${outDir}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(join(temporary, 'fonts'), { recursive: true });
  try {
    return await writeInto(temporary, views, outDir, cache);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

async function writeInto(temporary: string, views: ComputedView[], outDir: string, cache: ReturnType<typeof createLayoutCache>): Promise<number> {
  let files = 0;
  for (const font of FontMetrics.files()) {
    copyFileSync(font.path, join(temporary, 'fonts', font.name));
    files++;
  }
  const manifest: { id: string; viewType: string; title: ComputedView['title']; subject?: string; files: string[] }[] = [];
  for (let start = 0; start < views.length; start += BATCH) {
    const batch = views.slice(start, start + BATCH);
    const rendered = await renderDiagrams(batch, { langs: LANGS, cache, fontUrl: (file) => `fonts/${file}`, elkInput: true });
    for (const view of batch) {
      const written: string[] = [];
      const write = (name: string, text: string) => {
        writeFileSync(join(temporary, name), text);
        written.push(name);
        files++;
      };
      for (const diagram of rendered.filter((d) => d.viewId === view.id)) {
        write(`${view.id}.${diagram.lang}.svg`, diagram.svg);
        if (diagram.lang === 'vi') write(`${view.id}.elk.json`, diagram.elkInput!);
      }
      for (const lang of LANGS) write(`${view.id}.${lang}.mmd`, generateMermaid(view, { lang }));
      manifest.push({ id: view.id, viewType: view.viewType, title: view.title, ...(view.subject ? { subject: view.subject } : {}), files: written });
    }
  }
  writeFileSync(join(temporary, 'views.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  files++;
  const previous = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, previous);
  mkdirSync(dirname(outDir), { recursive: true });
  renameSync(temporary, outDir);
  rmSync(previous, { recursive: true, force: true });
  return files;
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

function formatDiagnostics(diagnostics: Diagnostic[], loaded: LoadedModel, cwd: string): string[] {
  loaded.positions.resolveAll(diagnostics);
  return diagnostics.map((d) => {
    const position = d.position ?? { line: 1, column: 1 };
    return `${relative(cwd, d.location.file)}:${position.line}:${position.column}: ${d.severity} ${d.message} [${d.ruleId}]`;
  });
}

export function registerDiagram(program: Command, io: { cwd: string; stdout: (s: string) => void; setExit: (code: number) => void }): void {
  program
    .command('diagram')
    .description('Vẽ sơ đồ của một góc nhìn hoặc phần tử / draw the diagram of a view or an element')
    .argument('[view]', 'mã góc nhìn (landscape, overall--ha-noi…) hoặc mã phần tử / view id or element id')
    .option('--all', 'vẽ mọi góc nhìn, mọi định dạng vào thư mục -o / every view in every format into the -o folder')
    .option('--format <format>', 'svg | mermaid | elk-json', 'svg')
    .option('--as-of <date>', 'mô hình tại ngày / the model as of YYYY-MM-DD (default: today)')
    .option('--lang <lang>', 'vi | en', 'vi')
    .option('-o, --output <path>', 'tệp (hoặc thư mục với --all) / output file (folder with --all); default: standard output')
    .option('--model <dir>', 'thư mục mô hình / model folder')
    .option('--config <file>', 'tệp cấu hình / config file')
    .option('--cache-dir <dir>', 'bộ nhớ đệm bố cục / layout cache folder (default: node_modules/.cache/kientruc/layout)')
    .action(async (view: string | undefined, options: DiagramOptions) => {
      io.setExit(await runDiagram(view, options, io));
    });
}
