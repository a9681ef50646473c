import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadProject } from '@kientruc/core';
import { DEFAULT_TEMPLATES_DIR } from '../src/render.js';
import { startPreviewServer, LIVE_RELOAD_PATH, type BuildEvent } from '../src/serve.js';
import { FIXTURE_ROOT, tempDir } from './fixture.js';

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

test('serve: pages on request, 404 for the rest, rebuilt and reloaded when a model file or a template changes', async () => {
  const root = join(tempDir('serve'), 'project');
  cpSync(FIXTURE_ROOT, root, { recursive: true });
  const templates = join(root, 'templates');
  cpSync(DEFAULT_TEMPLATES_DIR, templates, { recursive: true });
  const { project } = loadProject({ cwd: root });
  const events: BuildEvent[] = [];
  const server = await startPreviewServer({ project, port: 0, templatesDir: templates, allowErrors: true, toolVersion: 'test', onBuild: (event) => events.push(event) });
  const reloads: string[] = [];
  let stream: ReturnType<typeof get> | undefined;
  try {
    assert.ok(events[0]?.site, 'first build');
    const page = await fetch(`${server.url}2025/he-thong/vneid.html`);
    assert.is(page.status, 200);
    assert.match(await page.text(), '<h1>Hệ thống định danh và xác thực điện tử</h1>');
    const root404 = await fetch(`${server.url}2025/he-thong/khong-co.html`);
    assert.is(root404.status, 404);
    assert.match(await root404.text(), 'Không tìm thấy trang');
    assert.match(await (await fetch(server.url)).text(), 'url=2025/index.html');
    assert.match(await (await fetch(`${server.url}2025/assets/live-reload.js`)).text(), LIVE_RELOAD_PATH);

    stream = get(`${server.url.replace(/\/$/, '')}${LIVE_RELOAD_PATH}`, (response) => {
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => reloads.push(chunk));
    });
    await until(() => reloads.length > 0, 'the event stream to open');

    const file = join(root, 'model/national/systems/national-systems.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Hệ thống định danh và xác thực điện tử', 'Hệ thống định danh điện tử VNeID'));
    await until(() => server.builds() >= 2, 'a rebuild after the model changed');
    assert.ok(events[1]?.site, String(events[1]?.error));
    assert.ok(events[1]!.trigger.some((path) => path.endsWith('national-systems.yaml')));
    await until(() => reloads.some((chunk) => chunk.includes('event: reload')), 'a reload event');
    assert.match(await (await fetch(`${server.url}2025/he-thong/vneid.html`)).text(), '<h1>Hệ thống định danh điện tử VNeID</h1>');

    const footer = join(templates, 'partials/footer.hbs');
    writeFileSync(footer, readFileSync(footer, 'utf8').replace('<p class="tool">', '<p class="tool">Bản xem trước · '));
    await until(() => server.builds() >= 3, 'a rebuild after a template changed');
    assert.match(await (await fetch(`${server.url}2025/index.html`)).text(), 'Bản xem trước · kientruc');

    // A template that no longer compiles: the error is reported and the last good site stays served.
    writeFileSync(join(templates, 'pages/element.hbs'), '{{#if}}broken');
    await until(() => server.builds() >= 4, 'a failed rebuild');
    assert.match(String(events[3]?.error), 'element.hbs');
    assert.is((await fetch(`${server.url}2025/he-thong/vneid.html`)).status, 200);
  } finally {
    stream?.destroy();
    await server.close();
  }
});

test.run();
