//! The start of a session: a new answer file's identity questions (the
//! guideline, the network, whom the answers speak for, the language, who
//! takes part) and its file name, or an existing file resumed. The answer
//! file is locked, and its folder checked, before the first question.

use std::io;
use std::path::{Path, PathBuf};

use super::screen::{self, Item};
use super::terminal::{Prompter, Words};
use super::{SessionError, StartOptions};
use crate::answers::store::Store;
use crate::answers::{self, AnswerFile, Participant};
use crate::diagnostic::Diagnostic;
use crate::files;
use crate::i18n::{self, Arg, Tr};
use crate::model::{Guideline, Scope};

/// A session ready for its first question.
pub(super) struct Started<'g> {
    /// The guideline the answers are for.
    pub guideline: &'g Guideline,
    /// The answers so far, as saved.
    pub answers: AnswerFile,
    /// The locked answer file.
    pub store: Store,
    /// The session's language.
    pub lang: &'static str,
    /// True for a file resumed (the participants may be added to or corrected).
    pub resumed: bool,
}

/// A name made safe for a file: transliterated to ASCII (`Réseau` ->
/// `reseau`, other scripts to their Latin reading), lower case, words
/// joined by `-`.
fn slug(s: &str) -> String {
    let ascii = deunicode::deunicode(s);
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Longest name part of a default file name, in characters: the whole name
/// stays well under the 255 bytes file systems allow.
const MAX_SLUG: usize = 60;

fn bounded_slug(s: &str) -> String {
    let mut s = slug(s);
    if s.len() > MAX_SLUG {
        s.truncate(MAX_SLUG);
        s = s.trim_end_matches('-').to_string();
    }
    s
}

/// The default answer file name: `<network>-<country>-<guideline>-<date>.yaml`
/// (the country only when one is given).
pub(crate) fn default_answers_path(
    network: &str,
    country: &str,
    guideline: &str,
    date: &str,
) -> PathBuf {
    let network = bounded_slug(network);
    let network = if network.is_empty() {
        "wen-assessment".to_string()
    } else {
        network
    };
    let country = bounded_slug(country);
    let name = if country.is_empty() {
        format!("{network}-{guideline}-{date}")
    } else {
        format!("{network}-{country}-{guideline}-{date}")
    };
    PathBuf::from(format!("{name}.yaml"))
}

/// A file name in a folder; in the current folder, the name alone.
pub(crate) fn in_folder(folder: &Path, name: PathBuf) -> PathBuf {
    if folder == Path::new(".") || folder.as_os_str().is_empty() {
        name
    } else {
        folder.join(name)
    }
}

/// `name.yaml` -> `name-2.yaml`, `name-3.yaml`, ... the first that is free.
pub(crate) fn free_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().to_string());
    (2..)
        .map(|n| path.with_file_name(format!("{stem}-{n}.yaml")))
        .find(|p| !p.exists())
        .unwrap_or_else(|| path.to_path_buf())
}

/// The words a prompter shows itself, in `t`'s language.
pub(super) fn words(t: &Tr) -> Words {
    Words {
        yes: t.t("yes"),
        no: t.t("no"),
        not_a_choice: t.t("not-a-choice"),
        colon: t.t("prompt-colon"),
    }
}

/// A terminal error as the session reports it: Ctrl-C before the answer
/// file exists has saved nothing.
fn terminal(lang: &'static str) -> impl Fn(io::Error) -> SessionError {
    move |e| {
        if e.kind() == io::ErrorKind::Interrupted {
            SessionError::Interrupted { saved: None, lang }
        } else {
            SessionError::Terminal(e)
        }
    }
}

/// Checks that a new answer file can be made in a folder before anything is
/// asked, so no typed answer is lost to a read-only folder.
pub(crate) fn probe_folder(dir: &Path) -> Result<(), SessionError> {
    match tempfile::Builder::new()
        .prefix(".wen-assess-probe-")
        .tempfile_in(dir)
    {
        Ok(_) => Ok(()),
        Err(e) => Err(SessionError::Other(crate::msg!(
            "cannot-create-answers",
            folder = dir.display().to_string(),
            reason = files::describe_io(&e)
        ))),
    }
}

/// One menu of items that each fit the terminal's width.
pub(super) fn menu(p: &dyn Prompter, texts: &[String]) -> Vec<Item> {
    let (cols, _) = p.size();
    texts
        .iter()
        .map(|t| screen::short_item("", t, usize::from(cols)))
        .collect()
}

/// Asks for a text until it is not empty.
fn input_required(
    p: &mut dyn Prompter,
    prompt: &str,
    again: &str,
    t: &dyn Fn(io::Error) -> SessionError,
) -> Result<String, SessionError> {
    let mut value = p.input(prompt, "").map_err(t)?;
    while value.trim().is_empty() {
        value = p.input(again, "").map_err(t)?;
    }
    Ok(value.trim().to_string())
}

/// Asks for participants until an empty name, adding them to `list`.
pub(super) fn ask_participants(
    p: &mut dyn Prompter,
    tr: &Tr,
    list: &mut Vec<Participant>,
    t: &dyn Fn(io::Error) -> SessionError,
) -> Result<(), SessionError> {
    loop {
        let name = p.input(&tr.t("ask-participant"), "").map_err(t)?;
        if name.trim().is_empty() {
            return Ok(());
        }
        let agency = p.input(&tr.t("ask-participant-agency"), "").map_err(t)?;
        let country = p.input(&tr.t("ask-participant-country"), "").map_err(t)?;
        list.push(Participant {
            name: name.trim().to_string(),
            agency,
            country,
            extra: Vec::new(),
        });
    }
}

/// Loads an existing answer file, or asks for the start details and
/// creates one.
pub(super) fn start<'g>(
    p: &mut dyn Prompter,
    guidelines: &'g [Guideline],
    opts: &StartOptions,
) -> Result<Started<'g>, SessionError> {
    let early_lock = match &opts.answers {
        Some(path) => {
            let lock = Store::lock(path)?;
            if path.exists() {
                let (store, answers, warnings) = Store::open(path, lock)?;
                return resume(p, guidelines, opts, store, answers, warnings);
            }
            Some(lock)
        }
        None => {
            probe_folder(&opts.folder)?;
            None
        }
    };
    let lang = i18n::choose(opts.lang.as_deref(), "", &opts.env_lang);
    let mut tr = Tr::new(lang);
    p.set_words(words(&tr));
    let t = terminal(lang);
    let (cols, _) = p.size();
    let welcome = screen::wrap(&tr.t("welcome"), usize::from(cols).saturating_sub(1)).join("\n");
    p.screen(&format!("{welcome}\n\n")).map_err(&t)?;
    let guideline = match (&opts.guideline, guidelines) {
        (Some(id), _) => find(guidelines, id)?,
        // Nothing to choose from.
        (None, [only]) => only,
        (None, _) => {
            // Few items and room enough: each shows its title and the start
            // of its description, wrapped to the width.
            let (cols, _) = p.size();
            let items: Vec<Item> = guidelines
                .iter()
                .map(|g| {
                    let text = tr.labelled(g.title.get(lang), g.description.get(lang));
                    screen::wrapped_item("", &text, usize::from(cols), 3)
                })
                .collect();
            let i = p
                .select(&tr.t("which-assessment"), &items, Some(0), false)
                .map_err(&t)?
                .unwrap_or(0);
            &guidelines[i]
        }
    };
    let mut answers = AnswerFile::new(guideline, &opts.today);
    answers.network.name = input_required(p, &tr.t("ask-network"), &tr.t("ask-network-again"), &t)?;
    answers.network.region = p.input(&tr.t("ask-region"), "").map_err(&t)?;
    // Whom the answers speak for decides the questions: a member state
    // answers the member-scope criteria, about itself.
    let has_member_criteria = guideline.criteria().any(|(_, c)| c.scope == Scope::Member);
    let who = if has_member_criteria {
        let (cols, _) = p.size();
        let items: Vec<Item> = [tr.t("speaks-for-network"), tr.t("speaks-for-member")]
            .iter()
            .map(|text| screen::wrapped_item("", text, usize::from(cols), 3))
            .collect();
        match p
            .select(&tr.t("ask-speaks-for"), &items, Some(0), false)
            .map_err(&t)?
        {
            Some(1) => Scope::Member,
            _ => Scope::Network,
        }
    } else {
        Scope::Network
    };
    answers.scope = Some(who);
    if who == Scope::Member {
        answers.respondent.country = input_required(
            p,
            &tr.t("ask-member-country"),
            &tr.t("ask-member-country-again"),
            &t,
        )?;
    }
    answers.respondent.name = p.input(&tr.t("ask-name"), "").map_err(&t)?;
    answers.respondent.role = p.input(&tr.t("ask-role"), "").map_err(&t)?;
    answers.language = match &opts.lang {
        Some(l) => l.clone(),
        None => {
            let codes = i18n::languages();
            let texts: Vec<String> = codes.iter().map(|c| i18n::language_name(c)).collect();
            let items = menu(p, &texts);
            let default = codes.iter().position(|l| *l == lang).unwrap_or(0);
            let choice = p
                .select(&tr.t("ask-language"), &items, Some(default), false)
                .map_err(&t)?
                .unwrap_or(default);
            codes[choice].to_string()
        }
    };
    // The rest of the session speaks the language chosen.
    let lang = i18n::choose(Some(&answers.language), "", &opts.env_lang);
    tr = Tr::new(lang);
    p.set_words(words(&tr));
    let t = terminal(lang);
    if p.confirm(&tr.t("ask-workshop"), false).map_err(&t)? {
        ask_participants(p, &tr, &mut answers.participants, &t)?;
    }
    let (mut path, mut lock) = match (&opts.answers, early_lock) {
        (Some(path), Some(lock)) => (path.clone(), lock),
        _ => {
            let path = in_folder(
                &opts.folder,
                default_answers_path(
                    &answers.network.name,
                    &answers.respondent.country,
                    &guideline.id,
                    &opts.today,
                ),
            );
            let lock = Store::lock(&path)?;
            (path, lock)
        }
    };
    if path.exists() {
        let (store, mut theirs, warnings) = Store::open(&path, lock)?;
        if same_respondent(&theirs, &answers) {
            p.say(&format!(
                "{}\n",
                tr.f(
                    "exists-resuming",
                    &[("path", Arg::Str(&path.display().to_string()))]
                )
            ))
            .map_err(&t)?;
            return resume(p, guidelines, opts, store, theirs, warnings);
        }
        // Another respondent's file: never write into it silently, and
        // never drop what was just typed.
        let who = respondent_of(&theirs);
        let new_path = free_path(&path);
        p.say(&format!(
            "{}\n",
            tr.f(
                "exists-other-respondent",
                &[
                    ("path", Arg::Str(&path.display().to_string())),
                    ("who", Arg::Str(&who)),
                ]
            )
        ))
        .map_err(&t)?;
        let texts = vec![
            tr.t("continue-their-file"),
            tr.f(
                "start-new-file",
                &[("path", Arg::Str(&new_path.display().to_string()))],
            ),
        ];
        let items = menu(p, &texts);
        let choice = p
            .select(&tr.t("which-file"), &items, Some(1), false)
            .map_err(&t)?
            .unwrap_or(1);
        if choice == 0 {
            join_as_participant(&mut theirs, &answers);
            return resume(p, guidelines, opts, store, theirs, warnings);
        }
        drop(store);
        path = new_path;
        lock = Store::lock(&path)?;
    }
    let store = Store::create(&path, lock, &answers)?;
    let (answers, _) = answers::load_answers(&path)?;
    p.say(&format!(
        "\n{}\n\n",
        tr.f(
            "saved-to",
            &[("path", Arg::Str(&path.display().to_string()))]
        )
    ))
    .map_err(&t)?;
    // The first question clears the screen: let the user read where the
    // answers go first.
    p.input(&tr.t("press-enter-start"), "").map_err(&t)?;
    Ok(Started {
        guideline,
        answers,
        store,
        lang,
        resumed: false,
    })
}

/// True when an existing file holds the answers of the person (and
/// country) just typed: their session resumes it.
pub(crate) fn same_respondent(theirs: &AnswerFile, ours: &AnswerFile) -> bool {
    answers::same_name(&theirs.respondent.name, &ours.respondent.name)
        && answers::same_name(&theirs.respondent.country, &ours.respondent.country)
}

/// Who answered a file, for the question of whose file to continue:
/// "name, country" (either may be missing).
pub(crate) fn respondent_of(file: &AnswerFile) -> String {
    [&file.respondent.name, &file.respondent.country]
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The person who typed `ours` joins another respondent's file as one of
/// its participants (once: a name and country already listed are not
/// added again).
pub(crate) fn join_as_participant(theirs: &mut AnswerFile, ours: &AnswerFile) {
    let me = Participant {
        name: ours.respondent.name.clone(),
        agency: ours.respondent.role.clone(),
        country: ours.respondent.country.clone(),
        extra: Vec::new(),
    };
    if !me.name.trim().is_empty()
        && !theirs.participants.iter().any(|x| {
            answers::same_name(&x.name, &me.name) && answers::same_name(&x.country, &me.country)
        })
    {
        theirs.participants.push(me);
    }
}

fn find<'g>(guidelines: &'g [Guideline], id: &str) -> Result<&'g Guideline, SessionError> {
    crate::model::find(guidelines, id).map_err(SessionError::Other)
}

/// Readies a file to resume, as every session does: its guideline (which
/// must be the one asked for, if any), its answers carried to the loaded
/// version of the guideline (what moved is added to `warnings`, with the
/// checks against the guideline), and the session's language, which the
/// file keeps from now on when `--lang` chose it or it had none.
pub(crate) fn prepare_resumed<'g>(
    guidelines: &'g [Guideline],
    opts: &StartOptions,
    path: &Path,
    answers: &mut AnswerFile,
    warnings: &mut Vec<Diagnostic>,
) -> Result<(&'g Guideline, &'static str), SessionError> {
    let file = path.display().to_string();
    let guideline = find(guidelines, &answers.guideline)?;
    if let Some(id) = &opts.guideline
        && id != &guideline.id
    {
        return Err(SessionError::Other(crate::msg!(
            "answers-of-another-guideline",
            file = &file,
            holds = &guideline.id,
            wanted = id
        )));
    }
    // Answers given against an earlier version move to their new criteria;
    // what is answered from now on is answered against this version.
    let (_, notes) = answers::migrate(answers, guideline, &file);
    warnings.extend(notes);
    warnings.extend(answers::check_against(answers, guideline, &file));
    answers.guideline_version = guideline.version.clone();
    let lang = i18n::choose(opts.lang.as_deref(), &answers.language, &opts.env_lang);
    if opts.lang.is_some() || answers.language.is_empty() {
        answers.language = lang.to_string();
    }
    Ok((guideline, lang))
}

fn resume<'g>(
    p: &mut dyn Prompter,
    guidelines: &'g [Guideline],
    opts: &StartOptions,
    store: Store,
    mut answers: AnswerFile,
    mut warnings: Vec<Diagnostic>,
) -> Result<Started<'g>, SessionError> {
    let path = store.path().to_path_buf();
    let file = path.display().to_string();
    let (guideline, lang) = prepare_resumed(guidelines, opts, &path, &mut answers, &mut warnings)?;
    let tr = Tr::new(lang);
    p.set_words(words(&tr));
    let t = terminal(lang);
    let who = answers.speaks_for();
    let asked = guideline.criteria_for(who).count();
    let answered = guideline
        .criteria_for(who)
        .filter(|(_, c)| answers.answer(&c.id).is_some_and(|a| a.response.is_some()))
        .count();
    // The file exists: an interrupt here leaves it as it was, and says so.
    let saved = super::Saved {
        answers: path.clone(),
        answered,
        total: asked,
        participants: answers.participants.len(),
    };
    let t = move |e: io::Error| match t(e) {
        SessionError::Interrupted { lang, .. } => SessionError::Interrupted {
            saved: Some(saved.clone()),
            lang,
        },
        other => other,
    };
    p.say(&format!(
        "{}\n",
        tr.f(
            "resuming",
            &[
                ("path", Arg::Str(&file)),
                ("answered", Arg::Count(answered)),
                ("total", Arg::Count(asked)),
            ]
        )
    ))
    .map_err(&t)?;
    if !warnings.is_empty() {
        // Findings about the file are worth reading before the first
        // question clears the screen.
        for w in &warnings {
            p.say(&format!("{}\n", w.render(&tr))).map_err(&t)?;
        }
        p.input(&tr.t("press-enter-continue"), "").map_err(&t)?;
    }
    Ok(Started {
        guideline,
        answers,
        store,
        lang,
        resumed: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_names_are_clear_short_and_ascii() {
        assert_eq!(
            default_answers_path(
                "Réseau Régional (Afrique)",
                "Côte d'Ivoire",
                "establishing",
                "2026-11-23"
            ),
            PathBuf::from("reseau-regional-afrique-cote-d-ivoire-establishing-2026-11-23.yaml")
        );
        assert_eq!(
            default_answers_path("", "", "strengthening", "2026-11-23"),
            PathBuf::from("wen-assessment-strengthening-2026-11-23.yaml")
        );
        let long = default_answers_path(&"Network ".repeat(40), "", "strengthening", "2026-11-23");
        assert!(long.to_string_lossy().len() < 100, "{}", long.display());
    }
}
