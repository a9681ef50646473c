import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderMarkdown } from '../src/text.js';
import { builtFixture } from './fixture.js';

const HOSTILE = 'he-thong/he-thong-thu-nghiem-ky-tu.html';

test('Markdown: formatting kept, raw HTML shown as text, script URLs and images dropped', () => {
  const html = renderMarkdown('**đậm** <script>alert(1)</script> <b onclick="x()">b</b> [a](javascript:alert(2)) ![i](https://example.com/t.png) {{x}}');
  assert.match(html, '<strong>đậm</strong>');
  assert.match(html, '&lt;script&gt;alert(1)&lt;/script&gt;');
  assert.match(html, '&lt;b onclick="x()"&gt;b&lt;/b&gt;');
  assert.not.match(html, '<script');
  assert.not.match(html, 'href="javascript:');
  assert.not.match(html, 'img');
  assert.match(html, '{{x}}');
});

test('Markdown: links to web pages stay, marked external', () => {
  assert.match(renderMarkdown('[QĐ 2323](https://example.gov.vn/qd)'), '<a href="https://example.gov.vn/qd" rel="noopener external">QĐ 2323</a>');
});

test('a name holding HTML and template syntax is shown as text on its page, in titles and in tables', async () => {
  const { outDir } = await builtFixture();
  const page = readFileSync(join(outDir, '2024', HOSTILE), 'utf8');
  assert.match(page, '<title>Hệ thống &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; {{x}} ·');
  assert.match(page, '<h1>Hệ thống &lt;img src=x onerror=alert(1)&gt; {{x}}</h1>');
  assert.not.match(page, /<img[\s>]/);
  assert.not.match(page, '<script>alert');
  assert.not.match(page, /<[^<>]*\son\w+\s*=/, 'no event-handler attribute');
  const english = readFileSync(join(outDir, '2024/en', HOSTILE), 'utf8');
  assert.match(english, '<h1>System &lt;script&gt;alert(4)&lt;/script&gt; {{{y}}}</h1>');
  const architecture = readFileSync(join(outDir, '2024/kien-truc/ha-nam.html'), 'utf8');
  assert.match(architecture, 'Hệ thống &lt;img src=x onerror=alert(1)&gt; {{x}}</a>');
  assert.not.match(architecture, /<img[\s>]/);
});

test('a description holding script, event handlers, a javascript: link and a tracking image is rendered safe', async () => {
  const { outDir } = await builtFixture();
  const page = readFileSync(join(outDir, '2024', HOSTILE), 'utf8');
  assert.match(page, '<strong>chữ đậm</strong>');
  assert.match(page, '&lt;script&gt;alert(2)&lt;/script&gt;');
  assert.match(page, '{{#each x}}cú pháp mẫu{{/each}}');
  assert.not.match(page, 'href="javascript:');
  assert.not.match(page, 'src="https://example.com/tracker.png"');
  assert.not.match(page, '&lt;img /&gt;');
});

test('in the search index the hostile name is data in a string, not markup', async () => {
  const { outDir } = await builtFixture();
  const script = readFileSync(join(outDir, '2024/assets/search-vi.js'), 'utf8');
  assert.match(script, JSON.stringify('Hệ thống <img src=x onerror=alert(1)> {{x}}').slice(1, -1));
  assert.ok(script.startsWith('window.KientrucSearchIndex={'));
});

test.run();
