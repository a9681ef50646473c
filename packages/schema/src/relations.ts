/**
 * Relations are declared in the schemas themselves: a property that holds references carries
 * `x-relation: { name, inverse, targets, key?, lifecycle? }`. This module walks the schemas once
 * and lists, per kind, every place (a path through the element) where references stand.
 * The linker reads references only through these sites, so a new reference field needs no code.
 */
import { ELEMENT_KINDS, type ElementKind } from './kinds.js';
import { readSchema, type JsonSchema } from './schema-files.js';

export interface RelationSpec {
  /** Name of the relation from the referring element, e.g. `ownedBy`. */
  name: string;
  /** Name of the inverse relation, e.g. `owns`. */
  inverse: string;
  /** Kinds the reference may point at; `*` means any kind. */
  targets: string[];
  /** For object values, the property that holds the id (default `agency`). */
  key?: string;
  /** `any`: the target may be outside its lifecycle at the as-of date (history, filters). */
  lifecycle?: 'any';
}

export interface ReferenceSite {
  kind: ElementKind;
  /** Property path from the element; `*` stands for every item of an array. */
  path: string[];
  relation: RelationSpec;
}

function resolveRef(ref: string, base: string): { schema: JsonSchema; file: string } {
  const [filePart, pointer = ''] = ref.split('#');
  const file = filePart ? filePart : base;
  let node: unknown = readSchema(file);
  for (const segment of pointer.split('/').filter(Boolean)) {
    node = (node as Record<string, unknown>)[segment];
  }
  return { schema: node as JsonSchema, file };
}

function collect(
  schema: JsonSchema,
  file: string,
  kind: ElementKind,
  path: string[],
  out: ReferenceSite[],
  depth: number,
): void {
  if (depth > 12) return;
  const relation = schema['x-relation'] as RelationSpec | undefined;
  if (relation) {
    out.push({ kind, path, relation });
    return;
  }
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(schema.$ref, file);
    collect(target.schema, target.file, kind, path, out, depth + 1);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = schema[key] as JsonSchema[] | undefined;
    list?.forEach((sub) => collect(sub, file, kind, path, out, depth + 1));
  }
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (properties) {
    for (const [name, sub] of Object.entries(properties)) collect(sub, file, kind, [...path, name], out, depth + 1);
  }
  if (schema.items && typeof schema.items === 'object') {
    collect(schema.items as JsonSchema, file, kind, [...path, '*'], out, depth + 1);
  }
}

let cached: Map<ElementKind, ReferenceSite[]> | undefined;

/** Every reference site of every kind, computed once from the schemas. */
export function relationSpecs(): Map<ElementKind, ReferenceSite[]> {
  if (cached) return cached;
  cached = new Map();
  for (const kind of ELEMENT_KINDS) {
    const sites: ReferenceSite[] = [];
    const file = `${kind}.schema.json`;
    collect(readSchema(file), file, kind, [], sites, 0);
    // The same site can be reached twice (e.g. through allOf and properties); keep one.
    const unique = new Map(sites.map((site) => [site.path.join('.'), site]));
    cached.set(kind, [...unique.values()]);
  }
  return cached;
}
