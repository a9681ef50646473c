/**
 * The search index of one edition and language, built at build time with MiniSearch over the
 * names (both languages), abbreviations, ids, codes and descriptions of every element that has
 * a page or a row to go to. Shipped as a script (`assets/search-<lang>.js`) so it also loads
 * from file://, and only when the reader starts a search.
 */
import type { ElementRecord } from '@kientruc/core';
import MiniSearch from 'minisearch';
import { label, t } from '../i18n.js';
import type { SiteEdition } from '../site-model.js';
import { markdownToPlain, pick, pickText, type Bilingual, type Lang } from '../text.js';
import { searchCore, type SearchDocument } from './core.js';

/** Longest description text indexed: enough to find an element by what it does. */
const DESCRIPTION_CHARS = 400;

function codesOf(element: Record<string, unknown>): string {
  return ['electronicCode', 'gsoCode', 'procedureCode', 'code', 'platform']
    .map((field) => element[field])
    .filter((value): value is string => typeof value === 'string')
    .join(' ');
}

/** National databases and shared systems first among equal matches: they are what most readers look for. */
function weightOf(record: ElementRecord): number {
  const element = record.element as { scope?: string };
  switch (record.kind) {
    case 'database':
      return element.scope === 'national' ? 1.6 : 1.2;
    case 'information-system':
      return element.scope === 'national' ? 1.5 : 1.2;
    case 'agency':
      return 1.4;
    case 'integration':
      return 0.8;
    default:
      return 1;
  }
}

export function searchDocuments(site: SiteEdition, lang: Lang): SearchDocument[] {
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const documents: SearchDocument[] = [];
  for (const record of site.graph.elements()) {
    const href = site.href(record.id);
    if (!href) continue;
    const element = record.element as unknown as Record<string, unknown> & { name: Bilingual; abbreviation?: Bilingual; description?: Bilingual };
    const name = pickText(element.name, lang);
    const otherName = element.name[other] ?? '';
    const owner = site.owner(record.id);
    const kind = record.kind === 'information-system' || record.kind === 'database' ? label('scope', (element.scope as string) ?? '', lang) : '';
    documents.push({
      ref: documents.length,
      id: record.id,
      name,
      otherName: otherName === name ? '' : otherName,
      abbreviation: [element.abbreviation?.vi, element.abbreviation?.en].filter(Boolean).join(' '),
      code: codesOf(element),
      description: element.description ? markdownToPlain(pick(element.description, lang).text).slice(0, DESCRIPTION_CHARS) : '',
      title: name,
      kind: [t(`kind.${record.kind}`, lang), kind].filter(Boolean).join(' · '),
      href,
      context: owner ? pickText(owner.element.name, lang) : '',
      weight: weightOf(record),
    });
  }
  return documents;
}

export function buildSearchIndex(documents: SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(searchCore().options);
  index.addAll(documents);
  return index;
}

/** The index as the script the browser loads. */
export function searchIndexScript(index: MiniSearch<SearchDocument>): string {
  return `window.KientrucSearchIndex=${JSON.stringify(index)};\n`;
}
