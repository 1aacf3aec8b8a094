//! Place search for the search box: communes, former communes and postcodes, as people type.
//!
//! Names are folded (case, accents, hyphens, apostrophes; `st`/`ste` read as `saint`/`sainte`)
//! and indexed by every word start in one sorted list, so a keystroke is a binary search. One
//! typo is tolerated from 5 letters, among names sharing the query's first two letters (a typo in
//! the first two letters is not caught: a deliberate limit that keeps each keystroke cheap).

use crate::directory::{Place, PlaceKind};
use crate::territory::TerritoryId;

/// Folds a text for matching: lowercase ASCII words separated by single spaces.
///
/// Written by hand rather than with `unicode-normalization`: French place names only use
/// Latin-1 letters plus œ/æ, and the full normalization tables would weigh on the widget.
///
/// ```
/// use maillage::fold;
/// assert_eq!(fold("Saint-Lô"), "saint lo");
/// assert_eq!(fold("st lo"), "saint lo");
/// assert_eq!(fold("L'Étang-Bertrand"), "l etang bertrand");
/// assert_eq!(fold("Ste-Mère-Église"), "sainte mere eglise");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let mapped: &str = match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => "a",
            'ç' => "c",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'î' | 'ï' | 'í' | 'ì' => "i",
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' => "o",
            'ù' | 'û' | 'ü' | 'ú' => "u",
            'ÿ' | 'ý' => "y",
            'ñ' => "n",
            'œ' => "oe",
            'æ' => "ae",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => " ",
        };
        out.push_str(mapped);
    }
    out.split_whitespace()
        .map(|w| match w {
            "st" => "saint",
            "ste" => "sainte",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// How a place matched a query, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatchQuality {
    /// The whole name, or a whole postcode.
    Exact,
    /// The beginning of the name or of a postcode.
    Prefix,
    /// The beginning of a later word of the name ("lo" in "Saint-Lô").
    WordPrefix,
    /// With one typo.
    Typo,
}

/// A place found by [`Index::places`](crate::Index::places).
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceMatch<'a> {
    /// The current commune people are in.
    pub commune: TerritoryId,
    /// The place that matched: the commune itself, or a former commune ("via Tourlaville").
    pub place: &'a Place,
    /// The current commune's own place entry (name, postcodes, point to show).
    pub current: &'a Place,
    /// How it matched.
    pub quality: MatchQuality,
}

impl serde::Serialize for PlaceMatch<'_> {
    /// `{"id", "name", "postcodes", "lat", "lon", "via", "match"}`: the current commune, and the
    /// former commune's name in `via` when that is what matched.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("PlaceMatch", 7)?;
        st.serialize_field("id", &self.commune)?;
        st.serialize_field("name", &self.current.name)?;
        st.serialize_field("postcodes", &self.current.postcodes)?;
        st.serialize_field("lat", &self.current.point.lat)?;
        st.serialize_field("lon", &self.current.point.lon)?;
        let via = (self.place.id != self.commune).then_some(&self.place.name);
        st.serialize_field("via", &via)?;
        st.serialize_field("match", &self.quality)?;
        st.end()
    }
}

/// An index over a directory's places (used through [`crate::Index::places`]).
#[derive(Clone, Debug, Default)]
pub(crate) struct PlaceSearch {
    /// (folded text from a word start, place index, starts at the name's start)
    keys: Vec<(String, u32, bool)>,
    /// (postcode, place index)
    postcodes: Vec<(String, u32)>,
    /// The ranked answers to every query of one or two characters (the first keystrokes,
    /// which match the most names), by query: at most [`SHORT_KEEP`] communes each.
    short: Vec<(String, Vec<(MatchQuality, u32)>)>,
}

/// Queries of at most this many bytes are answered from a table built with the index.
const SHORT: usize = 2;
/// The table is built only from this many places: below it a short query scans few keys (a
/// département's 700 places: microseconds), and building the table would be most of the
/// index's build time, paid on every page load of the widget.
const SHORT_TABLE_FROM: usize = 5_000;
/// How many communes the table keeps per short query.
const SHORT_KEEP: usize = 16;

impl PlaceSearch {
    /// Indexes places (`directory.places`).
    pub(crate) fn new(places: &[Place]) -> Self {
        let mut keys = Vec::new();
        let mut postcodes = Vec::new();
        for (i, p) in places.iter().enumerate() {
            let i = i as u32;
            let folded = fold(&p.name);
            let mut start = 0;
            loop {
                keys.push((folded[start..].to_owned(), i, start == 0));
                match folded[start..].find(' ') {
                    Some(sp) => start += sp + 1,
                    None => break,
                }
            }
            for pc in &p.postcodes {
                postcodes.push((pc.clone(), i));
            }
        }
        crate::sorting::sort(&mut keys);
        crate::sorting::sort(&mut postcodes);
        let mut search = PlaceSearch {
            keys,
            postcodes,
            short: Vec::new(),
        };
        if places.len() < SHORT_TABLE_FROM {
            return search;
        }
        let mut prefixes: Vec<&str> = (1..=SHORT)
            .flat_map(|n| {
                let names = search.keys.iter().map(|(k, _, _)| k.as_str());
                let codes = search.postcodes.iter().map(|(pc, _)| pc.as_str());
                names.chain(codes).filter_map(move |k| k.get(..n))
            })
            .filter(|p| !p.ends_with(' '))
            .collect();
        crate::sorting::sort(&mut prefixes);
        prefixes.dedup();
        let short = prefixes
            .iter()
            .map(|p| {
                let ranked = rank(places, search.matches(places, p, SHORT_KEEP), SHORT_KEEP);
                (p.to_string(), ranked)
            })
            .collect();
        search.short = short;
        search
    }

    /// The best places for what someone typed, resolved to current communes, best first
    /// (match quality, then current communes before former ones, then population, then id).
    pub(crate) fn search<'a>(
        &self,
        places: &'a [Place],
        query: &str,
        limit: usize,
    ) -> Vec<PlaceMatch<'a>> {
        let q = fold(query);
        if q.is_empty() {
            return Vec::new();
        }
        if q.len() <= SHORT && limit <= SHORT_KEEP {
            if let Ok(at) = self.short.binary_search_by(|(k, _)| k.as_str().cmp(&q)) {
                return materialize(
                    places,
                    &self.short[at].1[..limit.min(self.short[at].1.len())],
                );
            }
        }
        let found = self.matches(places, &q, limit);
        materialize(places, &rank(places, found, limit))
    }

    /// Every place matching a folded query, with how it matched.
    fn matches(&self, places: &[Place], q: &str, limit: usize) -> Vec<(MatchQuality, u32)> {
        let mut found: Vec<(MatchQuality, u32)> = Vec::new();
        if q.bytes().all(|b| b.is_ascii_digit()) {
            let from = self.postcodes.partition_point(|(pc, _)| pc.as_str() < q);
            for (pc, i) in self.postcodes[from..]
                .iter()
                .take_while(|(pc, _)| pc.starts_with(q))
            {
                let quality = if *pc == q {
                    MatchQuality::Exact
                } else {
                    MatchQuality::Prefix
                };
                found.push((quality, *i));
            }
        } else {
            let from = self.keys.partition_point(|(k, _, _)| k.as_str() < q);
            for (k, i, at_start) in self.keys[from..]
                .iter()
                .take_while(|(k, _, _)| k.starts_with(q))
            {
                let quality = match (*at_start, k.len() == q.len()) {
                    (true, true) => MatchQuality::Exact,
                    (true, false) => MatchQuality::Prefix,
                    (false, _) => MatchQuality::WordPrefix,
                };
                found.push((quality, *i));
            }
            if q.chars().count() >= 5 && distinct_communes(places, &found, limit) < limit {
                self.typos(q, &mut found);
            }
        }
        found
    }

    fn typos(&self, q: &str, found: &mut Vec<(MatchQuality, u32)>) {
        let head: String = q.chars().take(2).collect();
        let from = self
            .keys
            .partition_point(|(k, _, _)| k.as_str() < head.as_str());
        let n = q.chars().count();
        for (k, i, at_start) in self.keys[from..]
            .iter()
            .take_while(|(k, _, _)| k.starts_with(&head))
        {
            if !at_start {
                continue;
            }
            // Compare with the whole name, and with its beginnings one letter shorter or longer
            // than the query (the person is still typing).
            let kb = k.as_bytes();
            let hit = [n.saturating_sub(1), n, n + 1, kb.len()]
                .into_iter()
                .filter(|&len| len > 0 && len <= kb.len())
                .any(|len| one_edit(q.as_bytes(), &kb[..len]));
            if hit {
                found.push((MatchQuality::Typo, *i));
            }
        }
    }
}

/// How many distinct current communes `found` names, counting up to `limit`.
fn distinct_communes(places: &[Place], found: &[(MatchQuality, u32)], limit: usize) -> usize {
    let mut seen: Vec<&TerritoryId> = Vec::new();
    for (_, i) in found {
        let c = &places[*i as usize].commune;
        if !seen.contains(&c) {
            seen.push(c);
            if seen.len() >= limit {
                break;
            }
        }
    }
    seen.len()
}

/// Whether two folded (ASCII) texts are at most one edit apart, without allocating.
fn one_edit(a: &[u8], b: &[u8]) -> bool {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if b.len() - a.len() > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if a.len() == b.len() {
        a.len() - p <= 1 || a[p + 1..] == b[p + 1..]
    } else {
        a[p..] == b[p + 1..]
    }
}

/// The best `limit` matches, one per current commune, best first.
fn rank(
    places: &[Place],
    found: Vec<(MatchQuality, u32)>,
    limit: usize,
) -> Vec<(MatchQuality, u32)> {
    // One integer per match, ordered as the ranking wants: quality, current before former
    // communes, bigger first, then id (places are sorted by id, so their index orders by id).
    let key = |(quality, i): (MatchQuality, u32)| -> u128 {
        let p = &places[i as usize];
        (quality as u128) << 66
            | u128::from(p.kind != PlaceKind::Commune) << 65
            | u128::from(u32::MAX - p.population.unwrap_or(0)) << 32
            | u128::from(i)
    };
    let mut keys: Vec<u128> = found.into_iter().map(key).collect();
    // Only the best few are sorted; more are taken when duplicates of a commune crowd them.
    let mut k = (limit * 4 + 8).min(keys.len());
    loop {
        if k < keys.len() {
            keys.select_nth_unstable(k);
        }
        let mut top = keys[..k].to_vec();
        crate::sorting::sort(&mut top);
        let mut out: Vec<(MatchQuality, u32)> = Vec::new();
        for key in top {
            if out.len() == limit {
                return out;
            }
            let i = (key & 0xffff_ffff) as u32;
            let commune = &places[i as usize].commune;
            if out
                .iter()
                .any(|(_, j)| places[*j as usize].commune == *commune)
            {
                continue;
            }
            let quality = match key >> 66 {
                0 => MatchQuality::Exact,
                1 => MatchQuality::Prefix,
                2 => MatchQuality::WordPrefix,
                _ => MatchQuality::Typo,
            };
            out.push((quality, i));
        }
        if k == keys.len() || out.len() == limit {
            return out;
        }
        k = (k * 4).min(keys.len());
    }
}

/// The matches as answers: each place with its current commune.
fn materialize<'a>(places: &'a [Place], ranked: &[(MatchQuality, u32)]) -> Vec<PlaceMatch<'a>> {
    ranked
        .iter()
        .map(|&(quality, i)| {
            let p = &places[i as usize];
            PlaceMatch {
                commune: p.commune.clone(),
                place: p,
                current: places
                    .binary_search_by(|x| x.id.cmp(&p.commune))
                    .map_or(p, |i| &places[i]),
                quality,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::Point;

    fn place(id: &str, name: &str, commune: &str, pc: &str, pop: u32) -> Place {
        Place {
            id: id.parse().unwrap(),
            name: name.into(),
            kind: if id.starts_with("commune:") {
                PlaceKind::Commune
            } else {
                PlaceKind::CommuneDeleguee
            },
            commune: commune.parse().unwrap(),
            postcodes: vec![pc.into()],
            population: Some(pop),
            point: Point {
                lat: 49.0,
                lon: -1.0,
            },
        }
    }

    #[test]
    fn short_queries_answer_the_same_with_and_without_the_table() {
        // Enough places for the table to be built; names sharing first letters, so that the
        // ranking (population, then id) decides among many matches.
        let places: Vec<Place> = (0..SHORT_TABLE_FROM as u32 + 10)
            .map(|i| {
                let name = format!(
                    "{}{} {}",
                    ["Sa", "Le", "La", "Br", "Ma"][i as usize % 5],
                    i % 7,
                    i
                );
                let id = format!("commune:{i:05}");
                place(
                    &id,
                    &name,
                    &id,
                    &format!("5{:04}", i % 10_000),
                    i * 37 % 5_000,
                )
            })
            .collect();
        let with = PlaceSearch::new(&places);
        assert!(
            !with.short.is_empty(),
            "the table is built for a large directory"
        );
        let without = PlaceSearch {
            short: Vec::new(),
            ..with.clone()
        };
        for q in ["s", "Sa", "l", "la", "5", "50", "b", "x", "m3"] {
            for limit in [1, 5, 16] {
                let ids = |s: &PlaceSearch| -> Vec<String> {
                    s.search(&places, q, limit)
                        .iter()
                        .map(|m| m.place.id.to_string())
                        .collect()
                };
                assert_eq!(ids(&with), ids(&without), "{q:?}, limit {limit}");
            }
        }
        assert!(
            PlaceSearch::new(&places[..100]).short.is_empty(),
            "no table for a small one"
        );
    }

    #[test]
    fn ranks_exact_before_prefix_and_bigger_towns_first() {
        let places = vec![
            place("commune:1", "La Haye", "commune:1", "50250", 4000),
            place("commune:2", "La Haye-Pesnel", "commune:2", "50320", 1400),
            place("commune:3", "La Haye-Bellefond", "commune:3", "50410", 100),
        ];
        let s = PlaceSearch::new(&places);
        let r = s.search(&places, "la haye", 10);
        assert_eq!(r[0].commune.as_str(), "commune:1");
        assert_eq!(r[0].quality, MatchQuality::Exact);
        assert_eq!(r[1].commune.as_str(), "commune:2");
        assert_eq!(r.len(), 3);
        assert_eq!(
            s.search(&places, "pesnel", 10)[0].quality,
            MatchQuality::WordPrefix
        );
        assert!(s.search(&places, "", 10).is_empty());
        assert!(s.search(&places, "zzz", 10).is_empty());
    }

    #[test]
    fn former_commune_resolves_to_its_current_commune_once() {
        let places = vec![
            place(
                "commune:50129",
                "Cherbourg-en-Cotentin",
                "commune:50129",
                "50100",
                78000,
            ),
            place(
                "commune-deleguee:50602",
                "Tourlaville",
                "commune:50129",
                "50110",
                15000,
            ),
        ];
        let s = PlaceSearch::new(&places);
        let r = s.search(&places, "tourla", 10);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].commune.as_str(), "commune:50129");
        assert_eq!(r[0].place.name, "Tourlaville");
    }
}
