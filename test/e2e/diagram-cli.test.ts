/** `kientruc diagram`: one view in each format, every view with --all, and the errors a user can make. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { computeViews, evaluateAsOf, loadModel } from '@kientruc/core';
import { runCli, type CliResult } from '../helpers/cli.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/diagrams/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'kientruc-diagram-'));
const cacheDir = join(work, 'cache');

function diagram(args: string[]): CliResult {
  const result = runCli(['diagram', ...args, '--cache-dir', cacheDir], { cwd: FIXTURE });
  assert.not.match(result.stderr, /\n\s+at /, `no stack trace:\n${result.stderr}`);
  return result;
}

test('an unknown view is a usage error with a suggestion', () => {
  const result = diagram(['landscap']);
  assert.is(result.status, 2);
  assert.match(result.stderr, /Unknown view or element `landscap` on 2025-12-31; did you mean `landscape`\?/);
  assert.is(result.stdout, '');
  assert.is(diagram(['landscape', '--format', 'png']).status, 2);
  assert.is(diagram(['--all']).status, 2, '--all needs -o');
});

test('a view by element id, as Mermaid, and as the ELK input that the golden file holds', () => {
  const mermaid = diagram(['quang-ninh', '--format', 'mermaid', '--lang', 'en']);
  assert.is(mermaid.status, 0, mermaid.stderr);
  assert.match(mermaid.stdout, /^---\ntitle: "Overall diagram: Quang Ninh Province"\n---\nflowchart TB\n/);
  const elk = diagram(['context--ndxp', '--format', 'elk-json']);
  assert.is(elk.status, 0, elk.stderr);
  const golden = fileURLToPath(new URL('../../generators/diagrams/test/golden/fixture/context--ndxp.elk.json', import.meta.url));
  assert.is(elk.stdout, readFileSync(golden, 'utf8'));
});

test('a view too large to draw: the diagnostic at the view, exit 1', () => {
  const result = diagram(['qua-lon']);
  assert.is(result.status, 1);
  assert.match(result.stderr, /^model\/views\/views\.yaml:\d+:\d+: warning View `custom--qua-lon` has 13 boxes, more than the limit of 3, and is not drawn; split it by agency .* \[view-too-large\]$/m);
  assert.is(result.stdout, '');
});

test('an SVG file with the font inside', () => {
  const file = join(work, 'out', 'ndxp.svg');
  const result = diagram(['ndxp', '--lang', 'en', '-o', file]);
  assert.is(result.status, 0, result.stderr);
  const svg = readFileSync(file, 'utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, /data-view="context--ndxp" lang="en"/);
  assert.match(svg, /@font-face\{font-family:'Noto Sans'.*src:url\(data:font\/woff;base64,/);
  assert.equal(readdirSync(join(work, 'out')), ['ndxp.svg'], 'no temporary file left');
});

test('--all writes every view in every format into the folder, replacing it whole', () => {
  const out = join(work, 'all');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'stale.svg'), 'from an earlier run');
  const result = diagram(['--all', '-o', out]);
  assert.is(result.status, 0, result.stderr);
  assert.match(result.stderr, /\[view-too-large\]/, 'refused views are reported');
  assert.not.ok(existsSync(join(out, 'stale.svg')), 'the folder is replaced, not merged');
  assert.equal(
    readdirSync(work).filter((name) => name.includes('.tmp-') || name.includes('.old-')),
    [],
    'no temporary folder left',
  );
  const { views } = computeViews(evaluateAsOf(loadModel(join(FIXTURE, 'model')), '2025-12-31'), { maxNodes: 150 });
  const files = new Set(readdirSync(out));
  for (const view of views) {
    for (const name of [`${view.id}.vi.svg`, `${view.id}.en.svg`, `${view.id}.vi.mmd`, `${view.id}.en.mmd`, `${view.id}.elk.json`]) assert.ok(files.has(name), name);
  }
  const manifest = JSON.parse(readFileSync(join(out, 'views.json'), 'utf8')) as { id: string }[];
  assert.equal(
    manifest.map((entry) => entry.id),
    views.map((view) => view.id),
  );
  assert.ok(readdirSync(join(out, 'fonts')).some((name) => name.endsWith('.woff')));
  assert.match(readFileSync(join(out, 'landscape.vi.svg'), 'utf8'), /src:url\(fonts\/noto-sans-latin-400-normal\.woff\)/);
  assert.ok(readdirSync(cacheDir).length > 0, 'layouts cached');
});

test.after(() => {
  rmSync(work, { recursive: true, force: true });
});

test.run();
