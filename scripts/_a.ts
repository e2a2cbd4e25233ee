import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveSite } from '../tests/helpers/serve.ts';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const root = await serveSite('.test-build/root', '/');
const browser = await launchChromium();
const { AUDITED_PAGES } = await import('../src/lib/accessibility.ts');
const paths = process.argv.length > 2 ? process.argv.slice(2) : AUDITED_PAGES;
for (const js of [true, false]) {
  const ctx = await browser.newContext({ bypassCSP: true });
  if (!js) await ctx.route('**/*', async (route) => {
    const type = route.request().resourceType();
    if (type === 'script') return route.abort();
    if (type !== 'document') return route.continue();
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<(\/?)noscript>/gi, '<$1span>');
    return route.fulfill({ response, body });
  });
  const page = await ctx.newPage();
  for (const path of paths) for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const t = Date.now();
    await page.goto(root.url + path);
    await page.evaluate(axeSource);
    const v = await page.evaluate(async () => (await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice'] } })).violations.map((v: any) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(' | ')}`));
    if (v.length) console.log(js ? 'JS' : 'noJS', width, path, Date.now() - t, 'ms', v);
  }
}
await browser.close(); await root.close();
