/*
 * Tìm kiếm / search: how text is folded and results are ranked. One definition, shared by the
 * search box in the browser and by the builder that makes the index (site/src/search/), so the
 * two can never disagree. A classic script (no modules) so it also runs from file://.
 */
(function (root) {
  'use strict';

  var MARKS = /[\u0300-\u036f]/g;

  /** Case and Vietnamese diacritics folded: "Đăng ký" → "dang ky", "Huế" → "hue". */
  function fold(text) {
    return String(text).normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }

  /** Lower case, accents kept: what "an accented match" compares. */
  function lower(text) {
    return String(text).normalize('NFC').toLowerCase();
  }

  function squash(text) {
    return text.replace(/\s+/g, ' ').trim();
  }

  function processTerm(term) {
    var folded = fold(term);
    return folded.length > 0 ? folded : null;
  }

  var options = {
    idField: 'ref',
    fields: ['name', 'otherName', 'abbreviation', 'id', 'code', 'description'],
    storeFields: ['title', 'kind', 'href', 'context', 'weight'],
    processTerm: processTerm,
    searchOptions: {
      prefix: true,
      // Typos only for longer words: a short word with a typo matches half the model.
      fuzzy: function (term) {
        return term.length > 5 ? 0.15 : false;
      },
      boost: { name: 4, abbreviation: 4, code: 3, id: 2, otherName: 2, description: 0.5 },
      combineWith: 'AND',
    },
  };

  /**
   * Reorders the library's results so that the whole query found in the name comes first:
   * the exact name, then the query as typed with its accents, then the query without accents,
   * then everything else by score. Within a tier, the library's score times the element's
   * weight (national databases and shared systems are what most readers look for).
   */
  function rank(results, query) {
    var typed = squash(lower(query));
    var folded = squash(fold(query));
    var accented = typed !== folded;
    return results
      .map(function (result, position) {
        var title = squash(lower(result.title || ''));
        var foldedTitle = fold(title);
        var tier = 0;
        if (title === typed || foldedTitle === folded) tier = title === typed ? 5 : 4;
        else if (accented && title.indexOf(typed) !== -1) tier = 3;
        else if (foldedTitle.indexOf(folded) !== -1) tier = 2;
        return { result: result, tier: tier, score: result.score * (result.weight || 1), position: position };
      })
      .sort(function (a, b) {
        return b.tier - a.tier || b.score - a.score || a.position - b.position;
      })
      .map(function (entry) {
        return entry.result;
      });
  }

  /** Searches a loaded MiniSearch index; at most `limit` results, ranked. */
  function search(index, query, limit) {
    if (squash(query) === '') return [];
    return rank(index.search(query), query).slice(0, limit || 20);
  }

  root.KientrucSearch = { fold: fold, processTerm: processTerm, options: options, rank: rank, search: search };
})(typeof globalThis !== 'undefined' ? globalThis : this);
