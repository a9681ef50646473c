import { relative, sep } from 'node:path';
import type { Diagnostic } from '@kientruc/core';
import type { Rule } from '@kientruc/rules';

export interface FormatContext {
  cwd: string;
  /** Project root: SARIF and GitHub paths are relative to it. */
  root: string;
  /** Text of each model file, for code frames. */
  text(file: string): string | undefined;
  filesChecked: number;
  elapsedMs: number;
  asOf: string;
  rules: Rule[];
  color: boolean;
  toolVersion: string;
}

export function relativePath(from: string, file: string): string {
  const path = relative(from, file).split(sep).join('/');
  return path === '' ? '.' : path;
}

export type Formatter = (diagnostics: Diagnostic[], context: FormatContext) => string;
