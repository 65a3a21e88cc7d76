//! The trainee's settings and the options a trainer's link may set.
//!
//! Settings are kept in local storage as one short line (`v2 timer=relaxed mode=exam voice=1
//! motion=0 address=pani`; a `v1` line, from before the form of address, is read with none
//! chosen); a damaged line is reported and replaced by the defaults. A link's options
//! (`?timer=strict&mode=exam&seed=7`) apply to the calls started from it and are never saved;
//! each value the app does not know is ignored with a notice naming it. With `lock=1` the
//! link's timer and mode are fixed: the briefing shows them as set by the trainer, and neither
//! the briefing nor the saved settings change them for calls started from that link.
//!
//! The timer and mode a trainee starts a call with become their settings
//! ([`LinkOptions::remember`]), so that the next briefing (another try, another call) starts
//! from their last choice; what a trainer's link set is never taken for the trainee's choice.

use calmline_engine::{Address, TimerMode};

/// Coach mode shows each reply's feedback at once; exam mode keeps it for the debrief.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Feedback after every reply.
    Coach,
    /// Feedback only in the debrief.
    Exam,
}

impl Mode {
    /// Both modes.
    pub const ALL: [Mode; 2] = [Mode::Coach, Mode::Exam];

    /// The id in links, storage and localization keys.
    pub fn id(self) -> &'static str {
        match self {
            Mode::Coach => "coach",
            Mode::Exam => "exam",
        }
    }

    /// The mode with this id.
    pub fn from_id(id: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// What the trainee chose in the settings screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// The reply timer.
    pub timer: TimerMode,
    /// Coach or exam.
    pub mode: Mode,
    /// Speak the customer's lines aloud.
    pub voice: bool,
    /// No animations, whatever the system says.
    pub reduce_motion: bool,
    /// How customers address the trainee in Polish calls; `None` until chosen (the briefing
    /// of a Polish call asks first).
    pub address: Option<Address>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            timer: TimerMode::Standard,
            mode: Mode::Coach,
            voice: false,
            reduce_motion: false,
            address: None,
        }
    }
}

/// The local-storage key of the settings.
pub const SETTINGS_KEY: &str = "calmline.settings";

impl Settings {
    /// The stored form.
    pub fn encode(&self) -> String {
        format!(
            "v2 timer={} mode={} voice={} motion={} address={}",
            self.timer.id(),
            self.mode.id(),
            u8::from(self.voice),
            u8::from(self.reduce_motion),
            self.address.map_or("ask", Address::id)
        )
    }

    /// Reads the stored form; `None` if it is damaged or of another version.
    pub fn decode(stored: &str) -> Option<Settings> {
        let mut words = stored.split(' ');
        let keys = match words.next() {
            Some("v1") => 4,
            Some("v2") => 5,
            _ => return None,
        };
        let mut s = Settings::default();
        let mut seen = 0;
        for word in words {
            let (key, value) = word.split_once('=')?;
            match key {
                "timer" => s.timer = TimerMode::from_id(value)?,
                "mode" => s.mode = Mode::from_id(value)?,
                "voice" => s.voice = flag(value)?,
                "motion" => s.reduce_motion = flag(value)?,
                "address" if keys == 5 => {
                    s.address = match value {
                        "ask" => None,
                        id => Some(Address::from_id(id)?),
                    }
                }
                _ => return None,
            }
            seen += 1;
        }
        (seen == keys).then_some(s)
    }
}

fn flag(value: &str) -> Option<bool> {
    match value {
        "0" => Some(false),
        "1" => Some(true),
        _ => None,
    }
}

pub use calmline_engine::relay::LmsKind;

/// Options a trainer put in a link.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkOptions {
    /// The timer mode for calls started from the link.
    pub timer: Option<TimerMode>,
    /// Coach or exam.
    pub mode: Option<Mode>,
    /// A fixed seed, so that a whole group gets the same call.
    pub seed: Option<u64>,
    /// `lock=1`: the trainee cannot change the timer and mode the link sets.
    pub lock: bool,
    /// `lms=scorm12|scorm2004|cmi5|xapi`: launched from an LMS package (`cargo xtask package`),
    /// whose options are locked like a trainer's `lock=1`.
    pub lms: Option<LmsKind>,
    /// `pass=N`: the pass mark of a package (63 to 75, see docs/scoring.md); an LMS's own
    /// mastery score overrides it.
    pub pass: Option<u8>,
    /// `embed=<origin>`: the page embedding CalmLine in a frame, which hears the call through
    /// `postMessage` (only that origin, checked by [`crate::embed::origin`]).
    pub embed: Option<String>,
    /// Parameters whose values were not understood: (name, value as given, shortened).
    pub rejected: Vec<(String, String)>,
}

impl LinkOptions {
    /// Reads the options through `param`, which looks a parameter up by name. The language
    /// (`lang`) is read by the locale negotiation; a bad one is reported here too.
    pub fn read(param: impl Fn(&str) -> Option<String>) -> LinkOptions {
        let mut out = LinkOptions::default();
        if let Some(v) = param("timer") {
            match TimerMode::from_id(&v.to_ascii_lowercase()) {
                Some(t) => out.timer = Some(t),
                None => out.reject("timer", &v),
            }
        }
        if let Some(v) = param("mode") {
            match Mode::from_id(&v.to_ascii_lowercase()) {
                Some(m) => out.mode = Some(m),
                None => out.reject("mode", &v),
            }
        }
        if let Some(v) = param("seed") {
            match v.parse::<u64>() {
                Ok(seed) => out.seed = Some(seed),
                Err(_) => out.reject("seed", &v),
            }
        }
        if let Some(v) = param("lock") {
            match v.to_ascii_lowercase().as_str() {
                "1" | "true" => out.lock = true,
                "0" | "false" => out.lock = false,
                _ => out.reject("lock", &v),
            }
        }
        if let Some(v) = param("lms") {
            match LmsKind::from_id(&v.to_ascii_lowercase()) {
                Some(kind) => {
                    out.lms = Some(kind);
                    // A package's options are the administrator's: locked, whatever `lock` says.
                    out.lock = true;
                }
                None => out.reject("lms", &v),
            }
        }
        if let Some(v) = param("pass") {
            use calmline_engine::scale::{PASS_MARK_MAX, PASS_MARK_MIN};
            match v.parse::<u8>() {
                Ok(mark) if (PASS_MARK_MIN..=PASS_MARK_MAX).contains(&mark) => {
                    out.pass = Some(mark);
                }
                _ => out.reject("pass", &v),
            }
        }
        if let Some(v) = param(crate::embed::EMBED_PARAM) {
            match crate::embed::origin(&v) {
                Some(origin) => out.embed = Some(origin),
                None => out.reject(crate::embed::EMBED_PARAM, &v),
            }
        }
        if let Some(v) = param("lang")
            && calmline_engine::Lang::from_tag(&v).is_none()
        {
            out.reject("lang", &v);
        }
        out
    }

    fn reject(&mut self, key: &str, value: &str) {
        // Shown as plain text, but kept short so a crafted link cannot flood the page.
        let mut shown: String = value.chars().take(24).collect();
        if value.chars().nth(24).is_some() {
            shown.push('…');
        }
        self.rejected.push((key.to_owned(), shown));
    }

    /// The timer the trainer locked, if the link locks one.
    pub fn locked_timer(&self) -> Option<TimerMode> {
        self.timer.filter(|_| self.lock)
    }

    /// The mode the trainer locked, if the link locks one.
    pub fn locked_mode(&self) -> Option<Mode> {
        self.mode.filter(|_| self.lock)
    }

    /// Whether the link locks anything: `lock=1` only locks the timer and mode it also sets.
    pub fn locks_anything(&self) -> bool {
        self.locked_timer().is_some() || self.locked_mode().is_some()
    }

    /// Whether a call in this timer and mode keeps to the link's lock.
    pub fn allows(&self, timer: TimerMode, mode: Mode) -> bool {
        self.locked_timer().is_none_or(|t| t == timer)
            && self.locked_mode().is_none_or(|m| m == mode)
    }

    /// The settings once a call is started with `timer` and `mode`: the trainee's last choice,
    /// remembered for the next briefing. A value the link set (locked or only preselected) is
    /// the trainer's, not the trainee's: it leaves the saved one as it was.
    pub fn remember(&self, settings: Settings, timer: TimerMode, mode: Mode) -> Settings {
        Settings {
            timer: if self.timer == Some(timer) {
                settings.timer
            } else {
                timer
            },
            mode: if self.mode == Some(mode) {
                settings.mode
            } else {
                mode
            },
            ..settings
        }
    }

    /// The settings for a call started now: the saved ones with the link's options on top.
    pub fn apply(&self, settings: Settings) -> Settings {
        Settings {
            timer: self.timer.unwrap_or(settings.timer),
            mode: self.mode.unwrap_or(settings.mode),
            ..settings
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_package_launch_locks_its_options_and_a_bad_kind_is_named() {
        let o = link(&[("lms", "SCORM2004"), ("timer", "strict"), ("mode", "exam")]);
        assert_eq!(o.lms, Some(LmsKind::Scorm2004));
        assert!(o.lock && o.rejected.is_empty());
        assert_eq!(o.locked_timer(), Some(TimerMode::Strict));
        assert_eq!(link(&[("pass", "70")]).pass, Some(70));
        let embed = link(&[("embed", "https://intranet.example.com")]);
        assert_eq!(embed.embed.as_deref(), Some("https://intranet.example.com"));
        assert_eq!(
            link(&[("embed", "*")]).rejected,
            [("embed".to_owned(), "*".to_owned())]
        );
        assert_eq!(
            link(&[("pass", "99")]).rejected,
            [("pass".to_owned(), "99".to_owned())]
        );
        let bad = link(&[("lms", "moodle")]);
        assert_eq!(bad.lms, None);
        assert_eq!(bad.rejected, [("lms".to_owned(), "moodle".to_owned())]);
        assert!(!bad.lock);
    }

    #[test]
    fn settings_round_trip() {
        let s = Settings {
            timer: TimerMode::Off,
            mode: Mode::Exam,
            voice: true,
            reduce_motion: true,
            address: Some(Address::Pani),
        };
        assert_eq!(Settings::decode(&s.encode()), Some(s));
        // A line from before the form of address keeps everything and asks for it.
        let old = Settings::decode("v1 timer=off mode=exam voice=1 motion=1");
        assert_eq!(old, Some(Settings { address: None, ..s }));
        assert_eq!(
            Settings::decode(&Settings::default().encode()),
            Some(Settings::default())
        );
    }

    #[test]
    fn damaged_settings_are_refused() {
        for bad in [
            "",
            "v3 timer=off mode=exam voice=1 motion=1 address=pan",
            "v2 timer=off mode=exam voice=1 motion=1",
            "v2 timer=off mode=exam voice=1 motion=1 address=sir",
            "v1 timer=off mode=exam voice=1 motion=1 address=pan",
            "v1 timer=slow mode=exam voice=1 motion=1",
            "v1 timer=off mode=exam voice=yes motion=1",
            "v1 timer=off mode=exam",
            "v1 timer=off mode=exam voice=1 motion=1 extra=1",
            "{\"timer\":\"off\"}",
        ] {
            assert_eq!(Settings::decode(bad), None, "{bad}");
        }
    }

    fn link(pairs: &[(&str, &str)]) -> LinkOptions {
        LinkOptions::read(|key| {
            pairs
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn a_trainers_link_sets_timer_mode_and_seed() {
        let o = link(&[
            ("timer", "relaxed"),
            ("mode", "exam"),
            ("seed", "7"),
            ("lang", "hu"),
        ]);
        assert_eq!(o.timer, Some(TimerMode::Relaxed));
        assert_eq!(o.mode, Some(Mode::Exam));
        assert_eq!(o.seed, Some(7));
        assert!(o.rejected.is_empty());
        let s = o.apply(Settings::default());
        assert_eq!((s.timer, s.mode), (TimerMode::Relaxed, Mode::Exam));
    }

    #[test]
    fn bad_link_values_fall_back_and_are_named() {
        let long = "x".repeat(500);
        let o = link(&[
            ("timer", "turbo"),
            ("mode", &long),
            ("seed", "-1"),
            ("lang", "de"),
        ]);
        assert_eq!(
            o,
            LinkOptions {
                rejected: vec![
                    ("timer".into(), "turbo".into()),
                    ("mode".into(), format!("{}…", "x".repeat(24))),
                    ("seed".into(), "-1".into()),
                    ("lang".into(), "de".into()),
                ],
                ..LinkOptions::default()
            }
        );
        assert_eq!(o.apply(Settings::default()), Settings::default());
    }

    #[test]
    fn a_lock_fixes_what_the_link_sets_over_the_saved_settings() {
        let saved = Settings {
            timer: TimerMode::Off,
            mode: Mode::Coach,
            voice: true,
            reduce_motion: false,
            address: Some(Address::Pan),
        };
        for lock in ["1", "true", "TRUE"] {
            let o = link(&[("timer", "strict"), ("mode", "exam"), ("lock", lock)]);
            assert!(o.lock && o.rejected.is_empty(), "{lock}");
            assert_eq!(o.locked_timer(), Some(TimerMode::Strict));
            assert_eq!(o.locked_mode(), Some(Mode::Exam));
            let s = o.apply(saved);
            assert_eq!(
                (s.timer, s.mode, s.voice),
                (TimerMode::Strict, Mode::Exam, true)
            );
        }
        // Only what the link sets is locked; the rest stays the trainee's choice.
        let o = link(&[("timer", "strict"), ("lock", "1")]);
        assert_eq!(
            (o.locked_timer(), o.locked_mode()),
            (Some(TimerMode::Strict), None)
        );
        assert!(o.locks_anything());
        assert!(!link(&[("lock", "1")]).locks_anything());
        let both = link(&[("timer", "strict"), ("mode", "exam"), ("lock", "1")]);
        assert!(both.allows(TimerMode::Strict, Mode::Exam));
        assert!(!both.allows(TimerMode::Off, Mode::Exam));
        assert!(!both.allows(TimerMode::Strict, Mode::Coach));
        assert!(o.allows(TimerMode::Strict, Mode::Coach));
        assert!(!o.allows(TimerMode::Relaxed, Mode::Exam));
        // Without a lock (or with lock=0) the link only preselects.
        for pairs in [
            &[("timer", "strict"), ("mode", "exam")][..],
            &[("timer", "strict"), ("mode", "exam"), ("lock", "0")][..],
            &[("timer", "strict"), ("mode", "exam"), ("lock", "false")][..],
        ] {
            let o = link(pairs);
            assert!(!o.lock && o.rejected.is_empty());
            assert_eq!((o.locked_timer(), o.locked_mode()), (None, None));
            assert!(!o.locks_anything());
            assert!(o.allows(TimerMode::Off, Mode::Coach));
        }
    }

    #[test]
    fn the_trainees_last_timer_and_mode_are_remembered_but_never_a_trainers() {
        let saved = Settings {
            voice: true,
            address: Some(Address::Pani),
            ..Settings::default()
        };
        // No link: the choice becomes the settings (and the next briefing starts from it).
        let next = link(&[]).remember(saved, TimerMode::Strict, Mode::Exam);
        assert_eq!(
            next,
            Settings {
                timer: TimerMode::Strict,
                mode: Mode::Exam,
                ..saved
            }
        );
        assert_eq!(link(&[]).apply(next).mode, Mode::Exam);
        // What a trainer's link set, locked or not, stays theirs.
        for lock in ["0", "1"] {
            let o = link(&[("timer", "strict"), ("mode", "exam"), ("lock", lock)]);
            assert_eq!(o.remember(saved, TimerMode::Strict, Mode::Exam), saved);
        }
        // A trainee who changes what an unlocked link preselected chose it themselves.
        let o = link(&[("timer", "strict")]);
        let next = o.remember(saved, TimerMode::Relaxed, Mode::Exam);
        assert_eq!((next.timer, next.mode), (TimerMode::Relaxed, Mode::Exam));
        let next = o.remember(saved, TimerMode::Strict, Mode::Exam);
        assert_eq!((next.timer, next.mode), (TimerMode::Standard, Mode::Exam));
    }

    #[test]
    fn a_bad_lock_is_ignored_and_named() {
        for bad in ["yes", "2", "on", "1 "] {
            let o = link(&[("timer", "strict"), ("mode", "exam"), ("lock", bad)]);
            assert!(!o.lock, "{bad}");
            assert!(!o.locks_anything());
            assert_eq!(o.rejected, vec![("lock".to_owned(), bad.to_owned())]);
            assert_eq!(o.timer, Some(TimerMode::Strict));
        }
    }
}
