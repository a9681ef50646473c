/**
 * The site's own files: styles, scripts, fonts and the search library, copied from the repository
 * and node_modules into each edition's `assets/` folder. Nothing is loaded from elsewhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const CLIENT_DIR = fileURLToPath(new URL('../client/', import.meta.url));

export interface Asset {
  /** Path inside `assets/`. */
  name: string;
  content: Uint8Array | string;
}

const FONT_FILES = ['latin-400', 'latin-700', 'vietnamese-400', 'vietnamese-700'].map((subset) => `noto-sans-${subset}-normal.woff2`);

/** Without the source-map comment: the browser would ask for a file the site does not ship. */
function withoutSourceMap(source: string): string {
  return source.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
}

let cached: Asset[] | undefined;

export function siteAssets(): Asset[] {
  if (cached) return cached;
  const client = (name: string) => readFileSync(join(CLIENT_DIR, name), 'utf8');
  const miniSearchUmd = join(dirname(require.resolve('minisearch')), '..', 'umd', 'index.js');
  cached = [
    { name: 'site.css', content: client('site.css') },
    { name: 'site.js', content: client('site.js') },
    { name: 'search-core.js', content: client('search-core.js') },
    { name: 'favicon.svg', content: client('favicon.svg') },
    { name: 'minisearch.js', content: withoutSourceMap(readFileSync(miniSearchUmd, 'utf8')) },
    ...FONT_FILES.map((file) => ({ name: `fonts/${file}`, content: readFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`)) })),
  ];
  return cached;
}

/** Forgets the cached client files (serve: a style or script changed). */
export function reloadAssets(): void {
  cached = undefined;
}
