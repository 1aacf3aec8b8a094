// The engine in WebAssembly, side by side with the JS peer pipeline (peers.mjs), in the same
// Node process and run, on the same queries: locate, and nearest k = 10 with one category whose
// answer is usable in JS. The engine is timed through its two ways of crossing into JS:
// - objects: `locate` and `nearest` build real JS objects (references, distances, opening,
//   reason codes) through serde-wasm-bindgen, one boundary call per field;
// - packed: `locatePacked` and `nearestPacked` (filters read once into a `Query`) return one
//   Float64Array per answer, the same facts as numbers (see `NEAREST_ROW` in wasm/src/lib.rs);
// - read in place: `locateInto` and `nearestInto` write the same numbers into an `Answer`,
//   read through a view of the module's memory: no array made per answer.
// A third way, a JSON string parsed in JS, is bounded from below by `JSON.parse` alone on the
// objects' JSON text (the wasm's serializing not counted): the "JSON.parse floor" row.
//
// Rounds are interleaved (each round times every engine once, in a rotating order) and each
// ratio is the median of the per-round ratios: the machine is shared, and its speed drifts
// during a run.
//
//   cargo xtask dist && node wasm/bench/engine.mjs            # the Manche, 2,000 land points
//   node wasm/bench/engine.mjs national                         # France, 100,000 services
//
// `national` needs the national benchmark data and its bundles: `cargo xtask bench
// --prepare-only`, then `cargo run --release -p maillage-benches --example export_synthetic`
// (see BENCHMARKS.md). It measures, on the criterion benchmarks' 10,000 nearest queries:
// services serving their commune (against the peers' pipeline), and services serving all of
// France (against the pipeline and against bare geokdbush, the floor of that case).
//
// Prints Markdown tables (medians of the rounds after warm-up rounds, wall clock), with the
// machine, Node and the peers' versions; BENCHMARKS.md keeps the figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPeers, CATEGORIES, landQueries, machine, MANCHE_BOX, ROOT, timeSideBySide, versions } from './peers.mjs';

const DIST = process.env.MAILLAGE_DIST ?? join(ROOT, 'target', 'dist');
const core = await import(join(DIST, 'maillage_core.js'));
const wasm = core.initSync({ module: readFileSync(join(DIST, 'maillage_core_bg.wasm')) });
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
 * The wasm engine behind the peers' interface, writing the packed numbers into one `Answer`
 * read in place through a view of the module's memory (made again only when the memory grows);
 * an answer is its count of numbers, after reading the first one (`-1`: outside the area).
 */
function inPlace(finder) {
  const queries = new Map(CATEGORIES.map((c) => [c, new core.Query({ categories: [c], limit: 10, places_only: true })]));
  const answer = new core.Answer();
  let memory = new Float64Array(wasm.memory.buffer);
  const read = (count) => {
    if (count < 0) return undefined;
    if (memory.byteLength === 0) memory = new Float64Array(wasm.memory.buffer);
    return count + (memory[answer.offset / 8] === Infinity ? 1 : 0); // the first number read
  };
  return {
    locate: (lat, lon) => read(finder.locateInto(lat, lon, answer)),
    nearest: (lat, lon, category) => read(finder.nearestInto(lat, lon, queries.get(category), NOW, answer)),
  };
}

/**
 * `JSON.parse` of the objects' answers as JSON text: what a JSON crossing costs at least.
 * The timer asks the queries in order, round after round: the texts are read in that order.
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

const us = (t) => t.median_us.toFixed(2);
const ratio = (t) => (t.ratio <= 1 ? `${(1 / t.ratio).toFixed(1)}× faster` : `${t.ratio.toFixed(1)}× slower`);

/** One table: the first engine is the reference of the ratios. */
function table(title, engines, queries, rounds) {
  const t = timeSideBySide(engines, queries, { rounds });
  const names = Object.keys(engines);
  console.log(`| ${title} | locate | ratio | nearest k = 10, one category | ratio |`);
  console.log('|---|---|---|---|---|');
  for (const name of names) {
    const cell = (task) => (t[name][task] ? [us(t[name][task]), name === names[0] ? '—' : ratio(t[name][task])] : ['—', '—']);
    console.log(`| ${name} | ${cell('locate').join(' | ')} | ${cell('nearest').join(' | ')} |`);
  }
}

console.log(machine());
console.log(versions());
if (process.argv[2] === 'national') {
  const data = process.env.MAILLAGE_BENCH_DATA ?? join(ROOT, 'target', 'cache', 'national');
  const queries = JSON.parse(readFileSync(join(data, 'synthetic', 'queries.json'), 'utf8')).nearest;
  for (const [name, servedEverywhere] of [['national', false], ['national-everywhere', true]]) {
    const services = join(data, 'synthetic', 'services.json');
    const peers = buildPeers(data, { services, servedEverywhere });
    let t0 = performance.now();
    const finder = new core.Finder(readFileSync(join(data, 'synthetic', `${name}.maillage`)));
    const opened = performance.now() - t0;
    const engines = {
      'JS peers': peers,
      'maillage wasm, objects': objects(finder),
      'maillage wasm, packed': packed(finder),
      'maillage wasm, read in place': inPlace(finder),
    };
    if (servedEverywhere) engines['bare geokdbush (no locate, no served area)'] = { nearest: peers.nearestBare };
    const what = servedEverywhere ? 'every service serving all of France' : 'services serving their commune';
    table(`France, 100,000 services, ${what}; ${queries.length} land points, µs per query (median of 15 rounds)`, engines, queries, 15);
    console.log(`bundle opened in ${(opened / 1e3).toFixed(1)} s; same places, same order: ${agreement(finder, peers, queries.slice(0, 1000))} queries`);
    finder.free();
  }
} else {
  const bytes = readFileSync(join(ROOT, 'data', 'manche.maillage'));
  const peers = buildPeers(join(ROOT, 'data', 'manche'));
  const queries = landQueries(peers, MANCHE_BOX, 2000, 1);
  const finder = new core.Finder(bytes);
  table('Manche, 2,000 land points, µs per query (median of 15 rounds)', {
    'JS peers': peers,
    'maillage wasm, objects': objects(finder),
    'maillage wasm, packed': packed(finder),
    'maillage wasm, read in place': inPlace(finder),
    'JSON.parse floor (no wasm)': jsonFloor(finder, queries),
  }, queries, 15);
  console.log(`same places, same order: ${agreement(finder, peers, queries)} queries`);
}
