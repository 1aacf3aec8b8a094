//! Print-ready leaflets: one self-contained HTML page per territory.

use std::collections::HashSet;
use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use geo::Centroid;
use maillage::{
    AccessMode, Audience, Category, Contact, ContactKind, Directory, Index, PathwayStep, Point,
    Role, Service, Territory, TerritoryId, TerritoryKind, Viewer, Visibility,
};

use crate::escape::escape;
use crate::hours::hours_in;
use crate::qr::qr_svg;
use crate::words::Lang;

/// The paper a leaflet is laid out for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PageFormat {
    /// One A4 page (portrait): everything on one side.
    #[default]
    A4,
    /// Two A5 pages (portrait), printed recto-verso on an A5 sheet, or side by side on an A4
    /// landscape sheet folded in half. Page 1: emergency numbers, national lines, safety advice
    /// and QR code, the check dates and credits; page 2: the local contacts of each step.
    A5,
}

impl PageFormat {
    /// How many pages a leaflet of this format prints on.
    ///
    /// ```
    /// use maillage_publish::PageFormat;
    /// assert_eq!(PageFormat::A4.pages(), 1);
    /// assert_eq!(PageFormat::A5.pages(), 2);
    /// ```
    pub fn pages(self) -> usize {
        match self {
            PageFormat::A4 => 1,
            PageFormat::A5 => 2,
        }
    }

    /// Local services shown per step at most, by default (fewer where the page is full).
    pub fn services_per_step(self) -> usize {
        3
    }
}

/// How to make a leaflet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeafletOptions {
    /// The paper.
    pub format: PageFormat,
    /// An `https://` page the QR code points to (a partner's page with the widget, say);
    /// no QR code when absent.
    pub qr_url: Option<String>,
    /// Local services per step; [`PageFormat::services_per_step`] when absent.
    pub services_per_step: Option<usize>,
    /// Who the leaflet is for: the public (the default), or professionals — then it also prints
    /// the professionals-only contacts and places ([`Visibility::shown_to`]), marked « réservé
    /// aux professionnels », and says at the top, in its footer and its title that it is not to
    /// be displayed or handed to the public. Confidential places stay hidden from everyone.
    pub viewer: Viewer,
    /// The reader's language: the leaflet's own words, the steps (from the directory's
    /// translations, else French) and the opening hours; records stay in French, marked
    /// `lang="fr"`. French by default.
    pub lang: Lang,
}

/// Why a leaflet cannot be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeafletError {
    /// The territory is not in the directory.
    UnknownTerritory(TerritoryId),
    /// The QR code's address is not an `https://` URL.
    BadQrUrl(String),
    /// The QR code's address is too long to encode.
    QrTooLong,
}

impl std::fmt::Display for LeafletError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LeafletError::UnknownTerritory(t) => write!(f, "unknown territory `{t}`"),
            LeafletError::BadQrUrl(u) => write!(
                f,
                "`{u}`: the QR code must point to an https:// page, e.g. https://www.manche.gouv.fr/"
            ),
            LeafletError::QrTooLong => f.write_str("the QR code's address is too long to encode"),
        }
    }
}

impl std::error::Error for LeafletError {}

/// The file name of a territory's leaflet for `viewer`: `epci-200042604.html`, and
/// `epci-200042604.pro.html` for professionals, so that the two are never mixed up.
///
/// ```
/// use maillage::Viewer;
/// let id = "epci:200042604".parse().unwrap();
/// assert_eq!(maillage_publish::leaflet_file_name(&id, Viewer::Public), "epci-200042604.html");
/// assert_eq!(maillage_publish::leaflet_file_name(&id, Viewer::Professional), "epci-200042604.pro.html");
/// ```
pub fn leaflet_file_name(territory: &TerritoryId, viewer: Viewer) -> String {
    let pro = match viewer {
        Viewer::Public => "",
        Viewer::Professional => ".pro",
    };
    format!("{}-{}{pro}.html", territory.kind(), territory.code())
}

/// A step as printed: its definition, its local services, and the ones shown elsewhere.
struct PrintedStep<'a> {
    step: &'a PathwayStep,
    national: Vec<&'a Service>,
    /// Services described in full here.
    services: Vec<&'a Service>,
    /// Services described under an earlier step, named again here.
    again: Vec<(&'a Service, &'a PathwayStep)>,
}

/// The leaflet of a territory (a commune, an EPCI, the département…): a complete HTML document
/// with inline CSS (`@page` A4 or A5), no script and no external resource.
///
/// What it prints, and what it never prints:
/// - the steps of the exit pathway a victim or a relative sees (the perpetrators' step and
///   services, and the steps for particular situations, are left out), in the directory's
///   order, each with its national lines and up to
///   [`LeafletOptions::services_per_step`] local services serving the territory (its served
///   area names the territory, a commune of it, or a parent of either; or it is located in
///   the territory): services for everyone (or for women) before those for a particular
///   public, and within each, those located in the territory first, then lines without a
///   place, then the others by distance from the territory's population-weighted centre;
///   a service already described under an earlier step is only named again;
/// - only the contacts and places [`LeafletOptions::viewer`] may see ([`Visibility::shown_to`]):
///   for the public, professionals-only contacts and services meant only for professionals are
///   left out and a professionals-only location shows nothing; for professionals they are
///   printed (a professionals-only contact marked « réservé aux professionnels »), under a
///   notice at the top, in the footer and in the title that the document is for professionals
///   only; a confidential location shows only "adresse confidentielle" and its commune, to
///   everyone;
/// - opening hours in French words, « à vérifier » after each record still to verify, the
///   oldest and newest verification dates of the verified records shown, the sample banner
///   when [`maillage::Metadata::sample`] is set, the attribution;
/// - every text of the directory escaped.
///
/// ```
/// use maillage::{bundle, Index};
/// use maillage_publish::{leaflet, LeafletOptions, PageFormat};
/// let index = Index::new(bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap());
/// let options = LeafletOptions {
///     format: PageFormat::A5,
///     qr_url: Some("https://example.org/aide".into()),
///     ..LeafletOptions::default()
/// };
/// let html = leaflet(&index, &"epci:200067205".parse().unwrap(), &options).unwrap();
/// assert!(html.contains("size: A5") && html.contains("<svg"));
/// assert!(html.contains("Données d'exemple — à vérifier par le comité technique"));
/// assert!(!html.contains("<script"));
/// ```
pub fn leaflet(
    index: &Index,
    territory: &TerritoryId,
    options: &LeafletOptions,
) -> Result<String, LeafletError> {
    let d = index.directory();
    let t = d
        .territory(territory)
        .ok_or_else(|| LeafletError::UnknownTerritory(territory.clone()))?;
    let qr = match &options.qr_url {
        None => None,
        Some(url) => {
            let lower = url.to_ascii_lowercase();
            if !lower.starts_with("https://") || url.len() <= "https://".len() {
                return Err(LeafletError::BadQrUrl(url.clone()));
            }
            let size = match options.format {
                PageFormat::A4 => 21.0,
                PageFormat::A5 => 24.0,
            };
            Some((
                url.as_str(),
                qr_svg(url, size).ok_or(LeafletError::QrTooLong)?,
            ))
        }
    };
    let viewer = options.viewer;
    let lang = options.lang;
    let pro = viewer == Viewer::Professional;
    let pro_notice = lang.t("leaflet-pro-notice", &[]);
    let per_step = options
        .services_per_step
        .unwrap_or_else(|| options.format.services_per_step());
    let communes = communes_of(d, t);
    let here = reference_point(d, t, &communes);
    // A service serves the territory when its served area names the territory, one of its
    // parents, one of its communes or one of their parents (an EPCI inside a court district
    // is served by the court's services), or when it is located in the territory.
    let mut related: HashSet<&TerritoryId> = HashSet::from([&t.id]);
    related.extend(&t.parents);
    for c in d.territories.iter().filter(|c| communes.contains(&c.id)) {
        related.insert(&c.id);
        related.extend(&c.parents);
    }
    let serves = |s: &Service| match &s.served_area {
        maillage::ServedArea::National => true,
        maillage::ServedArea::Territories(ts) => {
            ts.iter().any(|x| related.contains(x))
                || s.location
                    .as_ref()
                    .is_some_and(|l| communes.contains(&l.commune))
        }
    };

    // The steps a victim or a relative sees; urgence goes to the top box.
    let mut urgence: Option<(&PathwayStep, Vec<&Service>)> = None;
    let mut candidates: Vec<(&PathwayStep, Vec<&Service>, Vec<&Service>)> = Vec::new();
    for step in &d.pathways {
        let visible = step.roles.is_empty() || step.roles.contains(&Role::Victim);
        // Particular situations are for the interactive pathway: a page has room for the stages.
        if !visible || step.situation || step.categories.contains(&Category::Auteurs) {
            continue;
        }
        let national: Vec<&Service> = step
            .national
            .iter()
            .filter_map(|id| d.national.iter().find(|s| &s.id == id))
            .filter(|s| printable(s, viewer))
            .collect();
        if step.categories.contains(&Category::Urgence) && urgence.is_none() {
            urgence = Some((step, national));
            continue;
        }
        let mut local: Vec<((u8, u8), f64, &Service)> = d
            .services
            .iter()
            .filter(|s| s.categories.iter().any(|c| step.categories.contains(c)))
            .filter(|s| printable(s, viewer) && serves(s))
            .map(|s| {
                let inside = s
                    .location
                    .as_ref()
                    .is_some_and(|l| communes.contains(&l.commune));
                let point = s.point_for(viewer);
                let distance = match (here, point) {
                    (Some(a), Some(b)) => a.distance_m(b),
                    _ => 0.0,
                };
                let rank = if inside {
                    0
                } else if point.is_none() {
                    1
                } else {
                    2
                };
                ((u8::from(!for_everyone(s)), rank), distance, s)
            })
            .collect();
        local.sort_by(|a, b| {
            (a.0, a.1)
                .partial_cmp(&(b.0, b.1))
                .unwrap_or(std::cmp::Ordering::Equal)
                .then_with(|| a.2.name.cmp(&b.2.name))
        });
        local.truncate(per_step);
        candidates.push((step, national, local.into_iter().map(|x| x.2).collect()));
    }

    // Fit the page: while the estimate is over the budget, the step taking the most room
    // shows one service less (never fewer than one).
    let mut caps: Vec<usize> = candidates.iter().map(|c| c.2.len()).collect();
    let national_rows: Vec<&Service> = {
        let mut rows: Vec<&Service> = candidates
            .iter()
            .flat_map(|c| c.1.iter().copied())
            .collect();
        rows.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        rows.dedup_by(|a, b| a.id == b.id);
        rows.retain(|s| {
            !urgence
                .as_ref()
                .is_some_and(|(_, u)| u.iter().any(|x| x.id == s.id))
        });
        rows
    };
    let budget = budget_lines(
        options.format,
        d.metadata.sample,
        qr.is_some(),
        national_rows.len(),
    ) - if pro { pro_lines(options.format) } else { 0.0 }
        - longer_front(
            d,
            &urgence,
            &national_rows,
            viewer,
            lang,
            pro,
            options.format,
        );
    let (steps, described) = loop {
        let (steps, described) = select(&candidates, &caps);
        let heights: Vec<f64> = steps
            .iter()
            .map(|s| step_lines(d, s, options.format, viewer, lang) * glyph_width(lang))
            .collect();
        // Two balanced columns, and a line lost to the balance.
        let column = heights.iter().sum::<f64>() / 2.0 + 1.0;
        let largest = (0..steps.len())
            .filter(|i| caps[*i] > 1)
            .max_by(|a, b| heights[*a].total_cmp(&heights[*b]));
        match largest {
            Some(i) if column > budget => caps[i] -= 1,
            _ => break (steps, described),
        }
    };

    // Every national line shown, once, in the order of the steps (urgence first).
    let mut national: Vec<&Service> = Vec::new();
    for s in urgence
        .iter()
        .flat_map(|(_, n)| n.iter())
        .chain(steps.iter().flat_map(|s| s.national.iter()))
    {
        if !national.iter().any(|x| x.id == s.id) {
            national.push(s);
        }
    }
    let shown: Vec<&Service> = national
        .iter()
        .copied()
        .chain(described.iter().map(|(s, _)| *s))
        .collect();
    let dates: Vec<NaiveDate> = shown.iter().filter_map(|s| s.verified_on()).collect();
    let oldest = dates.iter().min().copied();
    let newest = dates.iter().max().copied();

    let scope_name = d
        .territory(&d.metadata.scope)
        .filter(|s| s.id != t.id)
        .map(|s| s.name.as_str());
    let place_name = match scope_name {
        Some(s) => format!("{} ({s})", t.name),
        None => t.name.clone(),
    };

    let mut html = String::with_capacity(32 * 1024);
    let title = if pro {
        lang.t(
            "leaflet-title-pro",
            &[
                ("notice", pro_notice.clone().into()),
                ("place", place_name.clone().into()),
            ],
        )
    } else {
        lang.t("leaflet-title", &[("place", place_name.clone().into())])
    };
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>{}</title>\n<style>\n{}</style>\n</head>\n<body class=\"{}\">\n",
        lang.speak(),
        if lang.rtl() { "rtl" } else { "ltr" },
        escape(&title),
        css(options.format, pro),
        match options.format {
            PageFormat::A4 => "a4",
            PageFormat::A5 => "a5",
        }
    );

    // Page 1 (the only one in A4).
    html.push_str("<div class=\"page front\">\n<header>\n");
    if pro {
        let _ = writeln!(
            html,
            "<p class=\"pro\" role=\"note\"><strong>{}.</strong></p>",
            escape(&pro_notice)
        );
    }
    if d.metadata.sample {
        let _ = writeln!(
            html,
            "<p class=\"sample\" role=\"note\"><strong>{}</strong> {}</p>",
            content(&lang.t("leaflet-sample", &[])),
            content(&lang.t("leaflet-sample-more", &[]))
        );
    }
    let _ = write!(
        html,
        "<h1>{}</h1>\n<p class=\"where\">{}</p>\n</header>\n",
        content(&lang.t("leaflet-heading", &[])),
        escape(&place_name)
    );

    // Emergency box.
    if let Some((step, lines)) = &urgence {
        let _ = write!(
            html,
            "<section class=\"urgence\" aria-labelledby=\"h-urgence\">\n<h2 id=\"h-urgence\"{}>{}</h2>\n<ul class=\"big\">\n",
            step_lang(d, step, lang),
            escape(lang.step_texts(d, step).0)
        );
        for s in lines {
            html.push_str(&big_number(s, viewer, lang));
        }
        let _ = write!(
            html,
            "</ul>\n<p{}>{}</p>\n</section>\n",
            step_lang(d, step, lang),
            escape(lang.step_texts(d, step).1)
        );
    }

    // National lines.
    let others: Vec<&Service> = national
        .iter()
        .copied()
        .filter(|s| {
            !urgence
                .as_ref()
                .is_some_and(|(_, u)| u.iter().any(|x| x.id == s.id))
        })
        .collect();
    html.push_str("<div class=\"middle\">\n");
    if !others.is_empty() {
        let _ = write!(
            html,
            "<section class=\"national\" aria-labelledby=\"h-national\">\n\
             <h2 id=\"h-national\">{}</h2>\n<ul>\n",
            content(&lang.t("leaflet-national", &[]))
        );
        for s in &others {
            html.push_str(&national_line(s, viewer, lang));
        }
        html.push_str("</ul>\n</section>\n");
    }

    let mut aside = String::new();
    // The public leaflet speaks to the person; the professional one to who accompanies them
    // (it is not handed over, so it does not say to keep it safe).
    let (whose, advice) = if pro {
        ("leaflet-safety-pro", "leaflet-safety-pro-text")
    } else {
        ("leaflet-safety", "leaflet-safety-text")
    };
    let _ = writeln!(
        aside,
        "<section class=\"safety\" aria-labelledby=\"h-safety\">\n<h2 id=\"h-safety\">{}</h2>\n<p>{}</p>",
        content(&lang.t(whose, &[])),
        content(&lang.t(advice, &[]))
    );
    if let Some((url, svg)) = &qr {
        let _ = writeln!(
            aside,
            "<div class=\"qr\">{svg}<p>{}<br><a href=\"{u}\" dir=\"ltr\">{u}</a></p></div>",
            content(&lang.t("leaflet-qr", &[])),
            u = escape(url)
        );
    }
    aside.push_str("</section>\n");

    // Footer: the professional notice, dates, credits (on the front page in A5, at the bottom
    // in A4).
    let mut footer = String::from("<footer>\n");
    if pro {
        let _ = writeln!(
            footer,
            "<p class=\"pro\"><strong>{}.</strong></p>",
            escape(&pro_notice)
        );
    }
    let checked = match (oldest, newest) {
        (Some(a), Some(b)) if a == b => {
            Some(lang.t("leaflet-checked-on", &[("date", date_in(a, lang).into())]))
        }
        (Some(a), Some(b)) => Some(lang.t(
            "leaflet-checked-between",
            &[
                ("from", date_in(a, lang).into()),
                ("to", date_in(b, lang).into()),
            ],
        )),
        _ => None,
    };
    if let Some(checked) = checked {
        let _ = writeln!(
            footer,
            "<p><strong>{}</strong> {}</p>",
            content(&checked),
            content(&lang.t("leaflet-call-first", &[]))
        );
    }
    let mut credits = vec![format!(
        "{} (version {})",
        escape(&d.metadata.name),
        escape(&d.metadata.version)
    )];
    credits.extend(d.metadata.attribution.iter().map(|a| escape(a)));
    // The credits are the directory's own words (escaped already), inside the message.
    let _ = writeln!(
        footer,
        "<p class=\"credits\">{}</p>",
        lang.t(
            "leaflet-sources",
            &[("sources", credits.join(" ; ").into())]
        )
        .replace('<', "&lt;")
    );
    footer.push_str("</footer>\n");

    html.push_str(&aside);
    html.push_str("</div>\n");
    if options.format == PageFormat::A5 {
        html.push_str(&footer);
        html.push_str("</div>\n<div class=\"page back\">\n");
    }

    // Local contacts by step.
    let _ = write!(
        html,
        "<section class=\"local\" aria-labelledby=\"h-local\">\n<h2 id=\"h-local\">{}</h2>\n<div class=\"columns\">\n",
        content(&lang.t("leaflet-local", &[]))
    );
    for (i, s) in steps.iter().enumerate() {
        let _ = write!(
            html,
            "<section class=\"step\" aria-labelledby=\"h-step-{i}\">\n<h3 id=\"h-step-{i}\"{}>{}</h3>\n",
            step_lang(d, s.step, lang),
            escape(lang.step_texts(d, s.step).0)
        );
        if !s.national.is_empty() {
            let numbers: Vec<String> = s.national.iter().map(|n| short_line(n, viewer)).collect();
            let _ = writeln!(
                html,
                "<p class=\"also\">{}</p>",
                lang.t("leaflet-remote", &[("numbers", numbers.join(" · ").into())])
            );
        }
        if s.services.is_empty() && s.again.is_empty() {
            let _ = writeln!(
                html,
                "<p class=\"none\">{}</p>",
                content(&lang.t("leaflet-none", &[]))
            );
        } else {
            html.push_str("<ul>\n");
            for svc in &s.services {
                html.push_str(&local_service(d, svc, viewer, lang));
            }
            for (svc, first) in &s.again {
                let _ = writeln!(
                    html,
                    "<li class=\"again\"><strong{}>{}</strong> : {}</li>",
                    french(lang),
                    escape(&svc.name),
                    escape(&lang.t(
                        "leaflet-see",
                        &[("step", lang.step_texts(d, first).0.to_owned().into())]
                    ))
                );
            }
            html.push_str("</ul>\n");
        }
        html.push_str("</section>\n");
    }
    html.push_str("</div>\n</section>\n");

    match options.format {
        PageFormat::A4 => html.push_str(&footer),
        // The back page may be copied alone: it says it too.
        PageFormat::A5 if pro => {
            let _ = writeln!(
                html,
                "<p class=\"pro\"><strong>{}.</strong></p>",
                escape(&pro_notice)
            );
        }
        PageFormat::A5 => {}
    }
    html.push_str("</div>\n</body>\n</html>\n");
    Ok(html)
}

/// The services each step describes within its cap (a service described under an earlier
/// step is only named again), and every service described with its step.
#[allow(clippy::type_complexity)]
fn select<'a>(
    candidates: &[(&'a PathwayStep, Vec<&'a Service>, Vec<&'a Service>)],
    caps: &[usize],
) -> (Vec<PrintedStep<'a>>, Vec<(&'a Service, &'a PathwayStep)>) {
    let mut described: Vec<(&Service, &PathwayStep)> = Vec::new();
    let mut steps = Vec::new();
    for ((step, national, local), cap) in candidates.iter().zip(caps) {
        let mut services = Vec::new();
        let mut again = Vec::new();
        for s in local.iter().take(*cap) {
            match described.iter().find(|(x, _)| x.id == s.id) {
                Some((_, first)) => again.push((*s, *first)),
                None => {
                    described.push((s, step));
                    services.push(*s);
                }
            }
        }
        steps.push(PrintedStep {
            step,
            national: national.clone(),
            services,
            again,
        });
    }
    (steps, described)
}

/// Characters of text in a piece of HTML (tags left out, an entity counted as one).
fn text_len(html: &str) -> usize {
    let (mut n, mut in_tag, mut in_entity) = (0, false, false);
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            '&' if !in_tag => {
                in_entity = true;
                n += 1;
            }
            ';' if in_entity => in_entity = false,
            '\n' => {}
            _ if in_tag || in_entity => {}
            _ => n += 1,
        }
    }
    n
}

/// Characters per line of a column of local contacts (a conservative average for DejaVu Sans,
/// the widest of the fonts named in the CSS).
fn chars_per_line(format: PageFormat) -> f64 {
    match format {
        PageFormat::A4 => 50.0,
        PageFormat::A5 => 38.0,
    }
}

fn text_lines(chars: usize, format: PageFormat) -> f64 {
    (chars as f64 * 1.06 / chars_per_line(format))
        .ceil()
        .max(1.0)
}

/// The estimated height of a step, in lines of body text.
fn step_lines(
    d: &Directory,
    s: &PrintedStep<'_>,
    format: PageFormat,
    viewer: Viewer,
    lang: Lang,
) -> f64 {
    let mut lines = 1.6; // title, its rule and the step's margin
                         // A title that wraps on more lines than its French (the calibration's) takes more: its
                         // characters over the column's width at the title's size (about 0.87 of body text's
                         // characters per line).
    let title_lines = |title: &str| {
        (title.chars().count() as f64 * 1.06 / (chars_per_line(format) * 0.87)).ceil()
    };
    let title = lang.step_texts(d, s.step).0;
    lines += (title_lines(title) - title_lines(&s.step.title.fr)).max(0.0) * 1.15;
    if !s.national.is_empty() {
        lines += text_lines(
            16 + s
                .national
                .iter()
                .map(|n| short_line(n, viewer).len() + 3)
                .sum::<usize>(),
            format,
        );
    }
    if s.services.is_empty() && s.again.is_empty() {
        lines += text_lines(90, format);
    }
    for svc in &s.services {
        lines += text_lines(text_len(&local_service(d, svc, viewer, lang)), format) + 0.17;
    }
    for (svc, first) in &s.again {
        lines += text_lines(
            svc.name.chars().count() + lang.step_texts(d, first).0.chars().count() + 10,
            format,
        ) + 0.17;
    }
    lines
}

/// The lines a leaflet's front takes beyond the French one it was calibrated on (the heading,
/// the emergency advice, the national lines with their hours in words, the safety text and the
/// sample notice are longer in some languages: FALC, Russian…), taken from the local contacts'
/// room. Each text's lines in the language and in French, at its width (characters per line of
/// body text: the A4 figures, scaled for A5), the heading's counted at its font size; nothing
/// for French or for a language as short.
fn longer_front(
    d: &Directory,
    urgence: &Option<(&PathwayStep, Vec<&Service>)>,
    national: &[&Service],
    viewer: Viewer,
    lang: Lang,
    pro: bool,
    format: PageFormat,
) -> f64 {
    let french = Lang::default();
    if lang == french {
        return 0.0;
    }
    let scale = chars_per_line(format) / chars_per_line(PageFormat::A4);
    let mut extra = 0.0;
    // (characters in the language, in French, characters per line in A4, body lines per line)
    let mut add = |ours: usize, theirs: usize, per_line: f64, weight: f64| {
        let lines = |n: usize| (n as f64 * 1.06 / (per_line * scale)).ceil();
        extra += (lines(ours) - lines(theirs)).max(0.0) * weight;
    };
    let text = |l: Lang, id: &str| lang_len(&l.t(id, &[]));
    add(
        text(lang, "leaflet-heading"),
        text(french, "leaflet-heading"),
        60.0,
        1.75,
    );
    for id in ["leaflet-sample", "leaflet-sample-more"] {
        add(text(lang, id), text(french, id), 110.0, 1.0);
    }
    if let Some((step, lines)) = urgence {
        let advice = lang.step_texts(d, step).1;
        add(lang_len(advice), lang_len(&step.advice.fr), 110.0, 1.0);
        let numbers = |l: Lang| {
            lines
                .iter()
                .map(|s| text_len(&big_number(s, viewer, l)))
                .sum()
        };
        add(numbers(lang), numbers(french), 60.0, 1.6);
    }
    for s in national {
        add(
            text_len(&national_line(s, viewer, lang)),
            text_len(&national_line(s, viewer, french)),
            65.0,
            1.0,
        );
    }
    let safety = if pro {
        "leaflet-safety-pro-text"
    } else {
        "leaflet-safety-text"
    };
    add(text(lang, safety), text(french, safety), 28.0, 1.0);
    add(
        text(lang, "leaflet-qr"),
        text(french, "leaflet-qr"),
        18.0,
        1.0,
    );
    extra
}

/// How much more room a language's letters take than the French the budget was calibrated on,
/// in DejaVu Sans: Cyrillic lowercase letters are wider on average than Latin ones (ж, ш, щ, ы,
/// ю). 1.12 keeps every Russian and Ukrainian EPCI leaflet (A4, with a QR code) on its page in
/// Chromium, which `tests/integration/publish.rs` checks; without it, most took two pages.
fn glyph_width(lang: Lang) -> f64 {
    match lang.tag() {
        "ru" | "uk" => 1.12,
        _ => 1.0,
    }
}

fn lang_len(text: &str) -> usize {
    text.chars().count()
}

/// The lines of body text a column of local contacts may hold, calibrated on Chromium's
/// rendering of the Manche leaflets with three lines (about 1 cm) to spare. In A4 the local
/// contacts share the page with the header (and the sample banner), the emergency box, and
/// side by side the national lines (`national` of them) and the safety box (with the QR code).
fn budget_lines(format: PageFormat, sample: bool, qr: bool, national: usize) -> f64 {
    match format {
        PageFormat::A4 => {
            let lines = 1.5 + 1.45 * national as f64;
            let safety = 6.0 + if qr { 6.5 } else { 0.0 };
            66.2 - lines.max(safety) - if sample { 1.7 } else { 0.0 }
        }
        // The back page holds only the local contacts.
        PageFormat::A5 => 64.0,
    }
}

/// The lines the professional leaflet's notices take from the local contacts: in A4 the one at
/// the top and the one in the footer (2.7 lines in Chromium; 3.5 keeps the fullest leaflet
/// about 1 cm from the bottom, as the public ones), in A5 the one at the bottom of the back page.
fn pro_lines(format: PageFormat) -> f64 {
    match format {
        PageFormat::A4 => 3.5,
        PageFormat::A5 => 2.0,
    }
}

/// Whether a service may appear on `viewer`'s leaflet at all: not for perpetrators, meant for
/// `viewer` (a service only for professionals is on the professional leaflet only), and with a
/// contact or a place `viewer` may see.
fn printable(s: &Service, viewer: Viewer) -> bool {
    let for_professionals_only =
        !s.audiences.is_empty() && s.audiences.iter().all(|a| *a == Audience::Professionnels);
    let for_perpetrators =
        s.audiences.contains(&Audience::Auteurs) || s.categories.contains(&Category::Auteurs);
    let reachable = s.contacts_for(viewer).next().is_some()
        || s.location
            .as_ref()
            .is_some_and(|l| l.visibility.shown_to(viewer));
    (!for_professionals_only || viewer == Viewer::Professional) && !for_perpetrators && reachable
}

/// A service for everyone (or for women, the first audience of the protocol), as opposed to
/// one for a particular public (young people, LGBT+ people, children…), shown after.
fn for_everyone(s: &Service) -> bool {
    s.audiences.is_empty()
        || s.audiences
            .iter()
            .any(|a| matches!(a, Audience::Tous | Audience::Femmes))
}

/// The communes of a territory (itself for a commune).
fn communes_of(d: &Directory, t: &Territory) -> HashSet<TerritoryId> {
    if t.kind == TerritoryKind::Commune {
        return HashSet::from([t.id.clone()]);
    }
    d.territories
        .iter()
        .filter(|c| c.kind == TerritoryKind::Commune && c.parents.contains(&t.id))
        .map(|c| c.id.clone())
        .collect()
}

/// Where the territory's inhabitants are, on average: the population-weighted mean of its
/// communes' interior points, else the centroid of its shape.
fn reference_point(d: &Directory, t: &Territory, communes: &HashSet<TerritoryId>) -> Option<Point> {
    let (mut lat, mut lon, mut w) = (0.0, 0.0, 0.0);
    for p in d
        .places
        .iter()
        .filter(|p| p.id == p.commune && communes.contains(&p.id))
    {
        let weight = f64::from(p.population.unwrap_or(0).max(1));
        lat += p.point.lat * weight;
        lon += p.point.lon * weight;
        w += weight;
    }
    if w > 0.0 {
        return Some(Point {
            lat: lat / w,
            lon: lon / w,
        });
    }
    t.geometry.centroid().map(|c| Point {
        lat: c.y(),
        lon: c.x(),
    })
}

/// A date in the reader's words: « 1er décembre 2026 », "1 December 2026".
fn date_in(d: NaiveDate, lang: Lang) -> String {
    let month = lang.t("month", &[("month", d.month().into())]);
    lang.t(
        "leaflet-date",
        &[
            ("day", d.day().into()),
            ("month", month.into()),
            ("year", d.year().to_string().into()),
        ],
    )
}

/// ` lang="fr"` on a step's heading or advice when the directory does not translate it into
/// the reader's language (shown in French), nothing otherwise.
fn step_lang(d: &Directory, step: &PathwayStep, lang: Lang) -> &'static str {
    let (title, _) = lang.step_texts(d, step);
    if std::ptr::eq(title, step.title.fr.as_str()) {
        french(lang)
    } else {
        ""
    }
}

/// The attributes of French text (a record's name, address, label) inside a leaflet in another
/// language; nothing in a French one.
fn french(lang: Lang) -> &'static str {
    if lang.speak() == "fr" {
        ""
    } else {
        " lang=\"fr\" dir=\"ltr\""
    }
}

/// The leaflet's own words (a catalog's message, no directory text in it) as element content:
/// `&`, `<` and `>` escaped, apostrophes and quotes left as written.
fn content(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Escaped French text (a record's address, a contact's label) as printed: marked as French
/// inside a leaflet in another language, as is in a French one.
fn in_french(lang: Lang, escaped: &str) -> String {
    match french(lang) {
        "" => escaped.to_owned(),
        attrs => format!("<span{attrs}>{escaped}</span>"),
    }
}

/// ` dir="ltr"` for numbers and addresses inside a right-to-left leaflet, nothing otherwise.
fn ltr(lang: Lang) -> &'static str {
    if lang.rtl() {
        " dir=\"ltr\""
    } else {
        ""
    }
}

/// A link to a contact, only for safe schemes; `None` for anything else.
fn contact_href(c: &Contact) -> Option<String> {
    let href = c.href();
    let lower = href.to_ascii_lowercase();
    let safe = match c.kind {
        ContactKind::Web => lower.starts_with("https://") || lower.starts_with("http://"),
        ContactKind::Phone | ContactKind::Sms => {
            c.value.chars().all(|ch| ch.is_ascii_digit() || ch == '+')
        }
        ContactKind::Email => !c.value.contains(['?', '&', ' ', '<', '>', '"']),
    };
    safe.then_some(href)
}

/// The text of a contact as printed: web addresses without `https://` and trailing `/`.
fn contact_text(c: &Contact) -> String {
    match c.kind {
        ContactKind::Web if c.display.is_none() => {
            let v = c.value.as_str();
            let v = v
                .strip_prefix("https://")
                .or_else(|| v.strip_prefix("http://"))
                .unwrap_or(v);
            let v = v.strip_prefix("www.").unwrap_or(v);
            v.trim_end_matches('/').to_owned()
        }
        _ => c.shown().to_owned(),
    }
}

/// A contact as printed; a professionals-only one (on the professional leaflet) marked
/// « réservé aux professionnels ».
fn contact_html(c: &Contact, lang: Lang) -> String {
    let label = content(&lang.t(
        match c.kind {
            ContactKind::Phone => "leaflet-phone",
            ContactKind::Sms => "leaflet-sms",
            ContactKind::Email => "leaflet-email",
            ContactKind::Web => "leaflet-web",
        },
        &[],
    ));
    let text = escape(&contact_text(c));
    let body = match contact_href(c) {
        Some(h) => format!("<a href=\"{}\">{text}</a>", escape(&h)),
        None => text,
    };
    let mut notes: Vec<String> = c
        .label
        .as_deref()
        .filter(|l| !l.trim().is_empty() && c.kind != ContactKind::Web)
        .map(|l| in_french(lang, &escape(l)))
        .into_iter()
        .collect();
    if c.visibility == Visibility::Professionnels {
        notes.push(format!(
            "<strong>{}</strong>",
            content(&lang.t("leaflet-pro-only", &[]))
        ));
    }
    let what = if notes.is_empty() {
        String::new()
    } else {
        format!(" ({})", notes.join(", "))
    };
    // A number or an address stays left to right inside a right-to-left leaflet.
    let body = match ltr(lang) {
        "" => body,
        attrs => format!("<bdi{attrs}>{body}</bdi>"),
    };
    format!("<span class=\"contact\">{label} {body}{what}</span>")
}

/// The contact printed first: a phone, else an SMS line, else any; one anyone may be given
/// before a professionals-only one.
fn main_number(s: &Service, viewer: Viewer) -> Option<&Contact> {
    [Viewer::Public, viewer].into_iter().find_map(|v| {
        s.contacts_for(v)
            .find(|c| c.kind == ContactKind::Phone)
            .or_else(|| s.contacts_for(v).find(|c| c.kind == ContactKind::Sms))
            .or_else(|| s.contacts_for(v).next())
    })
}

/// « , réservé aux professionnels » after a professionals-only main number (on the
/// professional leaflet), nothing after any other.
fn pro_note(c: &Contact, lang: Lang) -> String {
    if c.visibility == Visibility::Professionnels {
        format!(", {}", content(&lang.t("leaflet-pro-only", &[])))
    } else {
        String::new()
    }
}

fn facts(s: &Service, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(h) = s.hours.as_deref() {
        out.push(match hours_in(h, lang) {
            Some(words) => escape(&words),
            None => content(&lang.t("leaflet-hours-unknown", &[])),
        });
    }
    if s.free == Some(true) {
        out.push(content(&lang.t("leaflet-free", &[])));
    }
    if s.anonymous == Some(true) {
        out.push(content(&lang.t("leaflet-anonymous", &[])));
    }
    if s.verified_on().is_none() {
        out.push(format!(
            "<em>{}</em>",
            content(&lang.t("leaflet-to-verify", &[]))
        ));
    }
    out
}

fn big_number(s: &Service, viewer: Viewer, lang: Lang) -> String {
    let Some(c) = main_number(s, viewer) else {
        return String::new();
    };
    let name = short_name(s);
    let how = match c.kind {
        ContactKind::Sms if !name.to_lowercase().contains("sms") => {
            format!(" {}", content(&lang.t("leaflet-by-sms", &[])))
        }
        _ => String::new(),
    };
    let text = escape(&contact_text(c));
    let shown = match contact_href(c) {
        Some(h) => format!("<a href=\"{}\">{text}</a>", escape(&h)),
        None => text,
    };
    let class = if c.kind == ContactKind::Web {
        "site"
    } else {
        "number"
    };
    format!(
        "<li><span class=\"{class}\"{}>{shown}</span> <span class=\"what\">{}{how}{}</span></li>\n",
        ltr(lang),
        in_french(lang, &escape(&name)),
        pro_note(c, lang)
    )
}

/// A national line's name without the number in parentheses it often repeats.
fn short_name(s: &Service) -> String {
    let name = s.name.trim();
    match name.rfind(" (") {
        Some(i) if name.ends_with(')') && i > 0 => name[..i].to_owned(),
        _ => name.to_owned(),
    }
}

fn national_line(s: &Service, viewer: Viewer, lang: Lang) -> String {
    let Some(c) = main_number(s, viewer) else {
        return String::new();
    };
    let text = escape(&contact_text(c));
    let number = match contact_href(c) {
        Some(h) => format!("<a href=\"{}\">{text}</a>", escape(&h)),
        None => text,
    };
    let extra: Vec<String> = s
        .contacts_for(viewer)
        .filter(|x| !std::ptr::eq(*x, c) && x.kind != ContactKind::Email)
        .map(|x| contact_html(x, lang))
        .collect();
    let mut facts = facts(s, lang);
    facts.extend(extra);
    format!(
        "<li><span class=\"number\"{}>{number}</span> <span class=\"what\"><strong{}>{}</strong>{}{}</span></li>\n",
        ltr(lang),
        french(lang),
        escape(&short_name(s)),
        pro_note(c, lang),
        if facts.is_empty() {
            String::new()
        } else {
            format!(" — {}", facts.join(" · "))
        }
    )
}

fn short_line(s: &Service, viewer: Viewer) -> String {
    match main_number(s, viewer) {
        Some(c) => escape(&contact_text(c)),
        None => escape(&short_name(s)),
    }
}

fn local_service(d: &Directory, s: &Service, viewer: Viewer, lang: Lang) -> String {
    let mut out = format!("<li><strong{}>{}</strong>", french(lang), escape(&s.name));
    let mut parts: Vec<String> = Vec::new();
    if let Some(l) = &s.location {
        let commune = d
            .territory(&l.commune)
            .map_or_else(|| l.commune.code().to_owned(), |c| c.name.clone());
        if l.visibility.shown_to(viewer) {
            let town = match &l.postcode {
                Some(pc) => format!("{} {}", escape(pc), escape(&commune)),
                None => escape(&commune),
            };
            let pro_only = if l.visibility == Visibility::Professionnels {
                format!(
                    " (<strong>{}</strong>)",
                    content(&lang.t("leaflet-pro-only", &[]))
                )
            } else {
                String::new()
            };
            parts.push(
                match l.address.as_deref().filter(|a| !a.trim().is_empty()) {
                    Some(a) => format!(
                        "<span class=\"addr\">{}{pro_only}</span>",
                        in_french(lang, &format!("{}, {town}", escape(a)))
                    ),
                    None => {
                        format!(
                            "<span class=\"addr\">{}{pro_only}</span>",
                            in_french(lang, &town)
                        )
                    }
                },
            );
        } else if l.visibility == Visibility::Confidentiel {
            parts.push(format!(
                "<span class=\"addr\">{}</span>",
                escape(&lang.t(
                    "leaflet-confidential",
                    &[("commune", commune.clone().into())]
                ))
            ));
        }
    }
    // An e-mail address only without a phone, but a professionals-only one always: it is what
    // the professional leaflet is for (a requisition address, say).
    let has_phone = s.contacts_for(viewer).any(|c| c.kind == ContactKind::Phone);
    parts.extend(
        s.contacts_for(viewer)
            .filter(|c| {
                c.kind != ContactKind::Email
                    || !has_phone
                    || c.visibility == Visibility::Professionnels
            })
            .map(|c| contact_html(c, lang)),
    );
    let mut facts = facts(s, lang);
    for a in &s.access {
        if matches!(
            a,
            AccessMode::SurPlace | AccessMode::RendezVous | AccessMode::Permanence
        ) {
            facts.push(content(&lang.t(&format!("access-{}", a.as_str()), &[])));
        }
    }
    parts.extend(facts);
    if !parts.is_empty() {
        let _ = write!(out, " — {}", parts.join(" · "));
    }
    out.push_str("</li>\n");
    out
}

/// The style sheet; with `pro`, the style of the professional leaflet's notices too.
fn css(format: PageFormat, pro: bool) -> String {
    // Sizes: the sheet, the page margins, the base font, the title, the big numbers.
    let (page, width, height, base, h1, big) = match format {
        PageFormat::A4 => ("A4", "210mm", "297mm", "8.2pt", "14pt", "16pt"),
        PageFormat::A5 => ("A5", "148mm", "210mm", "7.3pt", "11.5pt", "13.5pt"),
    };
    // The professional leaflet's notices; its A5 front, full with them, set a little smaller
    // (a professional reads it, not a person in distress).
    let pro = if pro {
        ".pro { color: #9d0b0e; border: 1.2pt solid #9d0b0e; padding: .15em .5em; margin-bottom: .3em; }\n\
         footer .pro { border: 0; padding: 0; margin-bottom: .25em; }\n\
         .a5 .front { font-size: 1.1em; }\n"
    } else {
        ""
    };
    format!(
        r#"@page {{ size: {page}; margin: 8mm 9mm; }}
* {{ box-sizing: border-box; }}
html {{ font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: {base}; line-height: 1.22; color: #111; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ margin: 0; }}
@media screen {{
  html {{ background: #e6e6e6; }}
  .page {{ width: {width}; min-height: {height}; padding: 8mm 9mm; margin: 4mm auto; background: #fff; box-shadow: 0 0 2mm #999; }}
}}
h1 {{ font-size: {h1}; line-height: 1.12; margin: 0 0 .1em; color: #4a1f73; }}
h2 {{ font-size: 1.18em; margin: 0 0 .25em; color: #4a1f73; }}
h3 {{ font-size: 1.04em; margin: 0 0 .1em; color: #4a1f73; border-bottom: .5pt solid #4a1f73; }}
p {{ margin: 0 0 .25em; }}
ul {{ margin: 0; padding: 0; list-style: none; }}
a {{ color: inherit; text-decoration: none; }}
.where {{ font-size: 1.2em; font-weight: bold; margin-bottom: .35em; }}
.sample {{ background: #ffe066; color: #000; border: 1.2pt solid #000; padding: .2em .5em; margin-bottom: .4em; }}
section {{ margin-bottom: .45em; }}
.urgence {{ background: #9d0b0e; color: #fff; padding: .35em .6em .25em; border-radius: 2mm; }}
.urgence h2 {{ color: #fff; margin-bottom: .1em; }}
.urgence .big {{ display: flex; flex-wrap: wrap; align-items: baseline; gap: .1em 1.1em; margin-bottom: .2em; }}
.number {{ font-weight: bold; font-size: {big}; white-space: nowrap; }}
.site {{ font-weight: bold; font-size: 1.1em; }}
.urgence .what {{ font-weight: bold; }}
.a4 .middle {{ display: flex; gap: 5mm; align-items: flex-start; margin-bottom: .45em; }}
.a4 .middle > section {{ margin-bottom: 0; }}
.a4 .national {{ flex: 1 1 auto; }}
.a4 .safety {{ flex: 0 0 66mm; }}
.national li {{ margin-bottom: .2em; break-inside: avoid; }}
.national .number {{ font-size: 1.3em; margin-right: .2em; }}
.safety {{ border: 1pt solid #4a1f73; padding: .3em .6em; }}
.qr {{ display: flex; gap: .8em; align-items: center; margin-top: .25em; }}
.qr svg {{ flex: none; }}
.qr a {{ word-break: break-all; font-weight: bold; }}
.columns {{ column-count: 2; column-gap: 6mm; }}
.step {{ margin-bottom: .4em; }}
.step h3, .step .also {{ break-after: avoid; }}
.step li {{ margin-bottom: .2em; break-inside: avoid; }}
.also {{ font-weight: bold; margin-bottom: .1em; }}
.addr {{ color: #222; }}
.none {{ font-style: italic; }}
footer {{ border-top: .5pt solid #444; padding-top: .2em; font-size: .9em; }}
.credits {{ color: #222; }}
.a5 .page.back {{ break-before: page; }}
.a5 .front {{ font-size: 1.2em; display: flex; flex-direction: column; }}
@media print {{ .a5 .front {{ min-height: 186mm; }} }}
.a5 .front footer {{ margin-top: auto; }}
{pro}"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the professional leaflet says at the top, in its footer and in its title (French).
    const PRO_NOTICE: &str =
        "Document réservé aux professionnels — ne pas afficher ni remettre au public";

    fn index() -> Index {
        Index::new(maillage::bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap())
    }

    #[test]
    fn hostile_text_is_escaped() {
        let mut d = index().directory().clone();
        let s = d
            .services
            .iter_mut()
            .find(|s| s.id == "ccas-granville")
            .unwrap();
        s.name = "<script>alert(1)</script>".into();
        s.hours = Some("Mo 09:00-12:00 \"<img src=x onerror=alert(1)>\"".into());
        d.metadata
            .attribution
            .push("</style><script>x</script>".into());
        let html = leaflet(
            &Index::new(d),
            &"epci:200042604".parse().unwrap(),
            &LeafletOptions::default(),
        )
        .unwrap();
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&lt;/style&gt;"));
    }

    #[test]
    fn no_professional_contact_nor_confidential_address() {
        let index = index();
        let d = index.directory();
        let epcis: Vec<&Territory> = d
            .territories
            .iter()
            .filter(|t| t.kind == TerritoryKind::Epci)
            .collect();
        assert_eq!(epcis.len(), 8);
        for t in epcis {
            let html = leaflet(&index, &t.id, &LeafletOptions::default()).unwrap();
            for s in d.all_services() {
                for c in s
                    .contacts
                    .iter()
                    .filter(|c| !c.visibility.shown_to(Viewer::Public))
                {
                    assert!(!html.contains(&escape(&c.value)), "{} {}", t.id, c.value);
                }
                if s.audiences.contains(&Audience::Auteurs) {
                    assert!(!html.contains(&escape(&s.name)), "{}", s.name);
                }
            }
            assert!(html.contains("adresse confidentielle"));
            assert!(html.contains("39 19"));
        }
    }

    /// A directory folder holds professionals-only contacts and places, and its confidential
    /// places may hold an address (validation refuses it; the leaflet must not rely on that).
    #[test]
    fn the_professional_leaflet_shows_what_professionals_may_see_and_says_so() {
        let mut d = index().directory().clone();
        let secret_line = Contact {
            kind: ContactKind::Phone,
            value: "+33299887766".into(),
            display: Some("02 99 88 77 66".into()),
            label: Some("Ligne directe des professionnels".into()),
            visibility: Visibility::Professionnels,
        };
        for s in &mut d.services {
            if s.id == "ccas-granville" {
                s.contacts.push(secret_line.clone());
            }
            if s.id == "pole-famille-granville" {
                let l = s.location.as_mut().unwrap();
                l.visibility = Visibility::Professionnels;
                l.address = Some("12 rue des Professionnels".into());
            }
            if let Some(l) = s.location.as_mut() {
                if l.visibility == Visibility::Confidentiel {
                    l.address = Some("1 rue du Refuge".into());
                    l.postcode = Some("50999".into());
                }
            }
        }
        let index = Index::new(d);
        let granville = "epci:200042604".parse().unwrap();
        for format in [PageFormat::A4, PageFormat::A5] {
            let public = LeafletOptions {
                format,
                ..LeafletOptions::default()
            };
            let pro = LeafletOptions {
                viewer: Viewer::Professional,
                ..public.clone()
            };
            let public = leaflet(&index, &granville, &public).unwrap();
            let pro = leaflet(&index, &granville, &pro).unwrap();
            for secret in ["02 99 88 77 66", "12 rue des Professionnels", PRO_NOTICE] {
                assert!(!public.contains(secret), "{format:?} {secret}");
            }
            assert!(pro.contains(
                "02 99 88 77 66</a> (Ligne directe des professionnels, <strong>réservé aux professionnels</strong>)"
            ));
            assert!(pro.contains("12 rue des Professionnels, 50400 Granville (<strong>réservé aux professionnels</strong>)"));
            // In the title, at the top, in the footer (and at the bottom of the A5 back page).
            assert!(pro.contains(&format!("<title>{PRO_NOTICE} — Violences")));
            let top = pro.find("<header>").unwrap();
            assert!(pro[top..].starts_with(&format!(
                "<header>\n<p class=\"pro\" role=\"note\"><strong>{PRO_NOTICE}.</strong></p>"
            )));
            assert!(pro.contains(&format!(
                "<footer>\n<p class=\"pro\"><strong>{PRO_NOTICE}.</strong></p>"
            )));
            let notices = if format == PageFormat::A5 { 4 } else { 3 };
            assert_eq!(pro.matches(PRO_NOTICE).count(), notices, "{format:?}");
            // The safety box speaks to the person on the public leaflet, to the professional
            // on theirs (which is not handed over: no "keep this document safe").
            assert!(
                public.contains("Votre sécurité")
                    && public.contains("Gardez ce document en lieu sûr")
            );
            assert!(pro.contains("Sa sécurité") && !pro.contains("Gardez ce document"));
            // A shelter's address is shown to no one.
            for html in [&public, &pro] {
                assert!(!html.contains("1 rue du Refuge") && !html.contains("50999"));
                assert!(html.contains("adresse confidentielle"));
            }
        }
    }

    #[test]
    fn bad_qr_url_is_refused() {
        let options = LeafletOptions {
            qr_url: Some("javascript:alert(1)".into()),
            ..LeafletOptions::default()
        };
        let err = leaflet(&index(), &"epci:200042604".parse().unwrap(), &options).unwrap_err();
        assert!(matches!(err, LeafletError::BadQrUrl(_)));
        let err = leaflet(
            &index(),
            &"epci:1".parse().unwrap(),
            &LeafletOptions::default(),
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "unknown territory `epci:1`");
    }

    #[test]
    fn dates_in_french() {
        assert_eq!(
            date_in(
                NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
                Lang::default()
            ),
            "1er novembre 2026"
        );
    }
}
