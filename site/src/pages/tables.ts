/** The catalog tables, one function per kind of element; architecture and element pages share them. */
import type { ElementRecord } from '@kientruc/core';
import type {
  Agency,
  Architecture,
  BusinessFunction,
  Database,
  InformationSystem,
  Infrastructure,
  Integration,
  PublicService,
  SecurityComponent,
} from '@kientruc/schema';
import { t } from '../i18n.js';
import { pick, type Bilingual } from '../text.js';
import { enumText, linkCell, linksCell, nameOf, plain, textCell, worst, type Cell, type PageContext, type Row, type Table } from './common.js';

function columns(ctx: PageContext, ...keys: (string | [string, true])[]): Table['columns'] {
  return keys.map((key) => (Array.isArray(key) ? { label: t(key[0], ctx.lang), numeric: true } : { label: t(key, ctx.lang) }));
}

function rowMark(ctx: PageContext, id: string): Row['mark'] {
  return worst(ctx.site.diagnosticsOf(id));
}

/** A row whose first cell names the element: a link to its page, or (for rows that are the element's place) plain text with the row as anchor. */
function firstCell(ctx: PageContext, record: ElementRecord, anchored: boolean): Cell {
  return anchored ? { text: nameOf(ctx, record) } : linkCell(ctx, record);
}

export function systemsTable(ctx: PageContext, id: string, caption: string, systems: ElementRecord<InformationSystem>[]): Table {
  return {
    id,
    caption,
    columns: columns(ctx, 'col.name', 'col.category', 'col.owner', 'col.status', ['col.securityLevel', true]),
    rows: systems.map((record) => {
      const system = record.element;
      const level = system.securityLevel?.level;
      return {
        mark: rowMark(ctx, record.id),
        cells: [
          firstCell(ctx, record, false),
          { text: enumText(ctx, 'category', system.category) },
          linkCell(ctx, ctx.site.owner(record.id)),
          { text: enumText(ctx, 'status', system.status) },
          level !== undefined ? textCell(String(level), String(level)) : {},
        ],
      };
    }),
  };
}

export function databasesTable(ctx: PageContext, id: string, caption: string, databases: ElementRecord<Database>[]): Table {
  return {
    id,
    caption,
    columns: columns(ctx, 'col.name', 'col.scope', 'col.owner', 'col.status', 'col.domains'),
    rows: databases.map((record) => {
      const database = record.element;
      return {
        mark: rowMark(ctx, record.id),
        cells: [
          firstCell(ctx, record, false),
          { text: enumText(ctx, 'scope', database.scope) },
          linkCell(ctx, ctx.site.owner(record.id)),
          { text: enumText(ctx, 'status', database.status) },
          textCell((database.dataDomains ?? []).map((domain) => pick(domain, ctx.lang).text).join(', ')),
        ],
      };
    }),
  };
}

export function integrationsTable(ctx: PageContext, id: string, caption: string, integrations: ElementRecord<Integration>[], anchored: boolean): Table {
  const { graph } = ctx.site;
  return {
    id,
    caption,
    columns: columns(ctx, 'col.name', 'col.from', 'col.to', 'col.via', 'col.data', 'col.standard', 'col.status'),
    rows: integrations.map((record) => {
      const integration = record.element;
      return {
        ...(anchored ? { id: record.id } : {}),
        mark: rowMark(ctx, record.id),
        cells: [
          firstCell(ctx, record, anchored),
          linkCell(ctx, graph.one(record.id, 'integrationFrom')),
          linkCell(ctx, graph.one(record.id, 'integrationTo')),
          // `via` keeps its order (the path of the flow), so read it from the element.
          linksCell(ctx, (integration.via ?? []).map((via) => graph.get(via)).filter((r): r is ElementRecord => r !== undefined)),
          textCell((integration.data ?? []).map((data: Bilingual) => pick(data, ctx.lang).text).join('; ')),
          textCell(integration.standard),
          { text: enumText(ctx, 'status', integration.status) },
        ],
      };
    }),
  };
}

export function servicesTable(ctx: PageContext, id: string, caption: string, services: ElementRecord<PublicService>[]): Table {
  const { graph } = ctx.site;
  return {
    id,
    caption,
    columns: columns(ctx, 'col.name', 'col.code', ['col.level', true], 'col.providedBy', 'col.nationalPortal'),
    rows: services.map((record) => {
      const service = record.element;
      return {
        id: record.id,
        mark: rowMark(ctx, record.id),
        cells: [
          { text: nameOf(ctx, record) },
          textCell(service.procedureCode),
          textCell(String(service.onlineLevel), String(service.onlineLevel)),
          linkCell(ctx, graph.one(record.id, 'providedBy')),
          service.nationalPortalIntegration === undefined ? {} : { text: enumText(ctx, 'bool', String(service.nationalPortalIntegration)) },
        ],
      };
    }),
  };
}

export function functionsTable(ctx: PageContext, id: string, caption: string, functions: ElementRecord<BusinessFunction>[]): Table {
  const { graph } = ctx.site;
  return {
    id,
    caption,
    columns: columns(ctx, 'col.name', 'col.code', 'col.partOf'),
    rows: functions.map((record) => ({
      id: record.id,
      mark: rowMark(ctx, record.id),
      cells: [{ text: nameOf(ctx, record) }, textCell(record.element.code), linkCell(ctx, graph.one(record.id, 'partOf'))],
    })),
  };
}

export function infrastructureTable(ctx: PageContext, id: string, caption: string, infrastructure: ElementRecord<Infrastructure>[]): Table {
  return {
    id,
    caption,
    columns: columns(ctx, 'col.name', 'col.type', 'col.scope', 'col.status'),
    rows: infrastructure.map((record) => ({
      mark: rowMark(ctx, record.id),
      cells: [
        firstCell(ctx, record, false),
        { text: enumText(ctx, 'infrastructureType', record.element.infrastructureType) },
        { text: enumText(ctx, 'scope', record.element.scope) },
        { text: enumText(ctx, 'status', record.element.status) },
      ],
    })),
  };
}

export function securityTable(ctx: PageContext, id: string, caption: string, components: ElementRecord<SecurityComponent>[]): Table {
  const { graph } = ctx.site;
  return {
    id,
    caption,
    columns: columns(ctx, 'col.name', 'col.type', 'col.status', 'col.protects'),
    rows: components.map((record) => ({
      id: record.id,
      mark: rowMark(ctx, record.id),
      cells: [
        { text: nameOf(ctx, record) },
        { text: enumText(ctx, 'componentType', record.element.componentType) },
        { text: enumText(ctx, 'status', record.element.status) },
        linksCell(ctx, graph.related(record.id, 'protects')),
      ],
    })),
  };
}

export function roadmapTable(ctx: PageContext, id: string, caption: string, architectures: ElementRecord<Architecture>[]): Table {
  const { graph } = ctx.site;
  return {
    id,
    caption,
    columns: columns(ctx, 'col.task', 'col.years', 'col.status', 'col.systems'),
    rows: architectures.flatMap((architecture) =>
      (architecture.element.roadmap ?? []).map((task) => ({
        id: `${architecture.id}--${task.id}`,
        cells: [
          { text: pick(task.name, ctx.lang) },
          textCell(task.from === task.to ? String(task.from) : `${task.from}–${task.to}`, `${task.from}-${task.to}`),
          { text: enumText(ctx, 'status', task.status) },
          linksCell(ctx, (task.systems ?? []).map((system) => graph.get(system)).filter((r): r is ElementRecord => r !== undefined)),
        ],
      })),
    ),
  };
}

/** Agencies with their type, codes, architecture and what they own; `lineage` adds the 2025 reorganisation. */
export function agenciesTable(ctx: PageContext, id: string, caption: string, agencies: ElementRecord<Agency>[], lineage: (agency: ElementRecord<Agency>) => Cell): Table {
  const { site } = ctx;
  return {
    id,
    caption,
    columns: columns(ctx, 'col.name', 'col.type', 'col.codes', 'col.architecture', ['col.systems', true], ['col.databases', true], 'lineage.label'),
    rows: agencies.map((agency) => {
      const architectures = site.architecturesOf(agency.id);
      const systems = site.owned(agency.id, 'information-system').length;
      const databases = site.owned(agency.id, 'database').length;
      const codes = [agency.element.electronicCode, agency.element.gsoCode].filter(Boolean).join(' / ');
      return {
        mark: worst(site.diagnosticsOfAgency(agency.id)),
        cells: [
          linkCell(ctx, agency),
          { text: enumText(ctx, 'agencyType', agency.element.agencyType) },
          textCell(codes),
          architectures.length ? { text: enumText(ctx, 'status', architectures[0]!.element.status) } : { text: plain('—') },
          textCell(String(systems), String(systems).padStart(6, '0')),
          textCell(String(databases), String(databases).padStart(6, '0')),
          lineage(agency),
        ],
      };
    }),
  };
}

