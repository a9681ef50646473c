/**
 * Validation: parsed documents → typed elements. Each document is one element, checked against
 * the schema of its `kind`. Every error of every element is collected.
 */
import { createValidator, diskCacheDir, isElementKind, ELEMENT_KINDS, validatorKey, type ElementKind, type ModelElement, type SchemaValidator } from '@kientruc/schema';
import { CachedEntries, entryFolder } from './cache-entries.js';
import { whereText, type Diagnostic } from './diagnostics.js';
import type { ParsedDocument, SourceFile } from './load.js';
import { mergeSorted } from './merge-sorted.js';
import { suggest } from './suggest.js';

export interface ElementRecord<E extends ModelElement = ModelElement> {
  id: string;
  kind: ElementKind;
  element: E;
  /** Absolute path of the file that declares it. */
  file: string;
  /** Index of its document in that file. */
  doc: number;
}

export interface Model {
  files: SourceFile[];
  /** Every valid element, sorted by id (duplicates keep the first in file order). */
  elements: ElementRecord[];
  byId: Map<string, ElementRecord>;
}

/** What validation says about one document, before ids are compared across files. */
interface ValidatedDocument {
  diagnostics: Diagnostic[];
  record?: ElementRecord;
}

/**
 * Validation results by parsed documents. Parsed documents are shared through the `ParseCache`
 * (by content hash), so a re-check re-validates only the files whose content changed; results
 * live as long as the cache keeps the documents.
 */
const validatedFiles = new WeakMap<ParsedDocument[], { path: string; documents: ValidatedDocument[] }>();

/**
 * Validation results are also kept in the disk cache, by file content, under the validator's key
 * and the code that parses and validates: what each document is (an element with its id and
 * kind, or not) and its diagnostics, without the file's path (a renamed file keeps its results).
 */
interface StoredValidation {
  /** Number of documents the file was parsed into (other limits can fail a parse). */
  parsed: number;
  documents: StoredDocument[];
}

interface StoredDocument {
  diagnostics: (Omit<Diagnostic, 'location'> & { location: Omit<Diagnostic['location'], 'file'> })[];
  record?: { id: string; kind: ElementKind; doc: number };
}

const VALIDATION_CODE = ['./model.ts', './diagnostics.ts', './suggest.ts', './text.ts', './load.ts', './utf8.ts'];
let storedFolder: string | undefined;
function validatedFolder(): string {
  storedFolder ??= entryFolder('validated', VALIDATION_CODE.map((module) => new URL(module, import.meta.url)), validatorKey());
  return storedFolder;
}

/** Shared by the documents without diagnostics (most): validateModel copies, never changes them. */
const NO_DIAGNOSTICS: Diagnostic[] = [];

function fromStored(stored: StoredValidation, file: SourceFile): ValidatedDocument[] | undefined {
  if (stored.parsed !== file.documents.length) return undefined;
  const documents: ValidatedDocument[] = [];
  for (const { diagnostics, record } of stored.documents) {
    const value = record ? file.documents[record.doc] : undefined;
    if (record && value?.index !== record.doc) return undefined; // not the documents it was computed from
    const located = diagnostics.length === 0 ? NO_DIAGNOSTICS : diagnostics.map((d) => ({ ...d, location: { ...d.location, file: file.path } }));
    documents.push(record ? { diagnostics: located, record: { id: record.id, kind: record.kind, element: value!.value as ModelElement, file: file.path, doc: record.doc } } : { diagnostics: located });
  }
  return documents;
}

function toStored(documents: ValidatedDocument[], file: SourceFile): StoredValidation {
  return {
    parsed: file.documents.length,
    documents: documents.map(({ diagnostics, record }) => ({
      diagnostics: diagnostics.map(({ location: { file: _file, ...location }, ...d }) => ({ ...d, location })),
      ...(record ? { record: { id: record.id, kind: record.kind, doc: record.doc } } : {}),
    })),
  };
}

/** A file's validation results: from memory, from the disk cache (`stored`), or computed (and stored). */
function validateFile(file: SourceFile, validator: () => SchemaValidator, stored: CachedEntries<StoredValidation> | undefined): ValidatedDocument[] {
  const cached = validatedFiles.get(file.documents);
  if (cached && cached.path === file.path) return cached.documents;
  const entry = stored?.get(file.path, file.hash);
  const restored = entry ? fromStored(entry, file) : undefined;
  const documents = restored ?? validateDocuments(file, validator());
  if (stored && !restored) stored.set(file.path, file.hash, () => toStored(documents, file));
  validatedFiles.set(file.documents, { path: file.path, documents });
  return documents;
}

function validateDocuments(file: SourceFile, validator: SchemaValidator): ValidatedDocument[] {
  const documents: ValidatedDocument[] = [];
  for (const { index: doc, value } of file.documents) {
    if (value === null || value === undefined) continue; // an empty document between `---`
    const location = { file: file.path, doc };
    if (typeof value !== 'object' || Array.isArray(value)) {
      documents.push({
        diagnostics: [
          {
            severity: 'error',
            ruleId: 'not-an-element',
            message: `Unexpected ${Array.isArray(value) ? 'list' : typeof value}, expected a mapping with \`kind\`, \`id\` and \`name\``,
            fix: 'Each YAML document (separated by `---`) describes one element.',
            location,
          },
        ],
      });
      continue;
    }
    const record = value as Record<string, unknown>;
    const kind = record.kind;
    if (!isElementKind(kind)) {
      const hint = typeof kind === 'string' ? suggest(kind, ELEMENT_KINDS) : undefined;
      documents.push({
        diagnostics: [
          {
            severity: 'error',
            ruleId: 'schema',
            message:
              kind === undefined
                ? 'Missing required property `kind`'
                : `Unknown kind \`${String(kind)}\`${hint ? `; did you mean \`${hint}\`?` : ''}`,
            fix: `\`kind\` is one of ${ELEMENT_KINDS.map((k) => `\`${k}\``).join(', ')}.`,
            location: { ...location, path: kind === undefined ? [] : ['kind'] },
          },
        ],
      });
      continue;
    }
    const errors = validator.validateElement(kind, record);
    const id = typeof record.id === 'string' ? record.id : undefined;
    const diagnostics: Diagnostic[] = errors.map((error) => ({
      severity: 'error',
      ruleId: 'schema',
      message: `${error.message}${whereText(error)} (${kind})`,
      location: { ...location, path: error.path, key: error.keyword === 'unevaluatedProperties' || error.keyword === 'additionalProperties' },
      ...(id ? { elementId: id } : {}),
    }));
    documents.push({
      diagnostics,
      ...(errors.length > 0 || !id ? {} : { record: { id, kind, element: record as unknown as ModelElement, file: file.path, doc } }),
    });
  }
  return documents;
}

/**
 * Validates every document of every file. `onDisk`: read and keep results in the disk cache
 * (the loader does this for files read from disk; sources in memory, like examples, do not).
 */
export function validateModel(files: SourceFile[], options: { onDisk?: boolean } = {}): { model: Model; diagnostics: Diagnostic[] } {
  let validator: SchemaValidator | undefined;
  // Compiled (or loaded from the disk cache) only if some file has no stored results.
  const lazyValidator = () => (validator ??= createValidator());
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, ElementRecord>();
  const stored = options.onDisk && diskCacheDir() ? new CachedEntries<StoredValidation>(validatedFolder()) : undefined;
  for (const file of files) {
    for (const validated of validateFile(file, lazyValidator, stored)) {
      // Copies: positions are filled in later, on the diagnostics of this check only.
      for (const d of validated.diagnostics) diagnostics.push({ ...d, location: { ...d.location } });
      const element = validated.record;
      if (!element) continue;
      const { id, doc } = element;
      const location = { file: file.path, doc };
      const previous = byId.get(id);
      if (previous) {
        diagnostics.push({
          severity: 'error',
          ruleId: 'duplicate-id',
          message: `Duplicate id \`${id}\`, already declared`,
          fix: 'Ids are unique in the whole model: rename one of the two elements.',
          location: { ...location, path: ['id'] },
          related: [{ location: { file: previous.file, doc: previous.doc, path: ['id'] }, message: 'First declared here' }],
          elementId: id,
        });
        diagnostics.push({
          severity: 'error',
          ruleId: 'duplicate-id',
          message: `Duplicate id \`${id}\`, declared again`,
          fix: 'Ids are unique in the whole model: rename one of the two elements.',
          location: { file: previous.file, doc: previous.doc, path: ['id'] },
          related: [{ location: { ...location, path: ['id'] }, message: 'Declared again here' }],
          elementId: id,
        });
        continue;
      }
      byId.set(id, element);
    }
  }
  stored?.save(new Set(files.map((file) => file.hash)));
  const elements = sortedIds(byId).map((id) => byId.get(id)!);
  return { model: { files, elements, byId }, diagnostics };
}

/** The ids of the last model sorted, in order and as a set (see `sortedIds`). */
let lastSorted: { ids: string[]; set: Set<string> } | undefined;

/**
 * The keys sorted by UTF-16 code units (as `<` compares). Sorting the ids of a national model
 * costs tens of milliseconds, and a re-check sorts nearly the same ids again, so the last answer
 * is kept: the ids still there keep their order, and only the ids new since then are sorted and
 * merged in. The result is the sorted keys whatever was sorted before (the caller only reads it).
 */
export function sortedIds(keys: Map<string, unknown>): string[] {
  if (!lastSorted) {
    // The default sort compares UTF-16 code units, as `<` does, and is much faster than a comparator.
    const ids = [...keys.keys()].sort();
    lastSorted = { ids, set: new Set(ids) };
    return ids;
  }
  const { set } = lastSorted;
  const kept: string[] = [];
  for (const id of lastSorted.ids) {
    if (keys.has(id)) kept.push(id);
    else set.delete(id);
  }
  // `set` now holds the kept ids: what it lacks is new.
  const added = kept.length === keys.size ? [] : [...keys.keys()].filter((id) => !set.has(id)).sort();
  for (const id of added) set.add(id);
  const ids = mergeSorted(kept, added, (id) => id);
  lastSorted = { ids, set };
  return ids;
}
