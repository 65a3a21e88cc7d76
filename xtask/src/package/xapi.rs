//! The xAPI manifests: `cmi5.xml` (the cmi5 course structure) and `tincan.xml` (an xAPI launch
//! package), one AU / activity per call.
//!
//! Both carry every language of the titles and summaries (`langstring`s), so an LMS shows the
//! learner's own; the AU and activity ids are IRIs under [`super::IRI_BASE`], which the runtime
//! uses for its statements unless the LMS names another (`activityId` / `activity_id`).

use std::fmt::Write;

use super::xml::escape;
use super::{Course, Format, Texts};

/// The namespace of cmi5's course structure.
pub const NS_CMI5: &str = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
/// The namespace of a `tincan.xml` launch manifest.
pub const NS_TINCAN: &str = "http://projecttincan.com/tincan.xsd";
/// The ADL activity type of one call.
pub const CALL_TYPE: &str = "http://adlnet.gov/expapi/activities/simulation";

/// What an AU needs for the LMS to count it satisfied: the call was finished and passed (a
/// finished but failed call is not enough, and a pass always comes with completion).
pub const MOVE_ON: &str = "CompletedAndPassed";

fn langstrings(indent: &str, texts: &Texts) -> String {
    texts
        .iter()
        .map(|(lang, text)| {
            format!(
                "{indent}<langstring lang=\"{}\">{}</langstring>\n",
                lang.code(),
                escape(text)
            )
        })
        .collect()
}

/// A pass mark of 0..=100 as cmi5's `masteryScore` (a decimal from 0 to 1).
pub fn mastery_score(pass_mark: u8) -> String {
    super::scorm::normalized(pass_mark)
}

/// The cmi5 course structure of `course`.
pub fn cmi5(course: &Course) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <courseStructure xmlns=\"{NS_CMI5}\">\n  <course id=\"{id}\">\n\
         \x20   <title>\n{title}    </title>\n    <description>\n{description}    </description>\n\
         \x20 </course>\n",
        id = escape(&course.iri),
        title = langstrings("      ", &course.title),
        description = langstrings("      ", &course.description),
    );
    for call in &course.calls {
        let _ = write!(
            out,
            "  <au id=\"{id}\" moveOn=\"{MOVE_ON}\" masteryScore=\"{mastery}\" \
             launchMethod=\"AnyWindow\">\n\
             \x20   <title>\n{title}    </title>\n    <description>\n{description}    </description>\n\
             \x20   <url>{url}</url>\n  </au>\n",
            id = escape(&Course::call_iri(call)),
            mastery = mastery_score(call.pass_mark),
            title = langstrings("      ", &call.title),
            description = langstrings("      ", &call.description),
            url = escape(&course.launch_url(Format::Cmi5, call)),
        );
    }
    out.push_str("</courseStructure>\n");
    out
}

/// The `tincan.xml` launch manifest of `course`: one launchable activity per call.
pub fn tincan(course: &Course) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tincan xmlns=\"{NS_TINCAN}\">\n  \
         <activities>\n"
    );
    for call in &course.calls {
        let names: String = call
            .title
            .iter()
            .map(|(lang, t)| {
                format!(
                    "      <name lang=\"{}\">{}</name>\n",
                    lang.code(),
                    escape(t)
                )
            })
            .collect();
        let descriptions: String = call
            .description
            .iter()
            .map(|(lang, t)| {
                format!(
                    "      <description lang=\"{}\">{}</description>\n",
                    lang.code(),
                    escape(t)
                )
            })
            .collect();
        let lang = call.title.first().map_or("en", |(l, _)| l.code());
        let _ = write!(
            out,
            "    <activity id=\"{id}\" type=\"{CALL_TYPE}\">\n{names}{descriptions}\
             \x20     <launch lang=\"{lang}\">{url}</launch>\n    </activity>\n",
            id = escape(&Course::call_iri(call)),
            url = escape(&course.launch_url(Format::Xapi, call)),
        );
    }
    out.push_str("  </activities>\n</tincan>\n");
    out
}
