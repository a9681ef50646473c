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

  // Results are scored in full only for the best ones by the library's score: ranking folds
  // each title, and a common word matches most of the national model.
  var RANKED = 300;
  // Names, abbreviations and codes are searched first, then ids, then descriptions, each only
  // when the ones before find nothing. Common words ("hệ thống", "thông tin") are in
  // most descriptions, and scoring every description for them is what makes a search slow.
  var PASSES = [['names', 'abbreviation', 'code'], ['names', 'abbreviation', 'code', 'id'], null];

  var options = {
    idField: 'ref',
    // `names`: the element's name in the page's language and in the other, so that "dan cu"
    // finds the National Population Database on an English page too.
    fields: ['names', 'abbreviation', 'id', 'code', 'description'],
    // Nothing stored in the index: the documents travel beside it as compact rows (see `hit`).
    storeFields: [],
    processTerm: processTerm,
    searchOptions: {
      // As you type, the last word is a prefix; the words before it are whole.
      prefix: function (term, index, terms) {
        return index === terms.length - 1;
      },
      // Typos only in longer words: a short word with a typo matches half the model.
      fuzzy: function (term) {
        return term.length > 5 ? 0.15 : false;
      },
      boost: { names: 4, abbreviation: 4, code: 3, id: 2, description: 0.5 },
      combineWith: 'AND',
    },
  };

  /** A result with its document: `documents` is the index script's `docs` (rows of [title, kind, context, href, weight]). */
  function hit(result, data) {
    var row = data.docs[result.id];
    return { ref: result.id, score: result.score, title: row[0], kind: data.kinds[row[1]], context: row[2] < 0 ? '' : data.contexts[row[2]], href: row[3], weight: row[4] };
  }

  /**
   * Orders hits so that the whole query found in the name comes first: the exact name, then the
   * query as typed with its accents, then the query without accents, then everything else by
   * score. Within a tier, the library's score times the element's weight (national databases and
   * shared systems are what most readers look for).
   */
  function rank(hits, query) {
    var typed = squash(lower(query));
    var folded = squash(fold(query));
    var accented = typed !== folded;
    return hits
      .map(function (item, position) {
        var title = squash(lower(item.title || ''));
        var foldedTitle = fold(title);
        var tier = 0;
        if (title === typed) tier = 5;
        else if (foldedTitle === folded) tier = 4;
        else if (accented && title.indexOf(typed) !== -1) tier = 3;
        else if (foldedTitle.indexOf(folded) !== -1) tier = 2;
        return { item: item, tier: tier, score: item.score * (item.weight || 1), position: position };
      })
      .sort(function (a, b) {
        return b.tier - a.tier || b.score - a.score || a.position - b.position;
      })
      .map(function (entry) {
        return entry.item;
      });
  }

  /** The query with each word once (a word typed twice costs a second pass over its postings), the last word last. */
  function distinctWords(query) {
    var words = squash(query).split(' ');
    var last = words.pop();
    var seen = {};
    var kept = [];
    words.forEach(function (word) {
      var key = fold(word);
      if (!seen[key] && key !== fold(last)) kept.push(word);
      seen[key] = true;
    });
    kept.push(last);
    return kept.join(' ');
  }

  /**
   * Names in which the query starts a word, as a whole phrase: "he thong thong tin" in "Hệ thống
   * thông tin báo cáo quốc gia". When there are enough of them they are the best answers anyway
   * (they rank first, see `rank`), and finding them is one pass over the names, where the
   * library would score every name holding "hệ", "thống" or "tin…". Among them: the exact name,
   * then the phrase with the accents as typed, then by weight, shorter names first.
   */
  function phraseHits(data, typed, folded, wanted) {
    var names = (data.folded =
      data.folded ||
      data.docs.map(function (row) {
        return ' ' + squash(fold(row[0]));
      }));
    var needle = ' ' + folded;
    var found = [];
    for (var ref = 0; ref < names.length; ref++) if (names[ref].indexOf(needle) !== -1) found.push(ref);
    if (found.length < wanted) return null;
    var typedLower = ' ' + squash(lower(typed));
    var accented = typedLower !== needle;
    var ordered = found
      .map(function (ref) {
        var tier = names[ref] === needle ? 4 : accented && (' ' + squash(lower(data.docs[ref][0]))).indexOf(typedLower) !== -1 ? 3 : 2;
        return { ref: ref, tier: tier, key: data.docs[ref][4] / names[ref].length };
      })
      .sort(function (a, b) {
        return b.tier - a.tier || b.key - a.key || a.ref - b.ref;
      })
      .slice(0, RANKED);
    return rank(
      ordered.map(function (entry) {
        return hit({ id: entry.ref, score: 1 / names[entry.ref].length }, data);
      }),
      typed,
    );
  }

  /** Searches a loaded index (`data` is what the index script defines); at most `limit` hits, ranked. */
  function search(index, data, typed, limit) {
    if (squash(typed) === '') return [];
    var query = distinctWords(typed);
    var wanted = limit || 20;
    var folded = squash(fold(typed));
    var phrase = folded.length >= 2 ? phraseHits(data, typed, folded, wanted) : null;
    if (phrase) return phrase.slice(0, wanted);
    var results = [];
    for (var pass = 0; pass < PASSES.length && results.length === 0; pass++) {
      results = PASSES[pass] ? index.search(query, { fields: PASSES[pass] }) : index.search(query);
    }
    if (results.length > RANKED) results = results.slice(0, RANKED);
    return rank(
      results.map(function (result) {
        return hit(result, data);
      }),
      typed,
    ).slice(0, wanted);
  }

  root.KientrucSearch = { fold: fold, processTerm: processTerm, options: options, rank: rank, search: search };
})(typeof globalThis !== 'undefined' ? globalThis : this);
