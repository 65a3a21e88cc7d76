//! How the customer looks: the parameters of the portrait the app draws, read from the optional
//! `face` table of `[customer]`.
//!
//! Every customer used to have the same drawn face, the 78-year-old included. A scenario now
//! says who is on the line (age, a feminine, masculine or neutral look, skin, hair, glasses,
//! beard), so a new call gets a new face without drawing anything. Every field is optional; what
//! is left out takes a plain default (a 40-year-old with short brown hair), and the hair colour
//! left out follows the age (greying from 50, grey from 65, white from 75). This is pure data:
//! the drawing is the player's job.

/// Declares a closed set of values of a face field: the enum, its ids in scenario files
/// (`ALL`, the order the format documents) and `id()`.
macro_rules! options {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $id:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)+
        }

        impl $name {
            /// Every value with its id in scenario files.
            pub const ALL: &'static [(&'static str, $name)] = &[$(($id, $name::$variant),)+];

            /// The id used in scenario files.
            pub fn id(self) -> &'static str {
                Self::ALL
                    .iter()
                    .find(|(_, v)| *v == self)
                    .map_or("", |(id, _)| id)
            }
        }
    };
}

options!(
    /// The overall look of the face: jaw, brows, lashes and lips.
    Presentation {
        /// Softer jaw, finer brows, lashes.
        Feminine = "feminine",
        /// Broader jaw and neck, heavier brows.
        Masculine = "masculine",
        /// In between.
        Neutral = "neutral",
    }
);

options!(
    /// The skin tone, lightest to deepest.
    Skin {
        /// Very light.
        Fair = "fair",
        /// Light.
        Light = "light",
        /// Medium.
        Medium = "medium",
        /// Olive.
        Olive = "olive",
        /// Brown.
        Brown = "brown",
        /// Deep brown.
        Deep = "deep",
    }
);

options!(
    /// The hair style.
    Hair {
        /// No hair on top; a fringe of hair above the ears.
        Bald = "bald",
        /// A high, receding hairline.
        Receding = "receding",
        /// Short all over.
        Short = "short",
        /// Short with a side parting and some volume.
        SidePart = "side-part",
        /// Short curls.
        Curly = "curly",
        /// A chin-length bob with a fringe.
        Bob = "bob",
        /// Long, past the shoulders.
        Long = "long",
        /// Pulled back into a bun.
        Bun = "bun",
        /// Tied back in a ponytail.
        Ponytail = "ponytail",
    }
);

options!(
    /// The hair colour (also of a beard and the brows).
    HairColour {
        /// Black.
        Black = "black",
        /// Dark brown.
        DarkBrown = "dark-brown",
        /// Brown.
        Brown = "brown",
        /// Auburn.
        Auburn = "auburn",
        /// Red.
        Red = "red",
        /// Blonde.
        Blonde = "blonde",
        /// Salt and pepper.
        Greying = "greying",
        /// Grey.
        Grey = "grey",
        /// White.
        White = "white",
    }
);

options!(
    /// Glasses, if any.
    Glasses {
        /// None.
        None = "none",
        /// Round frames.
        Round = "round",
        /// Rectangular frames.
        Rectangular = "rectangular",
        /// Half-moon reading glasses, low on the nose.
        Reading = "reading",
    }
);

options!(
    /// Facial hair, if any.
    Beard {
        /// None.
        None = "none",
        /// A day or two of stubble.
        Stubble = "stubble",
        /// A moustache.
        Moustache = "moustache",
        /// A goatee with a moustache.
        Goatee = "goatee",
        /// A full beard.
        Full = "full",
    }
);

impl HairColour {
    /// The colour of hair left unspecified at `age`: brown, greying from 50, grey from 65, white
    /// from 75.
    pub fn for_age(age: u8) -> HairColour {
        match age {
            0..50 => HairColour::Brown,
            50..65 => HairColour::Greying,
            65..75 => HairColour::Grey,
            _ => HairColour::White,
        }
    }
}

/// The youngest and oldest customer a face may show.
pub const AGES: (u8, u8) = (16, 99);

/// The age of a face that does not say.
pub const DEFAULT_AGE: u8 = 40;

/// How the customer looks, for the portrait.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Face {
    /// Years, 16..=99: lines, grey hair and the shape of the face follow it.
    pub age: u8,
    /// The overall look.
    pub presentation: Presentation,
    /// The skin tone.
    pub skin: Skin,
    /// The hair style.
    pub hair: Hair,
    /// The hair colour.
    pub hair_colour: HairColour,
    /// Glasses.
    pub glasses: Glasses,
    /// Facial hair.
    pub beard: Beard,
}

impl Default for Face {
    fn default() -> Face {
        Face {
            age: DEFAULT_AGE,
            presentation: Presentation::Neutral,
            skin: Skin::Medium,
            hair: Hair::Short,
            hair_colour: HairColour::for_age(DEFAULT_AGE),
            glasses: Glasses::None,
            beard: Beard::None,
        }
    }
}

/// The ids of a set of values, for the format's table, the JSON Schema and messages.
pub fn ids<T>(all: &[(&'static str, T)]) -> Vec<&'static str> {
    all.iter().map(|(id, _)| *id).collect()
}
