//! Interface texts, from the Fluent catalogues in `locales/<lang>/*.ftl`.
//!
//! Criteria texts come from the guideline files; everything the tool itself
//! says in reports, tables, the template and the questionnaire comes from a
//! catalogue. The languages are the folders of `locales/` (embedded by
//! `build.rs`), so adding one needs no Rust change. Plurals and punctuation
//! belong to each language's catalogue; numbers and dates are written the
//! way each language writes them (`1,8`, `14 octobre 2026`).
//!
//! Findings about answer files and workbooks, and error messages, are
//! catalogue messages too (`findings.ftl`, `workbook-findings.ftl`,
//! `commands.ftl`), in the language of the person who fixes the file; the
//! code and the place (`file:line:col: error[code]:`) never change. Findings
//! about guideline files stay in English, for their authors' CI logs.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

/// The language used when none is asked for, and for messages a catalogue
/// lacks.
pub(crate) const DEFAULT_LANGUAGE: &str = "en";

type Bundle = FluentBundle<FluentResource>;

/// The language codes of the catalogues: English first, then the others in
/// code order.
pub(crate) fn languages() -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = CATALOGUES.iter().map(|(code, _)| *code).collect();
    codes.sort_by_key(|c| (*c != DEFAULT_LANGUAGE, *c));
    codes
}

/// The Fluent sources of a language, if it has a catalogue.
pub(crate) fn sources(lang: &str) -> Option<&'static [&'static str]> {
    CATALOGUES
        .iter()
        .find(|(code, _)| *code == lang)
        .map(|(_, files)| *files)
}

/// The parsed catalogue of a language, built once per run on first use.
fn bundle(lang: &str) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<(&'static str, OnceLock<Bundle>)>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| {
        CATALOGUES
            .iter()
            .map(|(code, _)| (*code, OnceLock::new()))
            .collect()
    });
    let (code, cell) = all
        .iter()
        .find(|(code, _)| *code == lang)
        .or_else(|| all.iter().find(|(code, _)| *code == DEFAULT_LANGUAGE))
        .expect("the default catalogue is embedded");
    cell.get_or_init(|| {
        let id = code.parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![id]);
        // Fluent would wrap every value in Unicode isolation marks, which
        // show as boxes in the PDF and break table widths.
        bundle.set_use_isolating(false);
        for source in sources(code).unwrap_or_default() {
            let resource = match FluentResource::try_new((*source).to_string()) {
                Ok(r) => r,
                // A catalogue with a syntax error still gives its good
                // messages; a test keeps every catalogue clean.
                Err((r, _)) => r,
            };
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// A value passed to a message.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Arg<'a> {
    /// Text, shown as is.
    Str(&'a str),
    /// A count, which also chooses the plural form.
    Count(usize),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Count(n)
    }
}

/// The texts of one language.
#[derive(Clone, Copy)]
pub(crate) struct Tr {
    lang: &'static str,
}

impl std::fmt::Debug for Tr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tr").field("lang", &self.lang).finish()
    }
}

impl Tr {
    /// The texts of `lang`, or of English when there is no such catalogue.
    pub(crate) fn new(lang: &str) -> Self {
        let lang = languages()
            .into_iter()
            .find(|l| *l == lang)
            .unwrap_or(DEFAULT_LANGUAGE);
        Tr { lang }
    }

    /// The language code.
    pub(crate) fn lang(&self) -> &'static str {
        self.lang
    }

    /// A message without variables.
    pub(crate) fn t(&self, id: &str) -> String {
        self.f(id, &[])
    }

    /// A message with variables, in this language, else English, else the id.
    pub(crate) fn f(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fluent_args.set(*name, FluentValue::from(*s)),
                Arg::Count(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        for b in [bundle(self.lang), bundle(DEFAULT_LANGUAGE)] {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text: Cow<str> = b.format_pattern(pattern, Some(&fluent_args), &mut errors);
                return text.into_owned();
            }
        }
        id.to_string()
    }

    /// A figure with one decimal, written the language's way (`1.8`,
    /// `1,8`); `-` when there is none.
    pub(crate) fn figure(&self, x: Option<f64>) -> String {
        match x {
            None => "-".to_string(),
            Some(x) => format!("{x:.1}").replace('.', &self.t("decimal-separator")),
        }
    }

    /// A signed figure with one decimal (`+0.5`, `-0,3`).
    pub(crate) fn signed(&self, x: Option<f64>) -> String {
        match x {
            None => "-".to_string(),
            Some(x) => format!("{x:+.1}").replace('.', &self.t("decimal-separator")),
        }
    }

    /// A percentage without decimals (`94`).
    pub(crate) fn percent(&self, x: f64) -> String {
        format!("{x:.0}")
    }

    /// A `YYYY-MM-DD` date in words (`14 October 2026`, `14 octobre
    /// 2026`); anything else as it is.
    pub(crate) fn date(&self, iso: &str) -> String {
        let parts: Vec<&str> = iso.split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return iso.to_string();
        };
        let (Ok(month), Ok(day)) = (m.parse::<usize>(), d.parse::<u32>()) else {
            return iso.to_string();
        };
        if y.len() != 4 || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return iso.to_string();
        }
        let month = self.t(&format!("month-{month}"));
        self.f(
            "date",
            &[
                ("day", Arg::Count(day as usize)),
                ("month", Arg::Str(&month)),
                ("year", Arg::Str(y)),
            ],
        )
    }

    /// "Label: value", with the language's separator (` : ` in French).
    pub(crate) fn labelled(&self, label: &str, value: &str) -> String {
        format!("{label}{}{value}", self.t("label-separator"))
    }
}

/// A message to show in the reader's language, made where the language is
/// not known yet (a finding about a file, an error): a catalogue id and its
/// arguments, rendered later with [`Msg::render`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    /// The message's id in the catalogues.
    pub id: &'static str,
    /// Its arguments.
    pub args: Vec<(&'static str, MsgArg)>,
}

/// An argument of a [`Msg`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MsgArg {
    /// Text, shown as it is.
    Str(String),
    /// A number that chooses a plural form.
    Count(usize),
    /// A message of its own (a phrase such as "the answer to `x`"),
    /// rendered in the same language.
    Nested(Box<Msg>),
}

impl From<Msg> for MsgArg {
    fn from(m: Msg) -> Self {
        MsgArg::Nested(Box::new(m))
    }
}

impl From<&Msg> for MsgArg {
    fn from(m: &Msg) -> Self {
        MsgArg::Nested(Box::new(m.clone()))
    }
}

impl From<String> for MsgArg {
    fn from(s: String) -> Self {
        MsgArg::Str(s)
    }
}

impl From<&str> for MsgArg {
    fn from(s: &str) -> Self {
        MsgArg::Str(s.to_string())
    }
}

impl From<&String> for MsgArg {
    fn from(s: &String) -> Self {
        MsgArg::Str(s.clone())
    }
}

impl From<std::borrow::Cow<'_, str>> for MsgArg {
    fn from(s: std::borrow::Cow<'_, str>) -> Self {
        MsgArg::Str(s.into_owned())
    }
}

impl From<usize> for MsgArg {
    fn from(n: usize) -> Self {
        MsgArg::Count(n)
    }
}

impl Msg {
    /// A message without arguments.
    pub(crate) fn new(id: &'static str) -> Self {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub(crate) fn arg(mut self, name: &'static str, value: impl Into<MsgArg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message in `t`'s language.
    pub(crate) fn render(&self, t: &Tr) -> String {
        let nested: Vec<Option<String>> = self
            .args
            .iter()
            .map(|(_, v)| match v {
                MsgArg::Nested(m) => Some(m.render(t)),
                _ => None,
            })
            .collect();
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .zip(&nested)
            .map(|((k, v), rendered)| {
                (
                    *k,
                    match (v, rendered) {
                        (_, Some(text)) => Arg::Str(text),
                        (MsgArg::Str(s), _) => Arg::Str(s),
                        (MsgArg::Count(n), _) => Arg::Count(*n),
                        (MsgArg::Nested(_), None) => Arg::Str(""),
                    },
                )
            })
            .collect();
        t.f(self.id, &args)
    }
}

impl std::fmt::Display for Msg {
    /// In English: logs, tests, and anything without a reader's language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(&Tr::new(DEFAULT_LANGUAGE)))
    }
}

/// A [`Msg`] from an id and `name = value` arguments:
/// `msg!("na-without-reason", id = c.id)`.
#[macro_export]
macro_rules! msg {
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Msg::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// The name of a language in that language, for menus.
pub(crate) fn language_name(code: &str) -> String {
    Tr::new(code).t("language-name")
}

/// The language code of a locale such as `fr_FR.UTF-8`, if there is a
/// catalogue for it.
pub(crate) fn from_locale(locale: &str) -> Option<&'static str> {
    let code = locale.get(..2)?.to_ascii_lowercase();
    languages().into_iter().find(|l| *l == code)
}

/// Chooses the language: `--lang`, else the answer file's, else the
/// environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`, as given by the caller),
/// else English.
pub(crate) fn choose(flag: Option<&str>, file: &str, env: &str) -> &'static str {
    [flag.unwrap_or(""), file, env]
        .into_iter()
        .find_map(from_locale)
        .unwrap_or(DEFAULT_LANGUAGE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_precedence() {
        assert_eq!(choose(Some("es"), "fr", "en_US.UTF-8"), "es");
        assert_eq!(choose(None, "fr", "es_ES.UTF-8"), "fr");
        assert_eq!(choose(None, "", "es_ES.UTF-8"), "es");
        assert_eq!(choose(None, "", "C.UTF-8"), "en");
        assert_eq!(choose(None, "de", "xx"), "en");
    }

    /// (message id, sorted variables) of every message of a catalogue.
    fn messages(sources: &[&str]) -> Vec<(String, Vec<String>)> {
        let mut out: Vec<(String, Vec<String>)> = Vec::new();
        for source in sources {
            for line in source.lines() {
                let starts_message = line.split_once(" =").is_some_and(|(id, _)| {
                    !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                });
                if starts_message {
                    let id = line
                        .split_once(" =")
                        .map(|(id, _)| id.to_string())
                        .unwrap_or_default();
                    out.push((id, Vec::new()));
                } else if line.starts_with('#') {
                    continue;
                }
                if let Some((_, vars)) = out.last_mut() {
                    let mut rest = line;
                    while let Some(i) = rest.find('$') {
                        let name: String = rest[i + 1..]
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                            .collect();
                        if !vars.contains(&name) {
                            vars.push(name);
                        }
                        rest = &rest[i + 1..];
                    }
                }
            }
        }
        for (_, vars) in &mut out {
            vars.sort();
        }
        out.sort();
        out
    }

    /// The catalogue files of a language, by file name, as they are in
    /// `locales/<lang>/` (the embedded ones are the same files).
    fn catalogue_files(lang: &str) -> std::collections::BTreeMap<String, String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang);
        std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().to_string();
                (name, std::fs::read_to_string(&p).unwrap())
            })
            .collect()
    }

    /// One id names one message in a language, across all its files: a
    /// bundle keeps only the first of two, so the second would never show.
    #[test]
    fn no_message_id_is_defined_twice_in_a_language() {
        for lang in languages() {
            let mut seen: std::collections::HashMap<String, String> = Default::default();
            for (file, text) in catalogue_files(lang) {
                for line in text.lines() {
                    let Some((id, _)) = line.split_once(" =") else {
                        continue;
                    };
                    if id.is_empty() || !id.starts_with(|c: char| c.is_ascii_lowercase()) {
                        continue;
                    }
                    if let Some(first) = seen.insert(id.to_string(), file.clone()) {
                        panic!("{lang}: `{id}` is in {first} and in {file}");
                    }
                }
            }
        }
    }

    /// Every message of `locales/en/<file>.ftl` is in `locales/<lang>/<file>.ftl`
    /// of every other language, with the same variables, and no file or
    /// message is there that English lacks; a failure names the file and
    /// the messages, so a translator sees what to add.
    #[test]
    fn every_message_exists_in_every_language_with_the_same_variables() {
        let english = catalogue_files(DEFAULT_LANGUAGE);
        let count: usize = english.values().map(|t| messages(&[t]).len()).sum();
        assert!(count > 150, "{count} messages");
        let mut problems: Vec<String> = Vec::new();
        for lang in languages() {
            for source in sources(lang).unwrap() {
                if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                    problems.push(format!("{lang}: Fluent syntax errors: {errors:?}"));
                }
            }
            let theirs = catalogue_files(lang);
            for file in theirs.keys().filter(|f| !english.contains_key(*f)) {
                problems.push(format!("{lang}/{file}: no such file in English"));
            }
            for (file, text) in &english {
                let Some(their_text) = theirs.get(file) else {
                    problems.push(format!("{lang}/{file}: missing"));
                    continue;
                };
                let ours = messages(&[text]);
                let them = messages(&[their_text]);
                for (id, vars) in &ours {
                    match them.iter().find(|(i, _)| i == id) {
                        None => problems.push(format!("{lang}/{file}: no `{id}`")),
                        Some((_, v)) if v != vars => problems.push(format!(
                            "{lang}/{file}: `{id}` has the variables {v:?}, English {vars:?}"
                        )),
                        Some(_) => {}
                    }
                }
                for (id, _) in them
                    .iter()
                    .filter(|(i, _)| !ours.iter().any(|(o, _)| o == i))
                {
                    problems.push(format!("{lang}/{file}: `{id}` is not an English message"));
                }
            }
            assert!(!Tr::new(lang).t("language-name").is_empty());
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// A count chooses its plural form in the catalogue (`{ $n -> [one]
    /// ... *[other] ... }`); no text falls back on "(s)".
    #[test]
    fn no_catalogue_writes_an_optional_plural() {
        for lang in languages() {
            for (file, text) in catalogue_files(lang) {
                for (n, line) in text.lines().enumerate() {
                    assert!(
                        !line.contains("(s)") || line.starts_with('#'),
                        "{lang}/{file}:{}: {line}",
                        n + 1
                    );
                }
            }
        }
    }

    #[test]
    fn the_languages_are_the_catalogue_folders() {
        let folders: Vec<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/locales"))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
                .collect();
        let mut langs: Vec<String> = languages().iter().map(|l| l.to_string()).collect();
        let mut folders = folders;
        langs.sort();
        folders.sort();
        assert_eq!(langs, folders);
        assert_eq!(languages()[0], "en");
    }

    #[test]
    fn french_spanish_and_portuguese_numbers_dates_and_plurals() {
        let fr = Tr::new("fr");
        assert_eq!(fr.figure(Some(1.84)), "1,8");
        assert_eq!(fr.date("2026-10-14"), "14 octobre 2026");
        assert_eq!(fr.date("2026-10-01"), "1er octobre 2026");
        assert_eq!(Tr::new("es").date("2026-10-14"), "14 de octubre de 2026");
        assert_eq!(Tr::new("pt").date("2026-10-14"), "14 de outubro de 2026");
        let one = fr.f(
            "progress",
            &[
                ("index", Arg::Count(1)),
                ("total", Arg::Count(36)),
                ("answered", Arg::Count(1)),
            ],
        );
        assert!(one.ends_with("1 renseignée"), "{one}");
        let two = fr.f(
            "progress",
            &[
                ("index", Arg::Count(1)),
                ("total", Arg::Count(36)),
                ("answered", Arg::Count(2)),
            ],
        );
        assert!(two.ends_with("2 renseignées"), "{two}");
    }

    #[test]
    fn english_texts_numbers_and_dates() {
        let t = Tr::new("en");
        assert_eq!(t.figure(Some(1.84)), "1.8");
        assert_eq!(t.figure(None), "-");
        assert_eq!(t.date("2026-10-14"), "14 October 2026");
        assert_eq!(t.date("soon"), "soon");
        assert_eq!(
            t.f("answer-skipped", &[("count", 1.into())]),
            "1 criterion is not answered yet. Answer it now?"
        );
        assert_eq!(
            t.f("answer-skipped", &[("count", 3.into())]),
            "3 criteria are not answered yet. Answer them now?"
        );
        assert_eq!(t.t("no-such-message"), "no-such-message");
    }
}

/// The words of a paragraph as a line may break between them: a word that
/// starts with a mark French sets after a space (`?`, `!`, `:`, `;`, `»`)
/// stays with the word before it, joined by the space it had, so that no
/// line starts with the mark.
pub(crate) fn break_units<'a>(words: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    for word in words {
        match units.last_mut() {
            Some(last) if word.starts_with(['?', '!', ':', ';', '»']) => {
                last.push(' ');
                last.push_str(word);
            }
            _ => units.push(word.to_string()),
        }
    }
    units
}

#[cfg(test)]
mod break_tests {
    use super::break_units;

    #[test]
    fn french_marks_stay_with_the_word_before() {
        let units = break_units("participent-ils au réseau ? Oui : non ; « bien »".split(' '));
        assert_eq!(
            units,
            [
                "participent-ils",
                "au",
                "réseau ?",
                "Oui :",
                "non ;",
                "«",
                "bien »"
            ]
        );
        // A mark at the very start has no word to join.
        assert_eq!(break_units("? seul".split(' ')), ["?", "seul"]);
    }
}
