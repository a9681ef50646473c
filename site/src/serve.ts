/**
 * `kientruc serve`: builds the site, serves it on localhost and rebuilds when a model file, a
 * template or a client file changes, then tells open pages to reload (Server-Sent Events).
 *
 * What a rebuild reuses: model files whose bytes did not change are not parsed again (ParseCache,
 * by content hash); templates are compiled again only when a template changed; client assets are
 * read again only when one changed. The check, the page data and the pages are computed again
 * (they depend on the whole model), and only pages whose bytes changed are reported as changed.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { Project } from '@kientruc/core';
import { reloadAssets, CLIENT_DIR } from './assets.js';
import { buildSite, BuildSession, normaliseBase, type BuildOptions, type BuildResult } from './build.js';
import { DEFAULT_TEMPLATES_DIR } from './render.js';

export const LIVE_RELOAD_PATH = '/__kientruc/events';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.mmd': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface ServeOptions extends Omit<BuildOptions, 'liveReload' | 'session' | 'outDir'> {
  outDir: string;
  host?: string;
  port?: number;
  /** Called after each build or failed rebuild, for the command's output. */
  onBuild?: (event: { result?: BuildResult; error?: unknown; changed: string[]; trigger: string[]; ms: number }) => void;
}

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
  /** How many builds ran (the first included); tests wait for it to grow. */
  builds(): number;
}

export async function startPreviewServer(options: ServeOptions & { project: Project }): Promise<PreviewServer> {
  const session = new BuildSession();
  const base = normaliseBase(options.base);
  const outDir = resolve(options.outDir);
  const clients = new Set<ServerResponse>();
  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  let hashes = new Map<string, string>();
  let builds = 0;

  const build = async (trigger: string[]) => {
    const started = performance.now();
    try {
      const result = await buildSite({ ...options, outDir, liveReload: true, session });
      const changed = [...result.hashes].filter(([path, hash]) => hashes.get(path) !== hash).map(([path]) => path);
      hashes = result.hashes;
      options.onBuild?.({ result, changed, trigger, ms: performance.now() - started });
      if (changed.length) for (const client of clients) client.write('event: reload\ndata: {}\n\n');
    } catch (error) {
      options.onBuild?.({ error, changed: [], trigger, ms: performance.now() - started });
    }
    builds++;
  };
  await build([]);

  const server: Server = createServer((request, response) => serveFile(request, response));
  function serveFile(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === LIVE_RELOAD_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': kientruc\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) path = '/404.html';
    else path = `/${path.slice(base.length)}`;
    const target = normalize(join(outDir, path));
    const inside = relative(outDir, target);
    let file = inside.startsWith('..') || inside.split(sep).includes('..') ? '' : target;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file !== '' && existsSync(file);
    const served = found ? file : join(outDir, '404.html');
    if (!existsSync(served)) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Chưa dựng được trang: xem thông báo trong cửa sổ lệnh. / The site could not be built yet: see the terminal.\n');
      return;
    }
    response.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(served).pipe(response);
  }

  await new Promise<void>((done) => server.listen(options.port ?? 4173, options.host ?? '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  // Changes arrive in bursts (an editor saves several files); rebuild once per burst.
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending];
      pending = new Set();
      if (changed.some((file) => file.startsWith(templatesDir))) session.reloadTemplates();
      if (changed.some((file) => file.startsWith(CLIENT_DIR))) reloadAssets();
      running = running.then(() => build(changed));
    }, 120);
  };
  const watcher: FSWatcher = watch([options.project.modelDir, templatesDir, CLIENT_DIR, ...(options.project.configFile ? [options.project.configFile] : [])], {
    ignoreInitial: true,
    ignored: (path) => path.includes(`${sep}node_modules${sep}`) || path.startsWith(outDir),
  });
  watcher.on('all', (_event, path) => schedule(path));
  await new Promise<void>((done) => watcher.once('ready', () => done()));

  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}${base}`,
    builds: () => builds,
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
      for (const client of clients) client.end();
      await new Promise<void>((done) => server.close(() => done()));
      await running;
    },
  };
}
