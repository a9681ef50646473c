/**
 * Open data: each catalog of an edition as JSON (the elements as they stand in the model) and
 * as CSV (one row per element, the fields a spreadsheet reader needs, UTF-8 with a BOM so
 * spreadsheet programs read Vietnamese correctly).
 */
import type { ElementRecord, ModelGraph } from '@kientruc/core';
import type { Citation } from '@kientruc/schema';

export interface Catalog {
  /** File name without extension, in `du-lieu/`. */
  file: string;
  kind: string;
  /** UI word of its name (site/src/i18n.ts). */
  word: string;
  columns: { name: string; value(record: ElementRecord, graph: ModelGraph): unknown }[];
}

const field = (name: string) => ({ name, value: (record: ElementRecord) => (record.element as unknown as Record<string, unknown>)[name] });
const related = (name: string, relation: string) => ({ name, value: (record: ElementRecord, graph: ModelGraph) => graph.related(record.id, relation).map((r) => r.id) });
const decisions = (name: string) => ({
  name,
  value: (record: ElementRecord) => ((record.element as unknown as Record<string, unknown>)[name] as Citation[] | undefined)?.map((c) => c.decision ?? c.url ?? c.title),
});

export const CATALOGS: Catalog[] = [
  { file: 'co-quan', kind: 'agency', word: 'kind.agency', columns: [field('agencyType'), field('electronicCode'), field('gsoCode'), related('parent', 'partOf')] },
  { file: 'kien-truc', kind: 'architecture', word: 'kind.architecture', columns: [related('agency', 'architectureOf'), related('framework', 'conformsTo'), field('status'), field('version'), { name: 'approval', value: (r) => (r.element as { approval?: Citation }).approval?.decision }] },
  { file: 'he-thong-thong-tin', kind: 'information-system', word: 'kind.information-system', columns: [related('owner', 'ownedBy'), field('category'), field('platform'), field('scope'), field('status'), { name: 'securityLevel', value: (r) => (r.element as { securityLevel?: { level: number } }).securityLevel?.level }, field('launched'), field('url')] },
  { file: 'co-so-du-lieu', kind: 'database', word: 'kind.database', columns: [related('owner', 'ownedBy'), related('legalOwner', 'legallyOwnedBy'), field('scope'), field('status'), related('hostedBy', 'hostedBy'), decisions('legalBasis')] },
  { file: 'ket-noi-tich-hop', kind: 'integration', word: 'kind.integration', columns: [related('from', 'integrationFrom'), related('to', 'integrationTo'), field('via'), field('standard'), field('direction'), field('status')] },
  { file: 'dich-vu-cong', kind: 'public-service', word: 'kind.public-service', columns: [related('owner', 'ownedBy'), field('procedureCode'), field('onlineLevel'), related('providedBy', 'providedBy'), field('nationalPortalIntegration')] },
  { file: 'chuc-nang-nghiep-vu', kind: 'business-function', word: 'kind.business-function', columns: [related('owner', 'ownedBy'), field('code'), related('partOf', 'partOf')] },
  { file: 'ha-tang', kind: 'infrastructure', word: 'kind.infrastructure', columns: [related('owner', 'ownedBy'), field('infrastructureType'), field('scope'), field('status')] },
  { file: 'an-toan-thong-tin', kind: 'security-component', word: 'kind.security-component', columns: [related('owner', 'ownedBy'), field('componentType'), field('status'), related('protects', 'protects')] },
  { file: 'chi-tieu', kind: 'indicator', word: 'kind.indicator', columns: [field('year'), { name: 'target', value: (r) => (r.element as { target?: { value: number } }).target?.value }, { name: 'unit', value: (r) => (r.element as { target?: { unit: string } }).target?.unit }] },
  { file: 'goc-nhin', kind: 'view', word: 'kind.view', columns: [field('groupBy')] },
  { file: 'khung-kien-truc', kind: 'framework', word: 'kind.framework', columns: [field('version')] },
];

export function catalogRecords(graph: ModelGraph, catalog: Catalog): ElementRecord[] {
  return graph.ofKind(catalog.kind as Parameters<ModelGraph['ofKind']>[0]);
}

export function catalogJson(graph: ModelGraph, catalog: Catalog, edition: number): string {
  const elements = catalogRecords(graph, catalog).map((record) => record.element);
  return `${JSON.stringify({ edition, asOf: graph.asOf, kind: catalog.kind, count: elements.length, elements }, null, 2)}\n`;
}

function csvValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.filter((v) => v !== undefined).join('; ') : String(value);
  // A cell that starts like a formula would run as one in a spreadsheet (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function catalogCsv(graph: ModelGraph, catalog: Catalog): string {
  const header = ['id', 'name_vi', 'name_en', ...catalog.columns.map((column) => column.name), 'since', 'until', 'provenance'];
  const rows = catalogRecords(graph, catalog).map((record) => {
    const element = record.element as unknown as { name: { vi: string; en?: string }; since?: string; until?: string; provenance: string | { status?: string } };
    const provenance = typeof element.provenance === 'string' ? element.provenance : (element.provenance.status ?? 'confirmed');
    return [record.id, element.name.vi, element.name.en, ...catalog.columns.map((column) => column.value(record, graph)), element.since, element.until, provenance];
  });
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvValue).join(',')).join('\r\n')}\r\n`;
}
