//! QR codes as inline SVG: one `<path>` of dark modules, drawn here from the module matrix.

use qrcode::{Color, EcLevel, QrCode};

use crate::escape::escape;

/// An inline SVG QR code for `data` (a URL), `size_mm` millimetres wide including the quiet
/// zone of four modules; `None` when the text is too long for a QR code.
///
/// Error correction level M (15 %): enough for a printed page that gets folded. The SVG has
/// `role="img"` and an `aria-label` naming the address it encodes.
///
/// ```
/// let svg = maillage_publish::qr_svg("https://example.org/aide", 22.0).unwrap();
/// assert!(svg.starts_with("<svg") && svg.contains("<path"));
/// assert!(svg.contains("aria-label=\"QR code : https://example.org/aide\""));
/// ```
pub fn qr_svg(data: &str, size_mm: f64) -> Option<String> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let quiet = 4;
    let total = width + 2 * quiet;
    let mut d = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if colors[y * width + x] == Color::Dark {
                let start = x;
                while x < width && colors[y * width + x] == Color::Dark {
                    x += 1;
                }
                d.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + quiet,
                    y + quiet,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"QR code : {label}\" \
         width=\"{size_mm}mm\" height=\"{size_mm}mm\" viewBox=\"0 0 {total} {total}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{total}\" height=\"{total}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{d}\"/></svg>",
        label = escape(data)
    ))
}

#[cfg(test)]
mod tests {
    use super::qr_svg;

    #[test]
    fn matrix_round_trip() {
        // The path covers exactly the dark modules of the code.
        let data = "https://example.org/";
        let code = qrcode::QrCode::with_error_correction_level(data, qrcode::EcLevel::M).unwrap();
        let dark = code
            .to_colors()
            .iter()
            .filter(|c| **c == qrcode::Color::Dark)
            .count();
        let svg = qr_svg(data, 20.0).unwrap();
        let d = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let covered: usize = d
            .split('M')
            .skip(1)
            .map(|run| {
                let h = run.split('h').nth(1).unwrap();
                h.split('v').next().unwrap().parse::<usize>().unwrap()
            })
            .sum();
        assert_eq!(covered, dark);
    }

    #[test]
    fn too_long_is_none() {
        assert!(qr_svg(&"x".repeat(5000), 20.0).is_none());
    }
}
