/**
 * The on-disk cache: layouts by the SHA-256 of their ELK input, so that an unchanged view is
 * never laid out twice, across runs; and finished drawings (SVG and ELK input) by the SHA-256 of
 * the view, the options and the renderer itself (its source files, the font files, the elkjs
 * version), so that an unchanged model is not measured and drawn again either. Files are
 * written whole (temporary file, then rename): a crash never leaves a half-written entry.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KIND_LABELS, RELATION_LABELS } from '@kientruc/core';
import { FontMetrics } from './fonts.js';
import type { LayoutResult } from './layout.js';

export interface LayoutCache {
  get(key: string): LayoutResult | undefined;
  set(key: string, layout: LayoutResult): void;
  /** The finished drawings of a view (ELK input and SVGs) by their key; optional, a cache without it draws every time. */
  getDrawing?(key: string): string | undefined;
  setDrawing?(key: string, text: string): void;
}

export const ELK_VERSION = (createRequire(import.meta.url)('elkjs/package.json') as { version: string }).version;

export function layoutKey(elkInput: string): string {
  return createHash('sha256').update(elkInput).digest('hex');
}

/** What every drawing depends on besides the view: this package's code, the fonts, elkjs, the labels of kinds and relations. */
export const RENDERER_DIGEST: string = (() => {
  const hash = createHash('sha256').update(`elkjs ${ELK_VERSION}\n`);
  const dir = fileURLToPath(new URL('.', import.meta.url));
  for (const name of readdirSync(dir).sort()) if (/\.(ts|mjs)$/.test(name)) hash.update(name).update(readFileSync(join(dir, name)));
  for (const font of FontMetrics.files()) hash.update(font.name).update(readFileSync(font.path));
  hash.update(JSON.stringify([KIND_LABELS, RELATION_LABELS]));
  return hash.digest('hex');
})();

export function drawingKey(...parts: string[]): string {
  const hash = createHash('sha256').update(RENDERER_DIGEST);
  for (const part of parts) hash.update('\n').update(part);
  return hash.digest('hex');
}

export function createLayoutCache(dir: string): LayoutCache {
  const fileOf = (folder: string, key: string, extension: string) => join(dir, folder, key.slice(0, 2), `${key}${extension}`);
  const read = (file: string, encoding: BufferEncoding = 'utf8'): string | undefined => {
    try {
      return readFileSync(file, encoding);
    } catch {
      return undefined; // absent or unreadable: compute again
    }
  };
  const write = (file: string, text: string, encoding: BufferEncoding = 'utf8') => {
    mkdirSync(join(file, '..'), { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, text, encoding);
    renameSync(temporary, file);
  };
  return {
    get(key) {
      const text = read(fileOf('layout', key, '.json'));
      if (text === undefined) return undefined;
      try {
        const record = JSON.parse(text) as { elk?: string; layout?: LayoutResult };
        return record.elk === ELK_VERSION ? record.layout : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, layout) {
      write(fileOf('layout', key, '.json'), JSON.stringify({ elk: ELK_VERSION, layout }));
    },
    // Drawings are kept as UTF-16: Vietnamese text makes them two-byte strings in memory, and
    // decoding UTF-8 into those is slow (measured on the synthetic national model: its 190
    // million characters of drawings read and kept in 1.1–1.3 s from UTF-8, 0.6–0.75 s from
    // UTF-16, for twice the disk space).
    getDrawing: (key) => read(fileOf('drawing', key, '.utf16'), 'utf16le'),
    setDrawing: (key, text) => write(fileOf('drawing', key, '.utf16'), text, 'utf16le'),
  };
}

/** A cache in memory, for tests and single runs. */
export function createMemoryLayoutCache(): LayoutCache & { size(): number } {
  const entries = new Map<string, string>();
  const drawings = new Map<string, string>();
  return {
    get: (key) => {
      const json = entries.get(key);
      return json === undefined ? undefined : (JSON.parse(json) as LayoutResult);
    },
    set: (key, layout) => void entries.set(key, JSON.stringify(layout)),
    getDrawing: (key) => drawings.get(key),
    setDrawing: (key, text) => void drawings.set(key, text),
    size: () => entries.size,
  };
}
