/**
 * The search definitions of the browser (client/search-core.js), loaded into Node so the index
 * is built, and the tests search, with exactly the code the site ships.
 */
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import type MiniSearch from 'minisearch';
import type { Options } from 'minisearch';

export const SEARCH_CORE_FILE = new URL('../../client/search-core.js', import.meta.url);

/** What is indexed of one element. */
export interface SearchDocument {
  /** Position in the index and in `SearchData.docs` (MiniSearch's id field). */
  ref: number;
  /** The element id, indexed so that `csdl-quoc-gia-ve-dan-cu` is found too. */
  id: string;
  /** The name in the page's language, then in the other language when it differs. */
  names: string;
  abbreviation: string;
  code: string;
  description: string;
}

/** What a result shows, one compact row per document: [title, kind, context, href, weight]. */
export type SearchRow = [title: string, kind: number, context: number, href: string, weight: number];

/** The index script's payload: the MiniSearch index and the rows beside it. */
export interface SearchData {
  index: unknown;
  docs: SearchRow[];
  kinds: string[];
  contexts: string[];
}

export interface SearchHit {
  ref: number;
  score: number;
  title: string;
  kind: string;
  context: string;
  /** Path from the language root, e.g. `csdl/csdl-quoc-gia-ve-dan-cu.html`. */
  href: string;
  weight: number;
}

export interface SearchCore {
  fold(text: string): string;
  processTerm(term: string): string | null;
  options: Options<SearchDocument>;
  rank(hits: SearchHit[], query: string): SearchHit[];
  search(index: MiniSearch<SearchDocument>, data: SearchData, query: string, limit?: number): SearchHit[];
}

let loaded: SearchCore | undefined;

export function searchCore(): SearchCore {
  if (!loaded) {
    const holder: { KientrucSearch?: SearchCore } = {};
    const source = readFileSync(SEARCH_CORE_FILE, 'utf8');
    (runInThisContext(`(function (globalThis) {\n${source}\n})`, { filename: 'search-core.js' }) as (g: object) => void)(holder);
    if (!holder.KientrucSearch) throw new Error('client/search-core.js did not define KientrucSearch');
    loaded = holder.KientrucSearch;
  }
  return loaded;
}
