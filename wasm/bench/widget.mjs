// The widget's budgets, measured in headless Chromium (Debian's /usr/bin/chromium):
// sizes (raw and gzipped), script start → interactive, and time per keystroke of place search.
// `node wasm/bench/widget.mjs` after `cargo xtask dist`; prints a Markdown table for BENCHMARKS.md.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { start, DIST } from '../tests/server.mjs';

const RUNS = Number(process.env.RUNS || 15);
const WORD = 'cherbourg-en-cotentin';

const size = (f) => {
  const b = readFileSync(join(DIST, f));
  return { raw: b.length, gz: gzipSync(b, { level: 9 }).length };
};
const widgetFiles = ['maillage.js', 'maillage_core.js', 'maillage_core_bg.wasm'];
const widget = widgetFiles.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz }));
const bundle = size('manche.maillage');

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };

const site = await start({});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const startup = [];
const keystrokes = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.origin}/fixtures/public.html`);
  await page.waitForFunction(() => performance.getEntriesByName('maillage-ready').length > 0, null, { timeout: 20000 });
  startup.push(await page.evaluate(() => performance.getEntriesByName('maillage-ready')[0].startTime - performance.getEntriesByName('maillage-start')[0].startTime));
  const times = await page.evaluate((word) => {
    const input = document.querySelector('maillage-finder').shadowRoot.querySelector('input[role=combobox]');
    const out = [];
    for (let i = 1; i <= word.length; i++) {
      input.value = word.slice(0, i);
      const t0 = performance.now();
      input.dispatchEvent(new Event('input'));
      out.push(performance.now() - t0);
    }
    return out;
  }, WORD);
  keystrokes.push(...times);
  await context.close();
}

// A cheap phone on a slow network (Chromium's emulation: 4× slower CPU, 150 ms latency,
// 1.6 Mbps down), the files gzipped as PARTNERS.md asks servers to send them; then the same
// unthrottled. Times from navigation start: emergency numbers painted, search usable.
const compressed = await start({ compress: true });
/** A fresh page with the cache off, on the throttled phone (`throttle`) or unthrottled. */
async function loadConditions(throttle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8),
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  return { context, page };
}
const loads = { slow: { strip: [], ready: [] }, fast: { strip: [], ready: [] } };
const LOAD_RUNS = Number(process.env.LOAD_RUNS || 5);
for (const [kind, throttle] of [['slow', true], ['fast', false]]) {
  for (let run = 0; run < LOAD_RUNS; run++) {
    const { context, page } = await loadConditions(throttle);
    // The page as PARTNERS.md recommends it: preload hints, the numbers inside the element.
    await page.goto(`${compressed.origin}/fixtures/recommended.html`);
    await page.waitForFunction(() => performance.getEntriesByName('maillage-ready').length > 0, null, { timeout: 60000 });
    // The numbers are on screen from the page's first paint (the element's own content) and
    // then in the widget's strip.
    const [strip, ready] = await page.evaluate(() => [
      Math.min(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity, performance.getEntriesByName('maillage-strip')[0].startTime),
      performance.getEntriesByName('maillage-ready')[0].startTime,
    ]);
    loads[kind].strip.push(strip);
    loads[kind].ready.push(ready);
    await context.close();
  }
}
// The floor: the same page's numbers with no widget (first paint only), in the same conditions.
const floor = { slow: [], fast: [] };
for (const [kind, throttle] of [['slow', true], ['fast', false]]) {
  for (let run = 0; run < LOAD_RUNS; run++) {
    const { context, page } = await loadConditions(throttle);
    await page.goto(`${compressed.origin}/fixtures/numbers-only.html`);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 60000 });
    floor[kind].push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime));
    await context.close();
  }
}
await compressed.close();
await browser.close();
await site.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const rows = [
  ['Widget JS + wasm, gzipped', kb(widget.gz), '≤ 150 KB', widget.gz <= 150 * 1024],
  ['Widget JS + wasm, raw', kb(widget.raw), '—', true],
  ['Manche bundle, gzipped', kb(bundle.gz), '≤ 200 KB', bundle.gz <= 200 * 1024],
  ['Manche bundle, raw', kb(bundle.raw), '—', true],
  [`Script start → interactive (median of ${RUNS})`, ms(median(startup)), '≤ 300 ms', median(startup) <= 300],
  ['Script start → interactive (worst)', ms(Math.max(...startup)), '—', true],
  [`Place search per keystroke (median, "${WORD}" typed ${RUNS}×)`, ms(median(keystrokes)), '≤ 16 ms', median(keystrokes) <= 16],
  ['Place search per keystroke (95th percentile)', ms(p95(keystrokes)), '≤ 16 ms', p95(keystrokes) <= 16],
  [`Slow phone (4× CPU, 150 ms, 1.6 Mbps, gzip): emergency numbers shown (median of ${LOAD_RUNS})`, ms(median(loads.slow.strip)), '≤ 500 ms', median(loads.slow.strip) <= 500],
  [`Slow phone: search usable (median of ${LOAD_RUNS})`, ms(median(loads.slow.ready)), '≤ 2000 ms', median(loads.slow.ready) <= 2000],
  [`Unthrottled: emergency numbers shown (median of ${LOAD_RUNS})`, ms(median(loads.fast.strip)), '—', true],
  [`Unthrottled: search usable (median of ${LOAD_RUNS})`, ms(median(loads.fast.ready)), '≤ 300 ms', median(loads.fast.ready) <= 300],
  [`Floor, slow phone: the same numbers in a page without the widget, first paint (median of ${LOAD_RUNS})`, ms(median(floor.slow)), '—', true],
  [`Floor, unthrottled: the same, first paint (median of ${LOAD_RUNS})`, ms(median(floor.fast)), '—', true],
];
console.log('| measure | measured | budget | |');
console.log('|---|---|---|---|');
for (const [name, value, budget, ok] of rows) console.log(`| ${name} | ${value} | ${budget} | ${ok ? 'met' : '**missed**'} |`);
