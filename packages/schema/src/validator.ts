/**
 * Validation of elements against their kind's schema with ajv (draft 2020-12).
 * The schemas are compiled once; every error of every element is returned, not only the first.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { pruneCacheFolder, readCacheEntry, writeCacheEntry } from './disk-cache.js';
import { ELEMENT_KINDS, type ElementKind } from './kinds.js';
import { allSchemaFiles, readSchema } from './schema-files.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const standaloneCode = standaloneCodeModule as unknown as (ajv: Ajv2020, refs: Record<string, string>) => string;

export interface SchemaError {
  /** JSON pointer segments from the validated value to the offending value. */
  path: (string | number)[];
  /** The schema keyword that failed (`required`, `enum`, `unevaluatedProperties`…). */
  keyword: string;
  message: string;
}

export interface SchemaValidator {
  validateElement(kind: ElementKind, value: unknown): SchemaError[];
  validateConfig(value: unknown): SchemaError[];
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

function describe(error: ErrorObject): SchemaError {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path, keyword: error.keyword, message: `Missing required property \`${String(params.missingProperty)}\`` };
    case 'unevaluatedProperties':
    case 'additionalProperties': {
      const name = String(params.unevaluatedProperty ?? params.additionalProperty);
      return { path: [...path, name], keyword: error.keyword, message: `Unexpected property \`${name}\`` };
    }
    case 'enum':
      return {
        path,
        keyword: error.keyword,
        message: `Unexpected value, expected one of ${(params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}`,
      };
    case 'const':
      return { path, keyword: error.keyword, message: `Unexpected value, expected \`${String(params.allowedValue)}\`` };
    case 'pattern':
      return { path, keyword: error.keyword, message: `Value does not match the pattern \`${String(params.pattern)}\`` };
    case 'type':
      return { path, keyword: error.keyword, message: `Expected ${String(params.type)}` };
    case 'format':
      return { path, keyword: error.keyword, message: `Expected a valid ${String(params.format)}` };
    default:
      return { path, keyword: error.keyword, message: error.message ?? error.keyword };
  }
}

/**
 * ajv reports a failing `oneOf` as one error per branch plus the `oneOf` itself. Keep the branch
 * errors that are deepest (most specific), and drop the summary errors when a specific one exists.
 */
function simplify(errors: ErrorObject[]): SchemaError[] {
  const described = errors.filter((e) => !['oneOf', 'anyOf', 'if'].includes(e.keyword)).map(describe);
  const summaries = errors.filter((e) => ['oneOf', 'anyOf'].includes(e.keyword)).map(describe);
  const result: SchemaError[] = [];
  const seen = new Set<string>();
  // For one path, when a branch failed on `type` and another on something more specific,
  // the specific message is the useful one.
  const byPath = new Map<string, SchemaError[]>();
  for (const error of described) {
    const key = error.path.join('/');
    byPath.set(key, [...(byPath.get(key) ?? []), error]);
  }
  const keys = [...byPath.keys()];
  for (const [key, list] of byPath) {
    // A `type` error from a rejected union branch is noise when another branch explains
    // the problem more precisely at this path or deeper inside it.
    const deeper = keys.some((other) => other !== key && other.startsWith(key === '' ? '' : `${key}/`));
    const specific = list.filter((e) => e.keyword !== 'type');
    const chosen = deeper ? specific : specific.length > 0 && specific.length < list.length ? specific : list;
    for (const error of chosen) {
      const id = `${key}|${error.message}`;
      if (!seen.has(id)) {
        seen.add(id);
        result.push(error);
      }
    }
  }
  if (result.length === 0) result.push(...summaries);
  return result;
}

const AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true } as const;
const CONFIG = 'config';
const require = createRequire(import.meta.url);

interface Compiled {
  elements: Map<ElementKind, ValidateFunction>;
  config: ValidateFunction;
}

let key: string | undefined;

/**
 * What validation results depend on: the schemas, ajv, its options and this module (the errors
 * it reports). Compiled code and cached validation results are stored under it.
 */
export function validatorKey(): string {
  if (key) return key;
  const hash = createHash('sha256');
  const versions = ['ajv', 'ajv-formats'].map((name) => (require(`${name}/package.json`) as { version: string }).version);
  hash.update(JSON.stringify({ versions, options: AJV_OPTIONS }));
  hash.update(readFileSync(new URL(import.meta.url)));
  for (const file of allSchemaFiles()) hash.update(file).update(JSON.stringify(readSchema(file)));
  key = hash.digest('hex').slice(0, 32);
  return key;
}

function compile(): { compiled: Compiled; code: string } {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true } });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'x-relation', schemaType: 'object' });
  for (const file of allSchemaFiles()) ajv.addSchema(readSchema(file), file);
  const elements = new Map<ElementKind, ValidateFunction>();
  for (const kind of ELEMENT_KINDS) {
    const fn = ajv.getSchema(`${kind}.schema.json`);
    if (!fn) throw new Error(`schema for kind ${kind} did not compile`);
    elements.set(kind, fn);
  }
  const config = ajv.getSchema('config.schema.json')!;
  const refs = Object.fromEntries([...ELEMENT_KINDS.map((kind) => [kind, `${kind}.schema.json`]), [CONFIG, 'config.schema.json']]);
  return { compiled: { elements, config }, code: standaloneCode(ajv, refs) };
}

/** The code compiled by an earlier process (ajv's standalone code: the same validation functions). */
function loadCompiled(code: string): Compiled | undefined {
  try {
    const module: { exports: Record<string, ValidateFunction | undefined> } = { exports: {} };
    new Function('module', 'exports', 'require', code)(module, module.exports, require);
    const elements = new Map<ElementKind, ValidateFunction>();
    for (const kind of ELEMENT_KINDS) {
      const fn = module.exports[kind];
      if (typeof fn !== 'function') return undefined;
      elements.set(kind, fn);
    }
    const config = module.exports[CONFIG];
    return typeof config === 'function' ? { elements, config } : undefined;
  } catch {
    return undefined;
  }
}

let instance: SchemaValidator | undefined;

/**
 * The validator, compiled once per process. Compiling the schemas is a large part of a cold
 * check, so the compiled code is kept in the disk cache under a hash of everything it depends on.
 */
export function createValidator(): SchemaValidator {
  if (instance) return instance;
  const name = `${validatorKey()}.cjs`;
  const cached = readCacheEntry(`validators/${name}`);
  let compiled = cached ? loadCompiled(cached.toString('utf8')) : undefined;
  if (!compiled) {
    const fresh = compile();
    writeCacheEntry(`validators/${name}`, fresh.code);
    pruneCacheFolder('validators', name);
    compiled = fresh.compiled;
  }
  const { elements, config } = compiled;
  instance = {
    validateElement(kind, value) {
      const validate = elements.get(kind)!;
      return validate(value) ? [] : simplify(validate.errors ?? []);
    },
    validateConfig(value) {
      return config(value) ? [] : simplify(config.errors ?? []);
    },
  };
  return instance;
}
