/**
 * The search definitions of the browser (client/search-core.js), loaded into Node so the index
 * is built, and the tests search, with exactly the code the site ships.
 */
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import type MiniSearch from 'minisearch';
import type { Options, SearchResult } from 'minisearch';

export const SEARCH_CORE_FILE = new URL('../../client/search-core.js', import.meta.url);

export interface SearchDocument {
  /** Position in the index (MiniSearch's id field). */
  ref: number;
  /** The element id, indexed so that `csdl-quoc-gia-ve-dan-cu` is found too. */
  id: string;
  name: string;
  otherName: string;
  abbreviation: string;
  code: string;
  description: string;
  /** Stored, shown in the results. */
  title: string;
  kind: string;
  /** Path from the language root, e.g. `csdl/csdl-quoc-gia-ve-dan-cu.html`. */
  href: string;
  context: string;
  weight: number;
}

export type SearchHit = SearchResult & Pick<SearchDocument, 'title' | 'kind' | 'href' | 'context' | 'weight'>;

export interface SearchCore {
  fold(text: string): string;
  processTerm(term: string): string | null;
  options: Options<SearchDocument>;
  rank(results: SearchHit[], query: string): SearchHit[];
  search(index: MiniSearch<SearchDocument>, query: string, limit?: number): SearchHit[];
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
