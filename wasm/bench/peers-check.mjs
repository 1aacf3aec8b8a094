// Do the JS peers (`peers.mjs`) give the Rust engine's answers? Compares them with the CLI's
// `locate` and `nearest --category C --limit 10` (`cargo run -p maillage-cli -- …`):
//
// - `node wasm/bench/peers-check.mjs` (or `manche`): 200 Manche points, category `ecoute`: 150
//   on land (drawn in the Manche's box, kept when the peers find a commune) and 50 anywhere in
//   the box (sea, neighbouring départements, the coast where the engine's 2 km tolerance
//   applies);
// - `national` / `national-everywhere`: 20 queries of the national benchmark, services serving
//   their commune / all of France: 15 of its nearest queries (land, their own categories) and 5
//   of its points in the mainland box (sea, neighbouring countries, coasts). Needs the national
//   data and its exported services (see `peers.mjs`); the folder is built once into a bundle
//   (`maillage build`, a minute or more) that each CLI call then decodes.
//
// Builds the CLI first (`cargo build -p maillage-cli` into this work tree's `target/`;
// `MAILLAGE_CLI=path/to/maillage` to use another binary; `POINTS=…` for another count).
// Prints the agreement; exits 1 when an answer differs beyond the coast tolerance and distance
// ties.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildPeers, landQueries, random, MANCHE_BOX, ROOT } from './peers.mjs';

const MODE = process.argv[2] ?? 'manche';
const NATIONAL = process.env.MAILLAGE_BENCH_DATA ?? join(ROOT, 'target', 'cache', 'national');
const POINTS = Number(process.env.POINTS || (MODE === 'manche' ? 200 : 20));
const LAND = Math.round(POINTS * 0.75);
const K = 10;

/** The directory folder or bundle the CLI reads, and the peers built on the same data. */
function setup() {
  if (MODE === 'manche') {
    const dir = join(ROOT, 'data', 'manche');
    return [dir, buildPeers(dir)];
  }
  // A folder with the national files and the exported services as its `services.json`
  // (rewritten to serve the scope for `national-everywhere`, as `served_everywhere` does).
  const everywhere = MODE === 'national-everywhere';
  const dir = join(ROOT, 'target', 'cache', `peers-check-${MODE}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['territories', 'directory.json', 'national.json', 'places.json']) symlinkSync(join(NATIONAL, f), join(dir, f));
  const exported = join(NATIONAL, 'synthetic', 'services.json');
  if (everywhere) {
    const { scope } = JSON.parse(readFileSync(join(NATIONAL, 'directory.json'), 'utf8'));
    const { services } = JSON.parse(readFileSync(exported, 'utf8'));
    for (const s of services) s.served_area = [scope];
    writeFileSync(join(dir, 'services.json'), JSON.stringify({ services }));
  } else {
    symlinkSync(exported, join(dir, 'services.json'));
  }
  // Checking 100,000 services on every call would take minutes: build a bundle once.
  const bundle = `${dir}.maillage`;
  execFileSync(cli, ['build', dir, '--output', bundle], { stdio: 'inherit' });
  return [bundle, buildPeers(NATIONAL, { servedEverywhere: everywhere })];
}

let cli = process.env.MAILLAGE_CLI;
if (!cli) {
  // Built in this work tree's own target directory: in a CARGO_TARGET_DIR shared by several
  // work trees of the repository, cargo takes another tree's build of the same crate for fresh
  // (same relative paths, same hashes), and `debug/maillage` may be another branch's binary.
  const target = join(ROOT, 'target');
  execFileSync('cargo', ['build', '-q', '-p', 'maillage-cli'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CARGO_TARGET_DIR: target } });
  cli = join(target, 'debug', 'maillage');
}
const [DIR, peers] = setup();

// Two places are a distance tie when their distances differ by less than the sphere/ellipsoid
// gap (the peers' haversine vs the engine's geodesic distance: up to about 0.5 %) plus the CLI's
// rounding to the metre.
const tie = (a, b) => Math.abs(a - b) <= 1 + 0.006 * Math.max(a, b);

const run = promisify(execFile);
/** The CLI's JSON answer (it exits 1 with `{"outside": true}` outside the directory's area). */
async function ask(args) {
  const out = await run(cli, [...args, '--directory', DIR, '--format', 'json'])
    .catch((e) => (e.stdout ? e : Promise.reject(e)));
  return JSON.parse(out.stdout);
}

const rnd = random(7);
const [[x0, y0], [x1, y1]] = MANCHE_BOX;
const points = (MODE === 'manche'
  ? [
      ...landQueries(peers, MANCHE_BOX, LAND, 42).map((q) => ({ ...q, category: 'ecoute' })),
      ...Array.from({ length: POINTS - LAND }, () => ({ lat: y0 + (y1 - y0) * rnd(), lon: x0 + (x1 - x0) * rnd(), category: 'ecoute' })),
    ]
  : ((q) => [
      ...q.nearest.slice(0, LAND),
      ...q.box.slice(0, POINTS - LAND).map(([lat, lon], i) => ({ lat, lon, category: q.nearest[i].category })),
    ])(JSON.parse(readFileSync(join(NATIONAL, 'synthetic', 'queries.json'), 'utf8')))
).map((p) => ({ ...p, lat: +p.lat.toFixed(5), lon: +p.lon.toFixed(5) })); // the CLI's input precision

const tally = {
  locate: { same: 0, bothOutside: 0, coast: 0, differ: 0 },
  nearest: { exact: 0, ties: 0, coast: 0, differ: 0, bothOutside: 0 },
};
const gaps = []; // relative gap haversine vs geodesic, same service, beyond 1 km (the CLI rounds to the metre)
const problems = [];

async function check(p) {
  const at = `${p.lat},${p.lon}`;
  const [located, near] = await Promise.all([
    ask(['locate', at]),
    ask(['nearest', at, '--category', p.category, '--limit', String(K)]),
  ]);
  // locate
  const js = peers.locate(p.lat, p.lon);
  const rust = located.outside ? null : located.territories.map((t) => t.id);
  if (!js && !rust) tally.locate.bothOutside++;
  else if (js && rust && js.join() === rust.join()) tally.locate.same++;
  else if (!js && located.approximate) tally.locate.coast++; // the tolerance left out of the peers
  else { tally.locate.differ++; problems.push(`locate ${at}: peers ${js}, engine ${rust}`); }
  // nearest
  const jn = peers.nearest(p.lat, p.lon, p.category, K);
  if (near.outside) {
    if (jn) { tally.nearest.differ++; problems.push(`nearest ${at}: engine outside, peers answer`); } else tally.nearest.bothOutside++;
    return;
  }
  if (!jn) {
    if (located.approximate) tally.nearest.coast++;
    else { tally.nearest.differ++; problems.push(`nearest ${at}: peers outside`); }
    return;
  }
  const rn = near.results.map((r) => ({ id: r.id, distance_m: r.distance_m }));
  const rById = new Map(rn.map((r) => [r.id, r.distance_m]));
  for (const j of jn) if (rById.has(j.id) && rById.get(j.id) >= 1000) gaps.push(Math.abs(j.distance_m - rById.get(j.id)) / rById.get(j.id));
  if (jn.map((r) => r.id).join() === rn.map((r) => r.id).join()) tally.nearest.exact++;
  else if (jn.length === rn.length && jn.every((j, i) => j.id === rn[i].id || tie(j.distance_m, rn[i].distance_m))) tally.nearest.ties++;
  else {
    tally.nearest.differ++;
    problems.push(`nearest ${at}: peers ${jn.map((r) => `${r.id}@${Math.round(r.distance_m)}`)}; engine ${rn.map((r) => `${r.id}@${r.distance_m}`)}`);
  }
}

// Two CLI processes at a time (each loads the directory folder).
const queue = [...points];
const t0 = performance.now();
await Promise.all([0, 1].map(async () => { for (let p; (p = queue.shift());) await check(p); }));

gaps.sort((a, b) => a - b);
const pct = (x) => `${(x * 100).toFixed(3)} %`;
console.log(`${MODE}: ${points.length} points (${LAND} on land, ${points.length - LAND} anywhere in the ${MODE === 'manche' ? 'Manche' : 'mainland'} box), CLI ${cli}, ${((performance.now() - t0) / 1e3).toFixed(0)} s`);
console.log(`locate:  same ${tally.locate.same}, both outside ${tally.locate.bothOutside}, at sea within the engine's 2 km coast tolerance (left out of the peers) ${tally.locate.coast}, differ ${tally.locate.differ}`);
console.log(`nearest (k = ${K}, ${MODE === 'manche' ? 'ecoute' : 'one category each'}): same ids in the same order ${tally.nearest.exact}, same up to distance ties ${tally.nearest.ties}, both outside ${tally.nearest.bothOutside}, coast tolerance ${tally.nearest.coast}, differ ${tally.nearest.differ}`);
if (gaps.length) console.log(`distance, haversine (peers) vs geodesic (engine), same service: median gap ${pct(gaps[gaps.length >> 1])}, max ${pct(gaps[gaps.length - 1])} (${gaps.length} pairs)`);
for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
process.exit(tally.locate.differ + tally.nearest.differ > 0 ? 1 : 0);
