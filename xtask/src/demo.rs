//! `cargo xtask demo`: the README's main command — build the widget and serve the page of a
//! fictional partner embedding it, on http://127.0.0.1:8080 (loopback only).

use std::path::{Path, PathBuf};

use anyhow::{anyhow, Result};

#[derive(clap::Args)]
pub struct Args {
    /// Port on 127.0.0.1.
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// Serve what is already in target/dist without building it.
    #[arg(long)]
    pub no_build: bool,
}

pub fn run(args: Args) -> Result<()> {
    let root = crate::root();
    if !args.no_build {
        crate::dist::run(crate::dist::Args {})?;
    }
    let server = tiny_http::Server::http(("127.0.0.1", args.port))
        .map_err(|e| anyhow!("cannot listen on 127.0.0.1:{}: {e}", args.port))?;
    println!(
        "\nmaillage demo: http://127.0.0.1:{}/  (the partner page; the widget is under /maillage/)\n               http://127.0.0.1:{}/studio/  (the coordinator's studio)\nCtrl-C to stop.",
        args.port, args.port
    );
    for request in server.incoming_requests() {
        if let Some(to) = redirect(request.url()) {
            let _ = request
                .respond(tiny_http::Response::empty(302).with_header(header("Location", to)));
            continue;
        }
        let path = resolve(&root, request.url());
        let response = match path.and_then(|p| std::fs::read(&p).ok().map(|b| (p, b))) {
            Some((p, bytes)) => tiny_http::Response::from_data(bytes)
                .with_header(header("Content-Type", content_type(&p)))
                .with_header(header("Cache-Control", "no-store")),
            None => tiny_http::Response::from_string("not found").with_status_code(404),
        };
        let _ = request.respond(response);
    }
    Ok(())
}

/// `/studio` and `/studio/…` go to the coordinator's studio, `/maillage/studio/` (it sits in
/// target/dist beside the widget, whose files it loads from `../`).
pub fn redirect(url: &str) -> Option<&'static str> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    (path == "/studio" || path.starts_with("/studio/")).then_some("/maillage/studio/")
}

/// Maps a URL path to a file: `/maillage/…` → target/dist, anything else → the partner site.
/// Paths with `..` are refused.
pub fn resolve(root: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    if path.split('/').any(|s| s == "..") {
        return None;
    }
    let (base, rest) = match path.strip_prefix("/maillage/") {
        Some(rest) => (root.join("target/dist"), rest),
        None => (
            root.join("examples/partner-site"),
            path.trim_start_matches('/'),
        ),
    };
    let file = if rest.is_empty() || rest.ends_with('/') {
        base.join(rest).join("index.html")
    } else {
        base.join(rest)
    };
    file.is_file().then_some(file)
}

fn content_type(p: &Path) -> &'static str {
    match p.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("md" | "ts") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes())
        .expect("static header names and values are valid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_studio_is_served_beside_the_widget() {
        assert_eq!(redirect("/studio/"), Some("/maillage/studio/"));
        assert_eq!(redirect("/studio"), Some("/maillage/studio/"));
        assert_eq!(redirect("/studio-notes.html"), None);
        assert_eq!(redirect("/maillage/studio/"), None);
        let root = Path::new("/nowhere");
        assert_eq!(resolve(root, "/../etc/passwd"), None);
    }
}
