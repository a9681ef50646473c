/**
 * The editor modeline: every model file starts with
 *   # yaml-language-server: $schema=<relative path>/.schema/kientruc.schema.json
 * so VS Code's YAML extension validates and completes it with the schema that
 * `kientruc schema` writes into the model folder.
 */
import type { Diagnostic } from './diagnostics.js';
import type { SourceFile } from './load.js';

/** Where `kientruc schema` writes the editor schema, relative to the model folder. */
export const EDITOR_SCHEMA_PATH = '.schema/kientruc.schema.json';

const MODELINE = /^#\s*yaml-language-server\s*:.*?\$schema=(\S+)/;

/** The modeline a model file at `modelPath` (relative to the model folder, `/`-separated) must start with. */
export function expectedModeline(modelPath: string): string {
  const depth = modelPath.split('/').length - 1;
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${EDITOR_SCHEMA_PATH}`;
}

/** A warning when the file's first line is not the modeline with the right path. */
export function checkModeline(file: SourceFile): Diagnostic | undefined {
  const expected = expectedModeline(file.modelPath);
  const first = file.text.slice(0, file.text.indexOf('\n') === -1 ? undefined : file.text.indexOf('\n'));
  if (first === expected) return undefined;
  const fix = `Write this as the first line: ${expected}`;
  const match = MODELINE.exec(first);
  if (match) {
    const wanted = expected.slice(expected.indexOf('$schema=') + '$schema='.length);
    if (match[1] === wanted) return undefined; // spacing differs, the editor still reads it
    return {
      severity: 'warning',
      ruleId: 'schema-modeline',
      message: `Unexpected schema path \`${match[1]}\`, expected \`${wanted}\``,
      fix,
      location: { file: file.path, line: 1, column: match.index + match[0].length - match[1]!.length + 1 },
    };
  }
  return {
    severity: 'warning',
    ruleId: 'schema-modeline',
    message: 'Missing `# yaml-language-server: $schema=…` modeline on the first line',
    fix,
    location: { file: file.path, line: 1, column: 1 },
  };
}
