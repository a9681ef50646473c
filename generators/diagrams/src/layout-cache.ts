/**
 * The on-disk layout cache: positions by the SHA-256 of the ELK input, so that an unchanged view
 * is never laid out twice, across runs. A record carries the elkjs version it was computed
 * with; another version is a miss. Files are written whole (temporary file, then rename), so a
 * crash never leaves a half-written entry.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { LayoutResult } from './layout.js';

export interface LayoutCache {
  get(key: string): LayoutResult | undefined;
  set(key: string, layout: LayoutResult): void;
}

export const ELK_VERSION = (createRequire(import.meta.url)('elkjs/package.json') as { version: string }).version;

export function layoutKey(elkInput: string): string {
  return createHash('sha256').update(elkInput).digest('hex');
}

export function createLayoutCache(dir: string): LayoutCache {
  const fileOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    get(key) {
      try {
        const record = JSON.parse(readFileSync(fileOf(key), 'utf8')) as { elk?: string; layout?: LayoutResult };
        return record.elk === ELK_VERSION ? record.layout : undefined;
      } catch {
        return undefined; // absent or unreadable: lay out again
      }
    },
    set(key, layout) {
      const file = fileOf(key);
      mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
      const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(temporary, JSON.stringify({ elk: ELK_VERSION, layout }));
      renameSync(temporary, file);
    },
  };
}

/** A cache in memory, for tests and single runs. */
export function createMemoryLayoutCache(): LayoutCache & { size(): number } {
  const entries = new Map<string, string>();
  return {
    get: (key) => {
      const json = entries.get(key);
      return json === undefined ? undefined : (JSON.parse(json) as LayoutResult);
    },
    set: (key, layout) => void entries.set(key, JSON.stringify(layout)),
    size: () => entries.size,
  };
}
