/**
 * The site's "what changed" page of the shipped model, edition 2025 against 2024: the 2025
 * reorganisation as a reader sees it (the facts of golden/shipped-2024-2025.txt), in both
 * languages, with every element linked to its page (a removed one to its page in 2024); the home
 * page's summary; an agency page's own changes. Pages are rendered without diagrams: drawing the
 * national model is the build tests' job, and the change diagrams are checked on the fixture.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadProject } from '@kientruc/core';
import { prepareSite, type PreparedSite } from '../../site/src/index.js';
import { repoRoot } from '../helpers/cli.js';

let prepared: Promise<PreparedSite> | undefined;
function shippedSite(): Promise<PreparedSite> {
  prepared ??= prepareSite({ project: loadProject({ cwd: repoRoot }).project, diagrams: false, allowErrors: true, toolVersion: 'test' });
  return prepared;
}

async function page(path: string): Promise<string> {
  const site = await shippedSite();
  const output = site.byPath.get(path);
  assert.ok(output, `${path} is planned`);
  return String(site.render(output!));
}

/** The HTML of an element with this id (a table or a section), up to its closing tag. */
function part(html: string, tag: 'table' | 'section', id: string): string {
  const at = html.indexOf(` id="${id}"`);
  assert.ok(at !== -1, `#${id} is on the page`);
  return html.slice(html.lastIndexOf(`<${tag}`, at), html.indexOf(`</${tag}>`, at));
}

/** The table row of the element whose page is `href` (the link in its first cell). */
function row(table: string, href: string): string {
  const found = table.split('<tr').find((r) => r.split('<td')[0]!.includes(`href="${href}"`));
  assert.ok(found, `a row for ${href}`);
  return found!.replace(/\s+/g, ' ');
}

test('the 2025 reorganisation on the "what changed" page, in Vietnamese', async () => {
  const html = await page('2025/thay-doi.html');
  assert.match(html, '<h1>Những gì thay đổi</h1>');
  // The counts of `kientruc diff 2024 2025`.
  for (const [value, label] of [['63', 'Thêm mới'], ['95', 'Không còn hiệu lực'], ['28', 'Thay đổi'], ['28', 'Chuyển cơ quan chủ quản']]) {
    assert.match(html, `<span class="figure-value">${value}</span> <span class="figure-label">${label}</span>`);
  }
  const moved = part(html, 'table', 'bang-chuyen-giao');
  // The national land database follows its ministry into the merged Ministry of Agriculture and Environment.
  assert.match(
    row(moved, 'csdl/csdl-quoc-gia-ve-dat-dai.html'),
    'Chuyển do sáp nhập: <a href="../2024/kien-truc/bo-tai-nguyen-va-moi-truong.html">Bộ Tài nguyên và Môi trường</a> → <a href="kien-truc/bo-nong-nghiep-va-moi-truong.html">Bộ Nông nghiệp và Môi trường</a>',
  );
  assert.match(row(moved, 'ha-tang/trung-tam-du-lieu-ha-nam.html'), 'Chuyển do sáp nhập: <a href="../2024/kien-truc/ha-nam.html">Hà Nam</a> → <a href="kien-truc/ninh-binh-2025.html">Ninh Bình</a>');
  assert.match(
    row(moved, 'he-thong/ndxp.html'),
    'Chuyển do sáp nhập: <a href="../2024/kien-truc/bo-thong-tin-va-truyen-thong.html">Bộ Thông tin và Truyền thông</a> → <a href="kien-truc/bo-khoa-hoc-va-cong-nghe.html">Bộ Khoa học và Công nghệ</a>',
  );
  // Lineage: Hà Nam merged into Ninh Bình, which is formed from three provinces.
  const lineage = part(html, 'table', 'bang-sap-xep');
  assert.match(row(lineage, '../2024/kien-truc/ha-nam.html'), 'Hợp nhất vào <a href="kien-truc/ninh-binh-2025.html">Ninh Bình</a>');
  assert.match(
    row(lineage, 'kien-truc/ninh-binh-2025.html'),
    'Hình thành từ <a href="../2024/kien-truc/ha-nam.html">Hà Nam</a>, <a href="../2024/kien-truc/nam-dinh.html">Nam Định</a>, <a href="../2024/kien-truc/ninh-binh.html">Ninh Bình</a>',
  );
  // Hà Nam's section: its LGSP, no longer in force, links to its page in 2024; the successor replaces it.
  const haNam = part(html, 'section', 'co-quan-ha-nam');
  assert.match(haNam, 'không còn trong ấn bản này');
  assert.match(row(haNam, '../2024/he-thong/lgsp-ha-nam.html'), 'Không còn hiệu lực');
  const ninhBinh = part(html, 'section', 'co-quan-ninh-binh-2025');
  assert.match(row(ninhBinh, 'he-thong/lgsp-ninh-binh-2025.html'), 'Thay thế <a href="../2024/he-thong/lgsp-ha-nam.html">');
  // The change is too large for one diagram: each agency whose systems changed has its own.
  assert.match(html, 'Thay đổi quá lớn để vẽ trong một sơ đồ dễ đọc');
  assert.match(ninhBinh, 'id="so-do-change--ninh-binh-2025"');
});

test('the same page in English, at the same key', async () => {
  const html = await page('2025/en/thay-doi.html');
  assert.match(html, '<html lang="en"');
  assert.match(html, '<h1>What changed</h1>');
  assert.match(
    row(part(html, 'table', 'bang-chuyen-giao'), 'csdl/csdl-quoc-gia-ve-dat-dai.html'),
    'Moved by a merger: <a href="../../2024/en/kien-truc/bo-tai-nguyen-va-moi-truong.html">Ministry of Natural Resources and Environment</a> → <a href="kien-truc/bo-nong-nghiep-va-moi-truong.html">Ministry of Agriculture and Environment</a>',
  );
});

test('the first edition says it has no previous one; the home page summarises and links the page', async () => {
  assert.match(await page('2024/thay-doi.html'), 'Đây là ấn bản đầu tiên');
  assert.match(await page('2024/en/thay-doi.html'), 'This is the first edition');
  const home = await page('2025/index.html');
  assert.match(home, 'So với ấn bản 2024 (31/12/2024): 63 thêm mới, 95 không còn hiệu lực, 28 thay đổi (28 chuyển cơ quan chủ quản).');
  assert.match(home, '<a href="thay-doi.html">Xem những gì thay đổi</a>');
  assert.match(home, '<a href="thay-doi.html">Những gì thay đổi</a>', 'in the navigation');
});

test('an agency page lists its own changes since the previous edition', async () => {
  const ministry = part(await page('2025/kien-truc/bo-nong-nghiep-va-moi-truong.html'), 'section', 'p-changes');
  assert.match(ministry, 'Thay đổi từ ấn bản trước');
  assert.match(ministry, '<a href="../thay-doi.html#co-quan-bo-nong-nghiep-va-moi-truong">');
  assert.match(row(ministry, '../csdl/csdl-quoc-gia-ve-dat-dai.html'), 'Chuyển do sáp nhập: <a href="../../2024/kien-truc/bo-tai-nguyen-va-moi-truong.html">Bộ Tài nguyên và Môi trường</a>');
  const province = part(await page('2025/kien-truc/ninh-binh-2025.html'), 'section', 'p-changes');
  assert.match(row(province, '../ha-tang/trung-tam-du-lieu-ha-nam.html'), 'Chuyển do sáp nhập: <a href="../../2024/kien-truc/ha-nam.html">Hà Nam</a>');
  // An agency of the first edition has no previous one to compare with.
  assert.not.match(await page('2024/kien-truc/ha-nam.html'), 'id="p-changes"');
});

test.run();
