/** The pull-request report's Mermaid diagram of the change parses and renders in Chromium with the real `mermaid`. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../helpers/cli.js';
import { withMermaidPage } from '../helpers/mermaid-browser.js';
import { makeRepo } from './repo.js';

test('the report diagram renders, changed elements and the legend included, hostile names as text', async () => {
  const dir = makeRepo();
  try {
    writeFileSync(
      join(dir, 'model/new.yaml'),
      'kind: infrastructure\nid: mang-ninh-binh\nname: { vi: "Mạng <script>alert(1)</script> & \\"x\\" --> ]]>" }\ninfrastructureType: network\nowner: ninh-binh-2025\nstatus: operating\nprovenance: illustrative\n',
    );
    const result = runCli(['pr-report', '--base', 'HEAD~1', '--as-of', '2025-12-31'], { cwd: dir });
    assert.is(result.status, 0, result.stderr);
    const match = /```mermaid\n([\s\S]*?)```/.exec(result.stdout);
    assert.ok(match, 'the report holds a Mermaid diagram');
    const mermaid = match![1]!;
    assert.match(mermaid, 'class n_email_ninh_binh,n_mang_ninh_binh,legend_added change_added');
    assert.match(mermaid, 'class n_qlvb_ha_nam,legend_changed change_changed');
    const rendered = await withMermaidPage((render) => render(mermaid));
    if (!rendered.ok) assert.unreachable(`Mermaid failed: ${rendered.error}\n${mermaid}`);
    else {
      assert.not.ok(rendered.errorSvg);
      assert.is(rendered.scripts, 0);
      assert.match(rendered.text, '[+] Mạng <script>alert(1)</script> & "x" --> ]]>');
      assert.match(rendered.text, '[~] Hệ thống quản lý văn bản và điều hành');
      assert.match(rendered.text, 'thêm / added');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
