/** The pages of an edition that are not about one element: home, agencies, rules, check results, about, data, search, 404. */
import type { ElementRecord } from '@kientruc/core';
import type { Agency, Database, Framework, Indicator, InformationSystem } from '@kientruc/schema';
import { allRules, coreChecks, DEFAULT_EXAMPLE_AS_OF, type Rule, type RuleInfo } from '@kientruc/rules';
import { catalogRecords, CATALOGS } from '../data-export.js';
import { MISSING_PAGE_ANCHOR } from '../edition-switch.js';
import { label, t } from '../i18n.js';
import type { PageData } from '../plan.js';
import { agencyGroup, byName } from '../site-model.js';
import { formatDate, formatNumber, pick } from '../text.js';
import {
  citationCell,
  diagnosticsTable,
  editionHref,
  elementLink,
  enumText,
  hrefTo,
  linksCell,
  local,
  markdownHtml,
  nameOf,
  severityCounts,
  textCell,
  type PageContext,
  type Table,
} from './common.js';
import { diagramBlock, mermaidKey } from './diagram.js';
import { lineageCell } from './lineage.js';
import { agenciesTable } from './tables.js';
import { changesSummary } from './what-changed.js';

export function homePage(ctx: PageContext): PageData {
  const { site } = ctx;
  const { graph } = site;
  const agencies = site.agencies;
  const systems = graph.ofKind('information-system') as ElementRecord<InformationSystem>[];
  const databases = graph.ofKind('database') as ElementRecord<Database>[];
  const national = [...systems, ...databases].filter((record) => (record.element as { scope?: string }).scope === 'national').sort(byName(ctx.lang));
  const counts = severityCounts(site.diagnostics);
  const figure = (key: string, value: number, href?: string) => ({ label: t(key, ctx.lang), value: formatNumber(value, ctx.lang), ...(href ? { href: hrefTo(ctx, href) } : {}) });
  const otherLang = ctx.lang === 'vi' ? 'en' : 'vi';
  return {
    title: t('home.title', ctx.lang),
    description: t('site.tagline', ctx.lang),
    missingPage: { id: MISSING_PAGE_ANCHOR, text: t('edition.missingPage', ctx.lang), other: t('edition.missingPage', otherLang), otherLang },
    // The section's heading names it already.
    landscape: diagramBlock(ctx, 'landscape', ''),
    figures: [
      figure('count.ministries', agencies.filter((a) => agencyGroup(a.element) === 'ministries').length, 'co-quan.html#bo-nganh'),
      figure('count.provinces', agencies.filter((a) => agencyGroup(a.element) === 'provinces').length, 'co-quan.html#dia-phuong'),
      figure('count.architectures', graph.ofKind('architecture').length),
      figure('count.systems', systems.length),
      figure('count.nationalSystems', systems.filter((s) => s.element.scope === 'national').length),
      figure('count.nationalDatabases', databases.filter((d) => d.element.scope === 'national').length),
      figure('count.databases', databases.length),
      figure('count.integrations', graph.ofKind('integration').length),
      figure('count.services', graph.ofKind('public-service').length),
      figure('count.errors', counts.errors, 'kiem-tra.html'),
      figure('count.warnings', counts.warnings, 'kiem-tra.html'),
    ],
    national: national.map((record) => ({ link: elementLink(ctx, record), kind: label('category', (record.element as { category?: string }).category, ctx.lang) || t('element.nationalDatabase', ctx.lang) })),
    changes: changesSummary(ctx),
  };
}

export function agenciesPage(ctx: PageContext): PageData {
  const { site } = ctx;
  const lineage = (agency: ElementRecord<Agency>) => lineageCell(ctx, agency.id);
  const ordered = site.agencies.slice().sort(byName(ctx.lang));
  // Agencies out of force on the edition date that a reorganisation replaced (a snapshot holds only the agencies in force).
  const ceased = (site.graph.model.elements.filter((record) => record.kind === 'agency') as ElementRecord<Agency>[])
    .filter((record) => record.element.until !== undefined && record.element.until < site.asOf && !site.get(record.id))
    .filter((record) => lineageCell(ctx, record.id).html !== undefined)
    .sort(byName(ctx.lang));
  const ceasedTable: Table = {
    id: 'da-sap-xep',
    caption: t('agencies.ceased', ctx.lang),
    columns: [{ label: t('col.name', ctx.lang) }, { label: t('col.type', ctx.lang) }, { label: t('col.to', ctx.lang) }, { label: t('lineage.label', ctx.lang) }],
    rows: ceased.map((record) => ({
      cells: [{ text: nameOf(ctx, record) }, { text: enumText(ctx, 'agencyType', record.element.agencyType) }, textCell(formatDate(record.element.until!, ctx.lang), record.element.until), lineage(record)],
    })),
  };
  return {
    title: t('agencies.title', ctx.lang),
    description: t('agencies.intro', ctx.lang),
    ministries: agenciesTable(ctx, 'bo-nganh', t('agencies.ministries', ctx.lang), ordered.filter((a) => agencyGroup(a.element) === 'ministries'), lineage),
    provinces: agenciesTable(ctx, 'dia-phuong', t('agencies.provinces', ctx.lang), ordered.filter((a) => agencyGroup(a.element) === 'provinces'), lineage),
    ceased: ceased.length ? ceasedTable : undefined,
  };
}

function ruleBlock(ctx: PageContext, rule: RuleInfo & Partial<Pick<Rule, 'examples'>>) {
  return {
    id: rule.id,
    severity: t(`severity.${rule.severity}`, ctx.lang),
    severityKey: rule.severity,
    category: rule.category,
    description: local(ctx, rule.description),
    rationale: local(ctx, rule.rationale),
    fix: local(ctx, rule.fix),
    basis: rule.basis.join('; '),
    examples: (rule.examples ?? []).map((example) => ({
      title: example.title,
      asOf: example.asOf && example.asOf !== DEFAULT_EXAMPLE_AS_OF ? formatDate(example.asOf, ctx.lang) : undefined,
      files: Object.entries(example.files).map(([path, text]) => ({ path, text: text.trimEnd() })),
      expected: example.expected.length ? example.expected.join('\n') : t('rules.noProblem', ctx.lang),
      ok: example.expected.length === 0,
    })),
  };
}

export function rulesPage(ctx: PageContext): PageData {
  return {
    title: t('rules.title', ctx.lang),
    description: t('rules.intro', ctx.lang),
    rules: allRules.map((rule) => ruleBlock(ctx, rule)),
    builtIn: [...coreChecks].sort((a, b) => (a.id < b.id ? -1 : 1)).map((rule) => ruleBlock(ctx, rule)),
    toc: [...allRules, ...coreChecks].map((rule) => rule.id).sort(),
  };
}

export function diagnosticsPage(ctx: PageContext): PageData {
  const { site } = ctx;
  const counts = severityCounts(site.diagnostics);
  return {
    title: t('diagnostics.title', ctx.lang),
    description: t('diagnostics.intro', ctx.lang),
    counts,
    frozen: site.edition.origin === 'snapshot',
    table: diagnosticsTable(ctx, 'bang-kiem-tra', t('diagnostics.title', ctx.lang), site.diagnostics),
    empty: site.diagnostics.length === 0,
  };
}

export function aboutPage(ctx: PageContext): PageData {
  const { graph } = ctx.site;
  const frameworks = (graph.ofKind('framework') as ElementRecord<Framework>[]).map((record) => {
    const framework = record.element;
    return {
      id: record.id,
      name: nameOf(ctx, record),
      instrument: citationCell(ctx, [framework.instrument]),
      description: markdownHtml(ctx, framework.description),
      referenceModels: (framework.referenceModels ?? []).map((model) => ({ code: model.code, name: local(ctx, model.name), description: markdownHtml(ctx, model.description) })),
      layers: (framework.layers ?? []).map((layer) => ({
        name: local(ctx, layer.name),
        aside: layer.aside ?? false,
        contents: [...(layer.categories ?? []).map((c) => label('category', c, ctx.lang)), ...(layer.kinds ?? []).map((k) => t(`kind.${k}`, ctx.lang))].join(', '),
      })),
      mandatory: (framework.mandatoryComponents ?? []).map((component) => ({
        name: local(ctx, component.name),
        levels: component.levels.map((level) => label('level', level, ctx.lang)).join(', '),
        connectsTo: linksCell(ctx, (component.connectsTo ?? []).map((id) => graph.get(id)).filter((r): r is ElementRecord => r !== undefined)),
        basis: component.basis ? citationCell(ctx, [component.basis]) : undefined,
      })),
    };
  });
  const indicators = (graph.ofKind('indicator') as ElementRecord<Indicator>[])
    .slice()
    .sort((a, b) => a.element.year - b.element.year || (a.id < b.id ? -1 : 1))
    .map((record) => {
      const { target } = record.element;
      const unit = label('unit', target.unit, ctx.lang);
      const value = `${target.comparison === 'at-least' ? '≥ ' : target.comparison === 'at-most' ? '≤ ' : ''}${target.value}${target.max !== undefined ? `–${target.max}` : ''}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`;
      return { id: record.id, year: record.element.year, name: nameOf(ctx, record), target: value, basis: citationCell(ctx, record.element.legalBasis) };
    });
  return {
    title: t('about.title', ctx.lang),
    description: t('site.tagline', ctx.lang),
    frameworks,
    indicators,
  };
}

export function dataPage(ctx: PageContext): PageData {
  const { site, diagrams } = ctx;
  const catalogs = CATALOGS.map((catalog) => ({
    name: t(catalog.word, ctx.lang),
    count: formatNumber(catalogRecords(site.graph, catalog).length, ctx.lang),
    json: editionHref(ctx, `du-lieu/${catalog.file}.json`),
    csv: editionHref(ctx, `du-lieu/${catalog.file}.csv`),
  }));
  const views = diagrams.views.map((view) => ({ title: pick(view.title, ctx.lang), href: hrefTo(ctx, mermaidKey(view.id)), id: view.id }));
  const customViews = (site.graph.ofKind('view') as ElementRecord[]).map((record) => elementLink(ctx, record));
  return {
    title: t('data.title', ctx.lang),
    description: t('data.intro', ctx.lang),
    catalogs,
    views,
    customViews,
  };
}

export function searchPage(ctx: PageContext): PageData {
  return { title: t('nav.search', ctx.lang), description: t('search.hint', ctx.lang) };
}

export function notFoundPage(ctx: PageContext): PageData {
  return { title: t('notFound.title', ctx.lang), description: t('notFound.text', ctx.lang), home: hrefTo(ctx, 'index.html'), search: hrefTo(ctx, 'tim-kiem.html') };
}
