/**
 * Model text on pages. Names and codes go through Handlebars' escaping (templates use `{{…}}`);
 * Markdown descriptions are rendered with markdown-it, raw HTML disabled, then sanitised, so a
 * description can hold `<script>` or `{{x}}` and still show as text.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

export interface Bilingual {
  vi: string;
  en?: string;
}

/** A text in the page's language, and whether it fell back to Vietnamese. */
export interface LocalText {
  text: string;
  lang: Lang;
  fallback: boolean;
}

export function pick(text: Bilingual | undefined, lang: Lang): LocalText {
  if (!text) return { text: '', lang, fallback: false };
  if (lang === 'en' && text.en) return { text: text.en, lang: 'en', fallback: false };
  return { text: text.vi, lang: 'vi', fallback: lang !== 'vi' };
}

export function pickText(text: Bilingual | undefined, lang: Lang): string {
  return pick(text, lang).text;
}

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
// An image would be a request to wherever its URL points; `![x](url)` stays a link to it instead.
markdown.disable('image');

// Pages make no request of their own: no images, frames or styles from model text. Links stay
// (they are navigation) and open as ordinary links to http(s) and mail addresses only.
const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'del', 's'],
  allowedAttributes: { a: ['href', 'title', 'rel'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // Headings inside a description sit below the page's own h1/h2.
    h1: 'h3',
    h2: 'h4',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener external' } }),
  },
};

/** Markdown → safe HTML. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), sanitizeOptions).trim();
}

/** Markdown → plain text, for search and for table cells. */
export function markdownToPlain(source: string): string {
  return source
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const HTML_SPECIAL = /[&<>"']/;

/** Escapes text for HTML built outside templates (attributes included). */
export function escapeHtml(text: string): string {
  // Most names have nothing to escape: a test is cheaper than a replace that finds nothing.
  return HTML_SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!) : text;
}

/** `2025-07-01` → `01/07/2025` (vi) or `1 July 2025` (en), without the clock or the locale data of the machine. */
export function formatDate(date: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (lang === 'vi') return `${day}/${month}/${year}`;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${Number(day)} ${months[Number(month) - 1]} ${year}`;
}

/** Numbers with the separators of the language, computed here so the output never depends on ICU data. */
export function formatNumber(value: number, lang: Lang): string {
  const digits = String(Math.trunc(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return value < 0 ? `-${grouped}` : grouped;
}
