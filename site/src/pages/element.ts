/**
 * The pages of single elements: information systems (national shared systems and integration
 * platforms included), databases, infrastructure and custom views. Each says who owns the
 * element, who uses it and through which platform, with its context diagram.
 */
import type { ElementRecord } from '@kientruc/core';
import type { Architecture, Database, InformationSystem, Infrastructure, Integration, View } from '@kientruc/schema';
import { label, t } from '../i18n.js';
import type { PageData } from '../plan.js';
import { formatNumber, pick, type Bilingual } from '../text.js';
import {
  citationCell,
  crumb,
  diagnosticsTable,
  editionHref,
  elementLink,
  enumText,
  hrefTo,
  lifecycleText,
  linkCell,
  linksCell,
  local,
  markdownHtml,
  nameOf,
  plain,
  provenanceCell,
  textCell,
  type Fact,
  type Link,
  type PageContext,
  type Table,
} from './common.js';
import { diagramBlock } from './diagram.js';
import { byName } from '../site-model.js';
import { integrationsTable, servicesTable, systemsTable, databasesTable } from './tables.js';

function fact(label: string, value: Fact['value'] | undefined): Fact[] {
  if (!value || (!value.text?.text && !value.link && !value.links?.length && !value.html)) return [];
  return [{ label, value }];
}

function ownerFacts(ctx: PageContext, record: ElementRecord): Fact[] {
  const { graph } = ctx.site;
  return [
    ...fact(t('element.owner', ctx.lang), linkCell(ctx, graph.one(record.id, 'ownedBy'))),
    ...fact(t('element.operator', ctx.lang), linkCell(ctx, graph.one(record.id, 'operatedBy'))),
  ];
}

function commonFacts(ctx: PageContext, record: ElementRecord): Fact[] {
  const element = record.element as { abbreviation?: Bilingual; since?: string; until?: string };
  return [
    ...fact(t('element.abbreviation', ctx.lang), element.abbreviation ? { text: local(ctx, element.abbreviation) } : undefined),
    ...fact(t('col.id', ctx.lang), { text: plain(record.id) }),
    ...fact(t('element.lifecycle', ctx.lang), lifecycleText(ctx, element) ? { text: lifecycleText(ctx, element)! } : undefined),
  ];
}

/** Integrations with the element at one end, or (for a platform) passing through it. */
function integrationsOf(ctx: PageContext, id: string): { ends: ElementRecord<Integration>[]; through: ElementRecord<Integration>[] } {
  const { graph } = ctx.site;
  const ends = [...graph.related(id, 'integrationsOut'), ...graph.related(id, 'integrationsIn')] as ElementRecord<Integration>[];
  const unique = [...new Map(ends.map((record) => [record.id, record])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { ends: unique, through: graph.related(id, 'carries') as ElementRecord<Integration>[] };
}

/** The agencies that use an element: owners of the other ends of its integrations and of what uses it. */
function usingAgencies(ctx: PageContext, id: string, integrations: ElementRecord<Integration>[]): ElementRecord[] {
  const { graph } = ctx.site;
  const own = new Set(graph.related(id, 'ownedBy').map((agency) => agency.id));
  const others = new Map<string, ElementRecord>();
  const addOwnersOf = (elementId: string) => {
    for (const agency of graph.related(elementId, 'ownedBy')) if (!own.has(agency.id)) others.set(agency.id, agency);
  };
  for (const integration of integrations) {
    for (const end of [...graph.related(integration.id, 'integrationFrom'), ...graph.related(integration.id, 'integrationTo')]) {
      if (end.id !== id) addOwnersOf(end.id);
    }
  }
  for (const user of graph.related(id, 'usedBy')) addOwnersOf(user.id);
  return [...others.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Above this many, an element's integrations are summarised by agency: a national platform carries thousands. */
const INTEGRATION_ROWS = 100;

/**
 * The integrations of an element: every flow when there are few; for a national system, how many
 * flows each agency has with it, each linking to that agency's full integration table.
 */
function integrationsSection(ctx: PageContext, id: string, tableId: string, caption: string, integrations: ElementRecord<Integration>[]): Table {
  if (integrations.length <= INTEGRATION_ROWS) return integrationsTable(ctx, tableId, caption, integrations, false);
  const { graph } = ctx.site;
  const counts = new Map<string, number>();
  for (const integration of integrations) {
    const ends = [...graph.related(integration.id, 'integrationFrom'), ...graph.related(integration.id, 'integrationTo')].filter((end) => end.id !== id);
    const agencies = new Set(ends.flatMap((end) => graph.related(end.id, 'ownedBy').map((agency) => agency.id)));
    for (const agency of agencies) counts.set(agency, (counts.get(agency) ?? 0) + 1);
  }
  const agencies = [...counts.keys()].map((agency) => graph.get(agency)!).sort(byName(ctx.lang));
  return {
    id: tableId,
    caption: `${caption}: ${t('element.byAgency', ctx.lang, { n: formatNumber(integrations.length, ctx.lang) })}`,
    columns: [{ label: t('col.owner', ctx.lang) }, { label: t('col.count', ctx.lang), numeric: true }],
    rows: agencies.map((agency) => ({
      cells: [
        { link: { href: hrefTo(ctx, `kien-truc/${agency.id}.html#bang-tich-hop`), text: nameOf(ctx, agency) } },
        textCell(formatNumber(counts.get(agency.id)!, ctx.lang), String(counts.get(agency.id)!).padStart(7, '0')),
      ],
    })),
    note: { text: t('element.fullList', ctx.lang), href: editionHref(ctx, 'du-lieu/ket-noi-tich-hop.csv') },
  };
}

function breadcrumbFor(ctx: PageContext, record: ElementRecord): Link[] {
  const owner = ctx.site.owner(record.id);
  return [crumb(ctx, 'co-quan.html', 'nav.agencies'), ...(owner ? [elementLink(ctx, owner)] : [])];
}

function roadmapTasks(ctx: PageContext, id: string): Link[] {
  return (ctx.site.graph.related(id, 'plannedBy') as ElementRecord<Architecture>[]).flatMap((architecture) =>
    (architecture.element.roadmap ?? [])
      .filter((task) => task.systems?.includes(id))
      .map((task) => {
        const agency = ctx.site.graph.one(architecture.id, 'architectureOf');
        return {
          ...(agency ? { href: hrefTo(ctx, `kien-truc/${agency.id}.html#${architecture.id}--${task.id}`) } : {}),
          text: pick(task.name, ctx.lang),
        };
      }),
  );
}

function elementDiagnostics(ctx: PageContext, id: string) {
  const diagnostics = ctx.site.diagnosticsOf(id);
  return diagnostics.length ? diagnosticsTable(ctx, 'bang-kiem-tra', t('element.diagnostics', ctx.lang), diagnostics) : undefined;
}

export function systemPage(ctx: PageContext, record: ElementRecord<InformationSystem>): PageData {
  const { graph } = ctx.site;
  const system = record.element;
  const name = nameOf(ctx, record);
  const { ends, through } = integrationsOf(ctx, record.id);
  const level = system.securityLevel;
  const levelText = level
    ? [String(level.level), level.dossier ? `${t('element.dossier', ctx.lang)}: ${label('dossier', level.dossier, ctx.lang)}` : '', level.plan ? `${t('element.plan', ctx.lang)}: ${label('plan', level.plan, ctx.lang)}` : '']
        .filter(Boolean)
        .join(' · ')
    : undefined;
  const role = system.scope === 'national' ? 'element.national' : system.category === 'integration-platform' ? 'element.integrationPlatform' : 'kind.information-system';
  const facts: Fact[] = [
    ...ownerFacts(ctx, record),
    ...fact(t('element.category', ctx.lang), { text: enumText(ctx, 'category', system.category) }),
    ...fact(t('element.platform', ctx.lang), system.platform ? textCell(system.platform) : undefined),
    ...fact(t('element.scope', ctx.lang), { text: enumText(ctx, 'scope', system.scope) }),
    ...fact(t('element.status', ctx.lang), { text: enumText(ctx, 'status', system.status) }),
    ...fact(t('element.launched', ctx.lang), system.launched ? { text: plain(system.launched) } : undefined),
    ...fact(t('element.securityLevel', ctx.lang), levelText ? textCell(levelText) : undefined),
    ...fact(t('element.users', ctx.lang), system.users?.length ? textCell(system.users.map((user) => label('users', user, ctx.lang)).join(', ')) : undefined),
    ...fact(t('element.channels', ctx.lang), system.channels?.length ? textCell(system.channels.map((channel) => label('channels', channel, ctx.lang)).join(', ')) : undefined),
    ...fact(t('element.url', ctx.lang), system.url && /^https?:\/\//.test(system.url) ? citationCell(ctx, [{ url: system.url, title: system.url }]) : undefined),
    ...fact(t('element.legalBasis', ctx.lang), citationCell(ctx, system.legalBasis)),
    ...commonFacts(ctx, record),
    ...fact(t('element.provenance', ctx.lang), provenanceCell(ctx, record)),
  ];
  const relations: Fact[] = [
    ...fact(t('element.users.agencies', ctx.lang), linksCell(ctx, usingAgencies(ctx, record.id, [...ends, ...through]))),
    ...fact(t('element.uses', ctx.lang), linksCell(ctx, graph.related(record.id, 'uses'))),
    ...fact(t('element.usedBy', ctx.lang), linksCell(ctx, graph.related(record.id, 'usedBy'))),
    ...fact(t('element.hostedOn', ctx.lang), linksCell(ctx, graph.related(record.id, 'hostedOn'))),
    ...fact(t('element.hosts', ctx.lang), linksCell(ctx, graph.related(record.id, 'hostsData'))),
    ...fact(t('element.protectedBy', ctx.lang), linksCell(ctx, graph.related(record.id, 'protectedBy'))),
    ...fact(t('element.replaces', ctx.lang), linksCell(ctx, graph.related(record.id, 'replaces'))),
    ...fact(t('element.plannedBy', ctx.lang), { links: roadmapTasks(ctx, record.id) }),
  ];
  const services = graph.related(record.id, 'provides') as ElementRecord<never>[];
  return {
    title: name.text,
    description: `${t(role, ctx.lang)} · ${label('category', system.category, ctx.lang)}`,
    name,
    role: t(role, ctx.lang),
    facts,
    relations,
    descriptionHtml: markdownHtml(ctx, system.description),
    context: diagramBlock(ctx, `context--${record.id}`, t('element.context', ctx.lang)),
    integrations: integrationsSection(ctx, record.id, 'bang-tich-hop', t('element.integrations', ctx.lang), ends),
    through: through.length ? integrationsSection(ctx, record.id, 'bang-qua-nen-tang', t('element.carries', ctx.lang), through) : undefined,
    services: services.length ? servicesTable(ctx, 'bang-dich-vu-cong', t('element.provides', ctx.lang), services) : undefined,
    diagnostics: elementDiagnostics(ctx, record.id),
    breadcrumb: breadcrumbFor(ctx, record),
  };
}

export function databasePage(ctx: PageContext, record: ElementRecord<Database>): PageData {
  const { graph } = ctx.site;
  const database = record.element;
  const name = nameOf(ctx, record);
  const { ends } = integrationsOf(ctx, record.id);
  const role = database.scope === 'national' ? 'element.nationalDatabase' : 'kind.database';
  const facts: Fact[] = [
    ...ownerFacts(ctx, record),
    ...fact(t('element.legalOwner', ctx.lang), linkCell(ctx, graph.one(record.id, 'legallyOwnedBy'))),
    ...fact(t('element.scope', ctx.lang), { text: enumText(ctx, 'scope', database.scope) }),
    ...fact(t('element.status', ctx.lang), database.status ? { text: enumText(ctx, 'status', database.status) } : undefined),
    ...fact(t('element.domains', ctx.lang), database.dataDomains?.length ? textCell(database.dataDomains.map((domain) => pick(domain, ctx.lang).text).join(', ')) : undefined),
    ...fact(t('element.legalBasis', ctx.lang), citationCell(ctx, database.legalBasis)),
    ...fact(t('element.hostedBy', ctx.lang), linkCell(ctx, graph.one(record.id, 'hostedBy'))),
    ...commonFacts(ctx, record),
    ...fact(t('element.provenance', ctx.lang), provenanceCell(ctx, record)),
  ];
  const relations: Fact[] = [
    ...fact(t('element.users.agencies', ctx.lang), linksCell(ctx, usingAgencies(ctx, record.id, ends))),
    ...fact(t('element.usedBy', ctx.lang), linksCell(ctx, graph.related(record.id, 'usedBy'))),
    ...fact(t('element.protectedBy', ctx.lang), linksCell(ctx, graph.related(record.id, 'protectedBy'))),
    ...fact(t('element.plannedBy', ctx.lang), { links: roadmapTasks(ctx, record.id) }),
  ];
  return {
    title: name.text,
    description: t(role, ctx.lang),
    name,
    role: t(role, ctx.lang),
    facts,
    relations,
    descriptionHtml: markdownHtml(ctx, database.description),
    context: diagramBlock(ctx, `context--${record.id}`, t('element.context', ctx.lang)),
    integrations: integrationsSection(ctx, record.id, 'bang-tich-hop', t('element.integrations', ctx.lang), ends),
    diagnostics: elementDiagnostics(ctx, record.id),
    breadcrumb: breadcrumbFor(ctx, record),
  };
}

export function infrastructurePage(ctx: PageContext, record: ElementRecord<Infrastructure>): PageData {
  const { graph } = ctx.site;
  const infrastructure = record.element;
  const name = nameOf(ctx, record);
  const facts: Fact[] = [
    ...ownerFacts(ctx, record),
    ...fact(t('element.type', ctx.lang), { text: enumText(ctx, 'infrastructureType', infrastructure.infrastructureType) }),
    ...fact(t('element.scope', ctx.lang), { text: enumText(ctx, 'scope', infrastructure.scope) }),
    ...fact(t('element.status', ctx.lang), { text: enumText(ctx, 'status', infrastructure.status) }),
    ...fact(t('element.legalBasis', ctx.lang), citationCell(ctx, infrastructure.legalBasis)),
    ...commonFacts(ctx, record),
    ...fact(t('element.provenance', ctx.lang), provenanceCell(ctx, record)),
  ];
  const relations: Fact[] = [
    ...fact(t('element.connectsTo', ctx.lang), linksCell(ctx, [...graph.related(record.id, 'connectsTo'), ...graph.related(record.id, 'connectedFrom')])),
    ...fact(t('element.protectedBy', ctx.lang), linksCell(ctx, graph.related(record.id, 'protectedBy'))),
  ];
  const hosted = graph.related(record.id, 'hosts');
  return {
    title: name.text,
    description: t('kind.infrastructure', ctx.lang),
    name,
    role: `${t('kind.infrastructure', ctx.lang)} · ${label('infrastructureType', infrastructure.infrastructureType, ctx.lang)}`,
    facts,
    relations,
    descriptionHtml: markdownHtml(ctx, infrastructure.description),
    context: diagramBlock(ctx, `context--${record.id}`, t('element.context', ctx.lang)),
    systems: systemsTable(ctx, 'bang-he-thong', t('element.hosts', ctx.lang), hosted.filter((r) => r.kind === 'information-system') as ElementRecord<InformationSystem>[]),
    databases: databasesTable(ctx, 'bang-csdl', t('count.databases', ctx.lang), hosted.filter((r) => r.kind === 'database') as ElementRecord<Database>[]),
    diagnostics: elementDiagnostics(ctx, record.id),
    breadcrumb: breadcrumbFor(ctx, record),
  };
}

export function viewPage(ctx: PageContext, record: ElementRecord<View>): PageData {
  const name = nameOf(ctx, record);
  const { include, exclude, groupBy, relations } = record.element;
  return {
    title: name.text,
    description: t('kind.view', ctx.lang),
    name,
    role: t('kind.view', ctx.lang),
    descriptionHtml: markdownHtml(ctx, record.element.description),
    diagram: diagramBlock(ctx, `custom--${record.id}`, name.text),
    definition: JSON.stringify({ include, exclude, groupBy, relations }, null, 2),
    facts: [...commonFacts(ctx, record), ...fact(t('element.provenance', ctx.lang), provenanceCell(ctx, record))],
    diagnostics: elementDiagnostics(ctx, record.id),
    breadcrumb: [crumb(ctx, 'du-lieu.html', 'nav.data')],
  };
}

