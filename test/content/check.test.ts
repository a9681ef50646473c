/**
 * The acceptance of the shipped model: the whole check (every rule) passes with no error and no
 * warning on the dates the model is published for.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadProject } from '@kientruc/core';
import { checkModel } from '@kientruc/rules';
import { relative } from 'node:path';
import { repoRoot } from './shipped-model.js';

for (const date of ['2020-12-31', '2024-12-31', '2025-12-31']) {
  test(`kientruc check --as-of ${date}: no error, no warning`, () => {
    const { project, diagnostics: configDiagnostics } = loadProject({ cwd: repoRoot });
    assert.equal(configDiagnostics, []);
    const { diagnostics } = checkModel(project, date);
    const lines = diagnostics.map((d) => `${relative(repoRoot, d.location.file)}:${d.location.line ?? 0}: ${d.severity} ${d.message} [${d.ruleId}]`);
    assert.equal(lines, []);
  });
}

test.run();
