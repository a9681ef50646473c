/**
 * Generates `src/generated/types.ts` from the JSON Schemas (`pnpm gen`).
 * The schemas are the single source of truth; no hand-written type may duplicate them.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { ELEMENT_KINDS } from '../src/kinds.js';
import { schemaDir, readSchema } from '../src/schema-files.js';

const header = `/* eslint-disable */
/**
 * DO NOT EDIT: generated from packages/schema/schemas/*.schema.json by \`pnpm gen\`.
 * Edit the schemas and run \`pnpm gen\` again; CI fails when this file is stale.
 */`;

const root = {
  title: 'ModelElement',
  description: 'Any element of the model, discriminated by `kind`.',
  anyOf: ELEMENT_KINDS.map((kind) => ({ $ref: `${kind}.schema.json` })),
};

const ts = await compile(root as never, 'ModelElement', {
  cwd: schemaDir,
  bannerComment: header,
  additionalProperties: false,
  declareExternallyReferenced: true,
  unreachableDefinitions: true,
  strictIndexSignatures: true,
  format: true,
  style: { singleQuote: true, printWidth: 100 },
});

const options = { cwd: schemaDir, bannerComment: '', additionalProperties: false, declareExternallyReferenced: false, format: true, style: { singleQuote: true, printWidth: 100 } };
const config = await compile({ ...readSchema('config.schema.json'), title: 'KientrucConfig' } as never, 'KientrucConfig', options);

const out = fileURLToPath(new URL('../src/generated/types.ts', import.meta.url));
writeFileSync(out, `${ts}\n${config}`);
// Keep the schema list honest: every kind must have a readable schema.
for (const kind of ELEMENT_KINDS) readSchema(`${kind}.schema.json`);
console.log(`generated ${out}`);
