/**
 * Loading with a ParseCache skips files whose stat has not changed. Whatever happens to the files
 * between two loads, the cached load must equal a fresh one.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadModelFiles, ParseCache } from '../src/index.js';

const element = (id: string, extra = '') => `# yaml-language-server: $schema=.schema/kientruc.schema.json\nkind: agency\nid: ${id}\nname: { vi: Tỉnh ${id} }\n${extra}`;
const LONG_AGO = new Date('2024-01-01T00:00:00Z');

test('a cached load equals a fresh load after edits, same-size edits, deletions, additions and renames', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kientruc-parse-cache-'));
  const previous = process.env.KIENTRUC_CACHE;
  process.env.KIENTRUC_CACHE = 'off';
  try {
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      // Old files, so their stat can be trusted (recently modified files are always read again).
      utimesSync(join(dir, name), LONG_AGO, LONG_AGO);
    };
    for (const name of ['a', 'b', 'c', 'd']) write(`${name}.yaml`, element(`tinh-${name}`));
    write('bad.yaml', 'kind: [unclosed\n');
    const cache = new ParseCache();
    const same = () => assert.equal(loadModelFiles(dir, { cache }), loadModelFiles(dir));

    same();
    same();
    // Same size, same modification time: only the change time and the content differ.
    write('a.yaml', element('tinh-x'));
    assert.is(statSync(join(dir, 'a.yaml')).size, element('tinh-a').length + 2, 'the edit keeps the size');
    same();
    assert.match(loadModelFiles(dir, { cache }).files[0]!.text, /tinh-x/);
    rmSync(join(dir, 'b.yaml'));
    same();
    write('e.yaml', element('tinh-e'));
    same();
    renameSync(join(dir, 'c.yaml'), join(dir, 'f.yaml'));
    same();
    write('d.yaml', `${readFileSync(join(dir, 'd.yaml'), 'utf8')}tags: [x]\n`);
    same();
    // A file edited just now is read again even if its stamp looks the same.
    writeFileSync(join(dir, 'd.yaml'), element('tinh-d'));
    same();
  } finally {
    if (previous === undefined) delete process.env.KIENTRUC_CACHE;
    else process.env.KIENTRUC_CACHE = previous;
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
