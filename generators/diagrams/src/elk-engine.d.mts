/** Types of elk-engine.mjs (plain JavaScript, so that a worker thread loads it without a TypeScript loader). */
export interface EngineChange {
  what: string;
  from: string;
  to: string;
}
export const ENGINE_CHANGES: readonly EngineChange[];
export function loadEngine(options?: { changed?: boolean; source?: string }): { layout(graph: unknown): unknown };
