/**
 * An agency's page: its architecture in the seven parts of Framework 2.0 (vision, objectives,
 * scope, principles, overall diagram, component architectures, roadmap), the catalogs of what
 * it owns, and the consistency check's result for it.
 */
import type { ElementRecord } from '@kientruc/core';
import type {
  Agency,
  Architecture,
  BusinessFunction,
  Database,
  InformationSystem,
  Infrastructure,
  PublicService,
  SecurityComponent,
} from '@kientruc/schema';
import { t } from '../i18n.js';
import type { PageData } from '../plan.js';
import { formatDate } from '../text.js';
import {
  citationCell,
  diagnosticsTable,
  crumb,
  enumText,
  lifecycleText,
  linkCell,
  local,
  markdownHtml,
  nameOf,
  plain,
  provenanceCell,
  severityCounts,
  textCell,
  type Fact,
  type PageContext,
} from './common.js';
import { diagramBlock } from './diagram.js';
import { lineageOf } from './lineage.js';
import { agencyChanges } from './what-changed.js';
import {
  databasesTable,
  functionsTable,
  infrastructureTable,
  integrationsTable,
  roadmapTable,
  securityTable,
  servicesTable,
  systemsTable,
} from './tables.js';

const PARTS = ['vision', 'objectives', 'scope', 'principles'] as const;

function architectureBlock(ctx: PageContext, record: ElementRecord<Architecture>) {
  const architecture = record.element;
  const framework = ctx.site.graph.one(record.id, 'conformsTo');
  const facts: Fact[] = [
    { label: t('arch.status', ctx.lang), value: { text: enumText(ctx, 'status', architecture.status) } },
    ...(architecture.approval ? [{ label: t('arch.approval', ctx.lang), value: citationCell(ctx, [architecture.approval]) }] : []),
    ...(framework ? [{ label: t('arch.framework', ctx.lang), value: linkCell(ctx, framework) }] : []),
    ...(architecture.version ? [{ label: t('arch.version', ctx.lang), value: textCell(architecture.version) }] : []),
    ...(lifecycleText(ctx, architecture) ? [{ label: t('element.lifecycle', ctx.lang), value: { text: lifecycleText(ctx, architecture)! } }] : []),
    { label: t('element.provenance', ctx.lang), value: provenanceCell(ctx, record) },
  ];
  return {
    id: record.id,
    name: nameOf(ctx, record),
    facts,
    description: markdownHtml(ctx, architecture.description),
  };
}

/** Parts 1–4 (Markdown in the model), one block per architecture in force (usually one). */
function textParts(ctx: PageContext, architectures: ElementRecord<Architecture>[]) {
  return PARTS.map((part) => ({
    id: `p-${part}`,
    title: t(`part.${part}`, ctx.lang),
    blocks: architectures.map((record) => ({
      heading: architectures.length > 1 ? nameOf(ctx, record) : undefined,
      html: markdownHtml(ctx, record.element[part]),
    })),
  }));
}

export function architecturePage(ctx: PageContext, agency: ElementRecord<Agency>): PageData {
  const { site } = ctx;
  const architectures = site.architecturesOf(agency.id);
  const systems = site.owned(agency.id, 'information-system') as ElementRecord<InformationSystem>[];
  const databases = site.owned(agency.id, 'database') as ElementRecord<Database>[];
  const infrastructure = site.owned(agency.id, 'infrastructure') as ElementRecord<Infrastructure>[];
  const security = site.owned(agency.id, 'security-component') as ElementRecord<SecurityComponent>[];
  const services = site.owned(agency.id, 'public-service') as ElementRecord<PublicService>[];
  const functions = site.owned(agency.id, 'business-function') as ElementRecord<BusinessFunction>[];
  const integrations = site.integrationsOf(agency.id);
  const diagnostics = site.diagnosticsOfAgency(agency.id);
  const name = nameOf(ctx, agency);
  const agencyFacts: Fact[] = [
    { label: t('element.agencyType', ctx.lang), value: { text: enumText(ctx, 'agencyType', agency.element.agencyType) } },
    ...(agency.element.abbreviation ? [{ label: t('element.abbreviation', ctx.lang), value: { text: local(ctx, agency.element.abbreviation) } }] : []),
    ...(agency.element.electronicCode ? [{ label: t('element.electronicCode', ctx.lang), value: textCell(agency.element.electronicCode) }] : []),
    ...(agency.element.gsoCode ? [{ label: t('element.gsoCode', ctx.lang), value: textCell(agency.element.gsoCode) }] : []),
    ...(lifecycleText(ctx, agency.element) ? [{ label: t('element.lifecycle', ctx.lang), value: { text: lifecycleText(ctx, agency.element)! } }] : []),
    ...lineageOf(ctx, agency.id).map((entry) => ({
      label: entry.label,
      value: { links: entry.agencies, text: plain(`(${formatDate(entry.date, ctx.lang)})`) },
    })),
  ];
  const counts = severityCounts(diagnostics);
  return {
    title: name.text,
    description: architectures.length ? nameOf(ctx, architectures[0]!).text : t('arch.none', ctx.lang),
    name,
    agencyFacts,
    agencyDescription: markdownHtml(ctx, agency.element.description),
    architectures: architectures.map((record) => architectureBlock(ctx, record)),
    parts: textParts(ctx, architectures),
    hasArchitecture: architectures.length > 0,
    overall: diagramBlock(ctx, `overall--${agency.id}`, ''),
    integrationDiagram: diagramBlock(ctx, `integration--${agency.id}`, t('component.integrationDiagram', ctx.lang)),
    business: {
      functions: functionsTable(ctx, 'bang-chuc-nang', t('component.functions', ctx.lang), functions),
      services: servicesTable(ctx, 'bang-dich-vu-cong', t('component.services', ctx.lang), services),
    },
    data: databasesTable(ctx, 'bang-csdl', t('component.data', ctx.lang), databases),
    application: systemsTable(ctx, 'bang-he-thong', t('component.application', ctx.lang), systems),
    integrations: integrationsTable(ctx, 'bang-tich-hop', t('component.integration', ctx.lang), integrations, true),
    technology: infrastructureTable(ctx, 'bang-ha-tang', t('component.technology', ctx.lang), infrastructure),
    security: securityTable(ctx, 'bang-attt', t('component.security', ctx.lang), security),
    roadmap: roadmapTable(ctx, 'bang-lo-trinh', t('part.roadmap', ctx.lang), architectures),
    diagnostics: diagnosticsTable(ctx, 'bang-kiem-tra', t('arch.rules', ctx.lang), diagnostics),
    diagnosticCounts: counts,
    hasDiagnostics: diagnostics.length > 0,
    changes: agencyChanges(ctx, agency.id),
    breadcrumb: [crumb(ctx, 'co-quan.html', 'nav.agencies')],
  };
}
