/**
 * The project: where the model is and how it is checked, from `kientruc.config.yaml`
 * (looked up from the current folder upwards; everything has a default).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createValidator, type KientrucConfig } from '@kientruc/schema';
import { whereText, type Diagnostic } from './diagnostics.js';
import { DEFAULT_LIMITS, parseModelText, type LoadLimits } from './load.js';
import { PositionResolver } from './positions.js';

export const CONFIG_FILE = 'kientruc.config.yaml';

export interface Project {
  /** Folder of the config file, or the starting folder when there is none. */
  root: string;
  configFile?: string;
  /** The config file's text as parsed (for code frames). */
  configText?: string;
  config: KientrucConfig;
  modelDir: string;
  limits: LoadLimits;
}

function findConfig(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

export function loadProject(options: { cwd: string; modelDir?: string; configFile?: string }): { project: Project; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const start = options.modelDir ? resolve(options.cwd, options.modelDir) : options.cwd;
  const configFile = options.configFile ? resolve(options.cwd, options.configFile) : findConfig(start);
  let config: KientrucConfig = {};
  let configText: string | undefined;
  if (configFile) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(configFile);
    } catch (error) {
      bytes = Buffer.alloc(0);
      diagnostics.push({
        severity: 'error',
        ruleId: 'config',
        message: `Cannot read the config file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        location: { file: configFile, line: 1, column: 1 },
      });
    }
    const parsed = parseModelText(bytes);
    configText = parsed.text;
    if (bytes.length > 0) for (const d of parsed.diagnostics) diagnostics.push({ ...d, location: { ...d.location, file: configFile } });
    const value = parsed.documents[0]?.value;
    if (value !== undefined && value !== null) {
      const errors = createValidator().validateConfig(value);
      for (const error of errors) {
        diagnostics.push({
          severity: 'error',
          ruleId: 'config',
          message: `${error.message}${whereText(error)}`,
          location: { file: configFile, doc: 0, path: error.path, ...(error.keyword === 'additionalProperties' ? { key: true } : {}) },
        });
      }
      if (errors.length === 0) config = value as KientrucConfig;
    }
    // The model's position resolver never sees the config file: resolve its positions here.
    new PositionResolver(() => parsed.text).resolveAll(diagnostics);
  }
  const root = configFile ? dirname(configFile) : start;
  const modelDir = options.modelDir ? resolve(options.cwd, options.modelDir) : resolve(root, config.model ?? 'model');
  const limits: LoadLimits = {
    maxFileBytes: config.limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes,
    maxAliases: config.limits?.maxAliases ?? DEFAULT_LIMITS.maxAliases,
  };
  return {
    project: { root, ...(configFile ? { configFile } : {}), ...(configText !== undefined ? { configText } : {}), config, modelDir, limits },
    diagnostics,
  };
}
