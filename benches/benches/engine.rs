//! The engine at national scale: `locate` per point, `nearest` (k = 10, one category), place
//! search per keystroke, and building the indexes. Run with `cargo xtask bench` (which
//! prepares the data first); `cargo xtask bench -- locate` runs only the matching benchmarks.
//!
//! First, the widget's own case (groups `manche-*`): the Manche directory as the widget opens
//! it (`data/manche.maillage`), on the 2,000 land points the WebAssembly bench uses
//! (`wasm/bench/engine.mjs`: the same box, a category each, places only), so that the native
//! engine and its WebAssembly can be read side by side.
//!
//! Times are wall-clock by default. With `MAILLAGE_BENCH_CLOCK=cpu` they are the benchmark
//! thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`), in groups suffixed `-cpu`: on a shared,
//! busy machine that leaves out the time the thread waits for a core.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{BatchSize, Criterion, Throughput};
use maillage::{Index, Point};
use maillage_benches::{
    box_points, keystrokes, land_points, land_points_in, nearest_queries, served_everywhere,
    National, MANCHE, SEED,
};

/// Query points per set (cycled through by the benchmarks).
const POINTS: usize = 10_000;

/// Calls `f` on each input in turn, forever: one call per iteration.
fn cycle<'a, T, R>(inputs: &'a [T], mut f: impl FnMut(&'a T) -> R + 'a) -> impl FnMut() -> R + 'a {
    let mut i = 0;
    move || {
        i = if i + 1 == inputs.len() { 0 } else { i + 1 };
        f(black_box(&inputs[i]))
    }
}

fn median_time(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

/// The calling thread's CPU time, in nanoseconds.
struct ThreadCpuTime;

fn thread_cpu_ns() -> u64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid, writable timespec; the clock id is a constant Linux knows.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    t.tv_sec as u64 * 1_000_000_000 + t.tv_nsec as u64
}

impl Measurement for ThreadCpuTime {
    type Intermediate = u64;
    type Value = u64;
    fn start(&self) -> u64 {
        thread_cpu_ns()
    }
    fn end(&self, start: u64) -> u64 {
        thread_cpu_ns().saturating_sub(start)
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, v: &u64) -> f64 {
        *v as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        &CpuFormatter
    }
}

/// Nanoseconds shown as ns, µs, ms or s of CPU time; throughput as elements per CPU second.
struct CpuFormatter;

impl ValueFormatter for CpuFormatter {
    fn scale_values(&self, typical: f64, values: &mut [f64]) -> &'static str {
        let (factor, unit) = match typical {
            t if t < 1e3 => (1.0, "ns (cpu)"),
            t if t < 1e6 => (1e-3, "µs (cpu)"),
            t if t < 1e9 => (1e-6, "ms (cpu)"),
            _ => (1e-9, "s (cpu)"),
        };
        values.iter_mut().for_each(|v| *v *= factor);
        unit
    }
    fn scale_throughputs(&self, _: f64, t: &Throughput, values: &mut [f64]) -> &'static str {
        let n = match t {
            Throughput::Elements(n) | Throughput::Bytes(n) | Throughput::BytesDecimal(n) => {
                *n as f64
            }
            _ => 1.0,
        };
        values.iter_mut().for_each(|v| *v = n * 1e9 / *v);
        "per cpu second"
    }
    fn scale_for_machines(&self, _: &mut [f64]) -> &'static str {
        "ns"
    }
}

/// The widget's case: the Manche bundle, 2,000 land points, k = 10, one category, places only.
fn manche<M: Measurement + 'static>(c: &mut Criterion<M>, suffix: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/manche.maillage");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let directory = maillage::bundle::decode(&bytes).expect("the Manche bundle decodes");
    let index = Index::new(directory.clone());
    let points = land_points_in(MANCHE, 2_000, SEED ^ 50, |p| {
        index.locate(p).is_some_and(|l| !l.approximate)
    });
    let queries: Vec<(Point, maillage::NearestQuery)> = points
        .iter()
        .copied()
        .zip(nearest_queries(points.len(), SEED ^ 51))
        .map(|(p, q)| {
            let q = maillage::NearestQuery {
                places_only: true,
                ..q
            };
            (p, q)
        })
        .collect();
    let mut g = c.benchmark_group(format!("manche-locate{suffix}"));
    g.throughput(Throughput::Elements(1));
    g.bench_function("land", |b| b.iter(cycle(&points, |p| index.locate(*p))));
    g.finish();
    let mut g = c.benchmark_group(format!("manche-nearest{suffix}"));
    g.throughput(Throughput::Elements(1));
    g.bench_function("k10-category-places", |b| {
        b.iter(cycle(&queries, |(p, q)| index.nearest(*p, q)))
    });
    g.finish();
    let mut g = c.benchmark_group(format!("manche-build{suffix}"));
    g.bench_function("decode", |b| {
        b.iter(|| maillage::bundle::decode(black_box(&bytes)))
    });
    g.bench_function("Index::new", |b| {
        b.iter_batched(|| directory.clone(), Index::new, BatchSize::SmallInput)
    });
    g.finish();
}

fn engine<M: Measurement + 'static>(c: &mut Criterion<M>, suffix: &str) {
    let national = National::load();
    eprintln!("data: {}", national.describe());
    let directory = &national.directory;
    let started = Instant::now();
    let index = Index::new(directory.clone());
    eprintln!(
        "Index::new (one run): {:.0} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    let wide = Index::new(served_everywhere(directory));

    // Sanity: the answers are the expected ones, so that the timings are of real work.
    let saint_lo = Point {
        lat: 49.1128,
        lon: -1.0724,
    };
    let here = index.locate(saint_lo).expect("Saint-Lô is in France");
    assert_eq!(here.territories[0].name, "Saint-Lô");
    assert_eq!(index.places("saint-lo", 5)[0].place.name, "Saint-Lô");
    assert_eq!(index.places("Marseile", 5)[0].place.name, "Marseille");

    let land = land_points(POINTS, SEED ^ 1, |p| {
        index.locate(p).is_some_and(|l| !l.approximate)
    });
    let boxed = box_points(POINTS, SEED ^ 2);
    let outside = boxed.iter().filter(|p| index.locate(**p).is_none()).count();
    eprintln!(
        "locate points: {POINTS} on land; {POINTS} in the mainland box ({:.0} % outside every commune)",
        outside as f64 * 100.0 / POINTS as f64
    );
    let queries: Vec<(Point, maillage::NearestQuery)> = land
        .iter()
        .copied()
        .zip(nearest_queries(POINTS, SEED ^ 3))
        .collect();
    for (name, index) in [("commune-served", &index), ("served-everywhere", &wide)] {
        let sample = &queries[..1000];
        let (mut places, mut full, mut remote) = (0, 0, 0);
        for (p, q) in sample {
            let a = index.nearest(*p, q).expect("on land");
            places += a.places.len();
            full += usize::from(a.places.len() == q.limit);
            remote += a.remote.len();
        }
        eprintln!(
            "nearest ({name}), over 1000 queries: {:.1} places and {:.1} remote services per answer; {:.0} % of answers have the 10 places asked",
            places as f64 / 1000.0,
            remote as f64 / 1000.0,
            full as f64 / 10.0
        );
    }
    let keys = keystrokes();
    let mut slowest: Vec<(Duration, &String)> = keys
        .iter()
        .map(|k| {
            (
                median_time(5, || {
                    black_box(index.places(k, 10));
                }),
                k,
            )
        })
        .collect();
    slowest.sort_by_key(|(t, _)| std::cmp::Reverse(*t));
    let total: Duration = slowest.iter().map(|(t, _)| *t).sum();
    eprintln!(
        "place search: {} keystrokes of {} names, mean {:.1} µs; slowest: {}",
        keys.len(),
        maillage_benches::NAMES.len(),
        total.as_secs_f64() * 1e6 / keys.len() as f64,
        slowest
            .iter()
            .take(8)
            .map(|(t, k)| format!("{k:?} {:.0} µs", t.as_secs_f64() * 1e6))
            .collect::<Vec<_>>()
            .join(", ")
    );

    let mut g = c.benchmark_group(format!("{}{suffix}", "locate"));
    g.throughput(Throughput::Elements(1));
    g.bench_function("land", |b| b.iter(cycle(&land, |p| index.locate(*p))));
    g.bench_function("mainland-box", |b| {
        b.iter(cycle(&boxed, |p| index.locate(*p)))
    });
    g.finish();

    let mut g = c.benchmark_group(format!("{}{suffix}", "nearest"));
    g.throughput(Throughput::Elements(1));
    g.bench_function("k10-category", |b| {
        b.iter(cycle(&queries, |(p, q)| index.nearest(*p, q)))
    });
    g.bench_function("k10-category-served-everywhere", |b| {
        b.iter(cycle(&queries, |(p, q)| wide.nearest(*p, q)))
    });
    g.finish();

    let short: Vec<&String> = keys.iter().filter(|k| k.chars().count() <= 2).collect();
    let middle: Vec<&String> = keys
        .iter()
        .filter(|k| (3..=4).contains(&k.chars().count()))
        .collect();
    let long: Vec<&String> = keys.iter().filter(|k| k.chars().count() >= 5).collect();
    let mut g = c.benchmark_group(format!("{}{suffix}", "places"));
    g.throughput(Throughput::Elements(1));
    g.bench_function("keystroke", |b| {
        b.iter(cycle(&keys, |k| index.places(k, 10)))
    });
    g.bench_function("keystroke-1-2-letters", |b| {
        b.iter(cycle(&short, |k| index.places(k, 10)))
    });
    g.bench_function("keystroke-3-4-letters", |b| {
        b.iter(cycle(&middle, |k| index.places(k, 10)))
    });
    g.bench_function("keystroke-5-letters-and-more", |b| {
        b.iter(cycle(&long, |k| index.places(k, 10)))
    });
    g.finish();

    let mut g = c.benchmark_group(format!("{}{suffix}", "build"));
    g.sample_size(10).measurement_time(Duration::from_secs(15));
    g.bench_function("Index::new", |b| {
        b.iter_batched(|| directory.clone(), Index::new, BatchSize::PerIteration)
    });
    g.finish();
}

fn main() {
    let config = |c: Criterion<WallTime>| {
        c.warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(3))
            .sample_size(30)
    };
    if std::env::var("MAILLAGE_BENCH_CLOCK").is_ok_and(|v| v == "cpu") {
        let mut c = config(Criterion::default())
            .with_measurement(ThreadCpuTime)
            .configure_from_args();
        manche(&mut c, "-cpu");
        engine(&mut c, "-cpu");
        c.final_summary();
    } else {
        let mut c = config(Criterion::default()).configure_from_args();
        manche(&mut c, "");
        engine(&mut c, "");
        c.final_summary();
    }
}
