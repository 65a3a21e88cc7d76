//! The scenario the app's tests play: the engine's frozen copy of the late-delivery call, so
//! that the tests do not change when the library's scenario grows.

use std::rc::Rc;

use calmline::call::SharedScenario;

/// The fixture scenario, loaded and checked.
pub fn scenario() -> SharedScenario {
    let bytes = include_bytes!("../../crates/engine/tests/fixtures/late-delivery-v1.toml");
    SharedScenario(Rc::new(
        calmline_engine::validate("late-delivery-v1.toml", bytes)
            .into_result()
            .expect("the fixture is valid"),
    ))
}
