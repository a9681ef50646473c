/**
 * The same model gives byte-identical ELK input and SVG whatever the order of its files and of
 * the documents in them; layouts come from the cache when nothing changed.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closeLayoutPool, createLayoutCache, renderDiagrams, type LayoutCache, type LayoutResult } from '../src/index.js';
import { fixtureSources, viewsFromSources } from './fixture.js';

/** A seeded shuffle (mulberry32), so a failure can be reproduced. */
function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Documents of each file in another order too: a file is its documents joined by `---`. */
function shuffleDocuments(text: string, seed: number): string {
  const [head, ...documents] = text.split(/^---\n/m);
  if (documents.length === 0) return text;
  return [head, ...shuffle(documents.map((d) => (d.endsWith('\n') ? d : `${d}\n`)), seed)].join('---\n');
}

test('shuffled files and documents give byte-identical ELK input and SVG', async () => {
  const ordered = viewsFromSources(fixtureSources());
  const shuffled = viewsFromSources(
    fixtureSources((paths) => shuffle(paths, 7)).map((source, index) => ({ path: source.path, text: index % 2 ? shuffleDocuments(source.text, index) : source.text })),
  );
  // All documents of all files in one file, in another order still.
  const documents = fixtureSources().flatMap((source) => source.text.split(/^---\n/m).map((d) => d.replace(/^#.*\n/gm, '').trim()).filter(Boolean));
  const oneFile = viewsFromSources([{ path: join(fixtureSources()[0]!.path, '..', 'all.yaml'), text: `${shuffle(documents, 11).join('\n---\n')}\n` }]);
  assert.equal(
    shuffled.map((view) => view.id),
    ordered.map((view) => view.id),
  );
  assert.equal(shuffled, ordered, 'the views are equal');
  assert.equal(oneFile, ordered, 'the views are equal with every element in one file');
  const a = await renderDiagrams(ordered, { langs: ['vi', 'en'], elkInput: true });
  const b = await renderDiagrams(shuffled, { langs: ['vi', 'en'], elkInput: true });
  assert.is(a.length, b.length);
  for (let i = 0; i < a.length; i++) {
    assert.ok(a[i]!.elkInput, 'the ELK input is given when asked for');
    assert.is(b[i]!.elkInput, a[i]!.elkInput, `ELK input of ${a[i]!.viewId}`);
    assert.is(b[i]!.svg, a[i]!.svg, `SVG of ${a[i]!.viewId} (${a[i]!.lang})`);
  }
});

test('an unchanged view is never laid out twice: the second run is served by the on-disk cache', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kientruc-layout-'));
  try {
    const views = viewsFromSources(fixtureSources()).slice(0, 6);
    const counting = (cache: LayoutCache) => {
      const counts = { get: 0, hit: 0, set: 0 };
      const wrapped: LayoutCache = {
        get(key) {
          counts.get++;
          const found = cache.get(key);
          if (found) counts.hit++;
          return found;
        },
        set(key, layout: LayoutResult) {
          counts.set++;
          cache.set(key, layout);
        },
      };
      return { wrapped, counts };
    };
    const first = counting(createLayoutCache(dir));
    const cold = await renderDiagrams(views, { langs: ['vi'], cache: first.wrapped });
    assert.is(first.counts.set, views.length, 'each view laid out once and stored');
    const files = readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.json'));
    assert.is(files.length, views.length, 'one file per layout');
    // A new cache on the same folder, as the next run of the command would have.
    const second = counting(createLayoutCache(dir));
    await closeLayoutPool();
    const warm = await renderDiagrams(views, { langs: ['vi'], cache: second.wrapped });
    assert.is(second.counts.set, 0, 'nothing laid out again');
    assert.is(second.counts.hit, views.length, 'every layout from the cache');
    assert.equal(
      warm.map((d) => d.svg),
      cold.map((d) => d.svg),
      'same SVG from cached layouts',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a view drawn before with the same options is read back whole: not measured, laid out or drawn again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kientruc-drawing-'));
  try {
    const views = viewsFromSources(fixtureSources()).slice(0, 4);
    const options = { langs: ['vi', 'en'] as ('vi' | 'en')[], hrefFor: (id: string) => `/x/${id}` };
    const cold = await renderDiagrams(views, { ...options, cache: createLayoutCache(dir) });
    const base = createLayoutCache(dir);
    let layoutLookups = 0;
    const cache: LayoutCache = { ...base, get: (key) => (layoutLookups++, base.get(key)) };
    const warm = await renderDiagrams(views, { ...options, cache });
    assert.is(layoutLookups, 0, 'no layout looked up: the drawings came from the cache');
    assert.equal(warm, cold);
    const other = await renderDiagrams(views, { ...options, hrefFor: (id: string) => `/y/${id}`, cache });
    assert.ok(layoutLookups > 0, 'other links: drawn again (from cached layouts)');
    assert.ok(other[0]!.svg.includes('href="/y/'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.after(async () => {
  await closeLayoutPool();
});

test.run();
