//! The annotated example of `docs/scenario-format.md`, for the tests that check and play it.

/// The TOML of the example, as documented.
pub fn source() -> String {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/scenario-format.md"
    ))
    .expect("doc");
    let section = doc
        .split("## A complete annotated example")
        .nth(1)
        .expect("the example section");
    let start = section.find("```toml\n").expect("a toml block") + "```toml\n".len();
    let end = section[start..].find("```").expect("end of block");
    section[start..start + end].to_owned()
}
