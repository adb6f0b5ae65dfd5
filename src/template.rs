//! A blank answer file with every criterion, its question and its level
//! descriptors as comments, to fill in an editor and score with `score`.

use crate::answers::ANSWERS_FORMAT;
use crate::model::{Guideline, Scope};
use crate::yaml::emit::quote;

/// Values to pre-fill in the template's header.
#[derive(Debug, Clone, Default)]
pub(crate) struct Header {
    /// Network name.
    pub network: String,
    /// Network region.
    pub region: String,
    /// Respondent's name.
    pub respondent: String,
    /// Respondent's role.
    pub role: String,
    /// Respondent's country.
    pub country: String,
    /// Date, `YYYY-MM-DD`.
    pub date: String,
    /// Language code.
    pub language: String,
}

impl Header {
    /// Whom the template's answers speak for: a member state when a
    /// country is given (its focal point answers about it), else the
    /// network as a whole.
    pub(crate) fn speaks_for(&self) -> Scope {
        if self.country.trim().is_empty() {
            Scope::Network
        } else {
            Scope::Member
        }
    }
}

/// Keeps a comment on one line per source line and never lets a text end the
/// comment early.
/// A character a comment may not hold raw (a YAML stream forbids it, or a
/// reader takes it for a line break) shows as U+FFFD.
fn comment(out: &mut String, indent: &str, text: &str) {
    for line in text.lines() {
        out.push_str(indent);
        out.push_str("# ");
        out.extend(line.trim_end().chars().map(|c| {
            if c != '\t'
                && (c.is_control()
                    || matches!(
                        c,
                        '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
                    ))
            {
                '\u{fffd}'
            } else {
                c
            }
        }));
        out.push('\n');
    }
}

/// Renders the template.
pub(crate) fn render(g: &Guideline, header: &Header) -> String {
    let t = crate::i18n::Tr::new(&header.language);
    let lang = t.lang();
    use crate::i18n::Arg;
    let mut o = String::new();
    // Editors with yaml-language-server validate and complete the file once
    // the schema sits beside it.
    o.push_str("# yaml-language-server: $schema=wen-assess-answers.schema.json\n");
    comment(
        &mut o,
        "",
        &t.f(
            "template-schema",
            &[(
                "command",
                Arg::Str("wen-assess schema answers > wen-assess-answers.schema.json"),
            )],
        ),
    );
    comment(
        &mut o,
        "",
        &t.f(
            "template-title",
            &[
                ("title", Arg::Str(g.title.get(lang))),
                ("id", Arg::Str(&g.id)),
                ("version", Arg::Str(&g.version)),
            ],
        ),
    );
    comment(&mut o, "", g.source.get(lang));
    o.push_str("#\n");
    comment(&mut o, "", &t.t("template-help"));
    let scale: Vec<String> = (0..=4u8)
        .map(|n| format!("{n} {}", g.level_label(n, lang)))
        .collect();
    comment(
        &mut o,
        "",
        &t.labelled(&t.t("template-scale"), &scale.join(", ")),
    );
    o.push_str(&format!("format: {ANSWERS_FORMAT}\n"));
    o.push_str(&format!("guideline: {}\n", g.id));
    o.push_str(&format!("guideline-version: {}\n", quote(&g.version)));
    o.push_str("network:\n");
    o.push_str(&format!("  name: {}\n", quote(&header.network)));
    o.push_str(&format!("  region: {}\n", quote(&header.region)));
    o.push_str("respondent:\n");
    o.push_str(&format!("  name: {}\n", quote(&header.respondent)));
    o.push_str(&format!("  role: {}\n", quote(&header.role)));
    o.push_str(&format!("  country: {}\n", quote(&header.country)));
    o.push_str(&format!("date: {}\n", quote(&header.date)));
    o.push_str(&format!("language: {}\n", quote(lang)));
    let who = header.speaks_for();
    let scope_help = match who {
        Scope::Member => t.f(
            "template-scope-member",
            &[("country", Arg::Str(&header.country))],
        ),
        Scope::Network => t.t("template-scope-network"),
    };
    comment(&mut o, "", &scope_help);
    o.push_str(&format!("scope: {}\n", who.as_str()));
    comment(
        &mut o,
        "",
        &t.f(
            "template-targets",
            &[("target", Arg::Str(&g.target.to_string()))],
        ),
    );
    o.push_str("targets: {}\n");
    comment(&mut o, "", &t.t("template-participants"));
    o.push_str("participants: []\n");
    comment(&mut o, "", &t.t("template-findings"));
    o.push_str("findings: {}\n");
    o.push_str("answers:\n");
    // A member state's template holds only the criteria it answers, in
    // the words of a country answering about itself.
    for area in g
        .areas
        .iter()
        .filter(|a| a.criteria_for(who).next().is_some())
    {
        o.push('\n');
        comment(&mut o, "  ", &format!("== {} ==", area.title.get(lang)));
        for c in area.criteria_for(who) {
            comment(
                &mut o,
                "  ",
                &t.labelled(c.title.get(lang), c.question_for(who).get(lang)),
            );
            for (n, text) in c.levels_for(who).iter().enumerate() {
                comment(&mut o, "  ", &format!("  {n} {}", text.get(lang)));
            }
            o.push_str(&format!("  {}:\n", c.id));
            o.push_str("    level: ~\n    note: ~\n    evidence: []\n");
        }
    }
    o
}
