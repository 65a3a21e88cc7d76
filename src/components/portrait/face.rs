//! The drawing of a face as pure data: the shapes of a person (from the scenario's
//! [`Face`]) and of an expression (from the mood band and the tone of the newest line), in a
//! 100 x 100 box inside the portrait's ring. Tested natively; the component only renders them.
//!
//! Who the customer is decides the head (a softer or broader jaw, a wider neck), the skin, the
//! hair and beard, the glasses, and the lines of age (smile lines from 45, forehead lines from
//! 55, crow's feet and lower lids from 60, deeper lines from 70). The mood band decides the
//! expression: brows from a frown to raised and relaxed, eyes from narrowed to smiling, the mouth
//! from an open frown to an open smile, flushed or warm cheeks. The tone only tilts the brows
//! (worried when anxious or confused, one raised when sceptical), so the face never says
//! something the mood word does not.

use calmline_engine::face::{Face, Glasses, Hair, Presentation};
use calmline_engine::model::Emotion;

use super::hair;
use super::palette::{self, Part, Shape};

/// The geometry of a head, for fitting hair and beards to it.
#[derive(Debug, Clone, Copy)]
pub struct Head {
    /// The x of the head's left and right edges at the cheekbones (y 46).
    pub left: f32,
    pub right: f32,
    /// Half the width of the jaw near the chin.
    pub jaw: f32,
    /// The y of the chin.
    pub chin: f32,
    /// Half the width of the neck.
    pub neck: f32,
    /// The skin's shade.
    pub shade: &'static str,
}

impl Head {
    fn of(face: &Face) -> Head {
        let (half, jaw, neck) = match face.presentation {
            Presentation::Feminine => (18.5, 6.5, 5.8),
            Presentation::Neutral => (19.5, 8.0, 6.8),
            Presentation::Masculine => (20.5, 9.5, 8.2),
        };
        // Past 60 the jaw softens and widens a little.
        let jaw = if face.age >= 60 { jaw + 1.2 } else { jaw };
        let chin = if face.presentation == Presentation::Masculine {
            71.0
        } else {
            70.0
        };
        Head {
            left: 50.0 - half,
            right: 50.0 + half,
            jaw,
            chin,
            neck,
            shade: palette::skin(face.skin).1,
        }
    }
}

/// How much the drawing is enlarged inside the ring, and the y it is enlarged around: the
/// person fills the ring, and the shoulders meet its inside exactly.
pub const SCALE: f32 = 1.12;
pub const CENTRE_Y: f32 = 49.0;
/// The inside of the ring (radius 46 around the centre) in the drawing's own units.
const INSIDE: f32 = 46.0 / SCALE;

/// The SVG transform that places the drawing in the ring.
pub fn transform() -> String {
    format!(
        "matrix({SCALE} 0 0 {SCALE} {} {})",
        50.0 - 50.0 * SCALE,
        50.0 - CENTRE_Y * SCALE
    )
}

/// A circle as a path.
pub fn circle(cx: f32, cy: f32, r: f32) -> String {
    ellipse(cx, cy, r, r)
}

/// An ellipse as a path.
pub fn ellipse(cx: f32, cy: f32, rx: f32, ry: f32) -> String {
    format!(
        "M{} {cy} a{rx} {ry} 0 1 0 {} 0 a{rx} {ry} 0 1 0 {} 0Z",
        cx - rx,
        2.0 * rx,
        -2.0 * rx
    )
}

/// Every shape of `face` with the expression of mood band `band` (0 furious .. 4 satisfied) and
/// the newest line's `tone`, back to front.
pub fn draw(face: &Face, band: u8, tone: Emotion) -> Vec<Shape> {
    let h = Head::of(face);
    let (skin, shade, line) = palette::skin(face.skin);
    // Long hair falls over the shoulders; other hair behind the head stays behind them.
    let (mut out, back) = if face.hair == Hair::Long {
        (body(face, &h, skin, shade), hair::back(face, &h))
    } else {
        (hair::back(face, &h), body(face, &h, skin, shade))
    };
    out.extend(back);
    out.extend(head(&h, skin));
    out.extend(age(face, line));
    out.extend(hair::beard(face, &h));
    out.extend(hair::front(face, &h));
    out.extend(features(face, line));
    out.extend(expression(face, band, tone, line));
    out.extend(glasses(face.glasses));
    out
}

fn body(face: &Face, h: &Head, skin: &'static str, shade: &'static str) -> Vec<Shape> {
    let (cloth, cloth_shade) = palette::clothes(face);
    // The shoulders meet the inside of the ring; broader shoulders meet it higher.
    let k: f32 = if face.presentation == Presentation::Masculine {
        0.68
    } else {
        0.74
    };
    let y = CENTRE_Y + k * INSIDE;
    let dx = INSIDE * (1.0 - k * k).sqrt();
    let (x0, x1) = (50.0 - dx, 50.0 + dx);
    let n = h.neck;
    vec![
        Shape::fill(
            Part::Skin,
            format!(
                "M{} 58 L{} 75 Q50 79 {} 75 L{} 58 Z",
                50.0 - n,
                50.0 - n,
                50.0 + n,
                50.0 + n
            ),
            shade,
        ),
        Shape::fill(
            Part::Body,
            format!(
                "M{x0:.1} {y:.1} C{} {} {} 73.5 {} 72 L{} 72 C{} 73.5 {} {} {x1:.1} {y:.1} A{INSIDE:.2} {INSIDE:.2} 0 0 1 {x0:.1} {y:.1}Z",
                x0 + 2.5,
                y - 6.0,
                x0 + 11.0,
                50.0 - n - 3.0,
                50.0 + n + 3.0,
                x1 - 11.0,
                x1 - 2.5,
                y - 6.0
            ),
            cloth,
        ),
        // The neckline.
        Shape::fill(
            Part::Body,
            format!("M{} 72 L50 80 L{} 72 Z", 50.0 - n - 1.0, 50.0 + n + 1.0),
            skin,
        ),
        Shape::line(
            Part::Body,
            format!("M{} 71.6 L50 80.5 L{} 71.6", 50.0 - n - 3.0, 50.0 + n + 3.0),
            cloth_shade,
            1.6,
        ),
    ]
}

fn head(h: &Head, skin: &'static str) -> Vec<Shape> {
    let (l, r, jw, chin) = (h.left, h.right, h.jaw, h.chin);
    vec![
        Shape::fill(Part::Skin, ellipse(l + 0.3, 48.0, 3.3, 5.2), h.shade),
        Shape::fill(Part::Skin, ellipse(r - 0.3, 48.0, 3.3, 5.2), h.shade),
        Shape::fill(
            Part::Skin,
            format!(
                "M{l} 46 C{l} 31 {} 22 50 22 C{} 22 {r} 31 {r} 46 C{r} 58 {} {} 50 {chin} C{} {} {l} 58 {l} 46Z",
                l + 7.0,
                r - 7.0,
                50.0 + jw + 3.0,
                chin - 1.0,
                50.0 - jw - 3.0,
                chin - 1.0
            ),
            skin,
        ),
    ]
}

/// Lines of age: more of them, and deeper, the older the customer.
fn age(face: &Face, line: &'static str) -> Vec<Shape> {
    let mut out = Vec::new();
    let mut add = |d: &str, width: f32, opacity: f32| {
        out.push(Shape::line(Part::Age, d.to_owned(), line, width).faded(opacity));
    };
    let a = face.age;
    let deep = if a >= 70 { 1.0 } else { 0.75 };
    if a >= 45 {
        // Smile lines.
        add("M45.3 53.8 Q43.3 57.8 44.8 61.3", 1.0, 0.55 * deep);
        add("M54.7 53.8 Q56.7 57.8 55.2 61.3", 1.0, 0.55 * deep);
    }
    if a >= 55 {
        add("M43.5 33.6 Q50 32 56.5 33.6", 0.9, 0.6 * deep);
        add("M45 36.4 Q50 35.2 55 36.4", 0.9, 0.6 * deep);
    }
    if a >= 60 {
        // Crow's feet and lower lids.
        add(
            "M37.4 45.4 L35.2 44.4 M37.4 47.4 L35.2 48.3",
            0.8,
            0.7 * deep,
        );
        add(
            "M62.6 45.4 L64.8 44.4 M62.6 47.4 L64.8 48.3",
            0.8,
            0.7 * deep,
        );
        add("M40.3 50.2 Q42.5 51.6 44.7 50.2", 0.8, 0.6 * deep);
        add("M55.3 50.2 Q57.5 51.6 59.7 50.2", 0.8, 0.6 * deep);
    }
    if a >= 70 {
        add("M42.5 30.8 Q50 29.2 57.5 30.8", 0.9, 0.6);
        add("M45.6 63.6 Q44.8 66 46 68", 0.9, 0.55);
        add("M54.4 63.6 Q55.2 66 54 68", 0.9, 0.55);
    }
    out
}

/// Features that do not move: the nose, and lashes on a feminine face.
fn features(face: &Face, line: &'static str) -> Vec<Shape> {
    let mut out = vec![Shape::line(
        Part::Feature,
        "M50.2 48.5 Q48.3 54 49.6 55.4 Q50.8 56 52.2 55.2".into(),
        line,
        1.3,
    )];
    if face.presentation == Presentation::Feminine {
        out.push(Shape::line(
            Part::Feature,
            "M40.5 46 L38.6 44.7 M59.5 46 L61.4 44.7".into(),
            palette::EYE,
            0.9,
        ));
    }
    out
}

/// The expression of mood band `band` and the tone of the newest line.
fn expression(face: &Face, band: u8, tone: Emotion, line: &'static str) -> Vec<Shape> {
    let b = usize::from(band.min(4));
    let mut out = Vec::new();
    // Brows: inner end, outer end, arch; a frown at 0, raised and relaxed at 4.
    let (mut inner, mut outer, arch) = [
        (41.4, 37.0, 0.0),
        (40.4, 37.8, 0.5),
        (39.4, 38.9, 1.0),
        (39.0, 39.0, 1.6),
        (38.0, 38.4, 2.2),
    ][b];
    match tone {
        Emotion::Anxious | Emotion::Confused => {
            inner -= 2.2;
            outer += 0.6;
        }
        Emotion::Frustrated => inner += 0.6,
        _ => {}
    }
    let lift_right = if tone == Emotion::Sceptical { 1.8 } else { 0.0 };
    let brow_width = match face.presentation {
        Presentation::Feminine => 1.6,
        Presentation::Neutral => 2.1,
        Presentation::Masculine => 2.6,
    };
    let brow = palette::hair(face.hair_colour).2;
    let mid = |i: f32, o: f32| (i + o) / 2.0 - arch;
    out.push(Shape::line(
        Part::Expression,
        format!(
            "M37.5 {outer:.1} Q41.5 {:.1} 46 {inner:.1}",
            mid(inner, outer)
        ),
        brow,
        brow_width,
    ));
    let (ri, ro) = (inner - lift_right, outer - lift_right);
    out.push(Shape::line(
        Part::Expression,
        format!("M54 {ri:.1} Q58.5 {:.1} 62.5 {ro:.1}", mid(ri, ro)),
        brow,
        brow_width,
    ));
    if b == 0 {
        out.push(Shape::line(
            Part::Expression,
            "M48.7 38.4 L49.3 41.2 M51.3 38.4 L50.7 41.2".into(),
            line,
            0.8,
        ));
    }
    // Eyes: narrowed when furious, smiling when satisfied.
    let ry = [1.5, 2.0, 2.4, 2.4, 1.9][b];
    for x in [42.5, 57.5] {
        out.push(Shape::fill(
            Part::Expression,
            ellipse(x, 46.5, 2.1, ry),
            palette::EYE,
        ));
        out.push(Shape::fill(
            Part::Expression,
            circle(x + 0.7, 46.5 - ry * 0.4, 0.55),
            palette::EYE_LIGHT,
        ));
    }
    // Cheeks.
    let flush = match b {
        0 => Some((palette::FLUSH_ANGRY, 0.35)),
        3 => Some((palette::FLUSH_WARM, 0.18)),
        4 => Some((palette::FLUSH_WARM, 0.3)),
        _ => None,
    };
    if let Some((colour, opacity)) = flush {
        for x in [37.5, 62.5] {
            out.push(
                Shape::fill(Part::Expression, ellipse(x, 54.0, 4.0, 2.4), colour).faded(opacity),
            );
        }
    }
    // The mouth.
    let w: f32 = if face.presentation == Presentation::Feminine {
        5.5
    } else {
        6.0
    };
    let (l, r) = (50.0 - w, 50.0 + w);
    let lips = if face.presentation == Presentation::Feminine {
        palette::LIPS_FEMININE
    } else {
        palette::LIPS
    };
    out.push(match b {
        0 => Shape::fill(
            Part::Expression,
            format!("M{l} 62.6 Q50 55.2 {r} 62.6 Q50 59.6 {l} 62.6Z"),
            palette::MOUTH_OPEN,
        ),
        4 => Shape::fill(
            Part::Expression,
            format!("M{l} 59.6 Q50 67.6 {r} 59.6 Q50 61.4 {l} 59.6Z"),
            palette::MOUTH_OPEN,
        ),
        1 => Shape::line(
            Part::Expression,
            format!("M{l} 61.8 Q50 57.8 {r} 61.8"),
            lips,
            2.0,
        ),
        2 => Shape::line(
            Part::Expression,
            format!("M{l} 60.8 Q50 59.6 {r} 60.2"),
            lips,
            2.0,
        ),
        _ => Shape::line(
            Part::Expression,
            format!("M{l} 59.8 Q50 63.2 {r} 59.8"),
            lips,
            2.0,
        ),
    });
    out
}

fn glasses(glasses: Glasses) -> Vec<Shape> {
    let (frames, frame, bridge) = match glasses {
        Glasses::None => return Vec::new(),
        Glasses::Round => (
            [circle(42.5, 46.5, 5.4), circle(57.5, 46.5, 5.4)],
            palette::FRAME,
            "M47.9 46 Q50 44.4 52.1 46 M37.1 45.6 L31 44.6 M62.9 45.6 L69 44.6",
        ),
        Glasses::Rectangular => (
            [
                "M37 43.2 Q37 42 38.2 42 L46.8 42 Q48 42 48 43.2 L48 49.6 Q48 50.8 46.8 50.8 L38.2 50.8 Q37 50.8 37 49.6Z".into(),
                "M52 43.2 Q52 42 53.2 42 L61.8 42 Q63 42 63 43.2 L63 49.6 Q63 50.8 61.8 50.8 L53.2 50.8 Q52 50.8 52 49.6Z".into(),
            ],
            palette::FRAME,
            "M48 45.4 Q50 44 52 45.4 M37 44.2 L31 43.6 M63 44.2 L69 43.6",
        ),
        Glasses::Reading => (
            [
                "M37.2 48.6 L47.8 48.6 Q47.4 53.6 42.5 53.6 Q37.6 53.6 37.2 48.6Z".into(),
                "M52.2 48.6 L62.8 48.6 Q62.4 53.6 57.5 53.6 Q52.6 53.6 52.2 48.6Z".into(),
            ],
            palette::FRAME_READING,
            "M47.8 49 Q50 47.8 52.2 49 M37.2 48.8 L31 46.6 M62.8 48.8 L69 46.6",
        ),
    };
    let mut out = Vec::new();
    for d in frames {
        // A hint of glass, then the frame.
        out.push(Shape::fill(Part::Glasses, d.clone(), palette::LENS).faded(0.2));
        out.push(Shape::line(Part::Glasses, d, frame, 1.4));
    }
    out.push(Shape::line(Part::Glasses, bridge.into(), frame, 1.3));
    out
}
