// The engine in WebAssembly, side by side with the JS peer pipeline (peers.mjs), in the same
// Node process and run, on the same queries: locate, and nearest k = 10 with one category whose
// answer is usable in JS. The engine is timed through its two ways of crossing into JS:
// - objects: `locate` and `nearest` build real JS objects (references, distances, opening,
//   reason codes) through serde-wasm-bindgen, one boundary call per field;
// - packed: `locatePacked` and `nearestPacked` (filters read once into a `Query`) return one
//   Float64Array per answer, the same facts as numbers (see `NEAREST_ROW` in wasm/src/lib.rs).
// A third way, a JSON string parsed in JS, is bounded from below by `JSON.parse` alone on the
// objects' JSON text (the wasm's serializing not counted): the "JSON.parse floor" row.
//
//   cargo xtask dist && node wasm/bench/engine.mjs
//
// Prints a Markdown table (medians of the rounds after warm-up rounds, wall clock), with the
// machine, Node and the peers' versions; BENCHMARKS.md keeps the figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPeers, CATEGORIES, landQueries, machine, MANCHE_BOX, ROOT, timePeers, versions } from './peers.mjs';

const DIST = process.env.MAILLAGE_DIST ?? join(ROOT, 'target', 'dist');
const core = await import(join(DIST, 'maillage_core.js'));
core.initSync({ module: readFileSync(join(DIST, 'maillage_core_bg.wasm')) });
const NOW = Date.parse('2026-12-01T09:30:00Z'); // a Tuesday, 10:30 in Paris
const ROW = 8; // numbers per service in a packed nearest answer

/** The wasm engine behind the peers' interface, answering with JS objects. */
function objects(finder) {
  return {
    locate: (lat, lon) => finder.locate(lat, lon)?.territories,
    // Places only, as the peers compute (remote lines and their opening hours left out).
    nearest: (lat, lon, category, limit) =>
      finder.nearest(lat, lon, { categories: [category], limit, places_only: true }, NOW)?.places,
  };
}

/** The wasm engine behind the peers' interface, answering with one Float64Array each. */
function packed(finder) {
  const queries = new Map(CATEGORIES.map((c) => [c, new core.Query({ categories: [c], limit: 10, places_only: true })]));
  return {
    locate: (lat, lon) => finder.locatePacked(lat, lon),
    nearest: (lat, lon, category) => finder.nearestPacked(lat, lon, queries.get(category), NOW),
  };
}

/**
 * `JSON.parse` of the objects' answers as JSON text: what a JSON crossing costs at least.
 * `timePeers` asks the queries in order, round after round: the texts are read in that order.
 */
function jsonFloor(finder, queries) {
  const texts = queries.map((q) => ({
    locate: JSON.stringify(finder.locate(q.lat, q.lon)),
    nearest: JSON.stringify(finder.nearest(q.lat, q.lon, { categories: [q.category], limit: 10, places_only: true }, NOW)),
  }));
  let l = 0;
  let n = 0;
  return {
    locate: () => JSON.parse(texts[l++ % texts.length].locate)?.territories,
    nearest: () => JSON.parse(texts[n++ % texts.length].nearest)?.places,
  };
}

/** How often the engine's places agree with the peers' (same ids in the same order). */
function agreement(finder, peers, queries) {
  const services = finder.services('public');
  const engine = packed(finder);
  let same = 0;
  for (const q of queries) {
    const rows = engine.nearest(q.lat, q.lon, q.category) ?? [];
    const a = [];
    for (let i = 0; i < rows.length; i += ROW) a.push(services[rows[i]].id);
    const b = (peers.nearest(q.lat, q.lon, q.category, 10) ?? []).map((n) => n.id);
    if (a.join() === b.join()) same += 1;
  }
  return `${same}/${queries.length}`;
}

const bytes = readFileSync(join(ROOT, 'data', 'manche.maillage'));
const peers = buildPeers(join(ROOT, 'data', 'manche'));
const queries = landQueries(peers, MANCHE_BOX, 2000, 1);
const finder = new core.Finder(bytes);
const us = (t) => t.median_us.toFixed(2);

console.log(machine());
console.log(versions());
const p = timePeers(peers, queries);
const runs = [
  ['maillage wasm, objects', timePeers(objects(finder), queries)],
  ['maillage wasm, packed', timePeers(packed(finder), queries)],
  ['JSON.parse floor (no wasm)', timePeers(jsonFloor(finder, queries), queries)],
];
console.log('| Manche, 2,000 land points, µs per query (median of 15 rounds) | locate | ratio to JS peers | nearest k = 10, one category | ratio to JS peers |');
console.log('|---|---|---|---|---|');
const ratio = (mine, theirs) => (theirs >= mine ? `${(theirs / mine).toFixed(1)}× faster` : `${(mine / theirs).toFixed(1)}× slower`);
console.log(`| JS peers | ${us(p.locate)} | — | ${us(p.nearest)} | — |`);
for (const [name, t] of runs) {
  console.log(`| ${name} | ${us(t.locate)} | ${ratio(t.locate.median_us, p.locate.median_us)} | ${us(t.nearest)} | ${ratio(t.nearest.median_us, p.nearest.median_us)} |`);
}
console.log(`same places, same order: ${agreement(finder, peers, queries)} queries`);
