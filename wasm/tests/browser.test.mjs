// The widget in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core).
// Run by `cargo xtask test` after `cargo xtask dist`; needs target/dist and the hostile bundle
// at target/fixtures/hostile.maillage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launchChromium, start, ROOT, TRAPS } from './server.mjs';
import { openPage, finder, ready, chooseGranville, openQuestions, axeViolations, NEUTRAL } from './widget.mjs';

let browser;
let site;

before(async () => {
  site = await start({ hostileBundle: join(ROOT, 'target/fixtures/hostile.maillage') });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const open = (path, options) => openPage(browser, site, path, options);

test('typing "granvil" and choosing Granville shows places nearby', async () => {
  const { page, context, errors } = await open('/fixtures/public.html');
  await ready(page);
  await chooseGranville(page);
  const names = await finder(page).locator('.results .card h4').allTextContents();
  assert.ok(names.length >= 3, names.join(' | '));
  assert.match(await finder(page).locator('[role=status]').last().textContent(), /Granville/);
  // The emergency strip is always there, with tel:/sms: links.
  const hrefs = await finder(page).locator('.strip a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, ['tel:17', 'tel:112', 'sms:114', 'tel:3919']);
  // The sample banner is visible.
  assert.ok(await finder(page).locator('.banner').isVisible());
  // A map drawn locally from the directory's polygons.
  assert.ok(await finder(page).locator('svg.map path').count() >= 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('answering "in danger now" puts urgence first with 17, 112 and 114', async () => {
  const { page, context } = await open('/fixtures/public.html');
  await ready(page);
  await chooseGranville(page);
  await openQuestions(page);
  await finder(page).getByRole('group', { name: /en danger maintenant/ }).getByLabel('Oui').check();
  await finder(page).getByRole('button', { name: 'Voir les étapes' }).click();
  const first = finder(page).locator('div.chosen ol.steps > li').first();
  await first.waitFor();
  assert.match(await first.locator('h4').first().textContent(), /Urgence/);
  const hrefs = await first.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const h of ['tel:17', 'tel:112', 'sms:114']) assert.ok(hrefs.includes(h), `${h} in ${hrefs}`);
  await context.close();
});

test('in English, the steps say why in English, with no internal identifier', async () => {
  const { page, context, errors } = await open('/fixtures/public.html');
  await ready(page);
  await page.evaluate(() => document.querySelector('maillage-finder').setAttribute('lang', 'en'));
  await finder(page).getByText('Find help facing violence').waitFor();
  const input = finder(page).locator('input[role=combobox]');
  await input.fill('granvil');
  await finder(page).getByRole('option', { name: /Granville/ }).first().click();
  await finder(page).locator('.results .card').first().waitFor();
  await openQuestions(page);
  await finder(page).getByRole('group', { name: /danger right now/ }).getByLabel('Yes').check();
  await finder(page).getByRole('button', { name: 'Show the steps' }).click();
  const steps = finder(page).locator('div.chosen ol.steps');
  await steps.locator('li').first().waitFor();
  const text = await steps.textContent();
  assert.match(text, /first: you answered “yes” to “Are you in danger right now\?”/);
  for (const leak of ['in_danger_now', '=oui', 'réponse', 'placée en premier', 'étape utile', 'horaires inconnus']) {
    assert.ok(!text.includes(leak), `${leak} in ${text.slice(0, 400)}`);
  }
  assert.match(await finder(page).locator('[role=status]').last().textContent(), /steps suggested/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('quick exit button blanks the page and replaces it with the neutral page', async () => {
  const { page, context } = await open('/fixtures/public.html');
  await ready(page);
  await chooseGranville(page);
  await Promise.all([page.waitForURL(NEUTRAL), finder(page).locator('button.exit').click()]);
  assert.equal(page.url(), NEUTRAL);
  assert.equal(await page.locator('maillage-finder').count(), 0);
  await context.close();
});

test('quick exit with Shift pressed three times, and the first tab stop is the exit link', async () => {
  const { page, context } = await open('/fixtures/public.html');
  await ready(page);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.querySelector('maillage-finder').shadowRoot.activeElement?.textContent);
  assert.equal(first, 'Quitter ce site rapidement');
  await page.evaluate(() => document.querySelector('maillage-finder').shadowRoot.activeElement.blur());
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  const status = await finder(page).locator('[role=status]').first().textContent();
  assert.match(status, /encore 1 fois/);
  await Promise.all([page.waitForURL(NEUTRAL), page.keyboard.press('Shift')]);
  assert.equal(await page.locator('maillage-finder').count(), 0);
  await context.close();
});

test('another key between the Shift presses resets the count', async () => {
  const { page, context } = await open('/fixtures/public.html');
  await ready(page);
  await page.locator('h1').click();
  for (const key of ['Shift', 'Shift', 'a', 'Shift']) await page.keyboard.press(key);
  await page.waitForTimeout(300);
  assert.notEqual(page.url(), NEUTRAL);
  await context.close();
});

test('quick exit from a widget inside a frame replaces the top page', async () => {
  const { page, context } = await open('/fixtures/frame.html');
  const frame = page.frameLocator('iframe');
  await frame.locator('maillage-finder button.exit').waitFor();
  await page.waitForTimeout(300);
  await Promise.all([page.waitForURL(NEUTRAL), frame.locator('maillage-finder button.exit').click()]);
  assert.equal(page.url(), NEUTRAL);
  await context.close();
});

test('works under a strict Content-Security-Policy, and says why when wasm is forbidden', async () => {
  const { page, context } = await open('/fixtures/csp.html');
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  await ready(page);
  await chooseGranville(page);
  assert.deepEqual(violations, []);
  await context.close();

  const blocked = await open('/fixtures/no-wasm.html');
  const alert = finder(blocked.page).getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /17.*112.*114.*39 19/s);
  await blocked.context.close();
});

test('a missing directory shows the national numbers, not an empty box', async () => {
  const { page, context } = await open('/fixtures/missing.html');
  const alert = finder(page).getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /119/);
  await context.close();
});

test('a directory matching its integrity hash loads; an altered one is refused with the emergency numbers shown', async () => {
  const good = await open('/fixtures/integrity.html');
  await ready(good.page);
  await chooseGranville(good.page);
  assert.deepEqual(good.errors, []);
  await good.context.close();

  const { page, context, requests } = await open('/fixtures/integrity-wrong.html');
  const alert = finder(page).getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Annuaire refusé.*empreinte/);
  assert.match(await alert.textContent(), /17.*112.*114.*39 19/);
  for (const number of ['17', '112', '3919']) {
    assert.ok(await finder(page).locator(`.strip a[href="tel:${number}"]`).isVisible(), `tel:${number} on screen`);
  }
  assert.equal(await finder(page).locator('input[role=combobox]').count(), 0, 'no search on a refused directory');
  assert.ok(requests.some((u) => u.endsWith('/maillage/manche.maillage')), 'the directory was fetched, then refused');
  await context.close();
});

test('the safety text links the threat model shipped beside the widget', async () => {
  const { page, context } = await open('/fixtures/public.html');
  await ready(page);
  await finder(page).getByText('Naviguer en sécurité').click();
  const link = finder(page).getByRole('link', { name: /Ce que ce service protège/ });
  const href = await link.getAttribute('href');
  assert.equal(new URL(href).pathname, '/maillage/SECURITY.md');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  const response = await page.request.get(href);
  assert.equal(response.status(), 200);
  assert.match(await response.text(), /threat model/i);
  await context.close();
});

test('a hostile directory renders as inert text and runs no script', async () => {
  const { page, context, errors } = await open('/fixtures/hostile.html');
  await ready(page);
  await chooseGranville(page);
  await openQuestions(page);
  await finder(page).getByRole('button', { name: 'Voir les étapes' }).click();
  await finder(page).locator('div.chosen ol.steps > li').first().waitFor();
  const text = await finder(page).locator('section').first().textContent();
  assert.ok(text.includes('<script>window.__pwned=1</script>'), 'markup shown as text');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const shadow = await page.evaluate(() => {
    const root = document.querySelector('maillage-finder').shadowRoot;
    return {
      scripts: root.querySelectorAll('script, img, iframe').length,
      jsLinks: [...root.querySelectorAll('a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') || '')).length,
    };
  });
  assert.deepEqual(shadow, { scripts: 0, jsLinks: 0 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('every request stays on the page origin, and nothing is stored', async () => {
  const { page, context, requests } = await open('/fixtures/public.html', { geolocation: { latitude: 49.1157, longitude: -1.0903 } });
  await ready(page);
  await finder(page).getByRole('button', { name: 'Autour de moi' }).click();
  await finder(page).locator('.results .card').first().waitFor();
  await chooseGranville(page);
  await openQuestions(page);
  await finder(page).getByRole('button', { name: 'Voir les étapes' }).click();
  await finder(page).locator('div.chosen ol.steps > li').first().waitFor();
  for (const url of requests) assert.ok(url.startsWith(site.origin + '/'), `request to ${url}`);
  assert.ok(requests.some((u) => u.endsWith('.wasm')) && requests.some((u) => u.endsWith('.maillage')));
  // The public mode never fetches the professional module nor a professional bundle.
  for (const url of requests) assert.ok(!/maillage_pro|\.pro\./.test(url), `public mode fetched ${url}`);
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0, idb: 0 });
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});

test('axe finds no WCAG 2.1 A/AA violation in public mode, results and steps shown', async () => {
  for (const path of ['/fixtures/public.html', '/fixtures/public-en.html']) {
    const { page, context } = await open(path);
    await ready(page);
    const input = finder(page).locator('input[role=combobox]');
    await input.fill('granvil');
    await finder(page).getByRole('listbox').getByRole('option').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], `${path} with the list open`);
    await finder(page).getByRole('listbox').getByRole('option').first().click();
    await finder(page).locator('.results .card').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], `${path}, first screen`);
    await openQuestions(page);
    await finder(page).locator('form button[type=submit]').click();
    await finder(page).locator('div.chosen ol.steps > li').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], path);
    await context.close();
  }
});

test('axe finds no WCAG 2.1 A/AA violation in professional mode', async () => {
  const { page, context } = await open('/fixtures/pro.html');
  await ready(page);
  await finder(page).locator('.results .card').first().waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await finder(page).getByLabel('Territoire').selectOption('epci:200066389');
  await finder(page).getByRole('button', { name: 'Afficher' }).click();
  await page.waitForTimeout(100);
  const text = await finder(page).locator('section').textContent();
  // The public bundle holds no professionals-only contact (issue 13): they come only from the
  // professional bundle, opened with its passphrase (Finder.openProfessional, maillage_pro.js).
  assert.doesNotMatch(text, /réservé aux professionnels/);
  await context.close();
});

test('the whole journey works with the keyboard alone', async () => {
  const { page, context } = await open('/fixtures/public.html');
  await ready(page);
  const active = () => page.evaluate(() => {
    const a = document.querySelector('maillage-finder').shadowRoot.activeElement;
    return a ? `${a.tagName}:${a.getAttribute('role') || a.getAttribute('type') || ''}:${a.textContent}` : '';
  });
  // Tab to the place box.
  for (let i = 0; i < 10 && !(await active()).startsWith('INPUT:combobox'); i++) await page.keyboard.press('Tab');
  assert.match(await active(), /^INPUT:combobox/);
  await page.keyboard.type('granvil');
  await finder(page).getByRole('listbox').getByRole('option').first().waitFor();
  await page.keyboard.press('ArrowDown');
  const activeDescendant = await finder(page).locator('input[role=combobox]').getAttribute('aria-activedescendant');
  assert.ok(activeDescendant);
  await page.keyboard.press('Enter');
  await finder(page).locator('.results .card').first().waitFor();
  // Tab on to the optional questions, open them, answer the first with Space.
  for (let i = 0; i < 60 && !(await active()).includes('Adapter les étapes'); i++) await page.keyboard.press('Tab');
  assert.match(await active(), /Adapter les étapes/);
  await page.keyboard.press('Enter');
  for (let i = 0; i < 120 && !(await active()).startsWith('INPUT:radio'); i++) await page.keyboard.press('Tab');
  assert.match(await active(), /^INPUT:radio/);
  await page.keyboard.press('Space');
  for (let i = 0; i < 60 && !(await active()).startsWith('BUTTON:submit'); i++) await page.keyboard.press('Tab');
  assert.match(await active(), /^BUTTON:submit/);
  await page.keyboard.press('Enter');
  await finder(page).locator('div.chosen ol.steps > li').first().waitFor();
  // Focus moved to the steps' heading, so a screen reader reads them next.
  assert.match(await active(), /^H3/);
  await context.close();
});

test('first screen after a choice on a phone: what to do now, then a few places, questions within a screen', async () => {
  const { page, context, errors } = await open('/fixtures/public.html', { viewport: { width: 360, height: 640 } });
  await ready(page);
  await chooseGranville(page);
  const box = (sel) => finder(page).locator(sel).first().boundingBox();
  const status = await box('[role=status]');
  const now = await box('.now h3');
  const questions = await box('details.questions > summary');
  const places = await box('.now ~ h3');
  // Right after the count: the first steps, then the questions, then the places.
  assert.ok(now.y > status.y && questions.y > now.y && places.y > questions.y, JSON.stringify({ status, now, questions, places }));
  assert.ok(questions.y - status.y < 640, `questions ${Math.round(questions.y - status.y)} px below the count`);
  assert.ok((await finder(page).locator('.now ol.steps > li').count()) >= 1);
  // 3 to 5 places first, the others on request.
  const shown = await finder(page).locator('.now ~ ul.results > li.card').count();
  assert.ok(shown >= 3 && shown <= 5, `${shown} places shown first`);
  const more = finder(page).getByRole('button', { name: /Voir \d+ autres? lieux?/ });
  if (await more.count()) {
    await more.click();
    assert.ok((await finder(page).locator('.now ~ ul.results > li.card').count()) > shown);
  }
  // The phone and online lines, folded, start with the national violence lines.
  const remote = await finder(page).locator('details:not(.questions) ul.results h4').allTextContents();
  const firstOf3919 = remote.findIndex((n) => /39 19/.test(n));
  assert.ok(firstOf3919 >= 0 && firstOf3919 < 5, `3919 is line ${firstOf3919 + 1}: ${remote.join(' | ')}`);
  // No false precision, decimal comma, link words rather than bare numbers or addresses.
  const text = await finder(page).locator('section').textContent();
  assert.ok(!/0[.,]0 km/.test(text) && !/\d\.\d km/.test(text), 'distances in French notation, never 0,0 km');
  const links = await finder(page).locator('.contacts a').allTextContents();
  for (const l of links) assert.ok(!/^[\d\s+]+$/.test(l) && !/^https?:/.test(l), `link text "${l}"`);
  // The map is opt-in, with a legend; the position is drawn last, on top of the places.
  assert.equal(await finder(page).locator('svg.map').isVisible(), false);
  await finder(page).getByText('Voir les lieux sur une carte').click();
  assert.ok(await finder(page).locator('svg.map').isVisible());
  assert.equal(await finder(page).locator('svg.map > :last-child').getAttribute('class'), 'here');
  assert.ok(await finder(page).locator('.legend').isVisible());
  assert.deepEqual(errors, []);
  await context.close();
});

test('the quick exit stays on screen inside every containing-block trap of host themes', async () => {
  for (const name of Object.keys(TRAPS)) {
    const { page, context } = await open(`/fixtures/trap-${name}.html`, { viewport: { width: 360, height: 640 } });
    await ready(page);
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(150);
    assert.ok(await page.evaluate(() => window.scrollY) >= 1500, `${name}: the page scrolled`);
    const where = await page.evaluate(() => {
      const root = document.querySelector('maillage-finder').shadowRoot;
      const r = root.querySelector('button.exit').getBoundingClientRect();
      const hit = root.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return { top: r.top, bottom: r.bottom, right: r.right, width: r.width, onTop: hit?.classList.contains('exit') };
    });
    assert.ok(where.top >= 0 && where.bottom <= 640 && where.right <= 360, `${name}: ${JSON.stringify(where)}`);
    assert.ok(where.onTop, `${name}: nothing covers the button`);
    assert.ok(where.width < 120, `${name}: compact on a phone (${where.width} px)`);
    await Promise.all([page.waitForURL(NEUTRAL), finder(page).locator('button.exit').click()]);
    await context.close();
  }
});

test('host styles cannot blank the widget: a white-on-white * rule and a dark theme stay readable', async () => {
  for (const path of ['/fixtures/hostile-css.html', '/fixtures/dark-css.html']) {
    const { page, context } = await open(path);
    await ready(page);
    await chooseGranville(page);
    await openQuestions(page);
    const ratios = await page.evaluate(() => {
      const root = document.querySelector('maillage-finder').shadowRoot;
      const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
      const lum = ([r, g, b]) => {
        const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (node) => {
        for (let n = node; n; n = n.parentElement || n.getRootNode().host) {
          const c = rgb(getComputedStyle(n).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out = {};
      for (const sel of ['h2', 'label', 'legend', '.card h4', '.now h3', 'summary', '.contacts a']) {
        const node = root.querySelector(sel);
        const style = getComputedStyle(node);
        const [a, b] = [lum(rgb(style.color)), lum(background(node))];
        out[sel] = { ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), size: parseFloat(style.fontSize) };
      }
      return out;
    });
    for (const [sel, { ratio, size }] of Object.entries(ratios)) {
      assert.ok(ratio >= 4.5, `${path} ${sel}: contrast ${ratio.toFixed(2)}:1`);
      assert.ok(size >= 14, `${path} ${sel}: ${size}px text`);
    }
    await context.close();
  }
});

test('one live region: no stale quick-exit count after a capital letter, no stale suggestion after a choice', async () => {
  const { page, context } = await open('/fixtures/public.html');
  await ready(page);
  assert.equal(await finder(page).locator('[role=status]').count(), 1);
  const status = () => finder(page).locator('[role=status]').textContent();
  const input = finder(page).locator('input[role=combobox]');
  await input.click();
  await page.keyboard.press('Shift+G');
  await page.keyboard.type('ranvil');
  await finder(page).getByRole('listbox').getByRole('option').first().waitFor();
  assert.doesNotMatch(await status(), /Maj/);
  assert.match(await status(), /suggestion/);
  await finder(page).getByRole('option', { name: /Granville/ }).first().click();
  await finder(page).locator('.results .card').first().waitFor();
  assert.doesNotMatch(await status(), /suggestion|Maj/);
  assert.match(await status(), /près de Granville/);
  await context.close();
});

test('professional mode opens the sealed directory with the passphrase, and says so when it is wrong', async () => {
  const { page, context, requests, errors } = await open('/fixtures/pro-sealed.html');
  await ready(page);
  // Nothing professional is fetched before a passphrase is given.
  assert.ok(!requests.some((u) => /maillage_pro|\.pro\./.test(u)), requests.join(' '));
  const pass = finder(page).getByLabel('Phrase de passe du réseau');
  await pass.fill('pas la bonne phrase');
  await finder(page).getByRole('button', { name: 'Ouvrir' }).click();
  const alert = finder(page).locator('form [role=alert]');
  await alert.filter({ hasText: /incorrecte/ }).waitFor({ timeout: 60000 });
  assert.equal(await pass.inputValue(), '', 'the passphrase does not stay in the field');
  await pass.fill('tulipe marée granit boussole');
  await finder(page).getByRole('button', { name: 'Ouvrir' }).click();
  await finder(page).locator('.results .card').first().waitFor({ timeout: 60000 });
  await finder(page).getByLabel('Territoire').selectOption('epci:200066389');
  await finder(page).getByRole('button', { name: 'Afficher' }).click();
  await page.waitForTimeout(100);
  assert.match(await finder(page).locator('section').textContent(), /réservé aux professionnels/);
  assert.deepEqual(await axeViolations(page), []);
  // Fetched from the page's origin only; nothing stored.
  for (const url of requests) assert.ok(url.startsWith(site.origin + '/'), `request to ${url}`);
  assert.deepEqual(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ['', 0, 0]);
  assert.deepEqual(errors, []);
  await context.close();
});
