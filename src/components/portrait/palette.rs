//! The colours of a drawn face and the shape type the drawing is made of.
//!
//! Kept apart from the geometry so that the tones can be tuned in one place: skin and hair each
//! have a base and a shade (for outlines, ears and neck), and lines of age are drawn in a
//! darker tone of the skin so they read on every skin, not as black marks.

use calmline_engine::face::{Face, HairColour, Skin};

/// What a shape is part of. The expression is the only part that changes with the mood; the
/// rest is the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Hair behind the head (a bob, long hair, a bun, a ponytail).
    HairBack,
    /// Shoulders and clothes.
    Body,
    /// Skin: ears, neck, head.
    Skin,
    /// Lines of age.
    Age,
    /// Facial hair.
    Beard,
    /// Hair in front: the top, the fringe.
    Hair,
    /// Nose, lashes: features that do not move.
    Feature,
    /// Glasses.
    Glasses,
    /// Brows, eyes, mouth, cheeks: what follows the mood.
    Expression,
}

impl Part {
    /// The class of the part's shapes in the SVG.
    pub fn class(self) -> &'static str {
        match self {
            Part::HairBack => "face-hair-back",
            Part::Body => "face-body",
            Part::Skin => "face-skin",
            Part::Age => "face-age",
            Part::Beard => "face-beard",
            Part::Hair => "face-hair",
            Part::Feature => "face-feature",
            Part::Glasses => "face-glasses",
            Part::Expression => "face-expression",
        }
    }
}

/// One path of the drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// What it belongs to.
    pub part: Part,
    /// The path.
    pub d: String,
    /// Fill colour, or none.
    pub fill: Option<&'static str>,
    /// Stroke colour and width, or none.
    pub stroke: Option<(&'static str, f32)>,
    /// Opacity, 0..=1.
    pub opacity: f32,
}

impl Shape {
    /// A filled shape.
    pub fn fill(part: Part, d: String, colour: &'static str) -> Shape {
        Shape {
            part,
            d,
            fill: Some(colour),
            stroke: None,
            opacity: 1.0,
        }
    }

    /// A filled shape with an outline.
    pub fn outlined(part: Part, d: String, colour: &'static str, line: &'static str) -> Shape {
        Shape {
            stroke: Some((line, 0.8)),
            ..Shape::fill(part, d, colour)
        }
    }

    /// A line.
    pub fn line(part: Part, d: String, colour: &'static str, width: f32) -> Shape {
        Shape {
            part,
            d,
            fill: None,
            stroke: Some((colour, width)),
            opacity: 1.0,
        }
    }

    /// The same shape, partly transparent.
    pub fn faded(self, opacity: f32) -> Shape {
        Shape { opacity, ..self }
    }
}

/// Skin: base, shade, line.
pub fn skin(skin: Skin) -> (&'static str, &'static str, &'static str) {
    match skin {
        Skin::Fair => ("#f6d8c4", "#e9bda4", "#c48a6e"),
        Skin::Light => ("#efc29e", "#dca680", "#b27a5a"),
        Skin::Medium => ("#d69e74", "#c1855c", "#93603f"),
        Skin::Olive => ("#c28b5c", "#a97548", "#7b5233"),
        Skin::Brown => ("#8e5b3c", "#7a4b30", "#53301d"),
        Skin::Deep => ("#5f3b27", "#4e2f1e", "#2c190e"),
    }
}

/// Hair: base, shade (outlines, partings, streaks) and brows.
pub fn hair(colour: HairColour) -> (&'static str, &'static str, &'static str) {
    match colour {
        HairColour::Black => ("#26211f", "#0f0d0c", "#1c1816"),
        HairColour::DarkBrown => ("#412b1f", "#2a1b12", "#2e1f16"),
        HairColour::Brown => ("#6e4b33", "#4d3323", "#4a3222"),
        HairColour::Auburn => ("#8c3c22", "#642915", "#5e2b18"),
        HairColour::Red => ("#c2622f", "#96451e", "#8a4420"),
        HairColour::Blonde => ("#e2c07a", "#b8954f", "#9c7a45"),
        HairColour::Greying => ("#6f6a65", "#a9a49e", "#4f4b47"),
        HairColour::Grey => ("#a9a6a1", "#7f7c77", "#77736e"),
        HairColour::White => ("#efece6", "#b9b4aa", "#a39e95"),
    }
}

/// Behind the person, inside the ring (light in both themes).
pub const BACKDROP: &str = "#e6efec";
/// The colours of the eyes, the lips and the cheeks.
pub const EYE: &str = "#2a2320";
pub const EYE_LIGHT: &str = "#ffffff";
pub const LIPS: &str = "#7a3b31";
pub const LIPS_FEMININE: &str = "#b0534d";
pub const MOUTH_OPEN: &str = "#6e2a26";
pub const FLUSH_ANGRY: &str = "#e0584a";
pub const FLUSH_WARM: &str = "#f08f8a";
pub const FRAME: &str = "#3a3230";
pub const FRAME_READING: &str = "#9a7436";
pub const LENS: &str = "#ffffff";

/// The colour of the clothes: the same person always wears the same, and the library's people
/// mostly differ (picked from the face, not random).
pub fn clothes(face: &Face) -> (&'static str, &'static str) {
    const CLOTHES: [(&str, &str); 8] = [
        ("#2f6f6a", "#255854"),
        ("#3b5b8c", "#2f4970"),
        ("#7a4a6e", "#613b58"),
        ("#b5832a", "#916921"),
        ("#a4503a", "#83402e"),
        ("#4f6b3c", "#3f5630"),
        ("#5c6773", "#4a525c"),
        ("#8a3a50", "#6e2e40"),
    ];
    let key = format!(
        "{}{}{}{}{}{}{}",
        face.age,
        face.presentation.id(),
        face.skin.id(),
        face.hair.id(),
        face.hair_colour.id(),
        face.glasses.id(),
        face.beard.id()
    );
    // FNV-1a: stable across builds and platforms.
    let hash = key.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    CLOTHES[hash as usize % CLOTHES.len()]
}
