// The message catalogs (i18n/<tag>.ftl) and the directory's translations
// (data/manche/i18n/<tag>.json): every language complete, every message well formed and
// formatted without error, the widget offering exactly the languages that have a catalog.
// Needs target/dist (cargo xtask dist), for the widget's list of languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from '@fluent/syntax';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { ROOT } from './server.mjs';
import { LANGUAGES } from '../../target/dist/maillage.js';

const I18N = join(ROOT, 'i18n');
const tags = (await readdir(I18N)).filter((f) => f.endsWith('.ftl')).map((f) => f.slice(0, -4)).sort();
const source = async (tag) => readFile(join(I18N, `${tag}.ftl`), 'utf8');

/**
 * Each message's variables by id, and the syntax errors, of a catalog's text: `all` (sorted)
 * and `content`, those written out somewhere (not only chosen on: French chooses "d'avril" by
 * the month's number, which English never writes).
 */
function messages(text) {
  const resource = parse(text, {});
  const junk = resource.body.filter((e) => e.type === 'Junk').map((e) => e.content.slice(0, 80));
  const out = new Map();
  for (const e of resource.body.filter((x) => x.type === 'Message')) {
    const uses = new Map();
    const chosen = new Map();
    const count = (m, name) => m.set(name, (m.get(name) ?? 0) + 1);
    JSON.stringify(e.value, (k, v) => {
      if (v && v.type === 'VariableReference') count(uses, v.id.name);
      if (v && v.type === 'SelectExpression' && v.selector.type === 'VariableReference') count(chosen, v.selector.id.name);
      return v;
    });
    const all = [...uses.keys()].sort();
    out.set(e.id.name, { all, content: all.filter((n) => uses.get(n) > (chosen.get(n) ?? 0)) });
  }
  return { out, junk };
}

/**
 * What a catalog's text lacks or adds against the French one, in words: every variable French
 * writes out is written, and no variable French does not have is used (one French only
 * chooses on may be left out).
 */
function problems(text, french) {
  const { out, junk } = messages(text);
  const found = junk.map((j) => `syntax error near: ${j}`);
  for (const [id, vars] of french) {
    const t = out.get(id);
    if (!t) found.push(`missing: ${id}`);
    else if (vars.content.some((n) => !t.all.includes(n)) || t.all.some((n) => !vars.all.includes(n))) {
      found.push(`${id}: variables ${t.all} instead of ${vars.all} (of which written out: ${vars.content})`);
    }
  }
  for (const id of out.keys()) if (!french.has(id)) found.push(`unknown: ${id}`);
  return found;
}

test('the widget offers exactly the languages that have a catalog, French first', () => {
  assert.equal(LANGUAGES[0].tag, 'fr');
  assert.deepEqual(LANGUAGES.map((l) => l.tag).sort(), tags);
  assert.ok(LANGUAGES.length >= 12, 'at least 12 languages with FALC');
  for (const tag of ['fr-x-falc', 'en', 'ar', 'fa-AF', 'ps', 'uk', 'ru', 'es', 'pt', 'ro', 'tr']) {
    assert.ok(tags.includes(tag), `${tag}.ftl`);
  }
  assert.deepEqual(LANGUAGES.filter((l) => l.rtl).map((l) => l.tag), ['ar', 'fa-AF', 'ps']);
});

test('every catalog has every message of the French one, with the same variables, and no syntax error', async () => {
  const french = messages(await source('fr')).out;
  assert.ok(french.size > 100, `${french.size} messages`);
  for (const tag of tags) assert.deepEqual(problems(await source(tag), french), [], `${tag}.ftl`);
});

/** A folder of `i18n/`: its languages, the French messages, and what each catalog lacks or adds
 *  against the French one. */
async function folder(name) {
  const text = (tag) => readFile(join(I18N, name, `${tag}.ftl`), 'utf8');
  const found = (await readdir(join(I18N, name))).map((f) => f.slice(0, -4)).sort();
  const french = messages(await text('fr')).out;
  const gaps = [];
  for (const tag of found) for (const gap of problems(await text(tag), french)) gaps.push(`${name}/${tag}.ftl: ${gap}`);
  return { tags: found, french, gaps };
}

test('the documents\' catalogs (i18n/documents/: the command line, the leaflets) are complete in every language too', async () => {
  const { tags: found, gaps } = await folder('documents');
  assert.deepEqual(found, tags);
  assert.deepEqual(gaps, []);
});

// Easy-to-read French is for people looking for help, not for the coordinator's checks and
// tools: the command line words those in French (publish/src/words.rs).
for (const [name, what] of [
  ['problems', 'what validate, import and the studio say of a directory'],
  ['cli', 'the command line\'s own messages and help'],
]) {
  test(`the catalogs of i18n/${name}/ (${what}) are complete in every language but FALC`, async () => {
    const { tags: found, french, gaps } = await folder(name);
    assert.deepEqual(found, tags.filter((t) => t !== 'fr-x-falc'));
    assert.ok(french.size > 100, `${french.size} messages`);
    assert.deepEqual(gaps, []);
  });
}

test('a catalog missing a message, changing a variable or broken is caught', async () => {
  const french = messages(await source('fr')).out;
  const broken = (await source('en'))
    .replace(/^title = .*$/m, '')
    .replace('{ $police }', 'the police')
    .replace('exit = Exit', 'exit = Exit {');
  assert.deepEqual(problems(broken, french).map((p) => p.split(/:| near/)[0]).sort(), [
    'emergency', 'missing', 'missing', 'syntax error',
  ]);
});

test('every message formats without error in every language, for every plural form', async () => {
  const args = {
    n: 0, places: 0, remote: 0, km: 2.35, where: 'Granville', number: '39 19', address: 'x@example.org',
    host: 'example.org', police: '17', europe: '112', sms: '114', line: '39 19', children: '119', name: 'Manche',
    sources: 'INSEE', state: 'Ouvert', time: '12:00', hours: 'Mo-Fr 09:00-17:00', commune: 'Granville',
    contact: 'Appeler', label: 'accueil', date: '30/11/2026', kinds: 'a', ways: 'b', languages: 'c',
    category: 'x', language: 'y', territory: 'z', question: 'q', answer: 'yes', reasons: 'r', partner: 'p',
  };
  for (const language of LANGUAGES) {
    const bundle = new FluentBundle(language.locale, { useIsolating: false });
    assert.deepEqual(bundle.addResource(new FluentResource(await source(language.tag))), [], language.tag);
    for (const [id] of bundle._messages) {
      for (const n of [0, 1, 2, 3, 5, 11, 21, 100, 1.5]) {
        const errors = [];
        const text = bundle.formatPattern(bundle.getMessage(id).value, { ...args, n, places: n, remote: n }, errors);
        assert.deepEqual(errors, [], `${language.tag} ${id} (n = ${n})`);
        assert.ok(text.trim().length > 0, `${language.tag} ${id} is empty`);
      }
    }
  }
});

test('the phone numbers of the emergency strip stay variables in every language', async () => {
  for (const tag of tags) {
    const text = await source(tag);
    const emergency = text.split('\n').find((l) => l.startsWith('emergency ='));
    assert.ok(emergency, `${tag}: emergency`);
    for (const v of ['$police', '$europe', '$sms', '$line']) assert.ok(emergency.includes(v), `${tag}: ${v}`);
    // No number written out where a variable belongs (it would be reordered in right-to-left text).
    assert.ok(!/\b(17|112|114|3919|39 19)\b/.test(emergency), `${tag}: ${emergency}`);
  }
});

test('the directory translates every step and every national text into every language but French', async () => {
  const folder = join(ROOT, 'data/manche');
  const pathways = JSON.parse(await readFile(join(folder, 'pathways.json'), 'utf8')).steps;
  const national = JSON.parse(await readFile(join(folder, 'national.json'), 'utf8')).national;
  const files = (await readdir(join(folder, 'i18n'))).map((f) => f.replace(/\.json$/, '')).sort();
  assert.deepEqual(files, tags.filter((t) => t !== 'fr'));
  for (const tag of files) {
    const texts = JSON.parse(await readFile(join(folder, 'i18n', `${tag}.json`), 'utf8'));
    if (tag !== 'en') {
      // English step texts are in the records (title.en, advice.en).
      assert.deepEqual(Object.keys(texts.steps).sort(), pathways.map((s) => s.id).sort(), tag);
    }
    for (const line of national) {
      if (line.description) assert.ok(texts.national[line.id]?.description, `${tag}: ${line.id}`);
      if (line.conditions) assert.ok(texts.national[line.id]?.conditions, `${tag}: ${line.id} conditions`);
    }
  }
});
