// The WebAssembly bindings in Node: typed answers (references, numbers, codes), errors as JS Errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, ROOT } from './server.mjs';

const core = await import(join(DIST, 'maillage_core.js'));
const wasm = core.initSync({ module: readFileSync(join(DIST, 'maillage_core_bg.wasm')) });
const bundle = readFileSync(join(DIST, 'manche.maillage'));
const finder = new core.Finder(bundle);
const NOW = Date.parse('2026-12-01T09:00:00Z'); // 10:00 in Paris, a Tuesday

// The professional bundle and its (test-only) passphrase: written by `cargo xtask test` with
// `maillage build --pro-out`; opened by the separate module maillage_pro.js.
const PRO_BUNDLE = join(ROOT, 'target/fixtures/manche.pro.maillage');
const PASSPHRASE = 'tulipe marée granit boussole';
const pro = await import(join(DIST, 'maillage_pro.js'));
pro.initSync({ module: readFileSync(join(DIST, 'maillage_pro_bg.wasm')) });
const proBytes = readFileSync(PRO_BUNDLE);
const opening = performance.now();
const proFinder = pro.Finder.openProfessional(proBytes, PASSPHRASE);
const openingMs = performance.now() - opening;

const services = finder.services('public');
const territories = finder.territories();
const byId = (id) => services.find((s) => s.id === id);

test('metadata says the directory is a sample; vocabularies are codes', () => {
  const m = finder.metadata();
  assert.equal(m.metadata.scope, 'departement:50');
  assert.equal(m.metadata.sample, true);
  assert.equal(m.categories.length, 12);
  assert.ok(m.categories.includes('ecoute'));
  assert.ok(m.questions.includes('in_danger_now'));
  assert.ok(byId('3919').national);
});

const hidden = (list) => list.flatMap((s) => s.contacts).filter((c) => c.professionals_only).length;

test('records are read once; a public reader never sees professionals-only contacts', () => {
  const all = proFinder.services('professional');
  assert.equal(all.length, services.length);
  assert.equal(hidden(services), 0);
  assert.equal(hidden(proFinder.services('public')), 0);
  assert.ok(hidden(all) > 0);
  assert.throws(() => finder.services('admin'), /viewer/);
});

test('the public bundle holds no professionals-only contact; the public module opens no professional bundle', () => {
  // Not hidden from the public screens: absent from the file.
  assert.equal(hidden(finder.services('professional')), 0);
  assert.ok(!bundle.includes(Buffer.from('requisition-umj')));
  assert.ok(!proBytes.includes(Buffer.from('requisition-umj')), 'the professional bundle is encrypted');
  assert.equal(core.Finder.openProfessional, undefined, 'the public module carries no cryptography');
  assert.throws(() => new core.Finder(proBytes), /professional bundle, sealed with a passphrase/);
});

test('the professional bundle opens with its passphrase; a wrong one throws WrongPassphraseError', (t) => {
  t.diagnostic(`openProfessional (Argon2id 64 MiB, 3 passes, in Node's WebAssembly): ${openingMs.toFixed(0)} ms`);
  assert.equal(proFinder.metadata().metadata.scope, 'departement:50');
  const wrong = (bytes, passphrase) => () => pro.Finder.openProfessional(bytes, passphrase);
  const named = (name, pattern) => (e) => e instanceof Error && e.name === name && pattern.test(e.message);
  assert.throws(wrong(proBytes, 'tulipe marée granit boussolE'), named('WrongPassphraseError', /wrong passphrase/));
  const altered = Uint8Array.from(proBytes);
  altered[altered.length - 1] ^= 1;
  assert.throws(wrong(altered, PASSPHRASE), named('WrongPassphraseError', /wrong passphrase/));
  assert.throws(wrong(bundle, PASSPHRASE), named('Error', /not a professional bundle/));
  assert.throws(wrong(proBytes.subarray(0, 40), PASSPHRASE), named('Error', /truncated/));
  assert.throws(wrong(proBytes, 'x'.repeat(1025)), named('Error', /passphrase/));
  // The professional module answers every question the public one does.
  assert.equal(pro.Finder.openProfessional(proBytes, PASSPHRASE).places('st lo', 1)[0].name, 'Saint-Lô');
});

test('hostile queries are bounded', () => {
  const started = performance.now();
  assert.ok(finder.places('a'.repeat(1_000_000), 1e9).length <= 100);
  assert.ok(performance.now() - started < 2000);
  const many = finder.nearest(48.83, -1.5575, { limit: 1e9 }, NOW);
  assert.ok(many.places.length <= 100 && many.remote.length <= 100);
  assert.throws(() => finder.routes('epci:' + '2'.repeat(100)), /more than 64 characters/);
  assert.throws(() => finder.nearest(48.8, -1.5, { language: 'f'.repeat(100) }, NOW), /language: more than 64/);
  assert.throws(() => finder.map('epci:200042604', 400, new Float64Array(2002)), /more than 1000 points/);
});

test('integrity.json holds the SHA-384 of every file shipped', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'integrity.json'), 'utf8'));
  assert.equal(manifest.algorithm, 'sha384');
  // Every file, the coordinator's studio in studio/ included (paths with `/`).
  const files = readdirSync(DIST, { recursive: true })
    .filter((f) => f !== 'integrity.json' && statSync(join(DIST, f)).isFile()).sort();
  assert.deepEqual(Object.keys(manifest.files).sort(), files);
  for (const f of files) {
    const digest = createHash('sha384').update(readFileSync(join(DIST, f))).digest('base64');
    assert.equal(manifest.files[f], `sha384-${digest}`, f);
  }
  assert.ok(files.includes('maillage.js') && files.includes('manche.maillage') && files.includes('maillage_pro_bg.wasm'));
});

test('place search: st lo, 50100, tourlaville, granvile', () => {
  const first = (q) => finder.places(q, 5)[0];
  assert.equal(first('st lo').name, 'Saint-Lô');
  assert.equal(first('50100').name, 'Cherbourg-en-Cotentin');
  assert.equal(first('tourlaville').via, 'Tourlaville');
  assert.equal(first('granvile').id, 'commune:50218');
  assert.deepEqual(finder.places('zzzz', 5), []);
  // The first keystrokes (answered from a table) agree with the general search.
  assert.equal(finder.places('g', 3)[0].match, 'prefix');
});

test('locate gives territories by position; nearest answers with references, numbers and codes', () => {
  const here = finder.locate(49.1128, -1.0724);
  assert.equal(territories[here.territories[0]].id, 'commune:50502');
  const answer = finder.nearest(48.83, -1.5575, { categories: ['ecoute'], limit: 5 }, NOW);
  assert.ok(answer.places.length > 0 && answer.places.length <= 5);
  for (const n of answer.places) {
    assert.ok(services[n.service].categories.includes('ecoute'));
    assert.ok(n.reasons.some((r) => r.code === 'category' && r.category === 'ecoute'));
    assert.equal(typeof n.distance_m, 'number');
  }
  const line = answer.remote.find((n) => services[n.service].id === '3919');
  assert.equal(line.opening.state, 'open');
  assert.ok(line.reasons.some((r) => r.code === 'national-line'));
  assert.equal(finder.locate(49.5, -2.5), null);
});

test('the packed answers say what the objects say, as numbers', () => {
  const categories = finder.metadata().categories;
  const filters = { categories: ['ecoute'], limit: 5 };
  const query = new core.Query(filters);
  for (const [lat, lon] of [[48.83, -1.5575], [49.6337, -1.6222], [48.6847, -1.3684], [49.1128, -1.0724]]) {
    const here = finder.locate(lat, lon);
    const packedHere = finder.locatePacked(lat, lon);
    assert.deepEqual([...packedHere.subarray(1)], here.territories);
    assert.ok(Number.isNaN(packedHere[0]) && !here.approximate);

    const answer = finder.nearest(lat, lon, filters, NOW);
    const rows = finder.nearestPacked(lat, lon, query, NOW);
    const all = [...answer.places, ...answer.remote];
    assert.equal(rows.length, all.length * core.nearestRow());
    all.forEach((n, k) => {
      const r = rows.subarray(k * core.nearestRow(), (k + 1) * core.nearestRow());
      assert.equal(r[0], n.service);
      assert.equal(Number.isNaN(r[1]) ? null : r[1], n.distance_m);
      const state = ['unknown', 'open', 'closed'];
      assert.equal(state[r[2]], n.opening.state);
      assert.equal(Number.isNaN(r[3]) ? null : r[3], n.opening.next_change === null ? null : Date.parse(n.opening.next_change));
      assert.equal(Number.isNaN(r[4]) ? null : state[r[4]], n.opening.next_state);
      const matched = categories.filter((c, i) => r[5] & (1 << i));
      assert.deepEqual(matched, n.reasons.filter((x) => x.code === 'category').map((x) => x.category));
      assert.equal(Boolean(r[6] & 4), n.reasons.some((x) => x.code === 'national-line'));
      assert.equal(Boolean(r[6] & 2), n.reasons.some((x) => x.code === 'serves-country'));
      const served = n.reasons.find((x) => x.code === 'serves-territory');
      assert.equal(Number.isNaN(r[7]) ? undefined : territories[r[7]].id, served?.territory);
    });
  }
  // At sea off Granville: the nearest commune, and how far its edge is (first number).
  const sea = finder.locate(48.84, -1.62);
  const packedSea = finder.locatePacked(48.84, -1.62);
  assert.ok(sea.approximate && sea.distance_m > 0);
  assert.equal(packedSea[0], sea.distance_m);
  assert.deepEqual([...packedSea.subarray(1)], sea.territories);
  assert.equal(finder.locatePacked(49.5, -2.5), undefined);
  assert.equal(finder.nearestPacked(49.5, -2.5, query, NOW), undefined);
  assert.throws(() => new core.Query({ categories: ['refuge'] }), /filters.*refuge/);
  query.free();
});

test('answers read in place in the module\'s memory are the packed answers', () => {
  const query = new core.Query({ categories: ['ecoute'], limit: 5 });
  const answer = new core.Answer();
  const inPlace = (count) => [...new Float64Array(wasm.memory.buffer, answer.offset, count)];
  const points = [[48.83, -1.5575], [49.6337, -1.6222], [48.84, -1.62], [49.1128, -1.0724]];
  for (const [lat, lon] of points) {
    const rows = finder.nearestPacked(lat, lon, query, NOW);
    const count = finder.nearestInto(lat, lon, query, NOW, answer);
    assert.ok(rows.length > 0);
    assert.deepEqual(inPlace(count), [...rows]);
    const here = finder.locatePacked(lat, lon);
    assert.deepEqual(inPlace(finder.locateInto(lat, lon, answer)), [...here]);
  }
  // Every service at once (limit 0) outgrows the room made for most answers (16 rows): the
  // buffer grows, and `offset` says where it now is.
  const all = new core.Query({ limit: 0 });
  const count = finder.nearestInto(48.83, -1.5575, all, NOW, answer);
  assert.ok(count > 8 * 16, `${count} numbers`);
  assert.equal(finder.nearestInto(48.83, -1.5575, all, NOW, answer), count);
  assert.deepEqual(inPlace(count), [...finder.nearestPacked(48.83, -1.5575, all, NOW)]);
  // Outside the area: -1, and the buffer says nothing.
  assert.equal(finder.nearestInto(49.5, -2.5, query, NOW, answer), -1);
  assert.equal(finder.locateInto(49.5, -2.5, answer), -1);
  // A point out of range: -2 (no exception, whose crossing would cost every call), and the
  // query and the buffer stay usable.
  assert.equal(finder.nearestInto(91, 0, query, NOW, answer), -2);
  assert.equal(finder.locateInto(0, 181, answer), -2);
  assert.equal(finder.nearestInto(48.83, -1.5575, all, NOW, answer), count);
  assert.deepEqual(inPlace(count), [...finder.nearestPacked(48.83, -1.5575, all, NOW)]);
  for (const x of [query, all, answer]) x.free();
});

test('no sentence in an answer: every reason is a code', () => {
  const answer = finder.nearest(48.83, -1.5575, {}, NOW);
  const p = finder.pathway(48.8375, -1.597, { answers: { in_danger_now: true, can_speak_safely: false } }, NOW);
  const codes = new Set([
    ...[...answer.places, ...answer.remote].flatMap((n) => n.reasons.map((r) => r.code)),
    ...p.steps.flatMap((s) => s.why.map((r) => r.code)),
  ]);
  for (const c of codes) assert.match(c, /^[a-z-]+$/);
  assert.ok(codes.has('urgent') && codes.has('written-first'));
});

test('pathway: in danger now puts urgence first', () => {
  const p = finder.pathway(48.8375, -1.597, { answers: { in_danger_now: true, children: true } }, NOW);
  assert.equal(p.steps[0].id, 'urgence');
  assert.deepEqual(p.steps[0].why.at(-1), { code: 'urgent', question: 'in_danger_now', answer: true });
  assert.ok(p.steps.some((s) => s.id === 'enfants'));
});

test('errors become JS Errors carrying the message', () => {
  assert.throws(() => new core.Finder(new Uint8Array([1, 2, 3])), (e) => e instanceof Error && /not a maillage bundle/.test(e.message));
  const truncated = bundle.subarray(0, bundle.length / 2);
  assert.throws(() => new core.Finder(truncated), /corrupted or truncated/);
  assert.throws(() => finder.pathway(48.8, -1.5, { answers: { children: 'maybe' } }, NOW), /situation/);
  assert.throws(() => finder.pathway(48.8, -1.5, { answers: { pets: true } }, NOW), /situation/);
  assert.throws(() => finder.nearest(48.8, -1.5, { categories: ['refuge'] }, NOW), /filters.*refuge/);
  assert.throws(() => finder.routes('epci:0'), /unknown territory/);
  assert.throws(() => finder.locate(91, 0), /out of range/);
});

test('routes for professionals include professionals-only contacts, from the professional bundle only', () => {
  const contacts = (f) => {
    const list = f.services('professional');
    return f.routes('commune:50502').steps.flatMap((s) => s.services.flatMap((i) => list[i].contacts));
  };
  assert.ok(contacts(proFinder).some((c) => c.professionals_only));
  assert.ok(!contacts(finder).some((c) => c.professionals_only));
});

test('map: an outline and projected points', () => {
  const m = finder.map('epci:200042604', 400, new Float64Array([48.8375, -1.597]));
  assert.equal(m.width, 400);
  assert.ok(m.outline.startsWith('M'));
  const [x, y] = m.points;
  assert.ok(x >= 0 && x <= 400 && y >= 0 && y <= m.height);
});

/** Runs the pinned `tsc --noEmit` on one file of tests/types against the built declarations. */
function typecheck(file) {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'maillage-ts-'));
  try {
    copyFileSync(join(here, 'types', file), join(dir, file));
    const config = JSON.parse(readFileSync(join(here, 'types', 'tsconfig.json'), 'utf8'));
    config.files = [file];
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    symlinkSync(DIST, join(dir, 'dist'));
    const tsc = join(here, '..', 'node_modules', 'typescript', 'bin', 'tsc');
    return spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the TypeScript declarations type every answer: a consumer compiles, a misuse does not', () => {
  const ok = typecheck('consumer.ts');
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  const bad = typecheck('misuse.ts');
  assert.notEqual(bad.status, 0, 'tsc accepted a misuse: the declarations are too loose');
  assert.match(bad.stdout, /refuge/);
  assert.match(bad.stdout, /length/);
});
