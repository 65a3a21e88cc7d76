//! A diagnostic's words as data: the id of a message in `locales/<lang>/author.ftl` and its
//! named arguments. The engine records problems this way and never as text, so that the same
//! problem can be shown in any of the three languages ([`super::render`]).

/// A message for a scenario author: an id of `author.ftl` and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// The value of one argument of a [`Msg`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Literal text from the file or the format (an id, a field name, a TOML excerpt): shown
    /// as it is in every language.
    Text(String),
    /// A number, which selects plural forms.
    Number(i64),
    /// Another message, rendered in the same language (such as the name of the thing that
    /// has the problem).
    Msg(Msg),
}

impl Msg {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// The message id in `author.ftl`.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The arguments, by name.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(m)
    }
}

impl From<&Msg> for Arg {
    fn from(m: &Msg) -> Arg {
        Arg::Msg(m.clone())
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(i64, i32, u8, u16, u32, u64, usize);

/// `msg!("diag-unknown-field", name = value, …)`: a [`Msg`] with named arguments.
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::diag::Msg::new($id)$(.with(stringify!($name), $value))*
    };
}
pub(crate) use msg;
