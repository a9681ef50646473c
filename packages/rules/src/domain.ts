/**
 * Domain helpers several rules share: the architecture level of an agency, what a framework asks
 * of it, and the shared definition of "component X connects to national system Y"
 * (the model conventions: an integration whose `from` or `to` is X and whose other end, or one of
 * whose `via` platforms, is Y).
 */
import type { ElementRecord, ModelGraph } from '@kientruc/core';
import type { Agency, Framework, InformationSystem, Integration } from '@kientruc/schema';

export type ArchitectureLevel = 'ministry' | 'province';
export type MandatoryComponent = NonNullable<Framework['mandatoryComponents']>[number];

/** Ministry level for ministries and government agencies, province level for provinces and cities. */
export function architectureLevel(agency: Agency): ArchitectureLevel {
  return agency.agencyType === 'province' || agency.agencyType === 'centrally-run-city' ? 'province' : 'ministry';
}

/** `integration-platform (LGSP)` or `document-management`: how messages name a component. */
export function componentLabel(component: MandatoryComponent): string {
  return component.platform ? `${component.category} (${component.platform})` : component.category;
}

export function matchesComponent(system: InformationSystem, component: MandatoryComponent): boolean {
  return system.category === component.category && (component.platform === undefined || system.platform === component.platform);
}

/** The integrations in force, not retired, with `systemId` at one end, sorted by id. */
export function integrationsOf(graph: ModelGraph, systemId: string): ElementRecord<Integration>[] {
  const found = new Map<string, ElementRecord<Integration>>();
  for (const relation of ['integrationsOut', 'integrationsIn']) {
    for (const record of graph.related(systemId, relation) as ElementRecord<Integration>[]) {
      if (record.element.status !== 'retired') found.set(record.id, record);
    }
  }
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Whether `systemId` connects to `targetId` in the sense of the model conventions. */
export function isConnectedTo(graph: ModelGraph, systemId: string, targetId: string): boolean {
  return integrationsOf(graph, systemId).some(({ element }) => {
    const otherEnd = element.from === systemId ? element.to : element.from;
    return otherEnd === targetId || (element.via ?? []).includes(targetId);
  });
}

/** The owners of an element at the as-of date (its owner period in force). */
export function ownerIds(graph: ModelGraph, id: string): string[] {
  return graph.related(id, 'ownedBy').map((owner) => owner.id);
}

/** The index of the owner period (or the plain owner) in force, for pointing at it. */
export function ownerPath(graph: ModelGraph, id: string, relation = 'ownedBy'): (string | number)[] | undefined {
  return graph.edges(id, relation)[0]?.path;
}

/** Frameworks in force that an architecture conforms to, by id. */
export function frameworkOf(graph: ModelGraph, frameworks: ElementRecord<Framework>[], architectureId: string): ElementRecord<Framework> | undefined {
  const target = graph.one(architectureId, 'conformsTo');
  return frameworks.find((framework) => framework.id === target?.id);
}

/** `a`, `a` and `b`, `a`, `b` and `c`: ids in backticks for messages. */
export function listIds(ids: readonly string[]): string {
  const quoted = ids.map((id) => `\`${id}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** `an integration`, `a database`. */
export function withArticle(word: string): string {
  return /^[aeiou]/.test(word) && !/^(one|uni|use)/.test(word) ? `an ${word}` : `a ${word}`;
}
