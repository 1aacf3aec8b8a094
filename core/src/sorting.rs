//! One sort for the engine's lists: territories, services, search keys, tags, cells.
//!
//! Written by hand around the standard sort because each `sort_unstable_by` is compiled anew
//! for every element type and comparison: at `opt-level = 3`, which the widget's hot path needs,
//! the engine's sorts were 2–16 KB of WebAssembly each (measured with the names kept), and the
//! widget 31 KB gzipped larger, past its 150 KB budget. Here one merge sort of `u32` positions,
//! compared through `&dyn Fn`, is compiled once (about 1 KB); each list only pays for applying
//! the order found. Sorting through here won back 30 KB gzipped. A query's short lists (its
//! candidates, places and lines) are sorted by insertion ([`sort_short_by`]): small when
//! compiled, and the fastest way for so few.

use std::cmp::Ordering;

/// Sorts `items` by `order`, like `sort_by` (equal items keep their order), through the one
/// shared sort of positions.
pub(crate) fn sort_by<T>(items: &mut [T], order: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut positions: Vec<u32> = (0..items.len() as u32).collect();
    sort_positions(&mut positions, &|a, b| {
        order(&items[a as usize], &items[b as usize])
    });
    permute(items, &mut positions);
}

/// Sorts `items` by `order`, like `sort_by`, for a query's short lists (its candidates, places
/// and lines): by insertion up to [`SHORT`] items, compiled small for each list and the fastest
/// way for so few; through [`sort_by`] beyond, so that a long list stays `n log n`.
pub(crate) fn sort_short_by<T>(items: &mut [T], order: impl Fn(&T, &T) -> Ordering) {
    if items.len() > SHORT {
        return sort_by(items, order);
    }
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && order(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The longest list [`sort_short_by`] sorts by insertion.
const SHORT: usize = 32;

/// Sorts `items` in their natural order, like `sort`.
pub(crate) fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The one compiled sort: `positions` ordered by `order`, equal ones kept in their order. A
/// bottom-up merge sort (runs of 8 by insertion, then merged in pairs): about 1 KB of
/// WebAssembly where the standard sort over `u32` was 7 KB at `opt-level = 3`.
#[inline(never)]
fn sort_positions(positions: &mut Vec<u32>, order: &dyn Fn(u32, u32) -> Ordering) {
    const RUN: usize = 8;
    for run in positions.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && order(run[j - 1], run[j]) == Ordering::Greater {
                run.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let n = positions.len();
    if n <= RUN {
        return;
    }
    let mut from = std::mem::take(positions);
    let mut to = vec![0u32; n];
    let mut width = RUN;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (a, b) = from[start..end].split_at(mid - start);
            let (mut i, mut j) = (0, 0);
            for slot in &mut to[start..end] {
                // The left run first among equals: the sort is stable.
                if j == b.len() || (i < a.len() && order(a[i], b[j]) != Ordering::Greater) {
                    *slot = a[i];
                    i += 1;
                } else {
                    *slot = b[j];
                    j += 1;
                }
            }
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    *positions = from;
}

/// Rearranges `items` so that the item at `positions[i]` comes at `i`, by following each cycle
/// of the permutation with swaps (no copy of the items). `positions` is used up.
fn permute<T>(items: &mut [T], positions: &mut [u32]) {
    const DONE: u32 = u32::MAX;
    for start in 0..positions.len() {
        if positions[start] == DONE {
            continue;
        }
        // Walk the cycle through `start`: slot `at` receives the item from `positions[at]`.
        let mut at = start;
        loop {
            let from = positions[at] as usize;
            positions[at] = DONE;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // The shared sort gives what the standard stable sort gives, equal keys in their
        // order: pairs compared by their first number only.
        #[test]
        fn sorts_as_the_standard_stable_sort(
            v in proptest::collection::vec((0u8..20, 0u16..1000), 0..300)
        ) {
            let mut got = v.clone();
            sort_by(&mut got, |a, b| a.0.cmp(&b.0));
            let mut expected = v;
            expected.sort_by_key(|a| a.0);
            prop_assert_eq!(got, expected);
        }

        // Short lists (by insertion) and long ones (merged) sort alike, and stably.
        #[test]
        fn short_lists_sort_as_the_standard_stable_sort(
            v in proptest::collection::vec((0u8..8, 0u16..1000), 0..80)
        ) {
            let mut got = v.clone();
            sort_short_by(&mut got, |a, b| a.0.cmp(&b.0));
            let mut expected = v;
            expected.sort_by_key(|a| a.0);
            prop_assert_eq!(got, expected);
        }

        // Items move whole (owned strings, pairs): none is lost or repeated.
        #[test]
        fn moves_owned_items_whole(
            v in proptest::collection::vec(("[a-c]{0,3}", 0u32..5), 0..100)
        ) {
            let mut got = v.clone();
            sort_by(&mut got, |a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
            let mut expected = v;
            expected.sort_unstable_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
            prop_assert_eq!(got, expected);
        }
    }
}
