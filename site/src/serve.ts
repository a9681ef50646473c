/**
 * `kientruc serve`: prepares the site, serves it on localhost, and prepares it again when a model
 * file, a template or a client file changes, then tells open pages to reload (Server-Sent Events).
 *
 * What is incremental:
 * - model files whose bytes did not change are not parsed again (ParseCache, by content hash);
 * - templates are compiled again only when a template changed, client files read again only
 *   when one changed;
 * - pages are rendered when a browser asks for them, not all up front: a rebuild re-checks the
 *   model and re-plans the outputs (every path is still known and checked), and renders only
 *   the pages that are then viewed (each once per rebuild, then served from memory).
 * The check and the planning run again in full: they depend on the whole model.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { Project } from '@kientruc/core';
import { closeLayoutPool } from '@kientruc/diagrams';
import { CLIENT_DIR, reloadAssets } from './assets.js';
import { BuildSession, normaliseBase, prepareSite, type BuildOptions, type PreparedSite } from './build.js';
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

export interface BuildEvent {
  site?: PreparedSite;
  error?: unknown;
  /** The files whose change started this build (empty for the first). */
  trigger: string[];
  ms: number;
}

export interface ServeOptions extends Omit<BuildOptions, 'liveReload' | 'session' | 'outDir'> {
  project: Project;
  host?: string;
  port?: number;
  /** Called after each preparation, good or failed, for the command's output. */
  onBuild?: (event: BuildEvent) => void;
}

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
  /** How many preparations finished (the first included); tests wait for it to grow. */
  builds(): number;
}

export async function startPreviewServer(options: ServeOptions): Promise<PreviewServer> {
  const session = new BuildSession();
  const base = normaliseBase(options.base);
  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const clients = new Set<ServerResponse>();
  let site: PreparedSite | undefined;
  let rendered = new Map<string, string | Uint8Array>();
  let builds = 0;

  const prepare = async (trigger: string[]) => {
    const started = performance.now();
    try {
      if (trigger.some((file) => file.startsWith(templatesDir))) session.reloadTemplates();
      if (trigger.some((file) => file.startsWith(CLIENT_DIR))) reloadAssets();
      const next = await prepareSite({ ...options, liveReload: true, session });
      site = next;
      rendered = new Map();
      options.onBuild?.({ site: next, trigger, ms: performance.now() - started });
      for (const client of clients) client.write('event: reload\ndata: {}\n\n');
    } catch (error) {
      options.onBuild?.({ error, trigger, ms: performance.now() - started });
    }
    builds++;
  };
  await prepare([]);

  const respond = (response: ServerResponse, status: number, type: string, body: string | Uint8Array) => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };
  const output = async (path: string): Promise<string | Uint8Array | undefined> => {
    const current = site;
    const spec = current?.byPath.get(path);
    if (!spec || !current) return undefined;
    let content = rendered.get(path);
    if (content === undefined) {
      // Only the diagrams of the page viewed are drawn (unchanged ones come from the cache).
      await current.drawFor(spec);
      content = current.render(spec);
      if (current === site) rendered.set(path, content);
    }
    return content;
  };

  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === LIVE_RELOAD_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': kientruc\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (!site) {
      respond(response, 503, 'text/plain; charset=utf-8', 'Chưa dựng được trang: xem thông báo trong cửa sổ lệnh. / The site could not be built yet: see the terminal.\n');
      return;
    }
    let path = decodeURIComponent(url.pathname);
    path = path.startsWith(base) ? path.slice(base.length) : '';
    if (path === '' || path.endsWith('/')) path = `${path}index.html`;
    output(path)
      .then(async (content) => {
        if (content !== undefined) respond(response, 200, TYPES[extname(path)] ?? 'application/octet-stream', content);
        else respond(response, 404, TYPES['.html']!, (await output('404.html')) ?? 'Not found');
      })
      .catch((error: unknown) => respond(response, 500, 'text/plain; charset=utf-8', `${(error as Error).message}\n`));
  });
  await new Promise<void>((done) => server.listen(options.port ?? 4173, options.host ?? '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  // Changes arrive in bursts (an editor saves several files); prepare once per burst.
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending];
      pending = new Set();
      running = running.then(() => prepare(changed));
    }, 100);
  };
  const watcher: FSWatcher = watch([options.project.modelDir, templatesDir, CLIENT_DIR, ...(options.project.configFile ? [options.project.configFile] : [])], {
    ignoreInitial: true,
    ignored: (path: string) => /[\\/](node_modules|\.git)([\\/]|$)/.test(path),
  });
  watcher.on('all', (_event, path) => schedule(path));
  await new Promise<void>((done) => watcher.once('ready', () => done()));

  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}${base}`,
    builds: () => builds,
    close: async () => {
      clearTimeout(timer);
      await closeLayoutPool();
      await watcher.close();
      for (const client of clients) client.end();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await running;
    },
  };
}
