/**
 * "What changed" (Những gì thay đổi): an edition compared with the previous one, read from the
 * semantic diff (see changes.ts): counts, agency lineage, moves by merger or transfer, the
 * diagram of the change, and the changes of each agency with their fields old → new. The home
 * page shows the counts; each agency page shows its own part.
 */
import { changesOfAgency, relationLabel, type ElementChange, type ModelDiff, type RelationChange } from '@kientruc/core';
import { agencyChangeViewId, CHANGE_VIEW, editionChangeSet, type EditionChangeSet } from '../changes.js';
import { t } from '../i18n.js';
import type { PageData } from '../plan.js';
import { linkHtml } from '../html.js';
import { langRoot } from '../layout.js';
import { safeHtml } from '../render.js';
import { escapeHtml, formatDate, formatNumber, pick, type Bilingual } from '../text.js';
import { hrefTo, linkFrom, plain, word, type Cell, type Link, type PageContext, type Row, type Table } from './common.js';
import { diagramBlock, type DiagramBlock } from './diagram.js';

/** Path of the page from the language root. */
export const WHAT_CHANGED_KEY = 'thay-doi.html';

/** Longest old or new value shown in full; longer ones (descriptions) are cut. */
const VALUE_LIMIT = 160;

function changeSetOf(ctx: PageContext): EditionChangeSet | undefined {
  return editionChangeSet(ctx.site);
}

/** An element or agency named in a change: its name on either side, its page in this edition or, once gone, in the previous one. */
function elementRef(ctx: PageContext, id: string): Link {
  const { site } = ctx;
  const previous = changeSetOf(ctx)?.previous;
  const record = site.graph.model.byId.get(id) ?? previous?.graph.model.byId.get(id);
  const text = record ? pick(record.element.name as Bilingual, ctx.lang) : plain(id);
  const own = site.href(id);
  if (own) return { href: hrefTo(ctx, own), text };
  const before = site.previousSite?.href(id);
  if (before && site.previousSite) return { href: linkFrom(ctx, `${langRoot(site.previousSite.year, ctx.lang)}${before}`), text };
  return { text };
}

function valueText(value: unknown): string {
  if (value === undefined || value === null) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > VALUE_LIMIT ? `${text.slice(0, VALUE_LIMIT - 1)}…` : text;
}

function agencyList(ctx: PageContext, ids: string[]): string {
  return ids.map((id) => linkHtml(elementRef(ctx, id))).join(', ');
}

/** Moves, lineage, successor systems and changed fields, one line each. */
function detailsHtml(ctx: PageContext, change: ElementChange): string {
  const lines: string[] = [];
  if (change.moved) {
    const from = change.moved.from ? linkHtml(elementRef(ctx, change.moved.from)) : '—';
    const to = change.moved.to ? linkHtml(elementRef(ctx, change.moved.to)) : '—';
    lines.push(`${escapeHtml(t(`changes.moved.${change.moved.reason}`, ctx.lang))}: ${from} → ${to}`);
  }
  if (change.lineage?.mergedInto) lines.push(`${escapeHtml(t('lineage.mergedInto', ctx.lang))} ${agencyList(ctx, [change.lineage.mergedInto])}`);
  if (change.lineage?.formedFrom) lines.push(`${escapeHtml(t('lineage.formedFrom', ctx.lang))} ${agencyList(ctx, change.lineage.formedFrom)}`);
  if (change.replaces) lines.push(`${escapeHtml(t('changes.replaces', ctx.lang))} ${agencyList(ctx, change.replaces)}`);
  // The owner field of a moved element is told by the line above, with the agencies' names.
  for (const field of change.fields.filter((f) => !(change.moved && f.path === 'owner'))) {
    lines.push(`<code>${escapeHtml(field.path)}</code>: <span class="old">${escapeHtml(valueText(field.old))}</span> → <span class="new">${escapeHtml(valueText(field.new))}</span>`);
  }
  return lines.join('<br>');
}

function changeCell(ctx: PageContext, change: ElementChange['change']): Cell {
  return { text: word(ctx, `changes.${change}`), sort: String(['added', 'changed', 'removed'].indexOf(change)) };
}

/** The element changes of a diff (or of one agency's part of it) as a table. */
export function changesTable(ctx: PageContext, id: string, caption: string, elements: ElementChange[]): Table {
  return {
    id,
    caption,
    columns: [{ label: t('col.element', ctx.lang) }, { label: t('changes.col.change', ctx.lang) }, { label: t('col.type', ctx.lang) }, { label: t('changes.col.details', ctx.lang) }],
    rows: elements.map(
      (change): Row => ({
        cells: [
          { link: elementRef(ctx, change.id) },
          changeCell(ctx, change.change),
          { text: word(ctx, `kind.${change.kind}`) },
          { html: safeHtml(detailsHtml(ctx, change)) },
        ],
      }),
    ),
  };
}

function relationLines(ctx: PageContext, relations: RelationChange[]): { sign: string; html: ReturnType<typeof safeHtml> }[] {
  return relations.map((r) => ({
    sign: t(`changes.relation.${r.change}`, ctx.lang),
    html: safeHtml(`${linkHtml(elementRef(ctx, r.source))} <span class="muted">${escapeHtml(relationLabel(r.relation)[ctx.lang])}</span> ${linkHtml(elementRef(ctx, r.target))}`),
  }));
}

/** The anchor of an agency's section on the "what changed" page. */
export function agencySectionId(agency: string): string {
  return agency === '' ? 'quoc-gia' : `co-quan-${agency}`;
}

function counts(ctx: PageContext, diff: ModelDiff) {
  const n = (value: number) => formatNumber(value, ctx.lang);
  const s = diff.summary;
  return [
    { label: t('changes.added', ctx.lang), value: n(s.added) },
    { label: t('changes.removed', ctx.lang), value: n(s.removed) },
    { label: t('changes.changed', ctx.lang), value: n(s.changed) },
    { label: t('changes.movedCount', ctx.lang), value: n(s.moved) },
    { label: t('changes.relationsAdded', ctx.lang), value: n(s.relationsAdded) },
    { label: t('changes.relationsRemoved', ctx.lang), value: n(s.relationsRemoved) },
  ];
}

function since(ctx: PageContext, set: EditionChangeSet) {
  return { year: set.previous.year, date: formatDate(set.previous.asOf, ctx.lang) };
}

export function whatChangedPage(ctx: PageContext): PageData {
  const set = changeSetOf(ctx);
  const title = t('changes.title', ctx.lang);
  if (!set) return { title, description: t('changes.first', ctx.lang), first: true };
  const { diff } = set;
  const lineage = diff.elements.filter((e) => e.kind === 'agency' && e.lineage);
  const moved = diff.elements.filter((e) => e.moved);
  let diagram: DiagramBlock | undefined;
  let diagramNote: string | undefined;
  if (set.whole) diagram = diagramBlock(ctx, CHANGE_VIEW, '');
  else if (set.byAgency.size) diagramNote = t('changes.diagramPerAgency', ctx.lang);
  else if (set.tooLarge.size) diagramNote = t('changes.diagramTooLarge', ctx.lang);
  else if (diff.elements.length) diagramNote = t('changes.diagramNone', ctx.lang);
  const agencies = diff.agencies.map((agency) => {
    const { elements, relations } = changesOfAgency(diff, agency);
    const heading = agency === '' ? { text: word(ctx, 'changes.national') } : elementRef(ctx, agency);
    return {
      id: agencySectionId(agency),
      heading,
      // An agency that ended: its name may be its successor's (Tỉnh Ninh Bình before and after 2025).
      ended: agency !== '' && !ctx.site.get(agency) ? t('changes.ended', ctx.lang) : undefined,
      diagram: set.byAgency.has(agency) ? diagramBlock(ctx, agencyChangeViewId(agency), t('changes.diagram', ctx.lang)) : undefined,
      diagramNote: set.tooLarge.has(agency) ? t('changes.diagramTooLarge', ctx.lang) : undefined,
      table: elements.length ? changesTable(ctx, `bang-${agencySectionId(agency)}`, t('changes.elements', ctx.lang), elements) : undefined,
      relations: relationLines(ctx, relations),
    };
  });
  return {
    title,
    description: t('changes.intro', ctx.lang, { year: set.previous.year }),
    since: since(ctx, set),
    counts: counts(ctx, diff),
    empty: diff.elements.length + diff.relations.length === 0,
    diagram,
    diagramNote,
    lineage: lineage.length ? changesTable(ctx, 'bang-sap-xep', t('changes.lineage', ctx.lang), lineage) : undefined,
    moved: moved.length ? changesTable(ctx, 'bang-chuyen-giao', t('changes.moved', ctx.lang), moved) : undefined,
    agencies,
    toc: agencies.map((agency) => ({ href: `#${agency.id}`, text: agency.heading.text })),
  };
}

/** The home page's short summary: counts since the previous edition and a link to the page. */
export function changesSummary(ctx: PageContext) {
  const set = changeSetOf(ctx);
  const href = hrefTo(ctx, WHAT_CHANGED_KEY);
  if (!set) return { first: true, href };
  const s = set.diff.summary;
  const n = (value: number) => formatNumber(value, ctx.lang);
  return {
    first: false,
    href,
    since: since(ctx, set),
    text: t('changes.summary', ctx.lang, { added: n(s.added), removed: n(s.removed), changed: n(s.changed), moved: n(s.moved) }),
  };
}

/** An agency page's own changes since the previous edition (undefined for the first edition). */
export function agencyChanges(ctx: PageContext, agencyId: string) {
  const set = changeSetOf(ctx);
  if (!set) return undefined;
  const { elements, relations } = changesOfAgency(set.diff, agencyId);
  return {
    since: since(ctx, set),
    empty: elements.length + relations.length === 0,
    table: elements.length ? changesTable(ctx, 'bang-thay-doi', t('changes.elements', ctx.lang), elements) : undefined,
    relations: relationLines(ctx, relations),
    // The page's section on this agency (with the diagram of the change), if it has one.
    href: `${hrefTo(ctx, WHAT_CHANGED_KEY)}${set.diff.agencies.includes(agencyId) ? `#${agencySectionId(agencyId)}` : ''}`,
  };
}
