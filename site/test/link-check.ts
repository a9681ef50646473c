/**
 * A link checker for a built site: every internal link and resource (href, src) resolves to a
 * file of the site, every `#anchor` to an element id in its page, and nothing is loaded from
 * another host. Links to other sites are allowed only on <a> (navigation, not a request).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export interface LinkProblem {
  file: string;
  target: string;
  problem: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

const ATTRIBUTE = /<([a-zA-Z][\w:-]*)\b[^>]*?\s(href|src|xlink:href)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;
const CSS_URL = /url\(([^)]+)\)/g;

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

export function checkSiteLinks(root: string, base = '/'): { problems: LinkProblem[]; pages: number; links: number } {
  const files = walk(root);
  const paths = new Set(files.map((file) => relative(root, file).split(sep).join('/')));
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    let set = ids.get(path);
    if (!set) {
      set = new Set([...readFileSync(join(root, path), 'utf8').matchAll(ID)].map((m) => decodeEntities(m[1]!)));
      ids.set(path, set);
    }
    return set;
  };
  const problems: LinkProblem[] = [];
  let pages = 0;
  let links = 0;
  for (const file of files) {
    const path = relative(root, file).split(sep).join('/');
    const isHtml = path.endsWith('.html');
    const isCss = path.endsWith('.css');
    if (!isHtml && !isCss) continue;
    if (isHtml) pages++;
    const text = readFileSync(file, 'utf8');
    const references: { tag: string; target: string }[] = isHtml
      ? [...text.matchAll(ATTRIBUTE)].map((m) => ({ tag: m[1]!.toLowerCase(), target: decodeEntities(m[3]!) }))
      : [...text.matchAll(CSS_URL)].map((m) => ({ tag: 'css', target: m[1]!.replace(/^['"]|['"]$/g, '') }));
    for (const { tag, target } of references) {
      links++;
      // Inline data and contact links make no request.
      if (/^(mailto:|tel:|data:)/.test(target)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) {
        if (tag !== 'a' || !/^https?:/.test(target)) problems.push({ file: path, target, problem: `loads from outside the site (<${tag}>)` });
        continue;
      }
      const [pathPart, anchor] = target.split('#') as [string, string | undefined];
      let resolved: string;
      if (pathPart === '') resolved = path;
      else if (pathPart.startsWith('/')) {
        if (!pathPart.startsWith(base)) {
          problems.push({ file: path, target, problem: `absolute link outside the base ${base}` });
          continue;
        }
        resolved = pathPart.slice(base.length);
      } else resolved = join(dirname(path), pathPart.split('?')[0]!).split(sep).join('/');
      if (resolved.endsWith('/') || resolved === '.' || resolved === '') resolved = `${resolved === '.' ? '' : resolved}index.html`;
      if (resolved.startsWith('..') || !paths.has(resolved)) {
        problems.push({ file: path, target, problem: 'no such file' });
        continue;
      }
      if (anchor && resolved.endsWith('.html') && !idsOf(resolved).has(decodeURIComponent(anchor))) {
        problems.push({ file: path, target, problem: `no element with id "${anchor}"` });
      }
    }
  }
  return { problems, pages, links };
}
