/**
 * `kientruc serve`: builds the site and serves it on localhost, rebuilding and reloading open
 * pages when a model file, a template or a client file changes. Runs until interrupted.
 */
import { relative } from 'node:path';
import { startPreviewServer } from '@kientruc/site';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { toolVersion } from '../version.js';
import { parseEditionOption, siteFailure, siteProject, type SiteCommandOptions } from './build.js';

interface ServeCommandOptions extends SiteCommandOptions {
  port: string;
  host: string;
}

export async function runServe(options: ServeCommandOptions, io: { cwd: string; stdout: (s: string) => void }): Promise<number> {
  const project = siteProject(options, io.cwd);
  const edition = parseEditionOption(options.edition);
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port expects a port number, got \`${options.port}\``);
  const server = await startPreviewServer({
    project,
    host: options.host,
    port,
    ...(options.base !== undefined ? { base: options.base } : {}),
    ...(edition !== undefined ? { edition } : {}),
    allowErrors: options.allowErrors ?? false,
    toolVersion,
    onBuild: ({ site, error, trigger, ms }) => {
      const what = trigger.length ? `${trigger.map((file) => relative(io.cwd, file)).join(', ')} → ` : '';
      if (site) {
        const errors = site.editions.reduce((sum, edition) => sum + edition.errors, 0);
        io.stdout(`${what}${trigger.length ? 'dựng lại / rebuilt' : 'đã dựng / built'} in ${(ms / 1000).toFixed(1)} s: ${site.outputs.length} pages and files planned, rendered when viewed${errors ? `, ${errors} errors marked` : ''}\n`);
      } else {
        const message = siteFailure(error)?.message ?? `internal error: ${(error as Error).message ?? String(error)}`;
        process.stderr.write(`${what}${message}\n(đang chờ sửa / waiting for a fix; the last good site stays served)\n`);
      }
    },
  });
  io.stdout(`Đang phục vụ / serving ${server.url} — sửa mô hình hoặc mẫu để dựng lại / edit the model or templates to rebuild; Ctrl+C to stop\n`);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}

export function registerServe(program: Command, io: { cwd: string; stdout: (s: string) => void; setExit: (code: number) => void }): void {
  program
    .command('serve')
    .description('Xem trước trang web, tự dựng lại khi sửa / preview the site, rebuilt on every change')
    .option('--model <dir>', 'thư mục mô hình / model folder (default: from kientruc.config.yaml, else ./model)')
    .option('--edition <year>', 'ấn bản mới nhất cần dựng / the latest edition to build')
    .option('--base <path>', 'đường dẫn gốc / the path the site is served under', '/')
    .option('--port <port>', 'cổng / port', '4173')
    .option('--host <host>', 'địa chỉ / host', '127.0.0.1')
    .option('--allow-errors', 'dựng cả khi mô hình còn lỗi / build even with errors')
    .action(async (options: ServeCommandOptions) => {
      io.setExit(await runServe(options, io));
    });
}
