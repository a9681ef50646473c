/**
 * The edition switcher, made so that an edition's folder never depends on the other editions.
 *
 * - The site root holds what changes every year: `index.html` (leads to the latest edition),
 *   `an-ban.html` (every edition, readable without script) and `an-ban.js` (the same list for the
 *   switcher's script). A page loads `an-ban.js` from the root by a relative path.
 * - A page's switcher lists no edition itself: without script it is a link to `an-ban.html`;
 *   with script it lists the editions of `an-ban.js`, each a link to the target edition's
 *   `chuyen-trang.html#<page>` (the page's path from the edition root: `en/he-thong/x.html`).
 * - `YEAR/chuyen-trang.html` knows the pages of its own edition and nothing else: it forwards to
 *   the page asked for, or to its home page with the notice `#khong-co-trang` (shown by CSS
 *   `:target`, so without script too). Without script it is a page with links to its home pages.
 *
 * Everything is a relative link or a hash, so it works offline, from file:// and under any base.
 */
import { t } from './i18n.js';
import type { EditionInfo } from './layout.js';
import { GENERATOR_MARK } from './write.js';

/** The list of editions for the switcher's script, at the site root. */
export const EDITIONS_SCRIPT = 'an-ban.js';
/** The list of editions as a page, at the site root. */
export const EDITIONS_PAGE = 'an-ban.html';
/** The page in each edition that forwards to one of its pages. */
export const REDIRECT_PAGE = 'chuyen-trang.html';
/** The anchor of the home page's notice "the page you asked for is not in this edition". */
export const MISSING_PAGE_ANCHOR = 'khong-co-trang';

const both = (key: string, vars?: Record<string, string>) => `${t(key, 'vi', vars)} / <span lang="en">${t(key, 'en', vars)}</span>`;

function editionItems(editions: EditionInfo[]): string {
  return editions
    .slice()
    .reverse()
    .map((e) => `<li><a href="${e.year}/index.html" lang="vi">Ấn bản ${e.year}</a> · <a href="${e.year}/en/index.html" lang="en">Edition ${e.year}</a></li>`)
    .join('\n');
}

/** A page of its own (not from the templates): the head's own lines, then the content of `main`. */
function standalonePage(head: string, main: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
${GENERATOR_MARK}
<meta name="viewport" content="width=device-width, initial-scale=1">
${head}</head>
<body>
<main id="main" class="root-index">
${main}</main>
</body>
</html>
`;
}

function rootPage(editions: EditionInfo[], redirect: boolean): string {
  const latest = editions[editions.length - 1]!;
  const target = `${latest.year}/index.html`;
  return standalonePage(
    `${redirect ? `<meta http-equiv="refresh" content="0; url=${target}">\n` : ''}<title>${t('site.name', 'vi')} / ${t('site.name', 'en')}</title>
<link rel="icon" href="data:,">
`,
    `<h1>${t('site.name', 'vi')}<br><span lang="en">${t('site.name', 'en')}</span></h1>
${redirect ? `<p>${t('root.redirect', 'vi')}: <a href="${target}">${latest.year}</a> · <span lang="en">${t('root.redirect', 'en')}</span></p>\n` : ''}<h2>${both('root.title')}</h2>
<ul>
${editionItems(editions)}
</ul>
`,
  );
}

/** The site root's `index.html`: straight to the latest edition, with the list of editions. */
export function rootIndex(editions: EditionInfo[]): string {
  return rootPage(editions, true);
}

/** `an-ban.html`: the list of editions, where the switcher leads without script. */
export function editionsPage(editions: EditionInfo[]): string {
  return rootPage(editions, false);
}

/** `an-ban.js`: the editions, latest first, for the switcher of every page. */
export function editionsScript(editions: EditionInfo[]): string {
  const list = editions
    .slice()
    .reverse()
    .map((e) => ({ year: e.year, asOf: e.asOf }));
  return `window.KientrucEditions = ${JSON.stringify(list)};\n`;
}

/** `YEAR/chuyen-trang.html`: forwards `#<path from the edition root>` to that page or to the home page. */
export function redirectPage(edition: EditionInfo): string {
  const keys = [...edition.keys].sort();
  // `<` is escaped so that no key could close the script element.
  const data = JSON.stringify(keys).replace(/</g, '\\u003c');
  return standalonePage(
    `<meta name="robots" content="noindex">
<title>${t('edition.label', 'vi')} ${edition.year} / ${t('edition.label', 'en')} ${edition.year}</title>
<link rel="stylesheet" href="assets/site.css">
<link rel="icon" href="assets/favicon.svg" type="image/svg+xml">
<script>
(function () {
  var keys = ${data};
  var wanted = decodeURIComponent(location.hash.slice(1));
  var en = wanted.slice(0, 3) === 'en/';
  var key = en ? wanted.slice(3) : wanted;
  var root = en ? 'en/' : '';
  location.replace(keys.indexOf(key) === -1 ? root + 'index.html#${MISSING_PAGE_ANCHOR}' : root + key);
})();
</script>
`,
    `<h1>${t('edition.label', 'vi')} ${edition.year}<br><span lang="en">${t('edition.label', 'en')} ${edition.year}</span></h1>
<ul>
<li><a href="index.html" lang="vi">${t('nav.home', 'vi')} – ${t('edition.label', 'vi')} ${edition.year}</a></li>
<li><a href="en/index.html" lang="en">${t('nav.home', 'en')} – ${t('edition.label', 'en')} ${edition.year}</a></li>
</ul>
`,
  );
}
