//! Reading the optional `face` table of `[customer]` into a [`Face`], reporting every problem
//! at its place (kept apart from [`crate::face`], which is pure data that the format's table in
//! [`crate::spec`] lists the values of).

use crate::diag::{Problems, msg};
use crate::face::{AGES, Beard, Face, Glasses, Hair, HairColour, Presentation, Skin};
use crate::reader::{self, Value};
use crate::spec;

/// Reads the `face` table of `[customer]`. Every problem is recorded; what could not be read
/// keeps its default, so the rest of the file is still checked.
pub(crate) fn read(p: &mut Problems, value: &Value<'_>) -> Face {
    let what = &msg!("diag-what-face");
    let mut face = Face::default();
    let Some(obj) = reader::obj(p, value, what) else {
        return face;
    };
    reader::check_keys(p, obj, &spec::keys(spec::FACE), what);
    if let Some(age) = obj.get("age").and_then(|v| {
        reader::int(
            p,
            v,
            &msg!("diag-what-face-field", key = "age"),
            i64::from(AGES.0),
            i64::from(AGES.1),
        )
    }) {
        face.age = age as u8;
    }
    let mut hair_colour = None;
    for (key, v) in obj.entries() {
        let what = msg!("diag-what-face-field", key = key.get_ref().as_ref());
        match key.get_ref().as_ref() {
            "presentation" => set(
                &mut face.presentation,
                reader::choice(p, v, &what, Presentation::ALL),
            ),
            "skin" => set(&mut face.skin, reader::choice(p, v, &what, Skin::ALL)),
            "hair" => set(&mut face.hair, reader::choice(p, v, &what, Hair::ALL)),
            "hair_colour" => hair_colour = reader::choice(p, v, &what, HairColour::ALL),
            "glasses" => set(&mut face.glasses, reader::choice(p, v, &what, Glasses::ALL)),
            "beard" => set(&mut face.beard, reader::choice(p, v, &what, Beard::ALL)),
            _ => {}
        }
    }
    face.hair_colour = hair_colour.unwrap_or_else(|| HairColour::for_age(face.age));
    face
}

fn set<T>(slot: &mut T, value: Option<T>) {
    if let Some(value) = value {
        *slot = value;
    }
}
