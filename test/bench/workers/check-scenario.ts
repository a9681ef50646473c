/**
 * One measured scenario of `kientruc check`, in its own process:
 *   check-scenario.ts <scenario> <model-dir> <as-of>
 * Stage scenarios (load, validate, link, rules, positions) run the pipeline up to that stage and
 * time only that stage, so the peak memory is the pipeline's up to there. `check` times the whole
 * check from a cold start (modules loaded); `recheck` checks a copy of the model, then changes one
 * file several times, checking again each time with the parse cache (the median is reported).
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareDiagnostics, DEFAULT_LIMITS, evaluateAsOf, loadEditions, loadModel, loadModelFiles, loadProject, ParseCache, validateModel } from '@kientruc/core';
import { allRules, checkModel, runRules } from '@kientruc/rules';
import { report, timed } from './report.js';

const [scenario, modelDir, asOf] = process.argv.slice(2);
if (!scenario || !modelDir || !asOf) {
  process.stderr.write('usage: check-scenario.ts <scenario> <model-dir> <as-of>\n');
  process.exit(2);
}

// Reading the project validates kientruc.config.yaml, which loads the (generated) validators:
// stages before `validate` do not do it, and the whole-check scenarios time it.
/** Successive one-file edits re-checked in the `recheck` scenario (its time is their median). */
const EDITS = 5;
const project = () => loadProject({ cwd: modelDir, modelDir }).project;
const limits = DEFAULT_LIMITS;

switch (scenario) {
  case 'load': {
    const loaded = timed(() => loadModelFiles(modelDir, { limits }));
    report({ ms: loaded.ms, cpuMs: loaded.cpuMs, files: loaded.value.files.length });
    break;
  }
  case 'validate': {
    const { files } = loadModelFiles(modelDir, { limits });
    // Includes loading the validators: this is a cold start.
    const validated = timed(() => validateModel(files));
    report({ ms: validated.ms, cpuMs: validated.cpuMs, elements: validated.value.model.elements.length });
    break;
  }
  case 'link': {
    const loaded = loadModel(modelDir, { limits });
    const graph = timed(() => evaluateAsOf(loaded, asOf));
    report({ ms: graph.ms, cpuMs: graph.cpuMs, relations: graph.value.allEdges().length, inForce: graph.value.elements().length });
    break;
  }
  case 'rules': {
    const { config } = project();
    const loaded = loadModel(modelDir, { limits });
    const graph = evaluateAsOf(loaded, asOf);
    const rules = timed(() => {
      const editions = loadEditions(modelDir);
      return runRules(graph, { severities: config.rules ?? {}, suppressions: loaded.suppressions, editions: editions.editions });
    });
    report({ ms: rules.ms, cpuMs: rules.cpuMs, rules: allRules.length, diagnostics: rules.value.diagnostics.length, perRule: rules.value.timings });
    break;
  }
  case 'positions': {
    const { config } = project();
    const loaded = loadModel(modelDir, { limits });
    const graph = evaluateAsOf(loaded, asOf);
    const editions = loadEditions(modelDir);
    const { diagnostics: ruleDiagnostics } = runRules(graph, { severities: config.rules ?? {}, suppressions: loaded.suppressions, editions: editions.editions });
    const diagnostics = [...loaded.diagnostics, ...ruleDiagnostics, ...editions.diagnostics];
    const positions = timed(() => {
      loaded.positions.resolveAll(diagnostics);
      diagnostics.sort(compareDiagnostics);
    });
    report({ ms: positions.ms, cpuMs: positions.cpuMs, diagnostics: diagnostics.length, files: new Set(diagnostics.map((d) => d.location.file)).size });
    break;
  }
  case 'check': {
    const result = timed(() => checkModel(project(), asOf));
    report({ ms: result.ms, cpuMs: result.cpuMs, stages: result.value.timings, diagnostics: result.value.diagnostics.length });
    break;
  }
  case 'recheck': {
    // A scratch copy next to the cached model, so the same kientruc.config.yaml applies.
    const scratch = join(modelDir, '..', `scratch-${process.pid}`);
    cpSync(modelDir, scratch, { recursive: true });
    try {
      const scratchProject = { ...project(), modelDir: scratch };
      const cache = new ParseCache();
      const first = checkModel(scratchProject, asOf, { cache });
      const { file, agency } = fileToChange(scratch);
      // An architect adds systems to one agency's systems.yaml, one at a time, checking each time.
      const rechecks = Array.from({ length: EDITS }, (_, edit) => {
        writeFileSync(
          file,
          `${readFileSync(file, 'utf8')}---\nkind: information-system\nid: he-thong-moi-${edit}-${agency}\nname:\n  vi: Hệ thống thông tin mới ${edit}\n  en: New information system ${edit}\ncategory: internal-application\nowner: ${agency}\nstatus: planned\nprovenance: illustrative\n`,
        );
        const again = timed(() => checkModel(scratchProject, asOf, { cache }));
        if (again.value.loaded.model.elements.length !== first.loaded.model.elements.length + edit + 1) throw new Error('the changed file was not re-read');
        return again;
      });
      const middle = [...rechecks].sort((a, b) => a.ms - b.ms)[Math.floor(EDITS / 2)]!;
      report({ ms: middle.ms, cpuMs: middle.cpuMs, firstMs: rechecks[0]!.ms, stages: middle.value.timings, edits: EDITS, diagnostics: middle.value.diagnostics.length });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    break;
  }
  default:
    process.stderr.write(`unknown scenario ${scenario}\n`);
    process.exit(2);
}

/** The systems file of the first agency architecture folder. */
function fileToChange(dir: string): { file: string; agency: string } {
  const agency = readdirSync(join(dir, 'architectures')).sort()[0];
  if (!agency) throw new Error('the model has no architecture folder');
  return { file: join(dir, 'architectures', agency, 'systems.yaml'), agency };
}
