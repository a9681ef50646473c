/**
 * What the pages of one edition read, derived once from its model graph: agencies in their
 * groups, each agency's architecture and the elements that belong to it, where each element's
 * page is, and which diagnostics concern which agency.
 */
import type { ElementRecord, ModelGraph } from '@kientruc/core';
import type { Agency, Architecture, Integration } from '@kientruc/schema';
import type { EditionModel, SiteDiagnostic } from './editions.js';
import { searchCore } from './search/core.js';
import { pickText, type Bilingual, type Lang } from './text.js';

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** File, line, column, then severity, rule and message: the order of `kientruc check`. */
export function compareSiteDiagnostics(a: SiteDiagnostic, b: SiteDiagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.severity !== b.severity) return (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3);
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export type AgencyGroup = 'ministries' | 'provinces';

const MINISTRY_TYPES = new Set(['ministry', 'ministry-level-agency', 'government-agency']);

export function agencyGroup(agency: Agency): AgencyGroup {
  return MINISTRY_TYPES.has(agency.agencyType) ? 'ministries' : 'provinces';
}

/** Orders by name as a reader expects it, without accents deciding (and without the machine's locale). */
export function byName(lang: Lang) {
  const fold = searchCore().fold;
  return (a: ElementRecord, b: ElementRecord): number => {
    const x = fold(pickText(a.element.name as Bilingual, lang));
    const y = fold(pickText(b.element.name as Bilingual, lang));
    return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** Element kinds with a page of their own, and the folder of those pages. */
export const PAGE_FOLDERS: Partial<Record<string, string>> = {
  agency: 'kien-truc',
  'information-system': 'he-thong',
  database: 'csdl',
  infrastructure: 'ha-tang',
  view: 'so-do',
};

export class SiteEdition {
  readonly year: number;
  readonly asOf: string;
  readonly graph: ModelGraph;
  diagnostics: SiteDiagnostic[];
  readonly agencies: ElementRecord<Agency>[];
  /** Path of each element's page (or the anchor of its row), from the language root. */
  private readonly hrefs = new Map<string, string>();
  private readonly agenciesOfElement = new Map<string, string[]>();
  private readonly integrationsOfAgency = new Map<string, ElementRecord<Integration>[]>();
  private readonly diagnosticsOfElement = new Map<string, SiteDiagnostic[]>();

  constructor(
    readonly edition: EditionModel,
    /** The previous edition, for "what changed". */
    readonly previous?: EditionModel,
    /** The previous edition's pages, when it is built in the same site (removed elements link there). */
    readonly previousSite?: SiteEdition,
  ) {
    this.year = edition.year;
    this.asOf = edition.asOf;
    this.graph = edition.graph;
    this.diagnostics = edition.diagnostics;
    this.agencies = (this.graph.ofKind('agency') as ElementRecord<Agency>[]).slice().sort(byName('vi'));
    for (const record of this.graph.elements()) {
      const agencies = this.computeAgenciesOf(record);
      if (!agencies.length) continue;
      this.agenciesOfElement.set(record.id, agencies);
      if (record.kind !== 'integration') continue;
      for (const agency of agencies) {
        const list = this.integrationsOfAgency.get(agency) ?? [];
        list.push(record as ElementRecord<Integration>);
        this.integrationsOfAgency.set(agency, list);
      }
    }
    for (const record of this.graph.elements()) {
      const href = this.computeHref(record);
      if (href) this.hrefs.set(record.id, href);
    }
    this.index(this.diagnostics);
  }

  private index(diagnostics: SiteDiagnostic[]): void {
    for (const d of diagnostics) {
      if (!d.elementId) continue;
      const list = this.diagnosticsOfElement.get(d.elementId) ?? [];
      list.push(d);
      this.diagnosticsOfElement.set(d.elementId, list);
    }
  }

  /** Diagnostics found after the check (views too large to draw), kept in the check's order. */
  addDiagnostics(diagnostics: SiteDiagnostic[]): void {
    if (!diagnostics.length) return;
    this.diagnostics = [...this.diagnostics, ...diagnostics].sort(compareSiteDiagnostics);
    this.index(diagnostics);
  }

  get errors(): number {
    return this.diagnostics.filter((d) => d.severity === 'error').length;
  }

  get(id: string): ElementRecord | undefined {
    return this.graph.get(id);
  }

  /** Path of an element's page from the language root, if it has one in this edition. */
  href(id: string): string | undefined {
    return this.hrefs.get(id);
  }

  owner(id: string): ElementRecord<Agency> | undefined {
    return this.graph.one(id, 'ownedBy') as ElementRecord<Agency> | undefined;
  }

  architecturesOf(agencyId: string): ElementRecord<Architecture>[] {
    return this.graph.related(agencyId, 'hasArchitecture') as ElementRecord<Architecture>[];
  }

  /** Elements the agency owns as of the edition's date, by kind. */
  owned(agencyId: string, kind: string): ElementRecord[] {
    return this.graph.related(agencyId, 'owns').filter((record) => record.kind === kind);
  }

  /** Integrations with an end owned by the agency (an integration belongs to both ends' architectures). */
  integrationsOf(agencyId: string): ElementRecord<Integration>[] {
    return this.integrationsOfAgency.get(agencyId) ?? [];
  }

  /** The agencies whose architecture an element belongs to. */
  agenciesOf(id: string): string[] {
    return this.agenciesOfElement.get(id) ?? [];
  }

  diagnosticsOf(id: string): SiteDiagnostic[] {
    return this.diagnosticsOfElement.get(id) ?? [];
  }

  /** Diagnostics about the agency, its architecture and the elements that belong to it. */
  diagnosticsOfAgency(agencyId: string): SiteDiagnostic[] {
    return this.diagnostics.filter((d) => d.elementId !== undefined && this.agenciesOf(d.elementId).includes(agencyId));
  }

  private computeAgenciesOf(record: ElementRecord): string[] {
    switch (record.kind) {
      case 'agency':
        return [record.id];
      case 'architecture':
        return this.graph.related(record.id, 'architectureOf').map((agency) => agency.id);
      case 'integration': {
        const ends = [...this.graph.related(record.id, 'integrationFrom'), ...this.graph.related(record.id, 'integrationTo')];
        return [...new Set(ends.flatMap((end) => this.graph.related(end.id, 'ownedBy').map((agency) => agency.id)))].sort();
      }
      default:
        return this.graph.related(record.id, 'ownedBy').map((agency) => agency.id);
    }
  }

  private computeHref(record: ElementRecord): string | undefined {
    const folder = PAGE_FOLDERS[record.kind];
    if (folder) return `${folder}/${record.id}.html`;
    switch (record.kind) {
      case 'architecture': {
        const agency = this.graph.one(record.id, 'architectureOf');
        return agency ? `kien-truc/${agency.id}.html#${record.id}` : undefined;
      }
      case 'framework':
      case 'indicator':
        return `gioi-thieu.html#${record.id}`;
      default: {
        // Integrations, services, business functions, security components: a row in the
        // architecture page of the agency they belong to.
        const agency = this.agenciesOf(record.id)[0];
        return agency ? `kien-truc/${agency}.html#${record.id}` : undefined;
      }
    }
  }
}
