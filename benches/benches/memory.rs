//! Heap used by the indexes at national scale, counted by a global allocator that tracks live
//! bytes (requested sizes, not the allocator's own overhead) and their peak.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use maillage::{Directory, Index};
use maillage_benches::National;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(live, Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(live, Relaxed);
        }
        p
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Relaxed);
            let live = LIVE.fetch_add(new_size, Relaxed) + new_size;
            PEAK.fetch_max(live, Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Live heap bytes retained by what `f` returns, and the peak above the start while it ran.
fn measure<T>(f: impl FnOnce() -> T) -> (T, usize, usize) {
    let before = LIVE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let value = f();
    let retained = LIVE.load(Relaxed).saturating_sub(before);
    let peak = PEAK.load(Relaxed).saturating_sub(before);
    (value, retained, peak)
}

fn mib(bytes: usize) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

fn main() {
    // `cargo bench` passes `--bench` (and any filter): a filter that names none of these
    // measurements skips them.
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    if !filters.is_empty() && !filters.iter().any(|f| "memory".contains(f.as_str())) {
        return;
    }
    let (national, directory_bytes, load_peak) = measure(National::load);
    println!("data: {}", national.describe());
    let directory: Directory = national.directory;
    // The directory is moved into the index, not copied: what the index adds is its indexes.
    let (index, i_bytes, i_peak) = measure(move || Index::new(directory));
    let (bundle, _, _) = measure(|| maillage::bundle::encode(index.directory()));

    println!("memory (live heap bytes, counted by a global allocator):");
    println!(
        "  directory (territories, places, services, national lines): {}  (peak while loading and generating {})",
        mib(directory_bytes),
        mib(load_peak)
    );
    println!(
        "  Index::new adds {} to the directory it takes  (peak while building {})",
        mib(i_bytes),
        mib(i_peak)
    );
    println!(
        "  bundle of this directory: {} ({} bytes)",
        mib(bundle.len()),
        bundle.len()
    );
}
