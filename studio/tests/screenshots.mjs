// Screenshots of the studio for studio/README.md: `node studio/tests/screenshots.mjs` after
// `cargo xtask dist`; writes studio/screenshots/*.png (1280 px wide).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { start, ROOT } from '../../wasm/tests/server.mjs';

const require = createRequire(join(ROOT, 'wasm/package.json'));
const { chromium } = require('playwright-core');
const OUT = join(ROOT, 'studio/screenshots');
mkdirSync(OUT, { recursive: true });

const site = await start({});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
await page.goto(`${site.origin}/maillage/studio/index.html`);
await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
await page.screenshot({ path: join(OUT, '1-ouvrir.png') });
await page.locator('#sheet-file').setInputFiles(join(ROOT, 'studio/fixtures/errors.csv'));
await page.locator('#errors table').first().waitFor();
await page.getByRole('button', { name: 'Ligne 2' }).first().click();
await page.locator('#verifier').evaluate((e) => e.scrollIntoView());
await page.screenshot({ path: join(OUT, '2-verifier.png') });
await page.locator('#sheet-from-base').click();
await page.waitForFunction(() => /aucune erreur/.test(document.getElementById('status').textContent));
await page.locator('#voir').evaluate((e) => e.scrollIntoView());
await page.screenshot({ path: join(OUT, '3-voir.png') });
await page.locator('#previsualiser').evaluate((e) => e.scrollIntoView());
await page.locator('#preview-public maillage-finder section h2').first().waitFor();
await page.screenshot({ path: join(OUT, '4-previsualiser.png') });
await page.locator('#publier').evaluate((e) => e.scrollIntoView());
await page.screenshot({ path: join(OUT, '5-publier.png') });
await browser.close();
await site.close();
