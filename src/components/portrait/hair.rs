//! Hair and beards: the shapes of every style of the format, fitted to the head they are drawn
//! on. Hair behind the head (a bob, long hair, a bun, a ponytail) is drawn before the head, the
//! rest after it.

use calmline_engine::face::{Beard, Face, Hair};

use super::face::{Head, circle, ellipse};
use super::palette::{Part, Shape, hair as hair_colours};

/// The hair behind the head.
pub fn back(face: &Face, h: &Head) -> Vec<Shape> {
    let (base, shade, _) = hair_colours(face.hair_colour);
    let (l, r) = (h.left, h.right);
    let d = match face.hair {
        Hair::Bob => format!(
            "M{} 65 C{} 42 {} 14 50 14 C{} 14 {} 42 {} 65 C{} 67 {} 66 {} 62 L{} 62 C{} 66 {} 67 {} 65 Z",
            l - 4.5,
            l - 7.5,
            l - 3.0,
            r + 3.0,
            r + 7.5,
            r + 4.5,
            r + 1.0,
            r - 1.5,
            r - 2.0,
            l + 2.0,
            l + 1.5,
            l - 1.0,
            l - 4.5
        ),
        Hair::Long => format!(
            "M{} 80 C{} 62 {} 15 50 15 C{} 15 {} 62 {} 80 Q{} 83 {} 80 L{} 60 L{} 60 L{} 80 Q{} 83 {} 80 Z",
            l - 4.0,
            l - 9.0,
            l - 4.0,
            r + 4.0,
            r + 9.0,
            r + 4.0,
            r + 0.5,
            r - 3.0,
            r - 3.0,
            l + 3.0,
            l + 3.0,
            l - 0.5,
            l - 4.0
        ),
        Hair::Bun => {
            let bun = circle(50.0, 15.0, 6.4);
            return vec![
                Shape::outlined(Part::HairBack, bun, base, shade),
                Shape::line(
                    Part::HairBack,
                    "M45 14 Q50 10.5 55 14 M46 17 Q50 14.5 54 17".into(),
                    shade,
                    0.8,
                ),
            ];
        }
        Hair::Ponytail => format!(
            "M{} 24 C{} 22 {} 40 {} 60 C{} 66 {} 66 {} 60 C{} 48 {} 36 {} 29 Z",
            r - 3.0,
            r + 11.0,
            r + 9.0,
            r + 7.0,
            r + 6.0,
            r + 1.5,
            r + 1.0,
            r + 3.0,
            r + 2.0,
            r - 5.0
        ),
        _ => return Vec::new(),
    };
    vec![Shape::outlined(Part::HairBack, d, base, shade)]
}

/// The hair on top and in front, after the head.
pub fn front(face: &Face, h: &Head) -> Vec<Shape> {
    let (base, shade, _) = hair_colours(face.hair_colour);
    let (l, r) = (h.left, h.right);
    let hair = |d: String| Shape::outlined(Part::Hair, d, base, shade);
    match face.hair {
        Hair::Bald => {
            // What is left above and behind the ears, hugging the head.
            let tuft = |x: f32, dir: f32| {
                format!(
                    "M{} 49 C{} 43 {} 37 {} 32.5 C{} 36 {} 42 {} 49 Z",
                    x,
                    x - 0.6 * dir,
                    x + 0.6 * dir,
                    x + 3.2 * dir,
                    x + 3.4 * dir,
                    x + 2.6 * dir,
                    x + 2.2 * dir
                )
            };
            vec![
                Shape::fill(Part::Skin, ellipse(43.0, 27.0, 4.5, 2.2), "#ffffff").faded(0.22),
                hair(tuft(l - 0.4, 1.0)),
                hair(tuft(r + 0.4, -1.0)),
            ]
        }
        Hair::Receding => vec![hair(format!(
            "M{} 47 C{} 30 {} 18 50 18 C{} 18 {} 30 {} 47 L{} 47 C{} 38 {} 31 {} 27.5 C{} 24.5 56 25.5 50 24 \
             C44 25.5 {} 24.5 {} 27.5 C{} 31 {} 38 {} 47 Z",
            l - 1.0,
            l - 2.0,
            l + 5.0,
            r - 5.0,
            r + 2.0,
            r + 1.0,
            r - 0.5,
            r - 1.0,
            r - 2.0,
            r - 4.5,
            r - 7.0,
            l + 7.0,
            l + 4.5,
            l + 2.0,
            l + 1.0,
            l + 0.5
        ))],
        Hair::Short => vec![hair(format!(
            "M{} 45 C{} 27 {} 17 50 17 C{} 17 {} 27 {} 45 L{} 45 C{} 36 {} 31 {} 29.5 C56 31 46 28.5 {} 30 \
             C{} 32 {} 37 {} 45 Z",
            l - 1.0,
            l - 2.0,
            l + 5.0,
            r - 5.0,
            r + 2.0,
            r + 1.0,
            r - 0.5,
            r - 1.0,
            r - 3.0,
            r - 6.0,
            l + 7.0,
            l + 3.0,
            l + 0.5,
            l + 0.5
        ))],
        Hair::SidePart => vec![
            hair(format!(
                "M{} 46 C{} 25 {} 13.5 46 14 C{} 13.5 {} 24 {} 46 L{} 46 C{} 37 {} 31 {} 28.5 C56 27 46 29.5 41 25.5 \
                 C39 29 {} 33 {} 46 Z",
                l - 1.5,
                l - 3.0,
                l + 4.0,
                r - 2.0,
                r + 3.0,
                r + 1.5,
                r - 0.5,
                r - 1.0,
                r - 2.0,
                r - 5.0,
                l + 2.0,
                l + 0.5
            )),
            Shape::line(Part::Hair, "M41 25.5 Q42 20 44.5 15.5".into(), shade, 1.0),
        ],
        Hair::Curly => {
            let mut shapes = vec![hair(format!(
                "M{} 45 C{} 27 {} 18 50 18 C{} 18 {} 27 {} 45 C{} 38 {} 31 50 30 C{} 31 {} 38 {} 45 Z",
                l - 1.0,
                l - 2.0,
                l + 5.0,
                r - 5.0,
                r + 2.0,
                r + 1.0,
                r - 2.0,
                r - 6.0,
                l + 6.0,
                l + 2.0,
                l - 1.0
            ))];
            let curls = [
                (l - 0.5, 40.0),
                (l + 0.5, 32.0),
                (l + 5.0, 24.5),
                (43.0, 19.5),
                (50.0, 18.0),
                (57.0, 19.5),
                (r - 5.0, 24.5),
                (r - 0.5, 32.0),
                (r + 0.5, 40.0),
                (l + 6.5, 30.5),
                (44.0, 28.5),
                (50.0, 27.5),
                (56.0, 28.5),
                (r - 6.5, 30.5),
            ];
            shapes.extend(curls.iter().map(|&(x, y)| hair(circle(x, y, 4.6))));
            shapes
        }
        Hair::Bob => vec![hair(format!(
            "M{} 50 C{} 26 {} 16 50 16 C{} 16 {} 26 {} 50 L{} 50 C{} 42 {} 37 {} 34 C58 35.5 54 34 50 35 \
             C46 34 42 35.5 {} 34 C{} 37 {} 42 {} 50 Z",
            l - 1.5,
            l - 3.0,
            l + 5.0,
            r - 5.0,
            r + 3.0,
            r + 1.5,
            r - 1.0,
            r - 1.5,
            r - 2.0,
            r - 3.0,
            l + 3.0,
            l + 2.0,
            l + 1.5,
            l + 1.0
        ))],
        Hair::Long => vec![hair(format!(
            "M{} 54 C{} 27 {} 15.5 50 15.5 C{} 15.5 {} 27 {} 54 L{} 54 C{} 40 {} 31 {} 27.5 C53 25.5 47 26.5 44 24.5 \
                 C{} 30 {} 38 {} 54 Z",
            l - 2.0,
            l - 3.5,
            l + 4.0,
            r - 4.0,
            r + 3.5,
            r + 2.0,
            r - 0.5,
            r - 1.0,
            r - 4.0,
            r - 9.0,
            l + 7.0,
            l + 1.5,
            l + 0.5
        ))],
        Hair::Bun | Hair::Ponytail => {
            let mut shapes = vec![hair(format!(
                "M{} 45 C{} 27 {} 18 50 18 C{} 18 {} 27 {} 45 C{} 36 {} 29 50 27.5 C{} 29 {} 36 {} 45 Z",
                l - 0.5,
                l - 1.5,
                l + 5.0,
                r - 5.0,
                r + 1.5,
                r + 0.5,
                r - 1.0,
                r - 4.0,
                l + 4.0,
                l + 1.0,
                l - 0.5
            ))];
            // Combed back: a few strands.
            shapes.push(Shape::line(
                Part::Hair,
                "M44 27 Q46 21 50 19.5 M56 27 Q54 21 50 19.5".into(),
                shade,
                0.7,
            ));
            shapes
        }
    }
}

/// Facial hair, drawn over the skin and under the mouth.
pub fn beard(face: &Face, h: &Head) -> Vec<Shape> {
    let (base, shade, _) = hair_colours(face.hair_colour);
    let (l, r, jw, chin) = (h.left, h.right, h.jaw, h.chin);
    let moustache = || {
        Shape::outlined(
            Part::Beard,
            "M43.8 59.2 C45 55.8 48.5 55.8 50 57 C51.5 55.8 55 55.8 56.2 59.2 \
             C54 58.4 52 58.8 50 58.8 C48 58.8 46 58.4 43.8 59.2 Z"
                .into(),
            base,
            shade,
        )
    };
    match face.beard {
        Beard::None => Vec::new(),
        Beard::Stubble => vec![
            Shape::fill(
                Part::Beard,
                format!(
                    "M{} 49 C{} 61 {} 70 50 {} C{} 70 {} 61 {} 49 C{} 56 56 58 50 58 C44 58 {} 56 {} 49 Z",
                    l + 1.0,
                    l + 1.5,
                    50.0 - jw - 2.0,
                    chin + 0.3,
                    50.0 + jw + 2.0,
                    r - 1.5,
                    r - 1.0,
                    r - 3.0,
                    l + 3.0,
                    l + 1.0
                ),
                base,
            )
            .faded(0.3),
            Shape::fill(Part::Beard, ellipse(50.0, 58.0, 5.8, 1.8), base).faded(0.3),
        ],
        Beard::Moustache => vec![moustache()],
        Beard::Goatee => vec![
            Shape::outlined(
                Part::Beard,
                format!("M46 64.5 C47 63.5 53 63.5 54 64.5 C54 68 52 {} 50 {} C48 {} 46 68 46 64.5 Z", chin + 0.5, chin + 0.5, chin + 0.5),
                base,
                shade,
            ),
            moustache(),
        ],
        Beard::Full => vec![
            Shape::outlined(
                Part::Beard,
                format!(
                    "M{} 44 L{} 44 C{} 53 44 56.5 50 56.5 C56 56.5 {} 53 {} 44 L{} 44 C{} 61 {} 74 50 {} C{} 74 {} 61 {} 44 Z",
                    l - 0.5,
                    l + 1.5,
                    l + 2.0,
                    r - 2.0,
                    r - 1.5,
                    r + 0.5,
                    r + 1.0,
                    50.0 + jw + 3.0,
                    chin + 4.5,
                    50.0 - jw - 3.0,
                    l - 1.0,
                    l - 0.5
                ),
                base,
                shade,
            ),
            // The lips show through.
            Shape::fill(Part::Beard, ellipse(50.0, 61.0, 5.0, 2.4), h.shade),
            moustache(),
        ],
    }
}
