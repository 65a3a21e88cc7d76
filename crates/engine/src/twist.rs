//! Twists: seeded alternatives in the flow of a call.
//!
//! A customer who always reacts the same way is learnt by heart, and the best trainee never
//! practises what follows a good move that did not work (steps two and three of the three-step
//! method, the transfer after a good attempt). A twist is a named alternative that happens in
//! a share of calls; the call's seed decides which happen, so a trainer's link gives the whole
//! group the same customer, and the analysis and test plans cover every combination.

#[cfg(feature = "authoring")]
use std::collections::HashMap;

#[cfg(feature = "authoring")]
use crate::diag::{Problems, msg};
#[cfg(feature = "authoring")]
use crate::model::Twist;
use crate::model::{MAX_TWISTS, Scenario};
use crate::random::Stream;
#[cfg(feature = "authoring")]
use crate::reader::{self, Obj};
#[cfg(feature = "authoring")]
use crate::spec;

/// Salt of the stream that decides twist `i` (apart from every other salt in [`crate::run`]).
const SALT: u64 = 1 << 63;

/// The twists that happen in the call with `seed`, as bits by index into [`Scenario::twists`].
pub fn for_seed(sc: &Scenario, seed: u64) -> u8 {
    sc.twists
        .iter()
        .enumerate()
        .filter(|(i, t)| Stream::new(seed, SALT | *i as u64).below(100) < u32::from(t.chance))
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

/// The first seed from `from` on whose calls have exactly the twists `bits` (for test plans
/// and links that ask for a combination). Every combination has a chance of at least 1 in 10^6,
/// so the search is bounded and ends.
pub fn seed_for(sc: &Scenario, bits: u8, from: u64) -> Option<u64> {
    (from..from.saturating_add(50_000_000)).find(|&s| for_seed(sc, s) == bits)
}

/// Every combination of the scenario's twists, as bits.
pub fn combinations(sc: &Scenario) -> impl Iterator<Item = u8> {
    0..(1u8 << sc.twists.len().min(MAX_TWISTS))
}

/// The ids of the twists in `bits`, for messages.
pub fn names(sc: &Scenario, bits: u8) -> Vec<&str> {
    sc.twists
        .iter()
        .enumerate()
        .filter(|(i, _)| bits & 1 << i != 0)
        .map(|(_, t)| t.id.as_str())
        .collect()
}

/// Reads the `[[twist]]` tables; returns them and their ids' bits for conditions.
#[cfg(feature = "authoring")]
pub(crate) fn read(p: &mut Problems, root: Obj<'_, '_>) -> (Vec<Twist>, HashMap<String, u8>) {
    let mut twists = Vec::new();
    let mut bits = HashMap::new();
    let Some(value) = root.get("twist") else {
        return (twists, bits);
    };
    let Some(items) = reader::array(p, value, &msg!("diag-what-field", key = "twist")) else {
        return (twists, bits);
    };
    for item in items {
        let Some(obj) = reader::obj(p, item, &msg!("diag-what-each", key = "twist")) else {
            continue;
        };
        let a_twist = msg!("diag-what-a-twist");
        reader::check_keys(p, obj, &spec::keys(spec::TWIST), &a_twist);
        let id = reader::required(p, obj, "id", &a_twist, "\"keeps-insulting\"")
            .and_then(|v| reader::id(p, v, &msg!("diag-what-twist-id")));
        let chance = reader::required(p, obj, "chance", &a_twist, "50")
            .and_then(|v| reader::int(p, v, &msg!("diag-what-field", key = "chance"), 1, 99));
        let (Some(id), Some(chance)) = (id, chance) else {
            continue;
        };
        if bits.contains_key(id.get_ref()) {
            p.hinted(
                obj.span(),
                msg!("diag-twist-twice", id = id.get_ref()),
                msg!("diag-twist-twice-hint"),
            );
            continue;
        }
        if twists.len() == MAX_TWISTS {
            p.hinted(
                obj.span(),
                msg!("diag-too-many-twists", max = MAX_TWISTS),
                msg!("diag-too-many-twists-hint"),
            );
            continue;
        }
        bits.insert(id.get_ref().clone(), 1 << twists.len());
        twists.push(Twist {
            id: id.into_inner(),
            chance: chance as u8,
        });
    }
    (twists, bits)
}
