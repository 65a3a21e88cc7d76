#[test]
fn scratch() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../scenarios/shouter-late-delivery.toml"
    );
    let bytes = std::fs::read(path).unwrap();
    let report = calmline_engine::validate("shouter-late-delivery.toml", &bytes);
    for d in &report.diagnostics {
        println!("{d}");
    }
    if let Some(s) = report.summary() {
        println!("{s}");
    }
    let sc = report.scenario.unwrap();
    let plan = std::fs::read(path.replace(".toml", ".plan.toml")).unwrap();
    let r = calmline_engine::plan::check(&sc, "plan", &plan);
    for d in &r.diagnostics {
        println!("{d}");
    }
}
