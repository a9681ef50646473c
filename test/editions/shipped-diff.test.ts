/**
 * The 2025 reorganisation read through `kientruc diff 2024 2025` on the shipped model: merged
 * provinces and ministries, systems handed to the successor by the merger, renamed systems,
 * national databases changing owner. Golden files hold the whole report; the assertions name the
 * facts a reader can check against NQ 176/2025/QH15 and NQ 202/2025/QH15.
 */
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { assertGolden } from '../helpers/golden.js';
import { runCli } from '../helpers/cli.js';

const golden = (name: string) => fileURLToPath(new URL(`golden/${name}`, import.meta.url));

interface Change {
  id: string;
  kind: string;
  change: string;
  moved?: { from?: string; to?: string; reason: string };
  replaces?: string[];
  lineage?: { mergedInto?: string; formedFrom?: string[] };
  fields: { path: string; old?: unknown; new?: unknown }[];
}

test('edition 2024 → 2025 of the shipped model', () => {
  const pretty = runCli(['diff', '2024', '2025']);
  assert.is(pretty.status, 0, pretty.stderr);
  assertGolden(golden('shipped-2024-2025.txt'), pretty.stdout);
  const markdown = runCli(['diff', '2024', '2025', '--format', 'markdown']);
  assertGolden(golden('shipped-2024-2025.md'), markdown.stdout);

  const diff = JSON.parse(runCli(['diff', '2024', '2025', '--format', 'json']).stdout) as { elements: Change[] };
  const byId = new Map(diff.elements.map((e) => [e.id, e]));
  const removedAgencies = diff.elements.filter((e) => e.kind === 'agency' && e.change === 'removed').map((e) => e.id);
  // Four ministries merged away (NQ 176/2025/QH15) and the 52 provinces of the 23 mergers (NQ 202/2025/QH15).
  for (const id of ['bo-ke-hoach-va-dau-tu', 'bo-giao-thong-van-tai', 'bo-thong-tin-va-truyen-thong', 'bo-tai-nguyen-va-moi-truong', 'bo-nong-nghiep-va-phat-trien-nong-thon', 'ha-nam', 'nam-dinh', 'ha-giang', 'bac-kan']) {
    assert.ok(removedAgencies.includes(id), `${id} ends before 2025-12-31`);
  }
  assert.is(byId.get('ninh-binh-2025')?.change, 'added');
  assert.equal(byId.get('ninh-binh-2025')?.lineage, { formedFrom: ['ha-nam', 'nam-dinh', 'ninh-binh'] });
  assert.equal(byId.get('ha-nam')?.lineage, { mergedInto: 'ninh-binh-2025' });
  assert.equal(byId.get('bo-thong-tin-va-truyen-thong')?.lineage, { mergedInto: 'bo-khoa-hoc-va-cong-nghe' });
  assert.is(byId.get('bo-nong-nghiep-va-moi-truong')?.change, 'added');
  // Systems carried over to the successor are moved by the merger, not removed and added.
  assert.equal(byId.get('trung-tam-du-lieu-ha-nam')?.moved, { from: 'ha-nam', to: 'ninh-binh-2025', reason: 'merger' });
  assert.equal(byId.get('ndxp')?.moved, { from: 'bo-thong-tin-va-truyen-thong', to: 'bo-khoa-hoc-va-cong-nghe', reason: 'merger' });
  // National databases follow their owner ministry into its successor.
  assert.equal(byId.get('csdl-quoc-gia-ve-dat-dai')?.moved, { from: 'bo-tai-nguyen-va-moi-truong', to: 'bo-nong-nghiep-va-moi-truong', reason: 'merger' });
  assert.equal(byId.get('csdl-quoc-gia-ve-dang-ky-doanh-nghiep')?.moved, { from: 'bo-ke-hoach-va-dau-tu', to: 'bo-tai-chinh', reason: 'merger' });
  // A renamed system is an addition that replaces what it succeeds.
  assert.equal(byId.get('lgsp-ninh-binh-2025')?.replaces, ['lgsp-ha-nam']);
  assert.is(byId.get('lgsp-ha-nam')?.change, 'removed');
});

test.run();
