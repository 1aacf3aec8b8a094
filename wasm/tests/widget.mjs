// What the widget's browser tests share: a fresh page on the test server, the element, waiting
// for it, choosing a place, axe.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
export const NEUTRAL = 'https://neutral.example/';

/** A fresh context and page; records every request; serves the neutral exit page locally. */
export async function openPage(browser, site, path, { geolocation, viewport = { width: 390, height: 844 } } = {}) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport });
  if (geolocation) {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation(geolocation);
  }
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route(NEUTRAL, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Météo</title><h1>Météo</h1>' }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(site.origin + path);
  return { context, page, requests, errors };
}

export const finder = (page, nth = 0) => page.locator('maillage-finder').nth(nth);

export async function ready(page, nth = 0) {
  await finder(page, nth).locator('section h2').waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('maillage-finder')[n]?.getAttribute('aria-busy') === 'false', nth);
}

export async function chooseGranville(page) {
  const input = finder(page).locator('input[role=combobox]');
  await input.fill('granvil');
  const option = finder(page).getByRole('option', { name: /Granville/ }).first();
  await option.waitFor();
  await option.click();
  await finder(page).locator('.results .card').first().waitFor();
}

/** Opens the optional questions (folded under the first steps). */
export async function openQuestions(page) {
  await finder(page).locator('details.questions > summary').click();
}

export async function axeViolations(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document.querySelector('maillage-finder'), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

