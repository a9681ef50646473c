/**
 * What page builders share: the page's context (edition, language, where it is), links to
 * elements, and the table and fact-list shapes the `table` and `facts` partials render.
 */
import type { ElementRecord } from '@kientruc/core';
import type { Citation } from '@kientruc/schema';
import type { DiagramSet } from '../diagrams.js';
import type { SiteDiagnostic } from '../editions.js';
import { label, t } from '../i18n.js';
import { relativeHref } from '../plan.js';
import { safeHtml, type SafeHtml } from '../render.js';
import type { SiteEdition } from '../site-model.js';
import { escapeHtml, formatDate, pick, renderMarkdown, type Bilingual, type Lang, type LocalText } from '../text.js';

export interface Link {
  href?: string;
  text: LocalText;
}

export interface Cell {
  text?: LocalText;
  link?: Link;
  links?: Link[];
  html?: SafeHtml;
  /** Sort key when the shown text does not sort well (dates, numbers). */
  sort?: string;
}

export interface Row {
  /** Anchor of the row (an element id): other pages link to it. */
  id?: string;
  mark?: 'error' | 'warning';
  cells: Cell[];
}

export interface Table {
  id: string;
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: Row[];
  /** A line under the table (for a summarised table: where the full list is). */
  note?: { text: string; href: string };
}

export interface Fact {
  label: string;
  value: Cell;
}

export interface PageContext {
  site: SiteEdition;
  diagrams: DiagramSet;
  lang: Lang;
  /** Output path from the site root. */
  path: string;
  /** Path of the language root from the site root: `2025/` or `2025/en/`. */
  langRoot: string;
  /** Path of the edition from the site root: `2025/`. */
  editionRoot: string;
  /** Rule ids the rules page documents (a diagnostic links to its rule only if it has an entry). */
  ruleIds: ReadonlySet<string>;
  /**
   * Links are relative, so the site works from any folder and from file://; only the 404 page,
   * which a server returns for any missing path, links absolutely from the site's base.
   */
  absoluteBase?: string;
}

/** Link from the page to a path from the site root. */
export function linkFrom(ctx: PageContext, target: string): string {
  return ctx.absoluteBase !== undefined ? `${ctx.absoluteBase}${target}` : relativeHref(ctx.path, target);
}

/** Link from the page to a path from the language root (`he-thong/x.html#a`). */
export function hrefTo(ctx: PageContext, key: string): string {
  return linkFrom(ctx, `${ctx.langRoot}${key}`);
}

/** Link from the page to a path from the edition root (data files shared by both languages). */
export function editionHref(ctx: PageContext, key: string): string {
  return linkFrom(ctx, `${ctx.editionRoot}${key}`);
}

/** A breadcrumb step: a page of this edition and language, named by a UI word or a model text. */
export function crumb(ctx: PageContext, key: string, word: string | LocalText): Link {
  return { href: hrefTo(ctx, key), text: typeof word === 'string' ? { text: t(word, ctx.lang), lang: ctx.lang, fallback: false } : word };
}

export function plain(text: string): LocalText {
  return { text, lang: 'vi', fallback: false };
}

export function local(ctx: PageContext, text: Bilingual | undefined): LocalText {
  return pick(text, ctx.lang);
}

/** The UI word as a cell text. */
export function word(ctx: PageContext, key: string): LocalText {
  return { text: t(key, ctx.lang), lang: ctx.lang, fallback: false };
}

export function enumText(ctx: PageContext, field: string, value: string | undefined): LocalText {
  return { text: label(field, value, ctx.lang), lang: ctx.lang, fallback: false };
}

export function nameOf(ctx: PageContext, record: ElementRecord): LocalText {
  return pick(record.element.name as Bilingual, ctx.lang);
}

/** A link to an element's page in this edition, or its name alone if it has none. */
export function elementLink(ctx: PageContext, record: ElementRecord): Link {
  const href = ctx.site.href(record.id);
  return { ...(href ? { href: hrefTo(ctx, href) } : {}), text: nameOf(ctx, record) };
}

export function linkCell(ctx: PageContext, record: ElementRecord | undefined): Cell {
  return record ? { link: elementLink(ctx, record) } : {};
}

export function linksCell(ctx: PageContext, records: readonly ElementRecord[]): Cell {
  return { links: records.map((record) => elementLink(ctx, record)) };
}

export function textCell(text: LocalText | string | undefined, sort?: string): Cell {
  if (text === undefined) return {};
  return { text: typeof text === 'string' ? plain(text) : text, ...(sort !== undefined ? { sort } : {}) };
}

/** Markdown from the model, rendered and sanitised, in the page's language. */
export function markdownHtml(ctx: PageContext, text: Bilingual | undefined): SafeHtml | undefined {
  if (!text) return undefined;
  const chosen = pick(text, ctx.lang);
  const html = renderMarkdown(chosen.text);
  return safeHtml(chosen.fallback ? `<div lang="vi">${html}</div>` : html);
}

export function citationText(ctx: PageContext, citation: Citation): string {
  const parts = [citation.decision, citation.date ? formatDate(citation.date, ctx.lang) : undefined, citation.title].filter(Boolean);
  return parts.join(', ') || citation.url || '';
}

export function citationCell(ctx: PageContext, citations: Citation[] | undefined): Cell {
  if (!citations?.length) return {};
  const html = citations
    .map((citation) => {
      const text = escapeHtml(citationText(ctx, citation));
      return citation.url && /^https?:\/\//.test(citation.url) ? `<a href="${escapeHtml(citation.url)}" rel="noopener external">${text}</a>` : text;
    })
    .join('; ');
  return { html: safeHtml(html) };
}

/** The provenance of an element as a short label and its sources. */
export function provenanceCell(ctx: PageContext, record: ElementRecord): Cell {
  const provenance = record.element.provenance;
  if (typeof provenance === 'string') return { text: word(ctx, `provenance.${provenance}`) };
  const status = provenance.status ?? 'confirmed';
  const sources = citationCell(ctx, provenance.sources);
  const head = escapeHtml(t(`provenance.${status}`, ctx.lang));
  return { html: safeHtml(sources.html ? `${head}: ${sources.html.toString()}` : head) };
}

export function lifecycleText(ctx: PageContext, element: { since?: string; until?: string }): LocalText | undefined {
  if (!element.since && !element.until) return undefined;
  const from = element.since ? formatDate(element.since, ctx.lang) : '…';
  const to = element.until ? formatDate(element.until, ctx.lang) : '…';
  return plain(`${from} – ${to}`);
}

/** Diagnostics as a table (used by the diagnostics page, architecture pages and element pages). */
export function diagnosticsTable(ctx: PageContext, id: string, caption: string, diagnostics: SiteDiagnostic[]): Table {
  return {
    id,
    caption,
    columns: [{ label: t('col.severity', ctx.lang) }, { label: t('col.message', ctx.lang) }, { label: t('col.rule', ctx.lang) }, { label: t('col.element', ctx.lang) }, { label: t('col.location', ctx.lang) }],
    rows: diagnostics.map((d) => {
      const element = d.elementId ? ctx.site.get(d.elementId) : undefined;
      return {
        mark: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : undefined,
        cells: [
          { text: word(ctx, `severity.${d.severity}`), sort: String(['error', 'warning', 'info'].indexOf(d.severity)) },
          { text: plain(d.message) },
          ctx.ruleIds.has(d.ruleId) ? { link: { href: hrefTo(ctx, `quy-tac.html#${d.ruleId}`), text: plain(d.ruleId) } } : textCell(d.ruleId),
          element ? linkCell(ctx, element) : d.elementId ? textCell(d.elementId) : {},
          { text: plain(`${d.file}:${d.line}:${d.column}`), sort: `${d.file}:${String(d.line).padStart(7, '0')}:${String(d.column).padStart(5, '0')}` },
        ],
      } satisfies Row;
    }),
  };
}

export function severityCounts(diagnostics: SiteDiagnostic[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** The worst severity among diagnostics, to mark a row or a page. */
export function worst(diagnostics: SiteDiagnostic[]): 'error' | 'warning' | undefined {
  if (diagnostics.some((d) => d.severity === 'error')) return 'error';
  if (diagnostics.some((d) => d.severity === 'warning')) return 'warning';
  return undefined;
}
