/**
 * The element kinds of the metamodel, in the order they are documented and generated.
 * Each kind has exactly one schema file `schemas/<kind>.schema.json`.
 */
export const ELEMENT_KINDS = [
  'agency',
  'architecture',
  'framework',
  'business-function',
  'public-service',
  'information-system',
  'database',
  'integration',
  'infrastructure',
  'security-component',
  'indicator',
  'view',
] as const;

export type ElementKind = (typeof ELEMENT_KINDS)[number];

export function isElementKind(value: unknown): value is ElementKind {
  return typeof value === 'string' && (ELEMENT_KINDS as readonly string[]).includes(value);
}
