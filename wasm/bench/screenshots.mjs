// Screenshots of the widget for PARTNERS.md: the demo partner page at 360 px (after choosing
// Granville: the first screen) and at 1280 px. `node wasm/bench/screenshots.mjs` after
// `cargo xtask dist`; writes wasm/widget/screenshots/*.png.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { start } from '../tests/server.mjs';

const OUT = fileURLToPath(new URL('../widget/screenshots/', import.meta.url));
const site = await start({});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
for (const [name, width, height] of [['phone-360', 360, 640], ['desktop-1280', 1280, 900]]) {
  const page = await browser.newPage({ viewport: { width, height }, locale: 'fr-FR' });
  await page.goto(`${site.origin}/`);
  const finder = page.locator('maillage-finder').first();
  await page.waitForFunction(() => document.querySelector('maillage-finder')?.getAttribute('aria-busy') === 'false');
  await finder.locator('input[role=combobox]').fill('granvil');
  await finder.getByRole('option', { name: /Granville/ }).first().click();
  await finder.locator('.results .card').first().waitFor();
  // From the count line on: what a person sees right after choosing a commune.
  await page.evaluate(() => {
    const status = document.querySelector('maillage-finder').shadowRoot.querySelector('[role=status]');
    window.scrollTo(0, status.getBoundingClientRect().top + window.scrollY - 8);
  });
  await page.screenshot({ path: `${OUT}${name}.png` });
  await page.close();
}
await browser.close();
await site.close();
