export * from './generated/types.js';
export { ELEMENT_KINDS, isElementKind, type ElementKind } from './kinds.js';
export { schemaDir, readSchema, allSchemaFiles, type JsonSchema } from './schema-files.js';
export { relationSpecs, type RelationSpec, type ReferenceSite } from './relations.js';
export { createValidator, schemaSourceKey, validatorKey, type SchemaValidator, type SchemaError } from './validator.js';
export { diskCacheDir, readCacheEntry, writeCacheEntry } from './disk-cache.js';
