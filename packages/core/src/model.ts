/**
 * Validation: parsed documents → typed elements. Each document is one element, checked against
 * the schema of its `kind`. Every error of every element is collected.
 */
import { createValidator, isElementKind, ELEMENT_KINDS, type ElementKind, type ModelElement, type SchemaValidator } from '@kientruc/schema';
import { whereText, type Diagnostic } from './diagnostics.js';
import type { ParsedDocument, SourceFile } from './load.js';
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

function validateFile(file: SourceFile, validator: SchemaValidator): ValidatedDocument[] {
  const cached = validatedFiles.get(file.documents);
  if (cached && cached.path === file.path) return cached.documents;
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
  validatedFiles.set(file.documents, { path: file.path, documents });
  return documents;
}

export function validateModel(files: SourceFile[]): { model: Model; diagnostics: Diagnostic[] } {
  const validator = createValidator();
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, ElementRecord>();
  for (const file of files) {
    for (const validated of validateFile(file, validator)) {
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
  // The default sort compares UTF-16 code units, as `<` does, and is much faster than a comparator.
  const elements = [...byId.keys()].sort().map((id) => byId.get(id)!);
  return { model: { files, elements, byId }, diagnostics };
}
