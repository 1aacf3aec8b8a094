// The widget in the reader's language, in a real headless Chromium: the picker, right to left,
// the directory's own texts fetched with their hash, and a pseudo-localisation that proves no
// word on screen escapes the catalogs. Run by `cargo xtask test` after `cargo xtask dist`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, serialize, TextElement, Transformer } from '@fluent/syntax';
import { launchChromium, start, ROOT } from './server.mjs';
import { openPage, finder, ready, chooseGranville, openQuestions, axeViolations, NEUTRAL } from './widget.mjs';

let browser;
let site;

before(async () => {
  site = await start({});
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const open = (path, options) => openPage(browser, site, path, options);
const ARABIC = /[\u0600-\u06FF]/;
const shadow = (page, fn, arg) => page.evaluate(([source, a]) => {
  // eslint-disable-next-line no-new-func
  const f = new Function('root', 'arg', `return (${source})(root, arg);`);
  return f(document.querySelector('maillage-finder').shadowRoot, a);
}, [fn.toString(), arg]);

test('a reader on a French page picks Arabic: right to left, focus kept, the directory\'s own texts in Arabic', async () => {
  const { page, context, requests, errors } = await open('/fixtures/public.html', { viewport: { width: 360, height: 800 } });
  await ready(page);
  await chooseGranville(page);
  const picker = finder(page).getByLabel(/Langue/);
  await picker.focus();
  await picker.selectOption('ar');
  await finder(page).locator('.mf[dir=rtl][lang=ar]').waitFor();
  assert.ok(ARABIC.test(await finder(page).locator('h2').textContent()));
  // The picker keeps the focus through the redraw (a keyboard user is not sent back to the top).
  assert.equal(await shadow(page, (root) => root.activeElement && root.activeElement.tagName), 'SELECT');
  // The first steps' advice arrives in Arabic from manche.ar.json, not marked as French.
  const advice = finder(page).locator('.now ol.steps > li > p').first();
  await page.waitForFunction(() => /[\u0600-\u06FF]/.test(document.querySelector('maillage-finder').shadowRoot.querySelector('.now ol.steps > li > p')?.textContent || ''));
  assert.equal(await advice.getAttribute('lang'), null);
  // Services' names stay French, marked so (a screen reader switches voice), left to right.
  const name = finder(page).locator('.results .card h4').first();
  assert.equal(await name.getAttribute('lang'), 'fr');
  assert.equal(await name.getAttribute('dir'), 'ltr');
  // Phone numbers are isolated left-to-right runs inside the Arabic words: "39 19", not "19 39".
  const call = await finder(page).locator('.strip a[href="tel:3919"]').textContent();
  assert.ok(call.includes('\u206839 19\u2069'), JSON.stringify(call));
  // Every request stayed on the page's origin: the catalog and the texts come from beside the widget.
  assert.ok(requests.some((u) => u.endsWith('/maillage/i18n/ar.ftl')), requests.join('\n'));
  assert.ok(requests.some((u) => u.endsWith('/maillage/manche.ar.json')), requests.join('\n'));
  for (const u of requests) assert.ok(u.startsWith(site.origin) || u === NEUTRAL, u);
  assert.deepEqual(await axeViolations(page), []);
  await mkdir(join(ROOT, 'target/screenshots'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'target/screenshots/rtl-ar-360.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('in Arabic the quick exit sits where it does in French, and Shift pressed 3 times still leaves', async () => {
  const { page, context } = await open('/fixtures/public-ar.html', { viewport: { width: 360, height: 800 } });
  await ready(page);
  await finder(page).locator('.mf[dir=rtl]').waitFor();
  const box = await finder(page).locator('button.exit').boundingBox();
  assert.ok(box.x + box.width > 360 - 24 && box.y < 24, JSON.stringify(box));
  assert.ok(ARABIC.test(await finder(page).locator('button.exit').textContent()));
  await page.keyboard.press('Shift');
  // The count is said in Arabic.
  assert.ok(ARABIC.test(await finder(page).locator('[role=status]').first().textContent()));
  await page.keyboard.press('Shift');
  await Promise.all([page.waitForURL(NEUTRAL), page.keyboard.press('Shift')]);
  assert.equal(page.url(), NEUTRAL);
  await context.close();
});

test('the page\'s lang chooses the language: a regional tag finds its language, an unknown one gets French', async () => {
  const { page, context } = await open('/fixtures/public.html');
  await ready(page);
  const title = () => finder(page).locator('h2').textContent();
  for (const [lang, expected] of [['en-GB', /Find help/], ['prs', /[\u0600-\u06FF]/], ['pt-BR', /ajuda/i], ['xx', /Trouver de l’aide/]]) {
    await page.evaluate((l) => document.querySelector('maillage-finder').setAttribute('lang', l), lang);
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('maillage-finder').shadowRoot.querySelector('h2').textContent), expected.source);
    assert.match(await title(), expected, lang);
  }
  await context.close();
});

test('directory texts altered on the way are refused by their hash: the steps stay in French, marked as French', async () => {
  const { page, context } = await open('/fixtures/public.html');
  const refused = [];
  page.on('console', (m) => { if (/integrity/i.test(m.text())) refused.push(m.text()); });
  await context.route('**/maillage/manche.uk.json', async (route) => {
    const response = await route.fetch();
    const texts = await response.json();
    texts.steps.urgence.advice = 'Телефонуйте на 0 800 000 000.';
    await route.fulfill({ response, body: JSON.stringify(texts) });
  });
  await ready(page);
  await chooseGranville(page);
  await finder(page).getByLabel(/Langue/).selectOption('uk');
  await finder(page).locator('.mf[lang=uk]').waitFor();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('manche.uk.json')));
  await page.waitForTimeout(300);
  const steps = finder(page).locator('.now ol.steps > li > p');
  for (const p of await steps.all()) assert.equal(await p.getAttribute('lang'), 'fr');
  assert.ok(!(await finder(page).textContent()).includes('0 800 000 000'));
  // The same file unaltered is used: Spanish arrives in Spanish.
  await context.unroute('**/maillage/manche.uk.json');
  await finder(page).getByLabel(/Idioma|Langue|Мова/).selectOption('es');
  await page.waitForFunction(() => {
    const p = document.querySelector('maillage-finder').shadowRoot.querySelector('.now ol.steps > li > p');
    return p && !p.hasAttribute('lang');
  });
  await context.close();
});

test('"speaks my language": in English, only the services that speak English are listed', async () => {
  const { page, context } = await open('/fixtures/public-en.html');
  await ready(page);
  await chooseGranville(page);
  const all = await finder(page).locator('.card').count();
  await finder(page).getByLabel('Only services that speak my language').check();
  await page.waitForFunction((n) => document.querySelector('maillage-finder').shadowRoot.querySelectorAll('.card').length < n, all);
  const summaries = await finder(page).locator('.card .summary').allTextContents();
  assert.ok(summaries.length >= 1, 'the 3919 answers in English');
  for (const s of summaries) assert.match(s, /Languages: .*English/, s);
  await context.close();
});

/** A pseudo-localised catalog: every message wrapped in ⟦ ⟧ and its letters swapped for
 *  look-alikes, the placeables (variables, numbers) left as they are. */
async function pseudoCatalog() {
  const swap = (text) => text.replace(/[a-zA-Z]/g, (c) => String.fromCodePoint(0x24B6 + (c.toLowerCase().charCodeAt(0) - 97)));
  class Pseudo extends Transformer {
    visitTextElement(node) {
      node.value = swap(node.value);
      return node;
    }
    visitMessage(node) {
      this.genericVisit(node);
      node.value.elements.unshift(new TextElement('⟦'));
      node.value.elements.push(new TextElement('⟧'));
      return node;
    }
  }
  const resource = parse(await readFile(join(ROOT, 'i18n/fr.ftl'), 'utf8'), {});
  new Pseudo().visit(resource);
  return serialize(resource);
}

test('pseudo-localisation: no word on screen escapes the catalogs', async () => {
  const { page, context } = await open('/fixtures/public.html');
  const pseudo = await pseudoCatalog();
  assert.ok(pseudo.includes('⟦'));
  // Spanish stands in for the pseudo-language: its catalog is replaced on the way.
  await context.route('**/maillage/i18n/es.ftl', (route) => route.fulfill({ contentType: 'text/plain', body: pseudo }));
  // The directory's own texts in that language stay away: its steps then show in French,
  // marked as French (what this test looks for is the widget's words, not the directory's).
  await context.route('**/maillage/manche.es.json', (route) => route.fulfill({ status: 404, body: '' }));
  await ready(page);
  await finder(page).getByLabel(/Langue/).selectOption('es');
  await finder(page).locator('h2', { hasText: '⟦' }).waitFor();
  await chooseGranville(page);
  await openQuestions(page);
  await finder(page).locator('form button[type=submit]').click();
  await finder(page).locator('div.chosen ol.steps > li').first().waitFor();
  for (const d of await finder(page).locator('details').all()) await d.evaluate((x) => { x.open = true; });
  const leaks = await page.evaluate(() => {
    const el = document.querySelector('maillage-finder');
    const root = el.shadowRoot;
    const reader = root.querySelector('.mf').getAttribute('lang');
    // The directory's own words may show as they are: names of places, territories, services.
    const data = new Set();
    const words = (s) => (s || '').match(/\p{L}{2,}/gu) || [];
    for (const t of el.territories) words(t.name).forEach((w) => data.add(w));
    for (const s of el.services) [s.name, s.organisation, s.hours].flatMap(words).forEach((w) => data.add(w));
    words(root.querySelector('input[role=combobox]').value).forEach((w) => data.add(w));
    words(el.meta.metadata.name).forEach((w) => data.add(w));
    // The languages' own names in the picker (never translated).
    root.querySelectorAll('select.lang option').forEach((o) => words(o.textContent).forEach((w) => data.add(w)));
    (el.meta.metadata.attribution || []).flatMap(words).forEach((w) => data.add(w));
    const found = [];
    const check = (text, where) => {
      let rest = text;
      // Messages nest (a reason inside "why"): peel them from the inside out.
      for (let before = null; before !== rest;) { before = rest; rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' '); }
      for (const w of words(rest)) if (!data.has(w)) found.push(`${w} (in "${text.slice(0, 80)}", ${where})`);
    };
    const walker = document.createTreeWalker(root.querySelector('.mf'), NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.currentNode; n; n = walker.nextNode()) {
      const host = n.nodeType === 1 ? n : n.parentElement;
      // Text in another language is marked as such (lang): the directory's French records,
      // the languages' own names in the picker.
      const lang = host.closest('[lang]')?.getAttribute('lang');
      if (lang !== reader || host.closest('style')) continue;
      if (n.nodeType === 3) check(n.data, host.tagName);
      else for (const a of ['aria-label', 'title', 'placeholder', 'alt']) if (n.hasAttribute(a)) check(n.getAttribute(a), `${n.tagName}[${a}]`);
    }
    return found;
  });
  assert.deepEqual(leaks, []);
  await context.close();
});
