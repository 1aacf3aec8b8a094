// The engine in WebAssembly, side by side with the JS peer pipeline (peers.mjs), in the same
// Node process and run, on the same queries: locate, and nearest k = 10 with one category whose
// answer is usable in JS (real objects: references, distances, opening, reason codes).
//
//   cargo xtask dist && node wasm/bench/engine.mjs
//
// Prints a Markdown table (medians of the rounds after warm-up rounds, wall clock;
// with the machine, Node and the peers' versions; BENCHMARKS.md keeps the figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPeers, landQueries, machine, MANCHE_BOX, ROOT, timePeers, versions } from './peers.mjs';

const DIST = process.env.MAILLAGE_DIST ?? join(ROOT, 'target', 'dist');
const core = await import(join(DIST, 'maillage_core.js'));
core.initSync({ module: readFileSync(join(DIST, 'maillage_core_bg.wasm')) });
const NOW = Date.parse('2026-12-01T09:30:00Z'); // a Tuesday, 10:30 in Paris

/** The wasm engine behind the peers' interface (`locate` and `nearest` give arrays). */
function engine(bytes) {
  const finder = new core.Finder(bytes);
  return {
    finder,
    locate: (lat, lon) => finder.locate(lat, lon)?.territories,
    // Places only, as the peers compute (remote lines and their opening hours left out).
    nearest: (lat, lon, category, limit) =>
      finder.nearest(lat, lon, { categories: [category], limit, places_only: true }, NOW)?.places,
  };
}

/** How often the engine's places agree with the peers' (same ids in the same order). */
function agreement(wasm, peers, queries) {
  const services = wasm.finder.services('public');
  let same = 0;
  for (const q of queries) {
    const a = (wasm.nearest(q.lat, q.lon, q.category, 10) ?? []).map((n) => services[n.service].id);
    const b = (peers.nearest(q.lat, q.lon, q.category, 10) ?? []).map((n) => n.id);
    if (a.join() === b.join()) same += 1;
  }
  return `${same}/${queries.length}`;
}

const bytes = readFileSync(join(ROOT, 'data', 'manche.maillage'));
const peers = buildPeers(join(ROOT, 'data', 'manche'));
const queries = landQueries(peers, MANCHE_BOX, 2000, 1);
const wasm = engine(bytes);
const us = (t) => t.median_us.toFixed(2);

console.log(machine());
console.log(versions());
const w = timePeers(wasm, queries);
const p = timePeers(peers, queries);
console.log('| Manche, 2,000 land points | maillage wasm: µs per query, median | JS peers: µs, median | ratio |');
console.log('|---|---|---|---|');
for (const name of ['locate', 'nearest']) {
  const ratio = p[name].median_us / w[name].median_us;
  console.log(`| ${name} | ${us(w[name])} | ${us(p[name])} | ${ratio >= 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(1)}× slower`} |`);
}
console.log(`same places, same order: ${agreement(wasm, peers, queries)} queries`);
