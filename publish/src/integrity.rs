//! Subresource Integrity: the hash a browser checks before it uses a fetched file.

/// The Subresource Integrity hash of `bytes` (`sha384-` and the base64 of their SHA-384), as
/// the `integrity` of a `<script>` or a `fetch`: the widget's files in `integrity.json`, and a
/// directory's translations published apart (their hashes are in the directory's bundle).
///
/// ```
/// // The example of the W3C Subresource Integrity specification.
/// assert_eq!(
///     maillage_publish::sri(b"alert('Hello, world.');"),
///     "sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO"
/// );
/// ```
pub fn sri(bytes: &[u8]) -> String {
    use base64ct::Encoding;
    use sha2::Digest;
    format!(
        "sha384-{}",
        base64ct::Base64::encode_string(&sha2::Sha384::digest(bytes))
    )
}
