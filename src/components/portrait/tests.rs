//! The portrait's drawing and rendering, natively: different people look different, a mood
//! changes only the expression, age shows, and the words for mood and tone never mix.

use calmline_engine::face::{Beard, Glasses, Hair, HairColour, Presentation, Skin};
use calmline_engine::model::Emotion;
use calmline_engine::validate;

use super::*;
use crate::i18n::{Lang, Locale};

#[test]
fn mood_bands_cover_the_whole_scale() {
    assert_eq!(mood_band(0), 0);
    assert_eq!(mood_band(19), 0);
    assert_eq!(mood_band(20), 1);
    assert_eq!(mood_band(79), 3);
    assert_eq!(mood_band(100), 4);
    assert_eq!(mood_band(255), 4);
}

fn elder() -> Face {
    Face {
        age: 78,
        presentation: Presentation::Feminine,
        skin: Skin::Light,
        hair: Hair::Bun,
        hair_colour: HairColour::White,
        glasses: Glasses::Round,
        beard: Beard::None,
    }
}

fn young_man() -> Face {
    Face {
        age: 23,
        presentation: Presentation::Masculine,
        skin: Skin::Olive,
        hair: Hair::Curly,
        hair_colour: HairColour::Black,
        glasses: Glasses::None,
        beard: Beard::None,
    }
}

fn person(shapes: &[Shape]) -> Vec<&Shape> {
    shapes
        .iter()
        .filter(|s| s.part != Part::Expression)
        .collect()
}

fn expression(shapes: &[Shape]) -> Vec<&Shape> {
    shapes
        .iter()
        .filter(|s| s.part == Part::Expression)
        .collect()
}

#[test]
fn two_different_people_are_drawn_differently() {
    let a = draw(&elder(), 2, Emotion::Neutral);
    let b = draw(&young_man(), 2, Emotion::Neutral);
    assert_ne!(person(&a), person(&b));
    // Each part that a face parameter decides differs on its own too.
    let glasses = |g| {
        draw(
            &Face {
                glasses: g,
                ..elder()
            },
            2,
            Emotion::Neutral,
        )
    };
    assert_ne!(glasses(Glasses::Round), glasses(Glasses::Reading));
    for (field, other) in [
        (
            "skin",
            Face {
                skin: Skin::Deep,
                ..elder()
            },
        ),
        (
            "hair",
            Face {
                hair: Hair::Bob,
                ..elder()
            },
        ),
        (
            "hair colour",
            Face {
                hair_colour: HairColour::Auburn,
                ..elder()
            },
        ),
        (
            "presentation",
            Face {
                presentation: Presentation::Masculine,
                ..elder()
            },
        ),
        (
            "beard",
            Face {
                beard: Beard::Full,
                ..elder()
            },
        ),
    ] {
        assert_ne!(
            person(&draw(&elder(), 2, Emotion::Neutral)),
            person(&draw(&other, 2, Emotion::Neutral)),
            "{field}"
        );
    }
}

#[test]
fn the_same_face_in_another_mood_differs_in_the_expression_only() {
    for face in [elder(), young_man(), Face::default()] {
        let drawings: Vec<Vec<Shape>> = (0..5).map(|b| draw(&face, b, Emotion::Neutral)).collect();
        for (i, a) in drawings.iter().enumerate() {
            for b in &drawings[i + 1..] {
                assert_eq!(person(a), person(b));
                assert_ne!(expression(a), expression(b));
            }
        }
    }
}

#[test]
fn a_worried_tone_tilts_the_brows_but_keeps_the_mouth() {
    let calm = draw(&elder(), 2, Emotion::Neutral);
    let worried = draw(&elder(), 2, Emotion::Anxious);
    let ex = |s: &[Shape]| expression(s).into_iter().cloned().collect::<Vec<_>>();
    let (calm, worried) = (ex(&calm), ex(&worried));
    assert_ne!(calm[0], worried[0], "the brows");
    assert_eq!(calm.last(), worried.last(), "the mouth");
}

#[test]
fn age_shows_in_lines_and_a_young_face_has_none() {
    let count = |f: &Face| {
        draw(f, 2, Emotion::Neutral)
            .iter()
            .filter(|s| s.part == Part::Age)
            .count()
    };
    assert_eq!(count(&young_man()), 0);
    let ages: Vec<usize> = [30, 45, 55, 60, 70]
        .iter()
        .map(|&age| count(&Face { age, ..elder() }))
        .collect();
    assert!(
        ages.windows(2).all(|w| w[0] < w[1]),
        "lines grow with age: {ages:?}"
    );
    assert!(count(&elder()) >= 10);
}

async fn svg(face: Face, mood: u8, emotion: Emotion) -> String {
    yew::LocalServerRenderer::<Portrait>::with_props(PortraitProps {
        name: "Margaret Hughes".into(),
        mood,
        emotion,
        face,
    })
    .hydratable(false)
    .render()
    .await
}

/// The markup without the expression's paths.
fn without_expression(html: &str) -> String {
    html.split("<path")
        .filter(|p| !p.contains("face-expression"))
        .collect::<Vec<_>>()
        .join("<path")
}

#[tokio::test]
async fn the_rendered_svg_differs_between_people_and_only_in_expression_between_moods() {
    let a = svg(elder(), 50, Emotion::Neutral).await;
    let b = svg(young_man(), 50, Emotion::Neutral).await;
    assert_ne!(without_expression(&a), without_expression(&b));
    let furious = svg(elder(), 5, Emotion::Neutral).await;
    let happy = svg(elder(), 95, Emotion::Neutral).await;
    assert_ne!(furious, happy);
    // Apart from the expression, only the ring's band and the mood word in the label change.
    let tidy = |html: &str, band: u8, word: &str| {
        without_expression(html)
            .replace(&format!("mood-band-{band}"), "mood-band-?")
            .replace(word, "?")
    };
    assert_eq!(
        tidy(&furious, 0, "out of patience"),
        tidy(&happy, 4, "satisfied")
    );
    assert!(a.contains("face-age"), "the elder's lines of age");
    assert!(!b.contains("face-age"));
    assert!(a.contains("role=\"img\""));
    assert!(a.contains("Margaret Hughes, mood: tense"), "{a}");
}

#[tokio::test]
async fn every_library_customer_gets_a_portrait_of_their_own() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios");
    let mut seen: Vec<(String, String)> = Vec::new();
    let gallery = std::env::var_os("CALMLINE_FACES");
    let mut row = String::new();
    for entry in std::fs::read_dir(dir).expect("scenarios") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if !name.ends_with(".toml") || name.ends_with(".plan.toml") || name == "index.toml" {
            continue;
        }
        let sc = validate(&name, &std::fs::read(&path).expect("read"))
            .into_result()
            .expect("valid");
        let html = without_expression(&svg(sc.customer.face, 50, Emotion::Neutral).await);
        if let Some((other, _)) = seen.iter().find(|(_, h)| *h == html) {
            panic!("{name} looks like {other}");
        }
        seen.push((name, html));
        if gallery.is_some() {
            for mood in [5, 30, 50, 70, 95] {
                row.push_str(&svg(sc.customer.face, mood, Emotion::Neutral).await);
            }
            row.push_str(&format!("<p>{}</p></div><div class=\"row\">", sc.id));
        }
    }
    assert_eq!(seen.len(), 10);
    // CALMLINE_FACES=path writes every customer in every mood band to an HTML page, to look at.
    if let Some(path) = gallery {
        let page = format!(
            "<!doctype html><meta charset=utf-8><link rel=stylesheet href=../styles/base.css>\
             <link rel=stylesheet href=../styles/call.css><style>.row{{display:flex;gap:8px;align-items:center}}\
             .row .portrait svg{{width:7rem}} .small .portrait svg{{width:3rem}}</style>\
             <body><div class=\"row\">{row}</div></body>"
        );
        std::fs::write(path, page).expect("write the gallery");
    }
}

#[test]
fn the_words_for_tone_never_use_the_words_of_the_mood_scale() {
    let moods = [
        "mood-furious",
        "mood-upset",
        "mood-tense",
        "mood-calm",
        "mood-happy",
    ];
    for lang in Lang::ALL {
        let locale = Locale::new(lang);
        let mood_words: Vec<String> = moods
            .iter()
            .map(|id| locale.text(id).to_lowercase())
            .collect();
        for (_, emotion) in Emotion::ALL {
            let tone = locale.text(&tone_id(emotion)).to_lowercase();
            assert!(!tone.starts_with("emotion-"), "{lang:?}: {tone}");
            for word in &mood_words {
                assert!(
                    !tone.contains(word.as_str()) && !word.contains(tone.as_str()),
                    "{lang:?}: the tone `{tone}` repeats the mood word `{word}`"
                );
            }
        }
    }
}
