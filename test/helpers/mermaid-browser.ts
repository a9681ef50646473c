/** Renders Mermaid text with the real `mermaid` package in Debian's Chromium (no network, no CDN). */
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const mermaidScript = require.resolve('mermaid/dist/mermaid.min.js');

export type MermaidRender = { ok: true; text: string; scripts: number; nodes: number; errorSvg: boolean } | { ok: false; error: string };

const RENDER_IN_PAGE = `async (text, id) => {
  try {
    await mermaid.parse(text);
    const { svg } = await mermaid.render(id, text);
    const out = document.getElementById('out');
    out.innerHTML = svg;
    const rendered = out.querySelector('svg');
    return { ok: true, text: rendered.textContent || '', scripts: rendered.querySelectorAll('script').length, nodes: rendered.querySelectorAll('.node').length, errorSvg: /Syntax error/i.test(svg) };
  } catch (error) {
    return { ok: false, error: String((error && error.message) || error) };
  }
}`;

export async function withMermaidPage<T>(work: (render: (text: string) => Promise<MermaidRender>, page: Page) => Promise<T>): Promise<T> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="out"></div></body></html>');
    await page.addScriptTag({ path: mermaidScript });
    await page.evaluate("mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })");
    let count = 0;
    return await work(async (text) => (await page.evaluate(`(${RENDER_IN_PAGE})(${JSON.stringify(text)}, ${JSON.stringify(`m${count++}`)})`)) as MermaidRender, page);
  } finally {
    await browser?.close();
  }
}
