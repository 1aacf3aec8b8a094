// The JS peer pipeline: what a web developer would assemble from npm to answer the engine's two
// geometric questions, with the same answers as the Rust engine (see `peers-check.mjs`):
//
// - locate(lat, lon): flatbush over territory bounding boxes, then turf's point-in-polygon
//   (borders count as inside, as in the engine); the commune's parents (EPCI, arrondissement,
//   tribunal, département, `pays:fr` nationally) come from its `parents` property, as the
//   engine takes them. Ids most specific first (commune, EPCI, arrondissement, tribunal,
//   département, other kinds), ties by id. **Left out:** the engine's 2 km coast tolerance (a
//   point at sea near the coast gets its nearest commune there; `null` here).
// - nearest(lat, lon, category, k): the places to go to (services with a public point) that a
//   person there may use — category matched, perpetrators' services only when asked for
//   (`auteurs` audience), served area `national` or listing one of the territories at the
//   point (the served-area rule) — nearest first. Like the engine, when few services serve the
//   person's territories (≤ 512) they are ranked directly; otherwise geokdbush's `around` walks
//   its k-d tree with the filter. Distances are geokdbush's haversine (sphere of radius
//   6,371 km), in metres; the engine ranks by geodesic distance on the WGS 84 ellipsoid
//   (Karney), so orders can differ between places at nearly the same distance.
//   Remote lines (phone, SMS, online), open states and the professional mode are left out: the
//   benchmark compares the places a member of the public is shown.
// - nearestBare(lat, lon, category, k): bare geokdbush (category and perpetrators filter, no
//   locate, no served-area rule), the floor of the "services serving all of France" case.
//
// The parents of communes are not point-tested (the engine tests them, then adds them from the
// commune anyway): only communes and territories that are no commune's parent are.
//
// `node wasm/bench/peers.mjs [manche|national|national-everywhere|all]` times the peers (see
// `timePeers`); the national data comes from `cargo xtask bench --prepare-only` and
// `cargo run -p maillage-benches --example export_synthetic`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import Flatbush from 'flatbush';
import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';

/** The workspace root (this file is in `wasm/bench/`). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The engine's order of territory kinds, most specific first (`TerritoryKind::rank`). */
const RANK = { commune: 0, epci: 1, arrondissement: 2, tribunal: 3, departement: 4 };
const rankOf = (kind) => RANK[kind] ?? 5;
const byRankThenId = (a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Below this many services serving a person's territories, they are ranked directly. */
const DIRECT_MAX = 512;

/** The categories a victim may ask for (`Category::ALL` without `auteurs`). */
export const CATEGORIES = ['urgence', 'ecoute', 'hebergement', 'soins', 'plainte', 'juridique',
  'protection', 'social', 'psy', 'enfants', 'sante-sexuelle'];

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * Builds the peers on a directory folder (`territories/*.geojson`, `services.json`,
 * `directory.json`).
 * Options: `services`, a services file other than `<dir>/services.json` (default: that file, else
 * `<dir>/synthetic/services.json`, the national benchmark's exported services);
 * `servedEverywhere`, every service serving the directory's scope instead of its own area (as
 * `served_everywhere` in `benches/src/lib.rs`).
 */
export function buildPeers(dir, { services: servicesPath, servedEverywhere = false } = {}) {
  // Territories: one record per GeoJSON feature.
  const territories = [];
  for (const file of readdirSync(join(dir, 'territories')).filter((f) => f.endsWith('.geojson')).sort()) {
    for (const f of readJson(join(dir, 'territories', file)).features) {
      const { kind, name, parents = [] } = f.properties;
      territories.push({ id: f.id, kind, name, parents, rank: rankOf(kind), geometry: f.geometry });
    }
  }
  const byId = new Map(territories.map((t) => [t.id, t]));
  // Wider territories that are some commune's parent are taken from the commune; only communes
  // and the others (custom territories) need a point-in-polygon test.
  const isParent = new Set(territories.filter((t) => t.kind === 'commune').flatMap((t) => t.parents));
  const tested = territories.filter((t) => t.kind === 'commune' || !isParent.has(t.id));
  for (const c of tested.filter((t) => t.kind === 'commune')) {
    // A commune's answer, computed once: itself and its parents, most specific first.
    const all = [c, ...c.parents.map((p) => byId.get(p)).filter(Boolean)];
    c.answer = [...new Map(all.map((t) => [t.id, t])).values()].sort(byRankThenId).map((t) => t.id);
  }
  const boxes = new Flatbush(tested.length);
  for (const t of tested) {
    const [minX, minY, maxX, maxY] = bbox(t.geometry);
    boxes.add(minX, minY, maxX, maxY);
  }
  boxes.finish();

  /**
   * Territory ids containing the point, most specific first; `null` outside every commune.
   * The array may be shared between calls: read it, do not change it.
   */
  function locate(lat, lon) {
    const pt = [lon, lat];
    let commune = null;
    let others = null; // rarely: a second commune (on a border) or a custom territory
    for (const i of boxes.search(lon, lat, lon, lat)) {
      const t = tested[i];
      if (!booleanPointInPolygon(pt, t.geometry)) continue;
      if (!commune && t.kind === 'commune') commune = t;
      else (others ??= []).push(t);
    }
    if (!commune) return null;
    if (!others) return commune.answer;
    const all = [...commune.answer.map((id) => byId.get(id)), ...others];
    return [...new Map(all.map((t) => [t.id, t])).values()].sort(byRankThenId).map((t) => t.id);
  }

  // Services: only places to go to (a public point) can be nearest.
  const scope = readJson(join(dir, 'directory.json')).scope;
  servicesPath ??= existsSync(join(dir, 'services.json'))
    ? join(dir, 'services.json')
    : join(dir, 'synthetic', 'services.json');
  const places = readJson(servicesPath).services.filter(
    (s) => s.location?.point && (s.location.visibility ?? 'public') === 'public',
  );
  // Per service, one word of flags read by every filter: category bits, then perpetrators'
  // service, then "serves all of France".
  const catBit = new Map(CATEGORIES.concat('auteurs').map((c, i) => [c, 1 << i]));
  const PERPETRATORS = 1 << 16;
  const NATIONAL = 1 << 17;
  const n = places.length;
  const ids = places.map((s) => s.id);
  const lats = new Float64Array(n);
  const lons = new Float64Array(n);
  const flags = new Uint32Array(n);
  // Served territories as numbers, every service's list end to end (service i's are
  // areaNumbers[areaStart[i]] … areaNumbers[areaStart[i + 1] - 1]): compact, no string compared.
  const territoryNumber = new Map(territories.map((t, j) => [t.id, j]));
  const areaStart = new Uint32Array(n + 1);
  const areaList = [];
  const byArea = new Map(); // served territory id → service indexes
  const everywhere = []; // services serving all of France
  const points = new KDBush(n);
  places.forEach((s, i) => {
    ({ lat: lats[i], lon: lons[i] } = s.location.point);
    points.add(lons[i], lats[i]);
    const national = !servedEverywhere && s.served_area === 'national';
    flags[i] = s.categories.reduce((m, c) => m | (catBit.get(c) ?? 0), 0)
      | (s.audiences.includes('auteurs') ? PERPETRATORS : 0) | (national ? NATIONAL : 0);
    if (national) everywhere.push(i);
    for (const t of servedEverywhere ? [scope] : national ? [] : s.served_area) {
      if (!byArea.has(t)) byArea.set(t, []);
      byArea.get(t).push(i);
      if (territoryNumber.has(t)) areaList.push(territoryNumber.get(t));
    }
    areaStart[i + 1] = areaList.length;
  });
  points.finish();
  const areaNumbers = Uint32Array.from(areaList);
  const seen = new Uint32Array(n); // per service, the last query that listed it
  const marked = new Uint32Array(territories.length); // per territory, the last query at it
  let stamp = 0;

  /** Category and perpetrators rule: a filter on service indexes (`null`: unknown category). */
  function fitting(category, perpetrators) {
    const want = category ? catBit.get(category) ?? 0 : 0;
    if (category && !want) return null;
    const perp = perpetrators ? PERPETRATORS : 0;
    return (i) => (want === 0 || (flags[i] & want) !== 0) && (flags[i] & PERPETRATORS) === perp;
  }
  const answer = (lat, lon, i) => ({ id: ids[i], distance_m: distance(lon, lat, lons[i], lats[i]) * 1000 });

  /**
   * The k nearest places for a person at (lat, lon) asking for `category` (any when null),
   * `[{id, distance_m}]` nearest first; `null` outside every commune (as the engine's `None`).
   */
  function nearest(lat, lon, category, k = 10, { perpetrators = false } = {}) {
    const here = locate(lat, lon);
    if (!here) return null;
    const fits = fitting(category, perpetrators);
    if (!fits) return [];
    stamp += 1;
    let serving = everywhere.length;
    for (const t of here) serving += byArea.get(t)?.length ?? 0;
    if (serving <= DIRECT_MAX) {
      // Few services serve these territories: rank them all (each once).
      const found = [];
      const visit = (i) => {
        if (seen[i] === stamp) return;
        seen[i] = stamp;
        if (fits(i)) found.push(answer(lat, lon, i));
      };
      for (const t of here) byArea.get(t)?.forEach(visit);
      everywhere.forEach(visit);
      found.sort((a, b) => a.distance_m - b.distance_m || (a.id < b.id ? -1 : 1));
      return found.slice(0, k);
    }
    // Many: walk the k-d tree nearest first, keeping services that fit and serve the person.
    for (const t of here) marked[territoryNumber.get(t)] = stamp;
    const serves = (i) => {
      if ((flags[i] & NATIONAL) !== 0) return true;
      for (let a = areaStart[i]; a < areaStart[i + 1]; a++) if (marked[areaNumbers[a]] === stamp) return true;
      return false;
    };
    return around(points, lon, lat, k, Infinity, (i) => fits(i) && serves(i)).map((i) => answer(lat, lon, i));
  }

  /**
   * Bare geokdbush: the k nearest places with the category and perpetrators filter only — no
   * locate, no served-area rule. The same answers as `nearest` only where every service serves
   * the point (the "served all of France" variant, on land); the floor for that case.
   */
  function nearestBare(lat, lon, category, k = 10, { perpetrators = false } = {}) {
    const fits = fitting(category, perpetrators);
    return fits ? around(points, lon, lat, k, Infinity, fits).map((i) => answer(lat, lon, i)) : [];
  }

  return { locate, nearest, nearestBare, counts: { territories: territories.length, tested: tested.length, places: n } };
}

/** [minX, minY, maxX, maxY] of a Polygon or MultiPolygon. */
function bbox(geometry) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const poly of polys) {
    for (const [x, y] of poly[0]) {
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    }
  }
  return b;
}

/** A small seeded generator (mulberry32): the same queries on every run. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` queries on land in a box ([[minLon, minLat], [maxLon, maxLat]]): points drawn uniformly,
 * kept when `peers.locate` finds a commune, each with a random category and k = 10.
 */
export function landQueries(peers, box, n, seed = 1) {
  const rnd = random(seed);
  const [[x0, y0], [x1, y1]] = box;
  const out = [];
  while (out.length < n) {
    const lat = y0 + (y1 - y0) * rnd();
    const lon = x0 + (x1 - x0) * rnd();
    if (peers.locate(lat, lon)) {
      out.push({ lat, lon, category: CATEGORIES[Math.floor(rnd() * CATEGORIES.length)], limit: 10 });
    }
  }
  return out;
}

/** The Manche département's box (lon/lat), a little beyond its communes. */
export const MANCHE_BOX = [[-1.95, 48.45], [-0.73, 49.73]];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Times `peers` on `queries` (`[{lat, lon, category, limit}]`), cycling through all of them as
 * the criterion benchmarks do: for locate and nearest (with `bare`, `nearestBare` too), the
 * mean time per query of each round, after `warmup` untimed rounds. Returns, in µs per query,
 * the median over `rounds` rounds of the wall clock (`median_us`) and of the process's CPU
 * time (`cpu_us`: leaves out the time waiting for a core on a busy machine), and every round's
 * wall-clock figure.
 */
export function timePeers(peers, queries, { rounds = 15, warmup = 3, bare = false } = {}) {
  let sink = 0; // keeps the answers alive, so no call is optimized away
  const tasks = {
    locate: () => { for (const q of queries) sink += peers.locate(q.lat, q.lon)?.length ?? 0; },
    nearest: () => { for (const q of queries) sink += peers.nearest(q.lat, q.lon, q.category, q.limit ?? 10)?.length ?? 0; },
  };
  if (bare) tasks.nearestBare = () => { for (const q of queries) sink += peers.nearestBare(q.lat, q.lon, q.category, q.limit ?? 10).length; };
  const out = {};
  for (const [name, task] of Object.entries(tasks)) {
    for (let r = 0; r < warmup; r++) task();
    const wall = [];
    const cpu = [];
    for (let r = 0; r < rounds; r++) {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      task();
      wall.push(Number(process.hrtime.bigint() - t0) / 1e3 / queries.length);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / queries.length);
    }
    out[name] = { median_us: median(wall), cpu_us: median(cpu), rounds_us: wall };
  }
  out.sink = sink;
  return out;
}

/**
 * Times several engines with the peers' interface on the same `queries`, round by round in
 * turn: each round runs every engine once, in an order that rotates, so that a change in the
 * machine's load during the run weighs on all of them alike (the machine is shared). For each
 * task (`locate`, `nearest`) an engine lacks, it is left out. Returns per engine and task, in
 * µs per query, the median over `rounds` rounds (`median_us`) and the median of the per-round
 * ratio of its time to the first engine's (`ratio`; below 1: faster).
 */
export function timeSideBySide(engines, queries, { rounds = 15, warmup = 3 } = {}) {
  let sink = 0; // keeps the answers alive, so no call is optimized away
  // An answer is a list (its length counts) or a count of numbers read in place.
  const size = (a) => (typeof a === 'number' ? a : a?.length ?? 0);
  const run = {
    locate: (e) => { for (const q of queries) sink += size(e.locate(q.lat, q.lon)); },
    nearest: (e) => { for (const q of queries) sink += size(e.nearest(q.lat, q.lon, q.category, q.limit ?? 10)); },
  };
  const out = Object.fromEntries(Object.keys(engines).map((name) => [name, {}]));
  for (const task of Object.keys(run)) {
    const names = Object.keys(engines).filter((name) => engines[name][task]);
    for (let r = 0; r < warmup; r++) for (const name of names) run[task](engines[name]);
    const times = Object.fromEntries(names.map((name) => [name, []]));
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(r + k) % names.length];
        const t0 = process.hrtime.bigint();
        run[task](engines[name]);
        times[name].push(Number(process.hrtime.bigint() - t0) / 1e3 / queries.length);
      }
    }
    for (const name of names) {
      out[name][task] = {
        median_us: median(times[name]),
        ratio: median(times[name].map((t, r) => t / times[names[0]][r])),
      };
    }
  }
  out.sink = sink;
  return out;
}

/** Node version and the machine, for the benchmark's table. */
export function machine() {
  const cpus = os.cpus();
  return `Node ${process.version}, ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`;
}

/** The JS peers' package versions, as installed. */
export function versions() {
  const v = (name) => readJson(join(ROOT, 'wasm', 'node_modules', name, 'package.json')).version;
  return ['flatbush', 'kdbush', 'geokdbush', '@turf/boolean-point-in-polygon']
    .map((name) => `${name}@${v(name)}`).join(', ');
}

// Run directly: build the peers and print their medians.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const which = process.argv[2] ?? 'manche';
  const national = process.env.MAILLAGE_BENCH_DATA ?? join(ROOT, 'target', 'cache', 'national');
  console.log(machine());
  console.log(versions());
  const runs = {
    manche: () => {
      const peers = buildPeers(join(ROOT, 'data', 'manche'));
      return [peers, landQueries(peers, MANCHE_BOX, 10000, 1)];
    },
    national: () => {
      const peers = buildPeers(national);
      return [peers, readJson(join(national, 'synthetic', 'queries.json')).nearest];
    },
    'national-everywhere': () => {
      const peers = buildPeers(national, { servedEverywhere: true });
      return [peers, readJson(join(national, 'synthetic', 'queries.json')).nearest];
    },
  };
  const names = which === 'all' ? Object.keys(runs) : [which];
  console.log('| data | queries | locate: µs per query, median (CPU) | nearest k=10, one category: µs (CPU) | bare geokdbush k=10, one category: µs (CPU) |');
  console.log('|---|---|---|---|---|');
  const us = (t) => `${t.median_us.toFixed(2)} (${t.cpu_us.toFixed(2)})`;
  for (const name of names) {
    const t0 = performance.now();
    const [peers, queries] = runs[name]();
    const built = performance.now() - t0;
    const t = timePeers(peers, queries, { bare: name === 'national-everywhere' });
    console.log(`| ${name} (${peers.counts.tested} territories tested, ${peers.counts.places} places; built in ${(built / 1e3).toFixed(1)} s) | ${queries.length} | ${us(t.locate)} | ${us(t.nearest)} | ${t.nearestBare ? us(t.nearestBare) : '—'} |`);
  }
}
