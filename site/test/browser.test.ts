/**
 * The built fixture site in real Chromium (Debian's /usr/bin/chromium through playwright-core),
 * served from 127.0.0.1 by node:http and opened from file:// too.
 */
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { foldDiacritics } from '@kientruc/core';
import { builtFixture } from './fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = fileURLToPath(new URL('../../test/artifacts/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.json': 'application/json', '.csv': 'text/csv', '.mmd': 'text/plain' };

interface Context {
  browser: Browser;
  server: Server;
  origin: string;
  outDir: string;
}

const browser = suite<Context>('site in Chromium');

browser.before(async (context) => {
  const { outDir } = await builtFixture();
  context.outDir = outDir;
  context.server = createServer((request, response) => {
    // The site is served at the root and, the same files, under /kien-truc/ (a deployment under a sub-path).
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/kien-truc\//, '/'));
    let file = join(outDir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(outDir) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(join(outDir, '404.html')).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => context.server.listen(0, '127.0.0.1', done));
  context.origin = `http://127.0.0.1:${(context.server.address() as AddressInfo).port}`;
  context.browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

browser.after(async (context) => {
  await context.browser?.close();
  await new Promise<void>((done) => (context.server ? context.server.close(() => done()) : done()));
});

/** A page that records console errors, failed requests, requests to other hosts and dialogs. */
async function open(context: Context, url: string, options: { javaScript?: boolean } = {}) {
  const browserContext: BrowserContext = await context.browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: 1280, height: 900 } });
  const page = await browserContext.newPage();
  const problems: string[] = [];
  const aborted: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A request cut short because the test clicked on to the next page is not a failure of the site.
  page.on('requestfailed', (request) => (request.failure()?.errorText === 'net::ERR_ABORTED' ? aborted : problems).push(`failed: ${request.url()}`));
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol !== 'file:' && target.origin !== context.origin) problems.push(`left the site: ${request.url()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  return { page, problems, aborted, dialogs, close: () => browserContext.close() };
}

async function withPage(context: Context, url: string, body: (page: Page, recorded: { problems: string[]; aborted: string[]; dialogs: string[] }) => Promise<void>, options?: { javaScript?: boolean }) {
  const opened = await open(context, url, options);
  try {
    await body(opened.page, opened);
  } finally {
    await opened.close();
  }
}

browser('the home page loads with no console error, no failed request and nothing from another host', async (context) => {
  await withPage(context, `${context.origin}/`, async (page, recorded) => {
    await page.waitForURL('**/2025/index.html');
    await page.waitForLoadState('networkidle');
    assert.is(await page.locator('h1').textContent(), 'Kiến trúc tổng thể Chính phủ điện tử Việt Nam');
    assert.is(await page.getAttribute('html', 'lang'), 'vi');
    // Code that runs in the page is given as text: this file is type-checked without the DOM library.
    const font = await page.evaluate(`document.fonts.ready.then(() => document.fonts.check('16px "Noto Sans"', 'Đăng ký'))`);
    assert.ok(font, 'Noto Sans loaded from the site itself');
    assert.equal(recorded.problems, []);
    // The root index redirects at once; only what it had started may be cut short, nothing of the home page.
    assert.equal(recorded.aborted.filter((url) => url.includes('/2025/')), []);
  });
});

browser('typing "dan cu" in the search box lists the national population database first', async (context) => {
  await withPage(context, `${context.origin}/2025/index.html`, async (page, recorded) => {
    await page.locator('#search-input').pressSequentially('dan cu', { delay: 20 });
    const first = page.locator('#search-results [role="option"]').first();
    await first.waitFor();
    assert.match((await first.locator('.result-title').textContent()) ?? '', 'Cơ sở dữ liệu quốc gia về dân cư');
    assert.match((await first.getAttribute('href')) ?? '', 'csdl/csdl-quoc-gia-ve-dan-cu.html');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/2025/csdl/csdl-quoc-gia-ve-dan-cu.html');
    assert.equal(recorded.problems, []);
  });
});

browser('agencies → architecture → system, by clicking', async (context) => {
  await withPage(context, `${context.origin}/2025/index.html`, async (page, recorded) => {
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cơ quan' }).click();
    await page.waitForURL('**/2025/co-quan.html');
    await page.locator('#dia-phuong').getByRole('link', { name: 'Tỉnh Ninh Bình' }).click();
    await page.waitForURL('**/2025/kien-truc/ninh-binh-2025.html');
    assert.is(await page.locator('h1').textContent(), 'Tỉnh Ninh Bình');
    await page.locator('#bang-he-thong').getByRole('link', { name: 'Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Hà Nam' }).click();
    await page.waitForURL('**/2025/he-thong/lgsp-ha-nam.html');
    assert.is(await page.locator('h1').textContent(), 'Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Hà Nam');
    assert.match((await page.locator('.element-facts').textContent()) ?? '', 'Tỉnh Ninh Bình');
    assert.equal(recorded.problems, []);
  });
});

browser('the language and edition switchers go to the same page', async (context) => {
  await withPage(context, `${context.origin}/2025/he-thong/lgsp-ha-nam.html`, async (page) => {
    await page.locator('.lang-switch').click();
    await page.waitForURL('**/2025/en/he-thong/lgsp-ha-nam.html');
    assert.is(await page.getAttribute('html', 'lang'), 'en');
    assert.is(await page.locator('h1').textContent(), 'Ha Nam LGSP');
    await page.locator('.edition-switch summary').click();
    await page.locator('.edition-switch').getByRole('link', { name: '2024' }).click();
    await page.waitForURL('**/2024/en/he-thong/lgsp-ha-nam.html');
    assert.match((await page.locator('.element-facts').textContent()) ?? '', 'Ha Nam Province');
    await page.locator('.lang-switch').click();
    await page.waitForURL('**/2024/he-thong/lgsp-ha-nam.html');
    assert.is(await page.getAttribute('html', 'lang'), 'vi');
  });
  // A page the other edition does not have leads to that edition's home page, which says so.
  await withPage(context, `${context.origin}/2024/kien-truc/ha-nam.html`, async (page, recorded) => {
    await page.locator('.edition-switch summary').click();
    await page.locator('.edition-switch').getByRole('link', { name: /2025/ }).click();
    await page.waitForURL('**/2025/index.html#khong-co-trang');
    assert.ok(await page.locator('#khong-co-trang').isVisible(), 'the notice is shown');
    assert.match((await page.locator('#khong-co-trang').textContent()) ?? '', 'không có trong ấn bản này');
    assert.match((await page.locator('#khong-co-trang').textContent()) ?? '', 'is not in this edition');
    assert.equal(recorded.problems, []);
  });
  // The notice is not shown on the home page reached otherwise.
  await withPage(context, `${context.origin}/2025/index.html`, async (page) => {
    assert.ok(await page.locator('#khong-co-trang').isHidden());
  });
});

browser('the edition switcher works from file:// and under a sub-path', async (context) => {
  // Opened from the disk: the list of editions and the forwarding page are plain relative files.
  await withPage(context, pathToFileURL(join(context.outDir, '2025/en/he-thong/ndxp.html')).href, async (page, recorded) => {
    await page.locator('.edition-switch summary').click();
    const links = await page.locator('.edition-switch a').allTextContents();
    assert.equal(links, ['2025 (latest)', '2024', 'All editions']);
    await page.locator('.edition-switch').getByRole('link', { name: '2024' }).click();
    await page.waitForURL('**/2024/en/he-thong/ndxp.html');
    assert.is(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(recorded.problems, []);
  });
  // Served under /kien-truc/ (the server maps that prefix onto the site).
  await withPage(context, `${context.origin}/kien-truc/2024/co-quan.html`, async (page) => {
    await page.locator('.edition-switch summary').click();
    await page.locator('.edition-switch').getByRole('link', { name: /2025/ }).click();
    await page.waitForURL(`${context.origin}/kien-truc/2025/co-quan.html`);
  });
});

browser('without JavaScript the edition switcher leads to the list of editions', async (context) => {
  await withPage(
    context,
    `${context.origin}/2024/he-thong/ndxp.html`,
    async (page) => {
      await page.locator('.edition-switch summary').click();
      await page.locator('.edition-switch').getByRole('link', { name: 'Tất cả các ấn bản' }).click();
      await page.waitForURL('**/an-ban.html');
      await page.getByRole('link', { name: 'Ấn bản 2025' }).click();
      await page.waitForURL('**/2025/index.html');
    },
    { javaScript: false },
  );
});

browser('the "what changed" page: reached from the navigation, its diagram boxes link to the elements', async (context) => {
  await withPage(context, `${context.origin}/2025/index.html`, async (page, recorded) => {
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Những gì thay đổi' }).click();
    await page.waitForURL('**/2025/thay-doi.html');
    assert.is(await page.locator('h1').textContent(), 'Những gì thay đổi');
    await page.locator('#so-do-change svg a[data-id="lgsp-ha-nam"]').first().click();
    await page.waitForURL('**/2025/he-thong/lgsp-ha-nam.html');
    assert.equal(recorded.problems, []);
  });
});

browser('a diagram box links to its element, and the diagram pans and zooms', async (context) => {
  await withPage(context, `${context.origin}/2024/kien-truc/ha-nam.html`, async (page, recorded) => {
    const overall = page.locator('#so-do-overall--ha-nam');
    const box = overall.locator('svg a[data-id="mot-cua-ha-nam"]');
    assert.is(await box.count(), 1);
    const viewBox = () => overall.locator('svg').first().getAttribute('viewBox');
    const before = await viewBox();
    await overall.getByRole('button', { name: 'Phóng to' }).click();
    assert.not.equal(await viewBox(), before, 'zoomed in');
    await overall.getByRole('button', { name: 'Vừa khung' }).click();
    assert.is(await viewBox(), before, 'back to the whole drawing');
    await box.click();
    await page.waitForURL('**/2024/he-thong/mot-cua-ha-nam.html');
    assert.is(await page.locator('h1').textContent(), 'Hệ thống thông tin một cửa điện tử tỉnh Hà Nam');
    // …whose own context diagram links back to the systems around it.
    assert.ok((await page.locator('#so-do-context--mot-cua-ha-nam svg a[data-id="lgsp-ha-nam"]').count()) === 1);
    assert.equal(recorded.problems, []);
  });
  // The landscape on the home page, one folder up, links correctly too.
  await withPage(context, `${context.origin}/2025/index.html`, async (page) => {
    await page.locator('#so-do-landscape svg a[data-id="ndxp"]').first().click();
    await page.waitForURL('**/2025/he-thong/ndxp.html');
  });
});

browser('a name holding <img src=x onerror=alert(1)> is shown as text and runs nothing', async (context) => {
  for (const url of ['/2024/he-thong/he-thong-thu-nghiem-ky-tu.html', '/2024/en/he-thong/he-thong-thu-nghiem-ky-tu.html', '/2024/kien-truc/ha-nam.html']) {
    await withPage(context, `${context.origin}${url}`, async (page, recorded) => {
      await page.waitForLoadState('networkidle');
      if (url.includes('/he-thong/')) {
        const heading = await page.locator('h1').textContent();
        assert.ok(heading === 'Hệ thống <img src=x onerror=alert(1)> {{x}}' || heading === 'System <script>alert(4)</script> {{{y}}}', heading ?? '');
      }
      assert.is(await page.locator('main img').count(), 0);
      assert.is(await page.locator('main script').count(), 0);
      assert.equal(recorded.dialogs, []);
      assert.equal(recorded.problems, []);
    });
  }
  // And in the search results, which are built in the browser.
  await withPage(context, `${context.origin}/2024/index.html`, async (page, recorded) => {
    await page.locator('#search-input').pressSequentially('onerror', { delay: 20 });
    await page.locator('#search-results [role="option"]').first().waitFor();
    assert.match((await page.locator('#search-results').textContent()) ?? '', '<img src=x onerror=alert(1)>');
    assert.is(await page.locator('#search-results img').count(), 0);
    assert.equal(recorded.dialogs, []);
  });
});

browser('tables sort and filter in the browser; accents are optional in the filter', async (context) => {
  await withPage(context, `${context.origin}/2024/kien-truc/ha-nam.html`, async (page) => {
    const table = page.locator('#bang-he-thong');
    const names = () => table.locator('tbody tr:not([hidden]) th').allTextContents();
    const before = await names();
    await table.getByRole('button', { name: /Sắp xếp theo Tên/ }).click();
    assert.is(await table.locator('thead th').first().getAttribute('aria-sort'), 'ascending');
    await table.getByRole('button', { name: /Sắp xếp theo Tên/ }).click();
    assert.is(await table.locator('thead th').first().getAttribute('aria-sort'), 'descending');
    const sorted = await names();
    const descending = [...before].sort((a, b) => (foldDiacritics(a) < foldDiacritics(b) ? 1 : foldDiacritics(a) > foldDiacritics(b) ? -1 : 0));
    assert.equal(sorted, descending);
  });
  await withPage(context, `${context.origin}/2024/co-quan.html`, async (page) => {
    const ministries = page.locator('#bo-nganh');
    assert.is(await ministries.locator('tbody tr').count(), 6);
    const filter = page.locator('#bo-nganh-loc');
    await filter.fill('cong an');
    assert.is(await ministries.locator('tbody tr:not([hidden])').count(), 1);
    assert.is(await ministries.locator('tbody tr:not([hidden]) th').textContent(), 'Bộ Công an');
    await filter.fill('');
    assert.is(await ministries.locator('tbody tr:not([hidden])').count(), 6);
  });
});

browser('pages read without JavaScript: content, tables and links are all there', async (context) => {
  await withPage(
    context,
    `${context.origin}/2024/kien-truc/ha-nam.html`,
    async (page) => {
      assert.is(await page.locator('h1').textContent(), 'Tỉnh Hà Nam');
      assert.ok((await page.locator('#bang-he-thong tbody tr').count()) >= 5);
      assert.is(await page.locator('button.sort').count(), 0, 'no script, no sort buttons');
      assert.ok(await page.locator('.edition-switch a').first().isHidden(), 'the edition list is a closed <details>');
      await page.locator('.edition-switch summary').click();
      assert.ok(await page.locator('.edition-switch a').first().isVisible(), '…that opens without script');
    },
    { javaScript: false },
  );
});

browser('prints without navigation, search or switchers', async (context) => {
  await withPage(context, `${context.origin}/2024/kien-truc/ha-nam.html`, async (page) => {
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', 'form.search', '.switches', '.diagram-tools', '.skip-link']) {
      assert.ok(await page.locator(selector).first().isHidden(), `${selector} hidden in print`);
    }
    assert.ok(await page.locator('#bang-he-thong').isVisible(), 'the tables print');
    assert.ok(await page.locator('#so-do-overall--ha-nam svg').isVisible(), 'the diagrams print');
  });
});

browser('keyboard: the skip link is first and moves to the main content', async (context) => {
  await withPage(context, `${context.origin}/2025/index.html`, async (page) => {
    await page.keyboard.press('Tab');
    assert.is(await page.evaluate('document.activeElement?.className'), 'skip-link');
    await page.keyboard.press('Enter');
    assert.match(page.url(), '#main');
    assert.is(await page.locator('main').count(), 1);
    assert.is(await page.locator('header.site-header').count(), 1);
    assert.is(await page.locator('footer.site-footer').count(), 1);
  });
});

browser('the site works from file://: pages, links and search', async (context) => {
  const url = pathToFileURL(join(context.outDir, '2025/en/kien-truc/ninh-binh-2025.html')).href;
  await withPage(context, url, async (page, recorded) => {
    assert.is(await page.locator('h1').textContent(), 'Ninh Binh Province');
    await page.locator('#search-input').pressSequentially('hue', { delay: 20 });
    await page.locator('#search-results [role="option"]').first().waitFor();
    const titles = await page.locator('#search-results .result-title').allTextContents();
    assert.ok(titles.includes('Hue City'), titles.join(', '));
    await page.locator('#search-results [role="option"]', { hasText: 'Hue City' }).first().click();
    await page.waitForURL('**/2025/en/kien-truc/hue.html');
    assert.equal(recorded.problems, []);
  });
});

browser('screenshots of the home and an architecture page (test/artifacts/)', async (context) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await withPage(context, `${context.origin}/2025/index.html`, async (page) => {
    await page.evaluate('document.fonts.ready');
    await page.screenshot({ path: join(ARTIFACTS, 'site-home.png'), fullPage: true });
  });
  await withPage(context, `${context.origin}/2024/kien-truc/ha-nam.html`, async (page) => {
    await page.evaluate('document.fonts.ready');
    await page.screenshot({ path: join(ARTIFACTS, 'site-architecture.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(ARTIFACTS, 'site-architecture-mobile.png'), fullPage: true });
  });
  assert.ok(existsSync(join(ARTIFACTS, 'site-home.png')));
  assert.ok(existsSync(join(ARTIFACTS, 'site-architecture.png')));
});

browser.run();
