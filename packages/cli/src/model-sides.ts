/**
 * What one side of a comparison names: an edition year (its frozen snapshot if published, else
 * the live model as of the edition's date), a date (the live model as of that date), or a git
 * ref (the model files at that commit, as of `--as-of`). `git:REF` forces a ref.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import {
  editionDate,
  editionPath,
  evaluateAsOf,
  isValidDate,
  linkModel,
  loadModel,
  loadModelFromSources,
  readSnapshot,
  type ModelGraph,
  type Project,
} from '@kientruc/core';
import { UsageError } from './errors.js';
import { gitTopLevel } from './git.js';

export interface Side {
  label: string;
  graph: ModelGraph;
}

/** The model files at a git ref, read with one `git cat-file --batch`. */
function modelAtRef(cwd: string, modelDir: string, ref: string) {
  const top = gitTopLevel(cwd);
  const prefix = relative(top, modelDir).split(sep).join('/');
  const run = (args: string[], input?: string) => {
    try {
      return execFileSync('git', args, { cwd: top, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
      throw new UsageError(`Not a git ref: \`${ref}\` (${stderr.split('\n')[0] ?? ''})`);
    }
  };
  run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const names = run(['ls-tree', '-r', '-z', '--name-only', ref, '--', prefix || '.'])
    .toString('utf8')
    .split('\0')
    .filter((name) => /\.ya?ml$/.test(name) && !name.slice(prefix.length).startsWith('/editions/') && !name.slice(prefix.length).split('/').some((part) => part.startsWith('.')));
  const batch = run(['cat-file', '--batch'], names.map((name) => `${ref}:${name}`).join('\n') + '\n');
  const sources = [];
  let offset = 0;
  for (const name of names) {
    const headerEnd = batch.indexOf(0x0a, offset);
    const header = batch.subarray(offset, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2]);
    sources.push({ path: resolve(top, name), bytes: batch.subarray(headerEnd + 1, headerEnd + 1 + size) });
    offset = headerEnd + 1 + size + 1;
  }
  return loadModelFromSources(modelDir, sources);
}

export function resolveSide(spec: string, context: { cwd: string; project: Project; asOf: string }): Side {
  const { project } = context;
  if (/^[0-9]{4}$/.test(spec)) {
    const edition = Number(spec);
    const path = editionPath(project.modelDir, edition);
    if (existsSync(path)) {
      const { snapshot, diagnostics } = readSnapshot(path, readFileSync(path), `editions/${edition}.yaml`);
      if (!snapshot) throw new UsageError(diagnostics[0]?.message ?? `Cannot read edition ${edition}`);
      return { label: `ấn bản / edition ${edition}`, graph: linkModel(snapshot.model, snapshot.header.asOf) };
    }
    const asOf = editionDate(edition, project.config.editions);
    return { label: `ấn bản / edition ${edition} (chưa công bố / unpublished)`, graph: evaluateAsOf(loadModel(project.modelDir, { limits: project.limits }), asOf) };
  }
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(spec)) {
    if (!isValidDate(spec)) throw new UsageError(`Not a valid date: \`${spec}\``);
    return { label: `mô hình hiện tại / working tree`, graph: evaluateAsOf(loadModel(project.modelDir, { limits: project.limits }), spec) };
  }
  const ref = spec.startsWith('git:') ? spec.slice(4) : spec;
  const loaded = modelAtRef(context.cwd, project.modelDir, ref);
  return { label: `git ${ref}`, graph: evaluateAsOf(loaded, context.asOf) };
}
