// The coordinator's studio in a real headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core from wasm/node_modules), on the widget tests' server (wasm/tests/server.mjs:
// /maillage/ is target/dist, so the studio is /maillage/studio/). Run by `cargo xtask test`
// after `cargo xtask dist`: `node --test studio/tests/browser.test.mjs` from the repository.
//
// The journey a coordinator makes, offline once the page is loaded: a spreadsheet with errors
// gives its errors by row and column; the corrected one gives the bundle `maillage build`
// writes for the same data, byte for byte; exports, leaflets, coverage, preview; axe finds no
// violation; nothing is requested from elsewhere, nothing stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, start, ROOT } from '../../wasm/tests/server.mjs';

// The widget's tooling (playwright-core, axe-core) is installed in wasm/node_modules.
const require = createRequire(join(ROOT, 'wasm/package.json'));
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const BUILT_ON = '2026-11-30';
const FIXTURES = join(ROOT, 'studio/fixtures');

let browser;
let site;

before(async () => {
  site = await start();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** The studio, loaded; then offline. Records every request. */
async function openStudio() {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${site.origin}/maillage/studio/index.html`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
  await context.setOffline(true);
  return { context, page, requests, errors };
}

/** The `maillage` command, as built by cargo (the test command builds it first). */
function maillage(...args) {
  const r = spawnSync('cargo', ['run', '--quiet', '--locked', '-p', 'maillage-cli', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `maillage ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

async function axeViolations(page) {
  // Evaluated by the browser's debugging protocol: the page's own CSP forbids inline scripts.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

test('a spreadsheet with errors lists them by row; corrected, it downloads the bundle maillage build writes', async () => {
  const { page, context, requests, errors } = await openStudio();
  assert.match(await page.locator('.privacy').textContent(), /Rien ne quitte votre navigateur/);

  // 1. The spreadsheet with errors (semicolons, BOM, CRLF).
  await page.locator('#sheet-file').setInputFiles(join(FIXTURES, 'errors.csv'));
  await page.locator('#errors table').first().waitFor();
  const rows = await page.locator('#errors table').first().locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
  const at = (row, column, field) => rows.some((r) => r[0] === `Ligne ${row}` && r[1] === column && r[2] === field);
  assert.ok(at(2, 'E', 'catégories'), JSON.stringify(rows));
  assert.ok(at(3, 'H', 'téléphone'), JSON.stringify(rows));
  assert.ok(at(4, 'N', 'commune'), JSON.stringify(rows));
  assert.ok(at(5, 'U', 'horaires'), JSON.stringify(rows));
  assert.match(rows.find((r) => r[1] === 'E')[4], /refuge/);
  assert.match(await page.locator('#alert').textContent(), /erreur/);
  // Warnings apart: records to verify, stale sources.
  assert.match(await page.locator('#warnings-title').textContent(), /Avertissements.*\(\d+\)/);
  assert.ok(await page.locator('#warnings table tbody tr').count() > 0);

  // The row, from the keyboard: its cells, the one in error marked in words.
  const line2 = page.getByRole('button', { name: 'Ligne 2' }).first();
  await line2.focus();
  await page.keyboard.press('Enter');
  await page.locator('#row-view').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'row-view');
  const bad = await page.locator('#row-cells tr.bad').allTextContents();
  assert.ok(bad.some((t) => t.includes('refuge') && t.includes('Erreur')), bad.join(' | '));

  // Nothing is published from a sheet with errors.
  await page.locator('#dl-public').click();
  assert.match(await page.locator('#alert').textContent(), /^Impossible : the spreadsheet has \d+ error/);

  // axe, with the errors on screen (the whole page, the widget previews included).
  assert.deepEqual(await axeViolations(page), []);

  // 2. Corrected (commas this time): no error, and the bundle is `maillage build`'s.
  await page.locator('#sheet-file').setInputFiles(join(FIXTURES, 'fixed.csv'));
  await page.waitForFunction(() => /aucune erreur/.test(document.getElementById('status').textContent));
  assert.equal(await page.locator('#alert').isVisible(), false);
  await page.locator('#built-on').fill(BUILT_ON);
  const bundle = await downloaded(page, () => page.locator('#dl-public').click());
  assert.equal(bundle.name, 'manche.maillage');
  const tmp = mkdtempSync(join(tmpdir(), 'maillage-studio-'));
  try {
    const folder = join(tmp, 'manche');
    cpSync(join(ROOT, 'data/manche'), folder, { recursive: true });
    maillage('import', 'csv', join(FIXTURES, 'fixed.csv'), '-o', folder, '--today', BUILT_ON);
    // Named as the bundle the studio started from, so that its translations' files are too.
    const built = join(tmp, 'built');
    mkdirSync(built);
    maillage('build', folder, '-o', join(built, 'manche.maillage'), '--built-on', BUILT_ON);
    assert.ok(bundle.bytes.equals(readFileSync(join(built, 'manche.maillage'))), 'the studio\'s bundle is byte-identical to maillage build\'s');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  // Nothing but the page's own origin, nothing stored.
  const origin = new URL(site.origin).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('offline, the studio exports, prints leaflets, maps the coverage and previews the widget', async () => {
  const { page, context, errors } = await openStudio();
  // From the keyboard: the skip link first, then the steps, then the files to open.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  const reached = [];
  for (let i = 0; i < 40 && !reached.includes('sheet-file'); i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement.id || document.activeElement.textContent.trim()));
  }
  assert.ok(reached.includes('base-file') && reached.includes('sheet-file'), reached.join(' | '));
  // The published (public) directory holds no professionals-only contact: no professional
  // document is made from it alone.
  await page.locator('#leaflet-pro').check();
  assert.match(await page.locator('#leaflets').textContent(), /professional documents need the professionals-only contacts/);
  await page.locator('#leaflet-pro').uncheck();
  // The coordinator's working spreadsheet, as `maillage export csv data/manche --national`
  // writes it (professionals-only contacts included).
  const tmp = mkdtempSync(join(tmpdir(), 'maillage-studio-'));
  const sheet = join(tmp, 'services.csv');
  maillage('export', 'csv', 'data/manche', '--national', '-o', sheet);
  await page.locator('#sheet-file').setInputFiles(sheet);
  rmSync(tmp, { recursive: true, force: true });
  await page.waitForFunction(() => /aucune erreur/.test(document.getElementById('status').textContent));

  // The spreadsheet back: BOM, semicolons, the French headers; the national lines included.
  const csv = await downloaded(page, () => page.locator('#dl-csv').click());
  const text = csv.bytes.toString('utf8');
  assert.ok(text.startsWith('\uFEFFidentifiant;nom;organisation'), text.slice(0, 60));
  assert.match(text, /;oui;/);
  // HSDS 3.0 and data·inclusion.
  const hsds = JSON.parse((await downloaded(page, () => page.locator('#dl-hsds').click())).bytes);
  assert.ok(Array.isArray(hsds) && hsds.length > 10 && hsds[0].name);
  const di = [];
  const collect = (d) => di.push(d);
  page.on('download', collect);
  await page.locator('#dl-di').click();
  for (let i = 0; i < 50 && di.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
  page.off('download', collect);
  assert.deepEqual(di.map((d) => d.suggestedFilename()).sort(), ['services.json', 'structures.json']);

  // Merging another directory's data·inclusion export: its records are added to the sheet, to
  // review, and the whole is checked again (here the same records: their ids are taken).
  const before = Number((await page.locator('#check-summary').textContent()).match(/(\d+) lignes lues/)[1]);
  await page.locator('#merge-format').selectOption('data-inclusion');
  await page.locator('#merge-file').setInputFiles(await di.find((d) => d.suggestedFilename() === 'services.json').path());
  await page.locator('#merge-result p').waitFor();
  assert.match(await page.locator('#merge-result p').textContent(), /fiches ajoutées au tableur/);
  const merged = Number((await page.locator('#check-summary').textContent()).match(/(\d+) lignes lues/)[1]);
  assert.ok(merged > before, `${merged} rows after the merge, ${before} before`);
  // Back to the working spreadsheet.
  await page.locator('#sheet-file').setInputFiles({ name: 'services.csv', mimeType: 'text/csv', buffer: csv.bytes });
  await page.waitForFunction(() => /aucune erreur/.test(document.getElementById('status').textContent));

  // Leaflets of every EPCI: one click to print, or download.
  const leaflets = page.locator('#leaflets tbody tr');
  assert.equal(await leaflets.count(), 8);
  const leaflet = await downloaded(page, () => leaflets.first().getByRole('button', { name: /Télécharger/ }).click());
  assert.match(leaflet.name, /^epci-\d+\.html$/);
  assert.match(leaflet.bytes.toString('utf8'), /<!doctype html>/i);
  await leaflets.first().getByRole('button', { name: /Imprimer/ }).click();
  await page.waitForFunction(() => document.querySelector('iframe.print')?.contentDocument?.title);
  // Professional leaflets: the working spreadsheet holds the professionals-only contacts.
  await page.locator('#leaflet-pro').check();
  assert.match(await leaflets.first().locator('td').first().textContent(), /\.pro\.html$/);

  // The coverage: the map, its table equivalents.
  assert.match(await page.locator('#map').getAttribute('src'), /^blob:/);
  assert.equal(await page.locator('#epci-figures tbody tr').count(), 8);
  assert.ok(await page.locator('#to-verify tbody tr').count() > 0);
  await page.locator('#category').selectOption('plainte');
  await page.waitForFunction(() => /Porter plainte|plainte/i.test(document.getElementById('map-caption').textContent));

  // The professional bundle, sealed with a passphrase; the preview's professional widget asks for it.
  await page.locator('#pro-pass').fill('tulipe marée granit boussole');
  await page.locator('#pro-pass2').fill('tulipe marée granit boussole');
  const pro = await downloaded(page, () => page.locator('#dl-pro').click());
  assert.equal(pro.bytes.subarray(0, 12).toString(), 'MAILLAGE-PRO');

  // The real widget, on the edited directory, public and professional.
  const pub = page.locator('#preview-public maillage-finder');
  await pub.locator('section h2').first().waitFor();
  await pub.locator('input[role=combobox]').fill('granvil');
  await pub.getByRole('option', { name: /Granville/ }).first().click();
  await pub.locator('.results .card').first().waitFor();
  const proWidget = page.locator('#preview-pro maillage-finder');
  assert.equal(await proWidget.getAttribute('mode'), 'professional');
  assert.match(await proWidget.getAttribute('pro-directory'), /^blob:/);

  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
