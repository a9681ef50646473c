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
import { searchCore, type SearchData, type SearchDocument, type SearchRow } from './core.js';

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

export interface SearchCorpus {
  documents: SearchDocument[];
  /** Shown with each result, by `ref`. */
  rows: SearchRow[];
  kinds: string[];
  contexts: string[];
}

export function searchCorpus(site: SiteEdition, lang: Lang): SearchCorpus {
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const documents: SearchDocument[] = [];
  const rows: SearchRow[] = [];
  const kinds: string[] = [];
  const contexts: string[] = [];
  const codeOf = (list: string[], value: string) => {
    const index = list.indexOf(value);
    return index === -1 ? list.push(value) - 1 : index;
  };
  for (const record of site.graph.elements()) {
    const href = site.href(record.id);
    if (!href) continue;
    const element = record.element as unknown as Record<string, unknown> & { name: Bilingual; abbreviation?: Bilingual; description?: Bilingual; scope?: string };
    const name = pickText(element.name, lang);
    const otherName = element.name[other] ?? '';
    const owner = site.owner(record.id);
    const scope = record.kind === 'information-system' || record.kind === 'database' ? label('scope', element.scope ?? '', lang) : '';
    const ref = documents.length;
    documents.push({
      ref,
      id: record.id,
      names: otherName && otherName !== name ? `${name} ${otherName}` : name,
      abbreviation: [element.abbreviation?.vi, element.abbreviation?.en].filter(Boolean).join(' '),
      code: codesOf(element),
      description: element.description ? markdownToPlain(pick(element.description, lang).text).slice(0, DESCRIPTION_CHARS) : '',
    });
    rows.push([
      name,
      codeOf(kinds, [t(`kind.${record.kind}`, lang), scope].filter(Boolean).join(' · ')),
      owner ? codeOf(contexts, pickText(owner.element.name, lang)) : -1,
      href,
      weightOf(record),
    ]);
  }
  return { documents, rows, kinds, contexts };
}

export function buildSearchIndex(corpus: SearchCorpus): { index: MiniSearch<SearchDocument>; data: SearchData } {
  // The same words come back in thousands of names and descriptions: fold each word once.
  const { options, processTerm } = searchCore();
  const folded = new Map<string, string | null>();
  const processOnce = (term: string) => {
    let result = folded.get(term);
    if (result === undefined) folded.set(term, (result = processTerm(term)));
    return result;
  };
  const index = new MiniSearch<SearchDocument>({ ...options, processTerm: processOnce });
  index.addAll(corpus.documents);
  return { index, data: { index: undefined, docs: corpus.rows, kinds: corpus.kinds, contexts: corpus.contexts } };
}

/** The index as the script the browser loads: `window.KientrucSearchIndex = {index, docs, kinds, contexts}`. */
export function searchIndexScript(built: { index: MiniSearch<SearchDocument>; data: SearchData }): string {
  return `window.KientrucSearchIndex=${JSON.stringify({ ...built.data, index: built.index })};\n`;
}

/** Reads an index script back the way the browser does (for the tests and the benchmark). */
export function loadSearchIndexScript(script: string): { index: MiniSearch<SearchDocument>; data: SearchData } {
  const holder: { KientrucSearchIndex?: SearchData } = {};
  new Function('window', script)(holder);
  const data = holder.KientrucSearchIndex;
  if (!data) throw new Error('not a search index script (no window.KientrucSearchIndex)');
  return { index: MiniSearch.loadJS(data.index as Parameters<typeof MiniSearch.loadJS>[0], searchCore().options), data };
}
