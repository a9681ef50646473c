/**
 * `kientruc schema`: the JSON Schema that editors use for autocompletion and validation of model
 * files, written to `<model>/.schema/kientruc.schema.json` (what every file's modeline points at).
 *
 * One self-contained draft 2020-12 document: every kind schema is inlined under `$defs` with its
 * references rewritten to local pointers (no `$id` left for the editor to fetch), the kind schema
 * is selected by `kind` through `if`/`then`, and every reference site (`x-relation`) offers the ids
 * of the elements of its target kinds as `examples` (never `enum`: a new id is not an error), with
 * the element's Vietnamese name in `defaultSnippets`, the annotation VS Code's YAML extension
 * shows beside a completion. That extension reads schemas as draft-07: it ignores
 * `unevaluatedProperties`, so each kind also closes its properties in draft-07 terms.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { EDITOR_SCHEMA_PATH, loadModel, loadProject, type ElementRecord } from '@kientruc/core';
import { allSchemaFiles, ELEMENT_KINDS, readSchema, type ElementKind, type JsonSchema } from '@kientruc/schema';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';

/** An element offered as a completion at the reference sites that accept its kind. */
export interface IdCompletion {
  id: string;
  kind: ElementKind;
  /** Vietnamese name, shown beside the id. */
  name?: string;
  since?: string;
  until?: string;
}

const schemaKey = (file: string) => file.replace(/\.schema\.json$/, '');
const idsKey = (kind: string) => `ids-${kind}`;
const REFERENCE_LEAVES = new Set(['#/$defs/common/$defs/reference', '#/$defs/common/$defs/id']);

/** `other.schema.json#/$defs/x` or `#/$defs/x` (inside `file`) → a pointer into the bundle. */
function localRef(ref: string, file: string): string {
  const [target, pointer = ''] = ref.split('#');
  const key = schemaKey(target ? target : file);
  return `#/$defs/${key}${pointer === '/' ? '' : pointer}`;
}

const DATA_KEYWORDS = new Set(['examples', 'default', 'const', 'enum']);
/** Keywords whose value maps names to schemas (a property may be called `default`). */
const MAP_KEYWORDS = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas']);

/** A deep copy with `$id`/`$schema`/`x-relation` removed and every `$ref` made local. */
function rewrite(node: unknown, file: string): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, file));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node as JsonSchema)) {
    if (key === '$id' || key === '$schema' || key === 'x-relation') continue;
    // Examples and defaults are data, not schemas: copied as they are.
    if (DATA_KEYWORDS.has(key)) out[key] = value;
    else if (key === '$ref' && typeof value === 'string') out[key] = localRef(value, file);
    else if (MAP_KEYWORDS.has(key) && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, rewrite(sub, file)]));
    } else out[key] = rewrite(value, file);
  }
  return out;
}

function pointerTarget(bundle: JsonSchema, ref: string): JsonSchema | undefined {
  let node: unknown = bundle;
  for (const segment of ref.replace(/^#\//, '').split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node && typeof node === 'object' ? (node as JsonSchema) : undefined;
}

const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;

function holdsReference(node: JsonSchema, bundle: JsonSchema, depth: number): boolean {
  if (depth > 10) return false;
  if (typeof node.$ref === 'string') {
    if (REFERENCE_LEAVES.has(node.$ref)) return true;
    const target = pointerTarget(bundle, node.$ref);
    if (target && holdsReference(target, bundle, depth + 1)) return true;
  }
  const children: JsonSchema[] = [
    ...(node.items && typeof node.items === 'object' ? [node.items as JsonSchema] : []),
    ...Object.values((node.properties as Record<string, JsonSchema> | undefined) ?? {}),
    ...SUBSCHEMA_LISTS.flatMap((key) => (node[key] as JsonSchema[] | undefined) ?? []),
  ];
  return children.some((child) => holdsReference(child, bundle, depth + 1));
}

/**
 * Adds the id completions to every reference leaf under a reference site. A `$ref` on the way
 * (e.g. to `agencyAssignment`) is inlined as an `allOf` member, which validates the same, so the
 * completions can sit on this site's own copy.
 */
function annotateSite(node: JsonSchema, bundle: JsonSchema, completions: JsonSchema[], depth: number): JsonSchema {
  if (depth > 10) return node;
  if (typeof node.$ref === 'string') {
    if (REFERENCE_LEAVES.has(node.$ref)) {
      // `examples: []` keeps the generic examples of the id definition out of these completions.
      return { ...node, examples: [], allOf: [...((node.allOf as JsonSchema[] | undefined) ?? []), ...completions] };
    }
    const target = pointerTarget(bundle, node.$ref);
    if (target && holdsReference(target, bundle, 0)) {
      const { $ref: _inlined, ...rest } = node;
      const inlined = annotateSite(structuredClone(target), bundle, completions, depth + 1);
      const own = annotateSite(rest, bundle, completions, depth + 1);
      return { ...own, allOf: [...((own.allOf as JsonSchema[] | undefined) ?? []), inlined] };
    }
  }
  const out: JsonSchema = { ...node };
  if (node.items && typeof node.items === 'object') out.items = annotateSite(node.items as JsonSchema, bundle, completions, depth + 1);
  if (node.properties) {
    out.properties = Object.fromEntries(
      Object.entries(node.properties as Record<string, JsonSchema>).map(([name, sub]) => [name, annotateSite(sub, bundle, completions, depth + 1)]),
    );
  }
  for (const key of SUBSCHEMA_LISTS) {
    if (Array.isArray(node[key])) out[key] = (node[key] as JsonSchema[]).map((sub) => annotateSite(sub, bundle, completions, depth + 1));
  }
  return out;
}

/** Walks an original kind schema in step with its bundled copy and annotates the reference sites. */
function annotateSites(original: unknown, bundled: unknown, bundle: JsonSchema, depth = 0): unknown {
  if (depth > 20 || original === null || typeof original !== 'object' || Array.isArray(original)) return bundled;
  const source = original as JsonSchema;
  const copy = bundled as JsonSchema;
  const relation = source['x-relation'] as { targets: string[] } | undefined;
  if (relation) {
    const kinds = relation.targets.includes('*') ? [...ELEMENT_KINDS] : ELEMENT_KINDS.filter((kind) => relation.targets.includes(kind));
    return annotateSite(copy, bundle, kinds.map((kind) => ({ $ref: `#/$defs/${idsKey(kind)}` })), 0);
  }
  const out: JsonSchema = { ...copy };
  for (const [key, value] of Object.entries(source)) {
    if (DATA_KEYWORDS.has(key)) continue;
    if (MAP_KEYWORDS.has(key)) {
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([name, sub]) => [name, annotateSites(sub, (copy[key] as JsonSchema)[name], bundle, depth + 1)]),
      );
    } else if (Array.isArray(value)) {
      out[key] = value.map((item, i) => annotateSites(item, (copy[key] as unknown[])[i], bundle, depth + 1));
    } else if (value && typeof value === 'object') {
      out[key] = annotateSites(value, copy[key], bundle, depth + 1);
    }
  }
  return out;
}

const APPLICATORS = ['allOf', 'anyOf', 'oneOf', 'if', 'not', 'patternProperties', 'dependentSchemas', 'additionalProperties', '$ref'];

/**
 * VS Code's YAML extension validates with draft-07 rules and ignores `unevaluatedProperties`, so a
 * misspelt field would pass unnoticed in the editor. Where a kind's properties come only from its
 * own `properties` and plain `$ref`s in `allOf` (the common element fields), listing the inherited
 * names and adding `additionalProperties: false` says the same thing in draft-07 terms.
 */
function closeForEditors(kind: JsonSchema, bundle: JsonSchema): JsonSchema {
  if (kind.unevaluatedProperties !== false || APPLICATORS.some((key) => key !== 'allOf' && key in kind)) return kind;
  const own = (kind.properties as JsonSchema | undefined) ?? {};
  const inherited: string[] = [];
  for (const member of (kind.allOf as JsonSchema[] | undefined) ?? []) {
    if (Object.keys(member).some((key) => key !== '$ref') || typeof member.$ref !== 'string') return kind;
    const target = pointerTarget(bundle, member.$ref);
    if (!target || APPLICATORS.some((key) => key in target)) return kind;
    inherited.push(...Object.keys((target.properties as JsonSchema | undefined) ?? {}));
  }
  const properties: JsonSchema = { ...own };
  for (const name of inherited) if (!(name in properties)) properties[name] = true;
  return { ...kind, properties, additionalProperties: false };
}

function describeCompletion(element: IdCompletion): string {
  const period = element.since && element.until ? `${element.since} – ${element.until}` : element.since ? `từ / since ${element.since}` : element.until ? `đến / until ${element.until}` : '';
  return [element.name ?? element.id, period ? `(${period})` : ''].filter(Boolean).join(' ');
}

/** The editor schema for the given elements. Pure and deterministic: same elements, same bytes. */
export function buildEditorSchema(elements: IdCompletion[]): JsonSchema {
  const files = allSchemaFiles().filter((file) => file !== 'config.schema.json');
  const $defs: JsonSchema = {};
  for (const file of files) $defs[schemaKey(file)] = rewrite(readSchema(file), file);
  const bundle: JsonSchema = { $defs };
  // Reference sites are annotated once the whole bundle exists, since they may inline other parts of it.
  for (const kind of ELEMENT_KINDS) {
    const file = `${kind}.schema.json`;
    $defs[kind] = annotateSites(readSchema(file), $defs[kind], bundle);
  }
  for (const kind of ELEMENT_KINDS) $defs[kind] = closeForEditors($defs[kind] as JsonSchema, bundle);
  const sorted = [...elements].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const kind of ELEMENT_KINDS) {
    const ofKind = sorted.filter((element) => element.kind === kind);
    $defs[idsKey(kind)] = {
      // A comment, not a description: the hover should keep the description of the reference site.
      $comment: `Ids of the ${kind} elements in the model, offered as completions (not a constraint).`,
      examples: ofKind.map((element) => element.id),
      defaultSnippets: ofKind.map((element) => ({ label: element.id, description: describeCompletion(element), body: element.id })),
    };
  }
  const kindDescriptions = ELEMENT_KINDS.map((kind) => String((readSchema(`${kind}.schema.json`).description as string | undefined) ?? kind));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'kientruc model element',
    description:
      'Một tài liệu YAML trong thư mục mô hình: một phần tử của Khung Kiến trúc CPĐT 2.0, chọn lược đồ theo `kind`. Tạo bởi `kientruc schema`, không sửa tay. / One YAML document of the model folder: one element of Framework 2.0, checked against the schema of its `kind`. Generated by `kientruc schema`; do not edit.',
    type: 'object',
    properties: {
      kind: {
        description: 'Loại phần tử. / Element kind.',
        type: 'string',
        enum: [...ELEMENT_KINDS],
        enumDescriptions: kindDescriptions,
      },
    },
    required: ['kind'],
    allOf: ELEMENT_KINDS.map((kind) => ({
      if: { type: 'object', properties: { kind: { const: kind } }, required: ['kind'] },
      then: { $ref: `#/$defs/${kind}` },
    })),
    $defs,
  };
}

export function editorSchemaText(elements: IdCompletion[]): string {
  return `${JSON.stringify(buildEditorSchema(elements), null, 2)}\n`;
}

export function idCompletions(elements: readonly ElementRecord[]): IdCompletion[] {
  return elements.map((record) => {
    const element = record.element as { name?: { vi?: string }; since?: string; until?: string };
    return {
      id: record.id,
      kind: record.kind,
      ...(typeof element.name?.vi === 'string' ? { name: element.name.vi } : {}),
      ...(element.since ? { since: element.since } : {}),
      ...(element.until ? { until: element.until } : {}),
    };
  });
}

/** Writes `text` to `file` through a temporary file and a rename, only when it changed. */
export function writeIfChanged(file: string, text: string): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  mkdirSync(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw error;
  }
  return true;
}

export interface SchemaOptions {
  model?: string;
  config?: string;
  out?: string;
}

export function runSchema(options: SchemaOptions, io: { cwd: string; stdout: (s: string) => void }): number {
  if (options.config && !existsSync(resolve(io.cwd, options.config))) throw new UsageError(`Config file not found: ${options.config}`);
  const { project } = loadProject({
    cwd: io.cwd,
    ...(options.model ? { modelDir: options.model } : {}),
    ...(options.config ? { configFile: options.config } : {}),
  });
  if (!existsSync(project.modelDir) || !statSync(project.modelDir).isDirectory()) {
    throw new UsageError(`Model folder not found: ${project.modelDir} (give one with --model DIR)`);
  }
  // A model with errors still gets a schema: the valid elements are offered, `kientruc check` reports the rest.
  const loaded = loadModel(project.modelDir, { limits: project.limits });
  const out = options.out ? resolve(io.cwd, options.out) : join(project.modelDir, EDITOR_SCHEMA_PATH);
  const written = writeIfChanged(out, editorSchemaText(idCompletions(loaded.model.elements)));
  const shown = relative(io.cwd, out) || out;
  io.stdout(`${shown}: ${written ? 'đã ghi / written' : 'không đổi / unchanged'} (${loaded.model.elements.length} ids)\n`);
  return 0;
}

export function registerSchema(program: Command, io: { cwd: string; stdout: (s: string) => void; setExit: (code: number) => void }): void {
  program
    .command('schema')
    .description('Tạo lược đồ JSON cho trình soạn thảo (gợi ý mã) / write the editor JSON Schema (id completions)')
    .option('--model <dir>', 'thư mục mô hình / model folder (default: from kientruc.config.yaml, else ./model)')
    .option('--config <file>', 'tệp cấu hình / config file (default: kientruc.config.yaml found upwards)')
    .option('--out <file>', `tệp đích / output file (default: <model>/${EDITOR_SCHEMA_PATH})`)
    .action((options: SchemaOptions) => io.setExit(runSchema(options, io)));
}
