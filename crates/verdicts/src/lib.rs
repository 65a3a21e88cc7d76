//! The studio's verdicts check in a Web Worker of its own (`assets/verdicts-worker.js` loads
//! this module): the validator's deepest pass takes about half a second on the largest library
//! call on a laptop, several on a phone, and the page must not stop while a trainer types. The
//! check and its wire format are `calmline_studio::verdicts`; this is only the worker's entry.

use wasm_bindgen::prelude::wasm_bindgen;

/// The verdicts of the call `text`, saved as `name`, as JSON (`null`: the call has errors).
#[wasm_bindgen]
pub fn verdicts(name: &str, text: &str) -> String {
    let verdicts = calmline_studio::verdicts::check(name, text);
    calmline_studio::verdicts::to_json(verdicts.as_ref())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_worker_answers_what_the_studio_reads() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../scenarios/shouter-late-delivery.toml"
        ))
        .unwrap();
        let json = super::verdicts("shouter-late-delivery.toml", &text);
        let back = calmline_studio::verdicts::from_json(&json).unwrap();
        assert_eq!(
            back,
            calmline_studio::verdicts::check("shouter-late-delivery.toml", &text)
        );
        assert!(back.is_some());
        assert_eq!(super::verdicts("x.toml", "not = [toml"), "null");
    }
}
