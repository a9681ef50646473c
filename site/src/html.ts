/**
 * The builder's own HTML for the shapes every page repeats: tables, fact lists, their cells and
 * links. A national site has hundreds of thousands of table cells, and a Handlebars partial per
 * cell (a context, a frame and a helper call per field) cost more than the rest of a page; here a
 * cell is a few string concatenations. Templates keep the structure of each page and call these
 * through the `table`, `facts`, `cell` and `link` helpers (render.ts).
 *
 * Every text is escaped as Handlebars escapes `{{…}}`, model text in the page's language as
 * `localHtml` does, and builder-made HTML (`SafeHtml`) is written as it is.
 */
import Handlebars from 'handlebars';
import { t } from './i18n.js';
import type { Cell, Fact, Link, Table } from './pages/common.js';
import type { Lang, LocalText } from './text.js';
import { escapeHtml } from './text.js';

/** Handlebars' own escaping, so that a table reads the same as a template would write it. */
const escape: (value: unknown) => string = Handlebars.escapeExpression as (value: unknown) => string;

/** A model text in the page's language; Vietnamese shown on an English page is marked `lang="vi"`. */
export function localHtml(text: LocalText): string {
  const escaped = escapeHtml(text.text);
  return text.fallback ? `<span lang="vi">${escaped}</span>` : escaped;
}

/** `{{txt …}}`: a plain string escaped, a text in the page's language as `localHtml`. */
export function textHtml(text: LocalText | string | undefined): string {
  if (text === undefined || text === null) return '';
  return typeof text === 'string' ? escape(text) : localHtml(text);
}

export function linkHtml(link: Link | undefined): string {
  if (!link) return '';
  const text = textHtml(link.text);
  return link.href ? `<a href="${escape(link.href)}">${text}</a>` : text;
}

/** A cell: a link, a list of links, a text, and builder-made HTML, each when present, in that order. */
export function cellHtml(cell: Cell | undefined): string {
  if (!cell) return '';
  let html = '';
  if (cell.link) html += linkHtml(cell.link);
  if (cell.links) {
    for (let i = 0; i < cell.links.length; i++) html += (i ? ', ' : '') + linkHtml(cell.links[i]!);
  }
  if (cell.text) html += (cell.links?.length ? ' ' : '') + textHtml(cell.text);
  if (cell.html) html += escape(cell.html);
  return html;
}

/** A definition list of facts, or nothing when there are none. */
export function factsHtml(facts: readonly Fact[] | undefined): string {
  if (!facts?.length) return '';
  let items = '';
  for (const fact of facts) items += `<div><dt>${escape(fact.label)}</dt><dd>${cellHtml(fact.value)}</dd></div>`;
  return `<dl class="facts">\n  ${items}\n</dl>\n`;
}

/** A catalog table (sorted and filtered in the browser by `data-table`); the first cell of a row heads it. */
export function tableHtml(table: Table | undefined, lang: Lang): string {
  if (!table) return '';
  const id = escape(table.id);
  let head = '';
  for (const column of table.columns) head += `<th scope="col"${column.numeric ? ' class="num"' : ''}>${escape(column.label)}</th>`;
  let body = '';
  for (const row of table.rows) {
    body += `  <tr${row.id ? ` id="${escape(row.id)}"` : ''}${row.mark ? ` class="mark-${escape(row.mark)}"` : ''}>`;
    for (let i = 0; i < row.cells.length; i++) {
      const cell = row.cells[i]!;
      const tag = i === 0 ? 'th' : 'td';
      body += `<${tag}${i === 0 ? ' scope="row"' : ''}${cell.sort ? ` data-sort="${escape(cell.sort)}"` : ''}>${cellHtml(cell)}</${tag}>`;
    }
    body += '</tr>\n';
  }
  if (!table.rows.length) body = `  <tr class="empty"><td colspan="${table.columns.length}">${escape(t('table.empty', lang))}</td></tr>\n`;
  const note = table.note ? `<p class="table-note"><a href="${escape(table.note.href)}" download>${escape(table.note.text)}</a></p>` : '';
  return (
    `<div class="table-block">\n<div class="table-wrap" tabindex="0" role="region" aria-labelledby="${id}-caption">\n<table class="catalog" id="${id}" data-table>\n` +
    `  <caption id="${id}-caption">${escape(table.caption)} <span class="count">(${table.rows.length})</span></caption>\n` +
    `  <thead><tr>${head}</tr></thead>\n  <tbody>\n${body}  </tbody>\n</table>\n</div>\n${note}\n</div>\n`
  );
}
