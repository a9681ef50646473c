/**
 * What the layout of every page shows besides the page itself: the navigation, the language
 * switch (the same page in the other language), the edition switcher, and the banner of a model
 * with errors. Nothing here names another edition: the switcher reads the list of editions from
 * the site root (see edition-switch.ts), so an edition's pages never change when editions are
 * added or changed.
 */
import { EDITIONS_PAGE, EDITIONS_SCRIPT } from './edition-switch.js';
import { t } from './i18n.js';
import { linkFrom, type Link, type PageContext } from './pages/common.js';
import type { PageSpec } from './plan.js';
import { formatDate, formatNumber, LANGS, type Lang } from './text.js';

export interface EditionInfo {
  year: number;
  asOf: string;
  origin: 'live' | 'snapshot';
  errors: number;
  /** Page keys of the edition (the same set in both languages). */
  keys: ReadonlySet<string>;
}

const NAV: [key: string, word: string][] = [
  ['index.html', 'nav.home'],
  ['co-quan.html', 'nav.agencies'],
  ['thay-doi.html', 'nav.changes'],
  ['quy-tac.html', 'nav.rules'],
  ['kiem-tra.html', 'nav.diagnostics'],
  ['du-lieu.html', 'nav.data'],
  ['gioi-thieu.html', 'nav.about'],
];

export function langRoot(edition: number, lang: Lang): string {
  return lang === 'vi' ? `${edition}/` : `${edition}/en/`;
}

export interface LayoutOptions {
  editions: EditionInfo[];
  /** Build for `kientruc serve`: pages load the live-reload script. */
  liveReload: boolean;
  allowErrors: boolean;
  toolVersion: string;
}

export function layoutData(page: PageSpec, ctx: PageContext, options: LayoutOptions, breadcrumb: Link[] | undefined) {
  const { lang } = page;
  const edition = options.editions.find((e) => e.year === page.edition)!;
  const editionsScript = linkFrom(ctx, EDITIONS_SCRIPT);
  const other: Lang = LANGS.find((l) => l !== lang)!;
  const assets = linkFrom(ctx, `${ctx.editionRoot}assets/`);
  const home = linkFrom(ctx, `${ctx.langRoot}index.html`);
  return {
    lang,
    htmlLang: lang,
    editionYear: edition.year,
    editionDate: formatDate(edition.asOf, lang),
    editionLive: edition.origin === 'live',
    assets,
    root: linkFrom(ctx, ctx.langRoot),
    home,
    searchPage: linkFrom(ctx, `${ctx.langRoot}tim-kiem.html`),
    searchIndex: `${assets}search-${lang}.js`,
    isHome: page.key === 'index.html',
    nav: NAV.map(([key, word]) => ({ href: linkFrom(ctx, `${ctx.langRoot}${key}`), label: t(word, lang), current: page.key === key })),
    breadcrumb: breadcrumb?.length ? [{ href: home, text: { text: t('nav.home', lang), lang, fallback: false } }, ...breadcrumb] : undefined,
    langSwitch: {
      href: linkFrom(ctx, `${langRoot(edition.year, other)}${page.key}`),
      label: t('lang.switch', lang),
      title: t('lang.switchLabel', lang),
      lang: other,
    },
    editionSwitch: {
      // The script fills the list from the site root's list of editions; without it, this link.
      all: linkFrom(ctx, EDITIONS_PAGE),
      script: editionsScript,
      siteRoot: editionsScript.slice(0, -EDITIONS_SCRIPT.length),
      page: page.key,
    },
    errorBanner:
      options.allowErrors && edition.origin === 'live' && edition.errors > 0
        ? { text: t('diagnostics.banner', lang, { n: formatNumber(edition.errors, lang) }), href: linkFrom(ctx, `${ctx.langRoot}kiem-tra.html`) }
        : undefined,
    liveReload: options.liveReload ? `${assets}live-reload.js` : undefined,
    toolVersion: options.toolVersion,
    fallbackNote: lang === 'en' ? t('lang.fallbackNote', lang) : undefined,
  };
}
