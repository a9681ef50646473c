/**
 * The shape of a rule. A rule body only reports problems; the engine (engine.ts) owns severity,
 * stamps the rule id on every diagnostic, applies configuration and inline suppressions.
 * Each rule's `examples` are its tests and its documentation.
 */
import type { EditionSnapshot, ElementRecord, Model, ModelGraph, Severity } from '@kientruc/core';
import type { Framework } from '@kientruc/schema';

export interface Bilingual {
  vi: string;
  en: string;
}

export interface RuleExample {
  title: string;
  /**
   * Editions published earlier: each is the model as it was when published (its files), frozen
   * by the example runner with `writeSnapshot` into `editions/<edition>.yaml`.
   */
  published?: { edition: number; files: Record<string, string> }[];
  /** Model files, by path relative to the model folder. */
  files: Record<string, string>;
  /** As-of date of the example (default 2025-12-31). */
  asOf?: string;
  /**
   * The exact diagnostics of this rule, as `path:line:col: severity message [rule-id]`
   * with paths relative to the model folder. Empty for an example that passes.
   */
  expected: string[];
}

export interface Problem {
  element: ElementRecord;
  /** Property path inside the element that the problem is about. */
  path?: (string | number)[];
  /** Point at the property's key rather than its value. */
  key?: boolean;
  message: string;
  related?: { element: ElementRecord; path?: (string | number)[]; message: string }[];
  fix?: string;
}

export interface RuleContext {
  graph: ModelGraph;
  model: Model;
  asOf: string;
  /** The framework profile the architectures in force conform to (data in `model/`). */
  frameworks: ElementRecord<Framework>[];
  /** The published editions (frozen snapshots under `model/editions/`), oldest first. */
  editions: EditionSnapshot[];
  report(problem: Problem): void;
}

export type RuleCategory = 'model' | 'reference' | 'lifecycle' | 'architecture' | 'integration' | 'security' | 'data' | 'agency' | 'provenance';

/** What every check documents about itself: rules, and the built-in checks of loading. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  category: RuleCategory;
  description: Bilingual;
  /** Why it matters, naming the legal basis. */
  rationale: Bilingual;
  /** The instruments the rule enforces, e.g. `TT 13/2017/TT-BTTTT, điều 17`. */
  basis: string[];
  /** How to fix a problem it reports. */
  fix: Bilingual;
}

export interface Rule extends RuleInfo {
  examples: RuleExample[];
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
