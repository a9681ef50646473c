/** Machine output: `{"diagnostics":[…],"summary":{…}}`, stable key order, paths relative to cwd. */
import { countBySeverity } from '@kientruc/core';
import { relativePath, type Formatter } from './context.js';

export const formatJson: Formatter = (diagnostics, context) => {
  const counts = countBySeverity(diagnostics);
  const body = {
    diagnostics: diagnostics.map((d) => ({
      file: relativePath(context.cwd, d.location.file),
      line: d.position?.line ?? 1,
      column: d.position?.column ?? 1,
      endLine: d.position?.endLine ?? d.position?.line ?? 1,
      endColumn: d.position?.endColumn ?? d.position?.column ?? 1,
      severity: d.severity,
      ruleId: d.ruleId,
      message: d.message,
      ...(d.elementId ? { elementId: d.elementId } : {}),
      ...(d.fix ? { fix: d.fix } : {}),
      related: (d.related ?? []).map((r) => ({
        file: relativePath(context.cwd, r.location.file),
        line: r.position?.line ?? 1,
        column: r.position?.column ?? 1,
        message: r.message,
      })),
    })),
    summary: {
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      files: context.filesChecked,
      asOf: context.asOf,
    },
  };
  return `${JSON.stringify(body, null, 2)}\n`;
};
