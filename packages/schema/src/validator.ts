/**
 * Validation of elements against their kind's schema with ajv (draft 2020-12).
 * The schemas are compiled once; every error of every element is returned, not only the first.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ELEMENT_KINDS, type ElementKind } from './kinds.js';
import { allSchemaFiles, readSchema } from './schema-files.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

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

let instance: SchemaValidator | undefined;

export function createValidator(): SchemaValidator {
  if (instance) return instance;
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'x-relation', schemaType: 'object' });
  for (const file of allSchemaFiles()) ajv.addSchema(readSchema(file), file);
  const compiled = new Map<ElementKind, ValidateFunction>();
  for (const kind of ELEMENT_KINDS) {
    const fn = ajv.getSchema(`${kind}.schema.json`);
    if (!fn) throw new Error(`schema for kind ${kind} did not compile`);
    compiled.set(kind, fn);
  }
  const config = ajv.getSchema('config.schema.json')!;
  instance = {
    validateElement(kind, value) {
      const validate = compiled.get(kind)!;
      return validate(value) ? [] : simplify(validate.errors ?? []);
    },
    validateConfig(value) {
      return config(value) ? [] : simplify(config.errors ?? []);
    },
  };
  return instance;
}
