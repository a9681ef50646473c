/**
 * Rendering: Handlebars templates from `templates/` (layouts, partials, one template per page
 * type). Templates only use `{{…}}`, which escapes; HTML made by the builder (sanitised
 * Markdown, diagrams) arrives as `SafeString`. Model text is never compiled as a template,
 * so `{{x}}` in a name is shown as it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { cellHtml, factsHtml, linkHtml, localHtml, tableHtml } from './html.js';
import { label, t } from './i18n.js';
import type { Cell, Fact, Link, Table } from './pages/common.js';
import type { PageData } from './plan.js';
import { formatDate, formatNumber, type Lang, type LocalText } from './text.js';

export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export type SafeHtml = Handlebars.SafeString;

type KnownHelpers = NonNullable<CompileOptions['knownHelpers']>;

export function safeHtml(html: string): SafeHtml {
  return new Handlebars.SafeString(html);
}

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

/** What every page gives its layout, besides its own data. */
export interface LayoutData {
  lang: Lang;
  [key: string]: unknown;
}

export class Renderer {
  private readonly env = Handlebars.create();
  private pages = new Map<string, Handlebars.TemplateDelegate>();
  private layouts = new Map<string, Handlebars.TemplateDelegate>();

  private readonly knownHelpers: KnownHelpers;

  constructor(readonly templatesDir: string = DEFAULT_TEMPLATES_DIR) {
    this.registerHelpers();
    this.knownHelpers = Object.fromEntries(Object.keys(this.env.helpers).map((name) => [name, true]));
    this.load();
  }

  /** Reads and compiles every template again (after a template changed, in `kientruc serve`). */
  load(): void {
    const read = (folder: string) =>
      readdirSync(join(this.templatesDir, folder))
        .filter((name) => name.endsWith('.hbs'))
        .sort()
        .map((name) => ({ name: basename(name, '.hbs'), file: join(this.templatesDir, folder, name) }));
    const compile = (file: string) => {
      const source = readFileSync(file, 'utf8');
      try {
        // Handlebars compiles lazily; parsing now makes a syntax error fail here, naming its file.
        this.env.parse(source);
        // Every helper is registered before templates compile: told so, Handlebars calls them
        // directly and reads `{{name}}` as a field without first looking for a helper.
        return this.env.compile(source, { knownHelpers: this.knownHelpers, knownHelpersOnly: true });
      } catch (error) {
        throw new TemplateError(`${file}: ${(error as Error).message}`);
      }
    };
    for (const name of Object.keys(this.env.partials)) this.env.unregisterPartial(name);
    for (const { name, file } of read('partials')) {
      this.env.registerPartial(name, compile(file));
    }
    this.layouts = new Map(read('layouts').map(({ name, file }) => [name, compile(file)]));
    this.pages = new Map(read('pages').map(({ name, file }) => [name, compile(file)]));
  }

  has(template: string): boolean {
    return this.pages.has(template);
  }

  render(template: string, data: PageData & LayoutData, layout = 'base'): string {
    const page = this.pages.get(template);
    if (!page) throw new TemplateError(`No template \`${template}\` in ${join(this.templatesDir, 'pages')}`);
    const frame = this.layouts.get(layout);
    if (!frame) throw new TemplateError(`No layout \`${layout}\` in ${join(this.templatesDir, 'layouts')}`);
    try {
      const body = page(data);
      return frame({ ...data, body: safeHtml(body) });
    } catch (error) {
      throw new TemplateError(`${template}.hbs: ${(error as Error).message}`, { cause: error });
    }
  }

  private registerHelpers(): void {
    const env = this.env;
    const langOf = (options: Handlebars.HelperOptions): Lang => (options.data?.root as LayoutData).lang;
    env.registerHelper('t', function (key: string, options: Handlebars.HelperOptions) {
      return t(key, langOf(options), options.hash as Record<string, string | number>);
    });
    env.registerHelper('enumLabel', function (field: string, value: string, options: Handlebars.HelperOptions) {
      return label(field, value, langOf(options));
    });
    env.registerHelper('txt', function (text: LocalText | string | undefined) {
      if (text === undefined || text === null) return '';
      if (typeof text === 'string') return text;
      return safeHtml(localHtml(text));
    });
    // Tables, fact lists and their cells are written in TypeScript (html.ts): see there why.
    env.registerHelper('table', function (table: Table | undefined, options: Handlebars.HelperOptions) {
      return safeHtml(tableHtml(table, langOf(options)));
    });
    env.registerHelper('facts', (facts: Fact[] | undefined) => safeHtml(factsHtml(facts)));
    env.registerHelper('cell', (cell: Cell | undefined) => safeHtml(cellHtml(cell)));
    env.registerHelper('link', (link: Link | undefined) => safeHtml(linkHtml(link)));
    env.registerHelper('date', function (value: string, options: Handlebars.HelperOptions) {
      return value ? formatDate(value, langOf(options)) : '';
    });
    env.registerHelper('num', function (value: number, options: Handlebars.HelperOptions) {
      return formatNumber(value, langOf(options));
    });
    env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    env.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
    env.registerHelper('len', (list: unknown) => (Array.isArray(list) ? list.length : 0));
  }
}
