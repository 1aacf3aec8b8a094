// The WebAssembly bindings in Node: the same JSON answers as the CLI, errors as JS Errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './server.mjs';

const core = await import(join(DIST, 'maillage_core.js'));
core.initSync({ module: readFileSync(join(DIST, 'maillage_core_bg.wasm')) });
const bundle = readFileSync(join(DIST, 'manche.maillage'));
const finder = new core.Finder(bundle);
const NOW = Date.parse('2026-12-01T09:00:00Z'); // 10:00 in Paris, a Tuesday

test('metadata says the directory is a sample and lists the national lines', () => {
  const m = JSON.parse(finder.metadata());
  assert.equal(m.metadata.scope, 'departement:50');
  assert.equal(m.metadata.sample, true);
  assert.ok(m.national.some((n) => n.id === '3919'));
  assert.equal(m.categories.length, 12);
});

test('place search: st lo, 50100, tourlaville, granvile', () => {
  const first = (q) => JSON.parse(finder.places(q, 5)).places[0];
  assert.equal(first('st lo').name, 'Saint-Lô');
  assert.equal(first('50100').name, 'Cherbourg-en-Cotentin');
  assert.equal(first('tourlaville').via, 'Tourlaville');
  assert.equal(first('granvile').id, 'commune:50218');
  assert.deepEqual(JSON.parse(finder.places('zzzz', 5)).places, []);
});

test('locate and nearest answer like the CLI', () => {
  const here = JSON.parse(finder.locate(49.1128, -1.0724));
  assert.equal(here.territories[0].id, 'commune:50502');
  const answer = JSON.parse(finder.nearest(48.83, -1.5575, JSON.stringify({ categories: ['ecoute'], limit: 5 }), NOW));
  assert.ok(answer.results.length > 0 && answer.results.length <= 5);
  assert.ok(answer.results.every((r) => r.categories.includes('ecoute')));
  assert.ok(answer.remote.some((r) => r.id === '3919' && r.open === true));
  assert.equal(finder.locate(49.5, -2.5), 'null');
});

test('pathway: in danger now puts urgence first', () => {
  const p = JSON.parse(finder.pathway(48.8375, -1.597, 'in_danger_now=yes,children=yes', NOW));
  assert.equal(p.steps[0].id, 'urgence');
  assert.ok(p.steps.some((s) => s.id === 'enfants'));
});

test('errors become JS Errors carrying the message', () => {
  assert.throws(() => new core.Finder(new Uint8Array([1, 2, 3])), (e) => e instanceof Error && /not a maillage bundle/.test(e.message));
  const truncated = bundle.subarray(0, bundle.length / 2);
  assert.throws(() => new core.Finder(truncated), /corrupted or truncated/);
  assert.throws(() => finder.pathway(48.8, -1.5, 'children=maybe', NOW), /yes or no/);
  assert.throws(() => finder.nearest(48.8, -1.5, '{"categories":["refuge"]}', NOW), /unknown Category `refuge`/);
  assert.throws(() => finder.routes('epci:0'), /unknown territory/);
  assert.throws(() => finder.locate(91, 0), /out of range/);
});

test('routes for professionals include professionals-only contacts', () => {
  const r = JSON.parse(finder.routes('commune:50502'));
  const contacts = r.steps.flatMap((s) => s.services.flatMap((x) => x.contacts));
  assert.ok(contacts.some((c) => c.professionals_only));
});

test('map: an outline and projected points', () => {
  const m = JSON.parse(finder.map('epci:200042604', 400, new Float64Array([48.8375, -1.597])));
  assert.equal(m.width, 400);
  assert.ok(m.outline.startsWith('M'));
  const [[x, y]] = m.points;
  assert.ok(x >= 0 && x <= 400 && y >= 0 && y <= m.height);
});
