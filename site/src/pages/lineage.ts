/**
 * The 2025 reorganisation as pages tell it: "merged into…", "formed from…", "renamed from…".
 * Read from the agencies' `lineage` in both directions (a successor may list its predecessors,
 * or each predecessor may name its successor). The other agency is usually out of force on the
 * edition date, so its name comes from the whole model, not the evaluated graph.
 */
import type { ElementRecord } from '@kientruc/core';
import type { Agency } from '@kientruc/schema';
import { t } from '../i18n.js';
import { localHtml } from '../html.js';
import { safeHtml } from '../render.js';
import type { SiteEdition } from '../site-model.js';
import { escapeHtml, formatDate, pick, type Bilingual } from '../text.js';
import { hrefTo, plain, type Cell, type Link, type PageContext } from './common.js';

export type LineageRelation = 'mergedInto' | 'formedFrom' | 'renamedFrom' | 'renamedTo';

interface LineageFact {
  relation: LineageRelation;
  other: string;
  date: string;
}

export interface LineageEntry {
  relation: LineageRelation;
  label: string;
  date: string;
  agencies: Link[];
}

const indexes = new WeakMap<SiteEdition, Map<string, LineageFact[]>>();

function lineageIndex(site: SiteEdition): Map<string, LineageFact[]> {
  let index = indexes.get(site);
  if (index) return index;
  index = new Map();
  const add = (id: string, fact: LineageFact) => {
    const list = index!.get(id) ?? [];
    if (!list.some((f) => f.relation === fact.relation && f.other === fact.other)) list.push(fact);
    index!.set(id, list);
  };
  for (const record of site.graph.model.elements) {
    if (record.kind !== 'agency') continue;
    const lineage = (record.element as Agency).lineage;
    if (!lineage) continue;
    if (lineage.mergedInto) {
      add(record.id, { relation: 'mergedInto', other: lineage.mergedInto.agency, date: lineage.mergedInto.date });
      add(lineage.mergedInto.agency, { relation: 'formedFrom', other: record.id, date: lineage.mergedInto.date });
    }
    for (const link of lineage.mergedFrom ?? []) {
      add(record.id, { relation: 'formedFrom', other: link.agency, date: link.date });
      add(link.agency, { relation: 'mergedInto', other: record.id, date: link.date });
    }
    if (lineage.renamedFrom) {
      add(record.id, { relation: 'renamedFrom', other: lineage.renamedFrom.agency, date: lineage.renamedFrom.date });
      add(lineage.renamedFrom.agency, { relation: 'renamedTo', other: record.id, date: lineage.renamedFrom.date });
    }
  }
  indexes.set(site, index);
  return index;
}

const ORDER: LineageRelation[] = ['formedFrom', 'renamedFrom', 'mergedInto', 'renamedTo'];

export function lineageOf(ctx: PageContext, agencyId: string): LineageEntry[] {
  const facts = lineageIndex(ctx.site).get(agencyId) ?? [];
  const entries: LineageEntry[] = [];
  for (const relation of ORDER) {
    const byDate = new Map<string, string[]>();
    for (const fact of facts.filter((f) => f.relation === relation)) byDate.set(fact.date, [...(byDate.get(fact.date) ?? []), fact.other]);
    for (const [date, others] of [...byDate].sort(([a], [b]) => (a < b ? -1 : 1))) {
      entries.push({ relation, label: t(`lineage.${relation}`, ctx.lang), date, agencies: others.sort().map((id) => agencyLink(ctx, id)) });
    }
  }
  return entries;
}

/** The agency's page in this edition if it is in force, else its name (or id, when a snapshot does not hold it). */
function agencyLink(ctx: PageContext, id: string): Link {
  const record = ctx.site.graph.model.byId.get(id) as ElementRecord<Agency> | undefined;
  const text = record ? pick(record.element.name as Bilingual, ctx.lang) : plain(id);
  const href = ctx.site.href(id);
  return { ...(href ? { href: hrefTo(ctx, href) } : {}), text };
}

/** Lineage as one table cell: "Hình thành từ A, B (01/07/2025)". */
export function lineageCell(ctx: PageContext, agencyId: string): Cell {
  const entries = lineageOf(ctx, agencyId);
  if (!entries.length) return {};
  const html = entries
    .map((entry) => `${escapeHtml(entry.label)} ${entry.agencies.map(linkHtml).join(', ')} (${escapeHtml(formatDate(entry.date, ctx.lang))})`)
    .join('; ');
  return { html: safeHtml(html), sort: entries.map((e) => e.relation).join(' ') };
}

function linkHtml(link: Link): string {
  const text = localHtml(link.text);
  return link.href ? `<a href="${escapeHtml(link.href)}">${text}</a>` : text;
}
