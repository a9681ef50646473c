/**
 * Child process of validator-cache.test.ts: validates every example of every schema, and broken
 * copies of them, and prints the errors as JSON. Whether the validator comes from the disk cache or
 * is compiled depends on the cache folder the test gives it.
 */
import { allSchemaFiles, createValidator, ELEMENT_KINDS, readSchema, type ElementKind } from '../src/index.js';

const validator = createValidator();
const results: unknown[] = [];
for (const kind of ELEMENT_KINDS) {
  const examples = (readSchema(`${kind}.schema.json`).examples as Record<string, unknown>[] | undefined) ?? [];
  for (const example of examples) {
    const broken: Record<string, unknown>[] = [
      example,
      { ...example, id: 'Not An Id', unknownProperty: 1 },
      { ...example, name: { en: 'no Vietnamese' }, provenance: 'maybe' },
      { ...example, since: '2025-02-30', until: 20250101, tags: ['a', 'a'] },
      Object.fromEntries(Object.entries(example).filter(([key]) => key !== 'id' && key !== 'name')),
      { ...example, owner: [{ agency: 'x', since: 'soon' }], status: 'unknown' },
    ];
    for (const value of broken) results.push([kind, validator.validateElement(kind as ElementKind, value)]);
  }
}
results.push(['config', validator.validateConfig({ rules: { x: 'loud' }, asOf: 'today', unknown: true })]);
process.stdout.write(JSON.stringify({ schemas: allSchemaFiles().length, results }));
