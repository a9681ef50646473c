/**
 * Validation of elements against their kind's schema with ajv (draft 2020-12). Every error of
 * every element is returned, not only the first.
 *
 * Compiling the schemas takes most of a second, so `pnpm gen` compiles them ahead of time into
 * `src/generated/validators.ts` (ajv's standalone code: the same validation functions). At run
 * time the schemas are compiled only when that file is stale (a schema edited, `pnpm gen` not run
 * yet).
 */
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as generated from './generated/validators.js';
import { ELEMENT_KINDS, type ElementKind } from './kinds.js';
import { allSchemaFiles, readSchema } from './schema-files.js';

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
const require = createRequire(import.meta.url);

/** The export name of a kind's validation function in the standalone code (`business-function` → `businessFunction`). */
function exportName(kind: ElementKind | 'config'): string {
  return kind.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

let sourceKey: string | undefined;

/** What the compiled code depends on: the schemas, ajv, ajv-formats and the options. */
export function schemaSourceKey(): string {
  if (sourceKey) return sourceKey;
  const hash = createHash('sha256');
  const versions = ['ajv', 'ajv-formats'].map((name) => (require(`${name}/package.json`) as { version: string }).version);
  hash.update(JSON.stringify({ versions, options: AJV_OPTIONS }));
  for (const file of allSchemaFiles()) hash.update(file).update(JSON.stringify(readSchema(file)));
  sourceKey = hash.digest('hex').slice(0, 32);
  return sourceKey;
}

let key: string | undefined;

/**
 * What validation results depend on: the compiled code and this module (the errors it reports).
 * Cached validation results are stored under it.
 */
export function validatorKey(): string {
  key ??= createHash('sha256').update(schemaSourceKey()).update(readFileSync(new URL(import.meta.url))).digest('hex').slice(0, 32);
  return key;
}

function newAjv(code: { source?: boolean; esm?: boolean; lines?: boolean } = {}): Ajv2020 {
  // Loaded only here: a check with current generated code never loads the compiler.
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as { default: (ajv: Ajv2020) => void };
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code });
  addFormats.default(ajv);
  ajv.addKeyword({ keyword: 'x-relation', schemaType: 'object' });
  for (const file of allSchemaFiles()) ajv.addSchema(readSchema(file), file);
  return ajv;
}

const KINDS_AND_CONFIG = [...ELEMENT_KINDS, 'config'] as const;

/** The schemas compiled in this process (when the generated code is stale, and for tests). */
export function compileValidationFunctions(): Map<ElementKind | 'config', ValidateFunction> {
  const ajv = newAjv();
  return new Map(
    KINDS_AND_CONFIG.map((kind) => {
      const fn = ajv.getSchema(`${kind}.schema.json`);
      if (!fn) throw new Error(`schema for ${kind} did not compile`);
      return [kind, fn];
    }),
  );
}

/** ajv's standalone ES module code of every validation function, for `pnpm gen`. */
export function standaloneValidatorCode(): string {
  const ajv = newAjv({ source: true, esm: true, lines: true });
  const { default: standaloneCode } = require('ajv/dist/standalone/index.js') as { default: (ajv: Ajv2020, refs: Record<string, string>) => string };
  return boundLengthChecks(standaloneCode(ajv, Object.fromEntries(KINDS_AND_CONFIG.map((kind) => [exportName(kind), `${kind}.schema.json`]))));
}

/**
 * For `minLength` and `maxLength`, ajv counts a string's code points (`ucs2length`, a loop over
 * every character): every id and reference for `maxLength: 80`, every description for
 * `minLength: 1`, about 45 ms of a national model's validation. A string of n UTF-16 units has
 * between n/2 and n code points, so the standalone code compares the length first and counts only
 * when the answer depends on it; the result is the same (validator.test.ts compares the generated
 * functions with the schemas compiled by ajv itself, on strings with surrogates too).
 */
export function boundLengthChecks(code: string): string {
  const helper = /const (func\d+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/.exec(code)?.[1];
  if (!helper) return code;
  const calls = code.split(`${helper}(`).length - 1;
  let bounded = 0;
  // `count < limit` (minLength) needs counting only below twice the limit, `count > limit` (maxLength) only above it.
  const rewritten = code.replace(new RegExp(`\\b${helper}\\((\\w+)\\) ([<>]) (\\d+)\\b`, 'g'), (_, data: string, op: string, limit: string) => {
    bounded++;
    const worthCounting = op === '<' ? `${data}.length < ${2 * Number(limit)}` : `${data}.length > ${limit}`;
    return `(${worthCounting} && ${helper}(${data}) ${op} ${limit})`;
  });
  // A new version of ajv writes the count some other way: `pnpm gen` stops rather than leave it unnoticed.
  if (bounded !== calls) throw new Error(`ajv's standalone code uses ucs2length in ${calls - bounded} unexpected ways: update boundLengthChecks`);
  return rewritten;
}

/** The generated functions, when they were generated from the schemas as they are now. */
function generatedValidationFunctions(): Map<ElementKind | 'config', ValidateFunction> | undefined {
  const module = generated as unknown as Record<string, unknown>;
  if (module.SCHEMA_SOURCE_KEY !== schemaSourceKey()) return undefined;
  return new Map(KINDS_AND_CONFIG.map((kind) => [kind, module[exportName(kind)] as ValidateFunction]));
}

function validatorOf(functions: Map<ElementKind | 'config', ValidateFunction>): SchemaValidator {
  const config = functions.get('config')!;
  return {
    validateElement(kind, value) {
      const validate = functions.get(kind)!;
      return validate(value) ? [] : simplify(validate.errors ?? []);
    },
    validateConfig(value) {
      return config(value) ? [] : simplify(config.errors ?? []);
    },
  };
}

let instance: SchemaValidator | undefined;

/** The validator, made once per process: the generated code, or the schemas compiled if it is stale. */
export function createValidator(options: { compile?: boolean } = {}): SchemaValidator {
  if (options.compile) return validatorOf(compileValidationFunctions());
  instance ??= validatorOf(generatedValidationFunctions() ?? compileValidationFunctions());
  return instance;
}
