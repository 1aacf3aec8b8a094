// The cost of speaking the reader's language, side by side with what a web developer would
// pick instead: Fluent (@fluent/bundle, what the widget ships) against ICU MessageFormat
// (intl-messageformat, FormatJS), the same messages in both syntaxes, in one Node process; the
// size of each runtime as the widget would ship it (esbuild, minified, gzip -9); the size of
// each language fetched on demand; and, in headless Chromium, the time from picking a language
// to the widget redrawn in it.
// `node wasm/bench/languages.mjs` after `cargo xtask dist`; prints a Markdown table.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { IntlMessageFormat } from 'intl-messageformat';
import { launchChromium, start, DIST, ROOT } from '../tests/server.mjs';

const RUNS = Number(process.env.RUNS || 15);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const gz = (b) => gzipSync(b, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const us = (n) => `${(n * 1000).toFixed(2)} µs`;
const ms = (n) => `${n.toFixed(0)} ms`;

// 1. Runtime sizes, bundled and minified as the widget's script is.
async function runtimeSize(contents) {
  const out = await build({
    stdin: { contents, resolveDir: join(ROOT, 'wasm'), loader: 'js' },
    bundle: true, minify: true, format: 'esm', target: 'es2020', write: false, logLevel: 'silent',
  });
  return gz(out.outputFiles[0].contents);
}
const fluentSize = await runtimeSize("export { FluentBundle, FluentResource } from '@fluent/bundle';");
const icuSize = await runtimeSize("export { IntlMessageFormat } from 'intl-messageformat';");

// 2. Speed: the widget's hottest messages, the same in both syntaxes (French).
const FTL = readFileSync(join(ROOT, 'i18n/fr.ftl'), 'utf8');
const ICU = {
  'count-near': '{places, plural, one {# lieu} other {# lieux}} près de {where}, {remote, plural, one {# contact} other {# contacts}} par téléphone ou en ligne.',
  emergency: 'En danger : appelez le {police} ou le {europe} · SMS au {sms} · Écoute 24h/24 : {line}',
  distance: 'à {km, number, ::.0} km',
  'state-open': 'Ouvert',
  'step-reason-answer': 'vous avez répondu « {answer, select, yes {oui} other {non}} » à « {question} »',
};
const ARGS = { places: 4, remote: 12, where: 'Granville', police: '17', europe: '112', sms: '114', line: '39 19', km: 2.35, answer: 'yes', question: 'Êtes-vous en danger maintenant ?' };

function time(fn, reps) {
  const samples = [];
  for (let r = 0; r < 21; r++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    samples.push((performance.now() - t0) / reps);
  }
  return median(samples);
}
// Loading a catalog: Fluent parses the whole French file (all ~140 messages); ICU compiles the
// five messages above, each on first use.
const fluentLoad = time(() => new FluentBundle('fr-FR').addResource(new FluentResource(FTL)), 200);
const icuLoad = time(() => Object.values(ICU).map((m) => new IntlMessageFormat(m, 'fr-FR')), 200);
const bundle = new FluentBundle('fr-FR', { useIsolating: false });
bundle.addResource(new FluentResource(FTL));
const fluentMessages = Object.keys(ICU).map((id) => bundle.getMessage(id).value);
const icuMessages = Object.values(ICU).map((m) => new IntlMessageFormat(m, 'fr-FR'));
let sink = 0;
const fluentFormat = time(() => { for (const m of fluentMessages) sink += bundle.formatPattern(m, ARGS).length; }, 2000) / fluentMessages.length;
const icuFormat = time(() => { for (const m of icuMessages) sink += String(m.format(ARGS)).length; }, 2000) / icuMessages.length;
if (sink === 0) throw new Error('nothing formatted');

// 3. What a reader downloads on picking a language: its catalog and the directory's texts.
const catalogs = readdirSync(join(DIST, 'i18n')).map((f) => [f, gz(readFileSync(join(DIST, 'i18n', f)))]);
const texts = readdirSync(DIST).filter((f) => /^manche\..+\.json$/.test(f)).map((f) => [f, gz(readFileSync(join(DIST, f)))]);
const largest = (list) => list.reduce((a, b) => (b[1] > a[1] ? b : a));

// 4. In Chromium: a French page, Granville chosen, then Arabic picked → the widget redrawn in
// Arabic with the directory's own Arabic texts (both files fetched, cache off).
const site = await start({});
const browser = await launchChromium();
const switches = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(`${site.origin}/fixtures/public.html`);
  await page.waitForFunction(() => document.querySelector('maillage-finder')?.getAttribute('aria-busy') === 'false');
  const f = page.locator('maillage-finder');
  await f.locator('input[role=combobox]').fill('granvil');
  await f.getByRole('listbox').getByRole('option').first().click();
  await f.locator('.results .card').first().waitFor();
  const t0 = await page.evaluate(() => performance.now());
  await f.locator('select.lang').selectOption('ar');
  await page.waitForFunction(() => /[\u0600-\u06FF]/.test(document.querySelector('maillage-finder').shadowRoot.querySelector('.now ol.steps > li > p')?.textContent || ''));
  switches.push(await page.evaluate((t) => performance.now() - t, t0));
  await context.close();
}
await browser.close();
await site.close();

const [bigCatalog, bigCatalogSize] = largest(catalogs);
const [bigTexts, bigTextsSize] = largest(texts);
const rows = [
  ['Fluent runtime (@fluent/bundle 0.19.1), minified, gzipped', kb(fluentSize), '—', true],
  ['ICU MessageFormat runtime (intl-messageformat 12.1.5), minified, gzipped', kb(icuSize), '—', true],
  [`Load the French catalog: Fluent parses all of fr.ftl (median of 21 × 200)`, us(fluentLoad), '—', true],
  [`ICU compiles 5 of its messages (median of 21 × 200)`, us(icuLoad), '—', true],
  ['Format one message, Fluent (5 hot messages, median)', us(fluentFormat), '—', true],
  ['Format one message, ICU (the same 5, median)', us(icuFormat), '—', true],
  [`Largest language catalog fetched on demand (${bigCatalog}, of ${catalogs.length}), gzipped`, kb(bigCatalogSize), '≤ 8 KB', bigCatalogSize <= 8 * 1024],
  [`Largest directory texts fetched on demand (${bigTexts}, of ${texts.length}), gzipped`, kb(bigTextsSize), '≤ 8 KB', bigTextsSize <= 8 * 1024],
  [`Pick Arabic → widget redrawn with the directory's Arabic texts, cache off (median of ${RUNS})`, ms(median(switches)), '≤ 300 ms', median(switches) <= 300],
];
console.log('| measure | measured | budget | |');
console.log('|---|---|---|---|');
for (const [name, value, budget, ok] of rows) console.log(`| ${name} | ${value} | ${budget} | ${ok ? 'met' : '**missed**'} |`);
