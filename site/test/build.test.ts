import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadProject } from '@kientruc/core';
import { buildSite, ModelErrorsError } from '../src/build.js';
import { DuplicateOutputPathError } from '../src/plan.js';
import { OutputFolderError } from '../src/write.js';
import { TemplateError, DEFAULT_TEMPLATES_DIR } from '../src/render.js';
import { buildFixture, builtFixture, FIXTURE_ROOT, tempDir } from './fixture.js';
import { checkSiteLinks } from './link-check.js';

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** A copy of the fixture project that a test may change. */
function fixtureCopy(): { root: string; project: ReturnType<typeof loadProject>['project'] } {
  const root = join(tempDir('model'), 'project');
  cpSync(FIXTURE_ROOT, root, { recursive: true });
  return { root, project: loadProject({ cwd: root }).project };
}

test('the site has both editions, both languages, and a root index leading to the latest edition', async () => {
  const { outDir, editions } = await builtFixture();
  assert.equal(editions.map((e) => e.year), [2024, 2025]);
  for (const path of ['index.html', '404.html', '2024/index.html', '2024/en/index.html', '2025/index.html', '2025/en/index.html', '2025/assets/site.css', '2025/assets/search-vi.js', '2025/assets/minisearch.js', '2025/du-lieu/he-thong-thong-tin.csv']) {
    assert.ok(existsSync(join(outDir, path)), path);
  }
  const root = readFileSync(join(outDir, 'index.html'), 'utf8');
  assert.match(root, '<meta http-equiv="refresh" content="0; url=2025/index.html">');
  assert.match(readFileSync(join(outDir, '2025/index.html'), 'utf8'), '<html lang="vi"');
  assert.match(readFileSync(join(outDir, '2025/en/index.html'), 'utf8'), '<html lang="en"');
  // Agencies in force only: Hà Nam has a page in 2024, the merged Ninh Bình in 2025.
  assert.ok(existsSync(join(outDir, '2024/kien-truc/ha-nam.html')));
  assert.not.ok(existsSync(join(outDir, '2025/kien-truc/ha-nam.html')));
  assert.ok(existsSync(join(outDir, '2025/kien-truc/ninh-binh-2025.html')));
});

test('every internal link and anchor resolves, in both languages and every edition; nothing loads from outside', async () => {
  const { outDir } = await builtFixture();
  // The pages added by editions are among those checked: what changed, and the switcher's forwarding page.
  for (const path of ['2024/thay-doi.html', '2024/en/thay-doi.html', '2025/thay-doi.html', '2025/en/thay-doi.html', '2024/chuyen-trang.html', '2025/chuyen-trang.html', 'an-ban.html', 'an-ban.js']) {
    assert.ok(existsSync(join(outDir, path)), path);
  }
  const { problems, pages, links } = checkSiteLinks(outDir);
  assert.ok(pages > 100, `${pages} pages checked`);
  assert.ok(links > 2000, `${links} links checked`);
  assert.equal(problems, []);
});

test('the change diagram of 2025 marks what changed, with its legend; the forwarding page knows only its own edition', async () => {
  const { outDir } = await builtFixture();
  const html = readFileSync(join(outDir, '2025/thay-doi.html'), 'utf8');
  const figure = html.slice(html.indexOf('id="so-do-change"'), html.indexOf('</figure>', html.indexOf('id="so-do-change"')));
  for (const change of ['added', 'removed', 'changed']) assert.match(figure, `change-${change}`);
  assert.match(figure, '[~] thay đổi', 'legend');
  // A moved system links to its page in 2025; a removed one is a box without a link.
  assert.match(figure, '<a href="he-thong/lgsp-ha-nam.html" class="node');
  assert.match(figure, '<g class="node kind-agency change-removed" data-node="ha-nam" data-id="ha-nam">');
  const forward = readFileSync(join(outDir, '2024/chuyen-trang.html'), 'utf8');
  assert.match(forward, '"kien-truc/ha-nam.html"');
  assert.not.match(forward, '"kien-truc/ninh-binh-2025.html"');
  assert.not.match(forward, '2025');
});

test('the link checker finds a broken link and a broken anchor (it can fail)', () => {
  const dir = tempDir('links');
  writeFileSync(join(dir, 'a.html'), '<a href="b.html#missing">x</a><a href="nowhere.html">y</a><script src="https://cdn.example/x.js"></script><p id="here"></p><a href="#here">ok</a>');
  writeFileSync(join(dir, 'b.html'), '<h1 id="present">b</h1>');
  const { problems } = checkSiteLinks(dir);
  assert.equal(
    problems.map((p) => `${p.target}: ${p.problem}`),
    ['b.html#missing: no element with id "missing"', 'nowhere.html: no such file', 'https://cdn.example/x.js: loads from outside the site (<script>)'],
  );
});

test('two builds of the same model are byte-identical', async () => {
  const first = await builtFixture();
  const second = await buildFixture({ outDir: join(tempDir('again'), 'out') });
  const names = files(first.outDir);
  assert.equal(files(second.outDir), names);
  const different = names.filter((name) => !readFileSync(join(first.outDir, name)).equals(readFileSync(join(second.outDir, name))));
  assert.equal(different, []);
});

test('a model with errors is refused before anything is written, and --allow-errors marks them on the pages', async () => {
  const { root, project } = fixtureCopy();
  const systems = join(root, 'model/architectures/ha-nam/systems.yaml');
  writeFileSync(systems, readFileSync(systems, 'utf8').replace('owner: ha-nam\nuntil: "2025-06-30"', 'owner: ha-nam-typo\nuntil: "2025-06-30"'));
  const outDir = join(root, 'site');
  try {
    await buildSite({ project, outDir, toolVersion: 'test' });
    assert.unreachable('a model with errors was published');
  } catch (error) {
    assert.instance(error, ModelErrorsError);
    const refused = error as ModelErrorsError;
    assert.is(refused.edition, 2024);
    assert.ok(refused.diagnostics.some((d) => d.ruleId === 'unresolved-reference' && d.file === 'model/architectures/ha-nam/systems.yaml'));
  }
  assert.not.ok(existsSync(outDir), 'nothing written');
  assert.equal(readdirSync(root).filter((name) => name.includes('.tmp-')), [], 'no temporary folder left');

  await buildSite({ project, outDir, allowErrors: true, toolVersion: 'test' });
  const home = readFileSync(join(outDir, '2024/index.html'), 'utf8');
  assert.match(home, 'class="banner banner-error"');
  const system = readFileSync(join(outDir, '2024/he-thong/he-thong-thu-nghiem-ky-tu.html'), 'utf8');
  assert.match(system, 'unresolved-reference');
  assert.match(system, 'model/architectures/ha-nam/systems.yaml:');
  const checks = readFileSync(join(outDir, '2024/kiem-tra.html'), 'utf8');
  assert.match(checks, 'class="mark-error"');
});

test('the output folder is replaced whole, and a failed build leaves the previous site as it was', async () => {
  const outDir = join(tempDir('atomic'), 'site');
  await buildFixture({ outDir, edition: 2024 });
  const before = files(outDir);
  const templates = join(tempDir('templates'), 'templates');
  cpSync(DEFAULT_TEMPLATES_DIR, templates, { recursive: true });
  writeFileSync(join(templates, 'pages/element.hbs'), '{{#if}}broken');
  try {
    await buildFixture({ outDir, templatesDir: templates });
    assert.unreachable('a broken template built');
  } catch (error) {
    assert.instance(error, TemplateError);
    assert.match((error as Error).message, 'element.hbs');
  }
  assert.equal(files(outDir), before, 'the previous site is untouched');
  await buildFixture({ outDir });
  assert.ok(files(outDir).some((name) => name.startsWith('2025/')), 'the new build replaced it');
  assert.not.ok(files(outDir).some((name) => name.includes('.tmp-')));
});

test('refuses to replace a folder that is not a kientruc site', async () => {
  const outDir = tempDir('not-a-site');
  writeFileSync(join(outDir, 'notes.txt'), 'keep me');
  try {
    await buildFixture({ outDir });
    assert.unreachable('replaced a folder it did not write');
  } catch (error) {
    assert.instance(error, OutputFolderError);
  }
  assert.is(readFileSync(join(outDir, 'notes.txt'), 'utf8'), 'keep me');
});

test('--edition 2024 builds only that edition, as of 31/12/2024', async () => {
  const outDir = join(tempDir('edition'), 'site');
  const result = await buildFixture({ outDir, edition: 2024 });
  assert.equal(result.editions.map((e) => [e.year, e.asOf]), [[2024, '2024-12-31']]);
  assert.not.ok(existsSync(join(outDir, '2025')));
  assert.match(readFileSync(join(outDir, 'index.html'), 'utf8'), 'url=2024/index.html');
});

test('--base makes the 404 pages link from the base; every other link stays relative', async () => {
  const outDir = join(tempDir('base'), 'site');
  await buildFixture({ outDir, base: '/kien-truc/' });
  const notFound = readFileSync(join(outDir, '404.html'), 'utf8');
  assert.match(notFound, 'href="/kien-truc/2025/assets/site.css"');
  assert.match(notFound, 'href="/kien-truc/2025/index.html"');
  const page = readFileSync(join(outDir, '2025/en/he-thong/vneid.html'), 'utf8');
  assert.not.match(page, 'href="/');
  assert.not.match(page, 'src="/');
  assert.equal(checkSiteLinks(outDir, '/kien-truc/').problems, []);
});

test('two outputs on one path stop the build before anything is written', async () => {
  const outDir = join(tempDir('duplicate'), 'site');
  try {
    await buildFixture({
      outDir,
      extraPages: () => [{ key: 'co-quan.html', template: 'search', source: 'an added page', data: () => ({ title: 'x' }) }],
    });
    assert.unreachable('two pages wrote one path');
  } catch (error) {
    assert.instance(error, DuplicateOutputPathError);
    assert.match((error as Error).message, '2024/co-quan.html: agencies page (2024, vi) and an added page (2024, vi)');
  }
  assert.not.ok(existsSync(outDir), 'nothing written');
});

test.run();
