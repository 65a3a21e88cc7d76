//! Seeded randomness whose output this project defines, so that a seed means the same call for
//! ever.
//!
//! Saves are replayed and trainers share seeds (`seed=7` in a link gives everybody the same
//! customer lines and reply order), so the numbers drawn from a seed are part of the save format.
//! `rand` promises no stable output for `StdRng`, `seed_from_u64`, `random_range` or its shuffles
//! across versions; a dependency upgrade could silently change every shared seed and make stored
//! saves replay into another call. So only the one piece whose stream is fixed by its algorithm
//! comes from a crate: ChaCha8 (`rand_chacha::ChaCha8Rng`), keyed with 32 bytes we derive
//! ourselves and read only as raw `u32`s (`RngCore::next_u32`). The key derivation (SplitMix64),
//! the mapping to ranges (Lemire's multiply-and-reject, unbiased) and the Fisher–Yates shuffle
//! are written here, and `tests/golden.rs` pins their output on a frozen scenario: any change to
//! the stream fails it.
//!
//! Nothing here draws OS entropy; the seed is always an input.

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

/// One step of SplitMix64: advances `state` and returns the next well-mixed word.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A stream of random numbers for one purpose (`salt`) in the call with `seed`.
pub(crate) struct Stream(ChaCha8Rng);

impl Stream {
    /// The stream for `seed` and `salt`: the ChaCha8 key is four SplitMix64 words (little
    /// endian) from a state that mixes both, so nearby seeds and salts give unrelated streams.
    pub fn new(seed: u64, salt: u64) -> Stream {
        let mut salt_state = salt;
        let mut state = seed ^ splitmix64(&mut salt_state);
        let mut key = [0u8; 32];
        for chunk in key.chunks_exact_mut(8) {
            chunk.copy_from_slice(&splitmix64(&mut state).to_le_bytes());
        }
        Stream(ChaCha8Rng::from_seed(key))
    }

    /// The next raw 32-bit word.
    pub fn next_u32(&mut self) -> u32 {
        self.0.next_u32()
    }

    /// A number in `0..n`, every value equally likely (`0` when `n` is 0 or 1, drawing nothing
    /// when `n` is 0).
    ///
    /// Lemire's method: the high word of `x * n` is the result unless the low word falls in the
    /// `2^32 mod n` values that would make some results more likely, which are drawn again.
    pub fn below(&mut self, n: u32) -> u32 {
        if n == 0 {
            return 0;
        }
        let threshold = n.wrapping_neg() % n;
        loop {
            let m = u64::from(self.next_u32()) * u64::from(n);
            if (m as u32) >= threshold {
                return (m >> 32) as u32;
            }
        }
    }

    /// Shuffles `items` in place (Fisher–Yates, from the back).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u32 + 1) as usize;
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix64_matches_its_reference_output() {
        // The first outputs of SplitMix64 from state 0 (Vigna's reference implementation).
        let mut state = 0;
        assert_eq!(splitmix64(&mut state), 0xE220_A839_7B1D_CDAF);
        assert_eq!(splitmix64(&mut state), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn the_raw_stream_is_frozen() {
        let mut s = Stream::new(0, 0);
        let words: Vec<u32> = (0..4).map(|_| s.next_u32()).collect();
        let mut again = Stream::new(0, 0);
        assert_eq!(words, (0..4).map(|_| again.next_u32()).collect::<Vec<_>>());
        assert_eq!(words, FROZEN_WORDS);
    }

    /// The first four words of `Stream::new(0, 0)`.
    const FROZEN_WORDS: [u32; 4] = [1_402_040_762, 568_839_625, 3_772_065_187, 207_348_757];

    #[test]
    fn below_stays_in_bounds_and_one_is_always_zero() {
        let mut s = Stream::new(42, 7);
        for n in [1, 2, 3, 5, 7, 10, 36, 1000, u32::MAX / 2 + 2, u32::MAX] {
            for _ in 0..200 {
                assert!(s.below(n) < n, "{n}");
            }
        }
        for _ in 0..100 {
            assert_eq!(s.below(1), 0);
        }
        assert_eq!(s.below(0), 0);
    }

    #[test]
    fn below_reaches_every_value_about_equally() {
        let mut s = Stream::new(9, 9);
        let mut counts = [0u32; 6];
        for _ in 0..60_000 {
            counts[s.below(6) as usize] += 1;
        }
        for c in counts {
            assert!((9_000..11_000).contains(&c), "{counts:?}");
        }
    }

    #[test]
    fn below_rejects_the_biased_low_words() {
        // For n = 2^31 + 1, 2^32 mod n = 2^31 - 1 low words are rejected; the result is still in
        // range whatever is drawn, and both halves are reached.
        let n = (1u32 << 31) + 1;
        let mut s = Stream::new(3, 1);
        let draws: Vec<u32> = (0..2_000).map(|_| s.below(n)).collect();
        assert!(draws.iter().all(|&d| d < n));
        assert!(draws.iter().any(|&d| d < n / 2) && draws.iter().any(|&d| d >= n / 2));
    }

    #[test]
    fn shuffle_gives_a_permutation_and_every_order() {
        let mut s = Stream::new(1, 2);
        let mut seen = std::collections::HashSet::new();
        for _ in 0..2_000 {
            let mut items = [0u8, 1, 2, 3];
            s.shuffle(&mut items);
            let mut sorted = items;
            sorted.sort_unstable();
            assert_eq!(sorted, [0, 1, 2, 3]);
            seen.insert(items);
        }
        assert_eq!(seen.len(), 24, "all 4! orders appear");
        let mut empty: [u8; 0] = [];
        s.shuffle(&mut empty);
        let mut one = [9u8];
        s.shuffle(&mut one);
        assert_eq!(one, [9]);
    }
}
