//! The address of one field in a scenario file, as the studio's forms, the validator's
//! problems and the translation table name it: `turn[2].reply[0].text.pl[1]`.

use std::fmt;

/// One step into the file: a key of a table, or a position in an array (of tables or values).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// A path from the file's top to one field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct FieldPath(pub Vec<Step>);

impl FieldPath {
    /// Reads `turn[2].reply[0].feedback.pl`; `None` for an empty or malformed path.
    pub fn parse(text: &str) -> Option<Self> {
        let mut steps = Vec::new();
        for part in text.split('.') {
            let (key, mut rest) = match part.find('[') {
                Some(at) => part.split_at(at),
                None => (part, ""),
            };
            if key.is_empty()
                || !key
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            {
                return None;
            }
            steps.push(Step::Key(key.to_owned()));
            while !rest.is_empty() {
                let close = rest.find(']')?;
                let index = rest.get(1..close)?.parse().ok()?;
                steps.push(Step::Index(index));
                rest = &rest[close + 1..];
                if !rest.is_empty() && !rest.starts_with('[') {
                    return None;
                }
            }
        }
        Some(Self(steps))
    }

    /// This path with one more key.
    pub fn key(mut self, key: &str) -> Self {
        self.0.push(Step::Key(key.to_owned()));
        self
    }

    /// This path with one more position.
    pub fn index(mut self, index: usize) -> Self {
        self.0.push(Step::Index(index));
        self
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if i == 0 => write!(f, "{key}")?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_reads_and_prints_the_same() {
        for text in [
            "id",
            "turn[2].reply[0].feedback.pl",
            "turn[0].reply[1].text.hu[1]",
            "customer.face.age",
        ] {
            let path = FieldPath::parse(text).unwrap();
            assert_eq!(path.to_string(), text);
        }
        let built = FieldPath::default().key("turn").index(2).key("time");
        assert_eq!(built, FieldPath::parse("turn[2].time").unwrap());
    }

    #[test]
    fn a_malformed_path_is_refused() {
        for text in ["", "turn[", "turn[x]", "turn[1]x", ".id", "turn..id", "a b"] {
            assert_eq!(FieldPath::parse(text), None, "{text}");
        }
    }
}
