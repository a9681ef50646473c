/**
 * Generates from the JSON Schemas (`pnpm gen`): `src/generated/types.ts`, the TypeScript types
 * (no hand-written type may duplicate the schemas), and `src/generated/validators.ts`, the
 * compiled validation functions (so no process compiles the schemas at run time).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { ELEMENT_KINDS } from '../src/kinds.js';
import { schemaSourceKey, standaloneValidatorCode } from '../src/validator.js';
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

// ajv's standalone code requires its runtime helpers (ucs2length, the formats): an ES module
// gets `require` from createRequire. `SCHEMA_SOURCE_KEY` tells the validator whether this code
// is still current.
const validators = `// @ts-nocheck
/* eslint-disable */
/**
 * DO NOT EDIT: generated from packages/schema/schemas/*.schema.json by \`pnpm gen\` (ajv standalone
 * code). Edit the schemas and run \`pnpm gen\` again; CI fails when this file is stale.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const SCHEMA_SOURCE_KEY = '${schemaSourceKey()}';

${standaloneValidatorCode().replace(/^"use strict";/, '')}
`;
const validatorsOut = fileURLToPath(new URL('../src/generated/validators.ts', import.meta.url));
writeFileSync(validatorsOut, validators);
console.log(`generated ${validatorsOut}`);
