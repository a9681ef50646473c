import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of the folder that holds the JSON Schema files. */
export const schemaDir = fileURLToPath(new URL('../schemas/', import.meta.url));

export type JsonSchema = Record<string, unknown>;

const cache = new Map<string, JsonSchema>();

/** Reads one schema file by its file name (cached: schemas are compiled once). */
export function readSchema(fileName: string): JsonSchema {
  let schema = cache.get(fileName);
  if (!schema) {
    schema = JSON.parse(readFileSync(schemaDir + fileName, 'utf8')) as JsonSchema;
    cache.set(fileName, schema);
  }
  return schema;
}

/** Every schema file, sorted by name. */
export function allSchemaFiles(): string[] {
  return readdirSync(schemaDir)
    .filter((name) => name.endsWith('.schema.json'))
    .sort();
}
