/*
 * The site's behaviour, added on top of pages that read completely without it: sorting and
 * filtering tables, panning and zooming diagrams, search as you type. A classic script (no
 * modules, no requests to other hosts) so it also works from file://.
 */
(function () {
  'use strict';

  var html = document.documentElement;
  var lang = html.lang === 'en' ? 'en' : 'vi';
  var words = {
    vi: { filter: 'Lọc bảng', shown: 'dòng hiển thị', sort: 'Sắp xếp theo', none: 'Không tìm thấy kết quả.', loading: 'Đang tải chỉ mục tìm kiếm…', results: 'kết quả', latest: 'mới nhất' },
    en: { filter: 'Filter the table', shown: 'rows shown', sort: 'Sort by', none: 'No results.', loading: 'Loading the search index…', results: 'results', latest: 'latest' },
  }[lang];

  function fold(text) {
    return window.KientrucSearch ? window.KientrucSearch.fold(text) : String(text).toLowerCase();
  }

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return '';
    return cell.getAttribute('data-sort') || cell.textContent.trim();
  }

  /* ---- Tables: sort by any column, filter rows (accents optional). ---- */
  function enhanceTable(table) {
    var body = table.tBodies[0];
    if (!body) return;
    var rows = Array.prototype.slice.call(body.rows).filter(function (row) {
      return !row.classList.contains('empty');
    });
    if (rows.length < 2) return;
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    var state = { column: -1, ascending: true };
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = th.textContent;
      button.setAttribute('aria-label', words.sort + ' ' + th.textContent);
      th.textContent = '';
      th.appendChild(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', function () {
        state.ascending = state.column === index ? !state.ascending : true;
        state.column = index;
        var numeric = th.classList.contains('num');
        rows.sort(function (a, b) {
          var x = cellValue(a, index);
          var y = cellValue(b, index);
          var order;
          if (numeric || (/^-?\d+(\.\d+)?$/.test(x) && /^-?\d+(\.\d+)?$/.test(y))) order = (parseFloat(x) || 0) - (parseFloat(y) || 0);
          else {
            x = fold(x);
            y = fold(y);
            order = x < y ? -1 : x > y ? 1 : 0;
          }
          return state.ascending ? order : -order;
        });
        rows.forEach(function (row) {
          body.appendChild(row);
        });
        Array.prototype.forEach.call(headers, function (other) {
          other.setAttribute('aria-sort', 'none');
        });
        th.setAttribute('aria-sort', state.ascending ? 'ascending' : 'descending');
      });
    });
    if (rows.length < 6) return;
    var block = table.closest('.table-block') || table.parentNode;
    var bar = document.createElement('div');
    bar.className = 'table-filter';
    var id = (table.id || 'bang') + '-loc';
    var labelEl = document.createElement('label');
    labelEl.htmlFor = id;
    labelEl.textContent = words.filter;
    var input = document.createElement('input');
    input.type = 'search';
    input.id = id;
    input.autocomplete = 'off';
    var status = document.createElement('span');
    status.className = 'muted';
    status.setAttribute('role', 'status');
    bar.appendChild(labelEl);
    bar.appendChild(input);
    bar.appendChild(status);
    block.insertBefore(bar, block.firstChild);
    var texts = rows.map(function (row) {
      return fold(row.textContent);
    });
    input.addEventListener('input', function () {
      var query = fold(input.value.trim());
      var shown = 0;
      rows.forEach(function (row, index) {
        var visible = query === '' || texts[index].indexOf(query) !== -1;
        row.hidden = !visible;
        if (visible) shown++;
      });
      status.textContent = query === '' ? '' : shown + ' / ' + rows.length + ' ' + words.shown;
    });
  }

  /* ---- Diagrams: pan by dragging, zoom with the buttons, Ctrl+wheel or the keyboard. ---- */
  function enhanceDiagram(figure) {
    var canvas = figure.querySelector('.diagram-canvas');
    var svg = canvas && canvas.querySelector('svg');
    if (!svg) return;
    var tools = figure.querySelector('.diagram-tools');
    if (tools) tools.hidden = false;
    var box = svg.viewBox && svg.viewBox.baseVal;
    if (!box || !box.width) return;
    var initial = { x: box.x, y: box.y, width: box.width, height: box.height };
    var view = { x: box.x, y: box.y, width: box.width, height: box.height };
    canvas.tabIndex = 0;
    canvas.classList.add('pannable');
    function apply() {
      svg.setAttribute('viewBox', [view.x, view.y, view.width, view.height].join(' '));
    }
    function zoom(factor, cx, cy) {
      var scale = Math.min(Math.max(view.width * factor, initial.width / 20), initial.width * 4) / view.width;
      cx = cx === undefined ? view.x + view.width / 2 : cx;
      cy = cy === undefined ? view.y + view.height / 2 : cy;
      view.x = cx - (cx - view.x) * scale;
      view.y = cy - (cy - view.y) * scale;
      view.width *= scale;
      view.height *= scale;
      apply();
    }
    function reset() {
      view.x = initial.x;
      view.y = initial.y;
      view.width = initial.width;
      view.height = initial.height;
      apply();
    }
    function toModel(event) {
      var rect = svg.getBoundingClientRect();
      return { x: view.x + ((event.clientX - rect.left) / rect.width) * view.width, y: view.y + ((event.clientY - rect.top) / rect.height) * view.height };
    }
    if (tools) {
      tools.addEventListener('click', function (event) {
        var action = event.target.getAttribute && event.target.getAttribute('data-zoom');
        if (action === 'in') zoom(1 / 1.25);
        else if (action === 'out') zoom(1.25);
        else if (action === 'reset') reset();
      });
    }
    canvas.addEventListener(
      'wheel',
      function (event) {
        if (!event.ctrlKey && !event.metaKey) return;
        event.preventDefault();
        var point = toModel(event);
        zoom(event.deltaY < 0 ? 1 / 1.15 : 1.15, point.x, point.y);
      },
      { passive: false },
    );
    canvas.addEventListener('keydown', function (event) {
      var step = view.width / 10;
      var handled = true;
      if (event.key === '+' || event.key === '=') zoom(1 / 1.25);
      else if (event.key === '-' || event.key === '_') zoom(1.25);
      else if (event.key === '0') reset();
      else if (event.key === 'ArrowLeft') view.x -= step;
      else if (event.key === 'ArrowRight') view.x += step;
      else if (event.key === 'ArrowUp') view.y -= step;
      else if (event.key === 'ArrowDown') view.y += step;
      else handled = false;
      if (handled) {
        if (event.key.indexOf('Arrow') === 0) apply();
        event.preventDefault();
      }
    });
    var drag = null;
    canvas.addEventListener('pointerdown', function (event) {
      if (event.button !== 0) return;
      drag = { x: event.clientX, y: event.clientY, view: { x: view.x, y: view.y }, moved: false, id: event.pointerId };
    });
    canvas.addEventListener('pointermove', function (event) {
      if (!drag) return;
      var dx = event.clientX - drag.x;
      var dy = event.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
      if (!drag.moved) {
        drag.moved = true;
        canvas.setPointerCapture(drag.id);
        canvas.classList.add('panning');
      }
      var rect = svg.getBoundingClientRect();
      view.x = drag.view.x - (dx / rect.width) * view.width;
      view.y = drag.view.y - (dy / rect.height) * view.height;
      apply();
    });
    function end() {
      if (drag && drag.moved) {
        // A drag is not a click on the box under the pointer.
        canvas.addEventListener(
          'click',
          function (event) {
            event.preventDefault();
            event.stopPropagation();
          },
          { capture: true, once: true },
        );
      }
      drag = null;
      canvas.classList.remove('panning');
    }
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
  }

  /* ---- Search: the index loads when the reader starts searching. ---- */
  var index = null;
  var data = null;
  var waiting = [];
  var loadingStarted = false;

  function loadScript(src, done) {
    var script = document.createElement('script');
    script.src = src;
    script.onload = done;
    document.head.appendChild(script);
  }

  function withIndex(callback) {
    if (index) return callback(index);
    waiting.push(callback);
    if (loadingStarted) return;
    loadingStarted = true;
    loadScript(html.getAttribute('data-assets') + 'minisearch.js', function () {
      loadScript(html.getAttribute('data-search-index'), function () {
        data = window.KientrucSearchIndex;
        index = window.MiniSearch.loadJS(data.index, window.KientrucSearch.options);
        waiting.splice(0).forEach(function (fn) {
          fn(index);
        });
      });
    });
  }

  function resultHref(hit) {
    return html.getAttribute('data-root') + hit.href;
  }

  function resultContent(hit) {
    var fragment = document.createDocumentFragment();
    var title = document.createElement('span');
    title.className = 'result-title';
    title.textContent = hit.title;
    var meta = document.createElement('span');
    meta.className = 'result-meta';
    meta.textContent = hit.kind + (hit.context ? ' · ' + hit.context : '');
    fragment.appendChild(title);
    fragment.appendChild(meta);
    return fragment;
  }

  function enhanceSearchBox(form) {
    var input = form.querySelector('.search-input');
    var list = form.querySelector('.search-results');
    if (!input || !list) return;
    var active = -1;
    var hits = [];
    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function highlight(next) {
      var options = list.querySelectorAll('[role="option"]');
      if (!options.length) return;
      active = (next + options.length) % options.length;
      Array.prototype.forEach.call(options, function (option, i) {
        option.setAttribute('aria-selected', i === active ? 'true' : 'false');
      });
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    }
    function render() {
      var query = input.value;
      // From two characters: one letter matches most of the national model, which is no help.
      if (query.trim().length < 2) return close();
      withIndex(function (loaded) {
        if (input.value !== query) return;
        hits = window.KientrucSearch.search(loaded, data, query, 12);
        list.textContent = '';
        active = -1;
        if (!hits.length) {
          var none = document.createElement('p');
          none.className = 'result-none';
          none.textContent = words.none;
          list.appendChild(none);
        }
        hits.forEach(function (hit, i) {
          var option = document.createElement('a');
          option.id = 'search-option-' + i;
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', 'false');
          option.href = resultHref(hit);
          option.className = 'result';
          option.appendChild(resultContent(hit));
          list.appendChild(option);
        });
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      });
    }
    input.addEventListener('focus', function () {
      withIndex(function () {});
    });
    input.addEventListener('input', render);
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        if (list.hidden) render();
        highlight(active + 1);
        event.preventDefault();
      } else if (event.key === 'ArrowUp') {
        highlight(active - 1);
        event.preventDefault();
      } else if (event.key === 'Escape') {
        close();
      } else if (event.key === 'Enter' && active >= 0 && hits[active]) {
        event.preventDefault();
        window.location.href = resultHref(hits[active]);
      }
    });
    document.addEventListener('click', function (event) {
      if (!form.contains(event.target)) close();
    });
  }

  function enhanceSearchPage() {
    var form = document.querySelector('[data-search-page-form]');
    if (!form) return;
    var input = form.querySelector('input');
    var results = document.getElementById('search-page-results');
    var status = document.getElementById('search-page-status');
    function run() {
      var query = input.value;
      if (query.trim() === '') {
        results.textContent = '';
        status.textContent = '';
        return;
      }
      status.textContent = words.loading;
      withIndex(function (loaded) {
        var hits = window.KientrucSearch.search(loaded, data, query, 100);
        results.textContent = '';
        hits.forEach(function (hit) {
          var item = document.createElement('li');
          var link = document.createElement('a');
          link.href = resultHref(hit);
          link.appendChild(resultContent(hit));
          item.appendChild(link);
          results.appendChild(item);
        });
        status.textContent = hits.length ? hits.length + ' ' + words.results : words.none;
      });
    }
    var query = new URLSearchParams(window.location.search).get('q');
    if (query) input.value = query;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (window.history.replaceState) window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
      run();
    });
    input.addEventListener('input', run);
    run();
  }

  /*
   * ---- Edition switcher: the editions come from the site root's an-ban.js (the page itself names
   * no other edition, so a published edition never changes when a new one appears). Each goes
   * through the target edition's chuyen-trang.html, which knows that edition's pages. ----
   */
  function enhanceEditionSwitch(details) {
    var editions = window.KientrucEditions;
    var list = details.querySelector('ul');
    if (!editions || !editions.length || !list) return;
    var root = details.getAttribute('data-site-root');
    var current = details.getAttribute('data-edition');
    var page = (lang === 'en' ? 'en/' : '') + details.getAttribute('data-page');
    var all = list.querySelector('.edition-all');
    editions.forEach(function (edition, index) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + edition.year + '/chuyen-trang.html#' + page;
      link.lang = lang;
      link.textContent = edition.year + (index === 0 ? ' (' + words.latest + ')' : '');
      if (String(edition.year) === current) link.setAttribute('aria-current', 'true');
      item.appendChild(link);
      list.insertBefore(item, all);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-edition-switch]'), enhanceEditionSwitch);
  Array.prototype.forEach.call(document.querySelectorAll('table[data-table]'), enhanceTable);
  Array.prototype.forEach.call(document.querySelectorAll('figure.diagram'), enhanceDiagram);
  Array.prototype.forEach.call(document.querySelectorAll('form.search'), enhanceSearchBox);
  enhanceSearchPage();
})();
