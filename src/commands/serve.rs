//! `wen-assess serve`: opens (or prepares) the answer file, binds the
//! address, prints the links, opens the browser, and serves until Ctrl-C
//! or the page's stop button; then says what the file holds.

use std::process::{Command, Stdio};

use super::assess::workbook_refused;
use super::{Context, EXIT_OK, Failure, Output};
use crate::cli::ServeArgs;
use crate::i18n::{Arg, Tr};
use crate::model::Guideline;
use crate::msg;
use crate::questionnaire::StartOptions;
use crate::serve::{self, Options, ServeError};

pub(super) fn run(
    guidelines: &[Guideline],
    args: &ServeArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    if let Some(path) = args
        .answers
        .as_deref()
        .filter(|p| crate::answers::is_workbook_path(p))
    {
        return Err(workbook_refused("serve", path));
    }
    if let Some(id) = &args.guideline {
        super::find(guidelines, id)?;
    }
    let start = StartOptions {
        guideline: args.guideline.clone(),
        answers: args.answers.clone(),
        lang: ctx.lang_flag.clone(),
        env_lang: ctx.env_lang.clone(),
        today: ctx.today.clone(),
        folder: ".".into(),
    };
    let mut opts = Options::local(start);
    opts.port = args.port;
    if let Some(addr) = args.listen {
        opts.listen = addr;
    }
    let bound = serve::bind(guidelines.to_vec(), opts).map_err(failure)?;
    let t = Tr::new(bound.lang());
    if !serve::is_local(bound.addr.ip()) {
        io.say(&format!(
            "{}: {}",
            t.t("serve-warning"),
            t.f(
                "serve-listen-warning",
                &[("address", Arg::Str(&bound.addr.to_string()))]
            )
        ));
    }
    let mut lines = vec![t.f("serve-open", &[("url", Arg::Str(&bound.url))])];
    if let Some(path) = &bound.resumed {
        lines.push(t.f(
            "serve-answers",
            &[("path", Arg::Str(&path.display().to_string()))],
        ));
    }
    if !serve::is_local(bound.addr.ip()) {
        lines.push(t.f("serve-join", &[("url", Arg::Str(&bound.join_url))]));
    }
    lines.push(t.t("serve-how-to-stop"));
    for line in &lines {
        let _ = writeln!(io.out, "{line}");
    }
    // The link is read by whoever started the server (or a test) while it
    // runs: it cannot wait in a buffer.
    let _ = io.out.flush();
    if !args.no_browser && !open_browser(&bound.url) {
        io.say(&t.t("serve-no-browser"));
    }
    let summary = bound.run().map_err(failure)?;
    let t = Tr::new(summary.lang);
    let said = match (&summary.answers, &summary.failed) {
        (_, Some(message)) => t.f("serve-stopped-failed", &[("message", Arg::Str(message))]),
        (Some(path), None) => t.f(
            "serve-stopped-summary",
            &[
                ("path", Arg::Str(&path.display().to_string())),
                ("answered", Arg::Count(summary.answered)),
                ("total", Arg::Count(summary.total)),
            ],
        ),
        (None, None) => t.t("serve-stopped-nothing"),
    };
    let _ = writeln!(io.out, "{said}");
    Ok(EXIT_OK)
}

fn failure(e: ServeError) -> Failure {
    use std::io::ErrorKind;
    match e {
        ServeError::Session(e) => super::assess::failure(e),
        ServeError::Listen { addr, reason, kind } => {
            let why = match kind {
                ErrorKind::AddrInUse => msg!("serve-listen-in-use"),
                ErrorKind::AddrNotAvailable => msg!("serve-listen-not-here"),
                ErrorKind::PermissionDenied => msg!("serve-listen-denied"),
                _ => msg!("serve-listen-other", reason = reason),
            };
            Failure::msg(msg!(
                "serve-cannot-listen",
                address = addr.to_string(),
                reason = why
            ))
        }
        other => Failure::new(other),
    }
}

/// Opens a link in the default browser, without waiting for it; false
/// when no opener could be started.
fn open_browser(url: &str) -> bool {
    let mut command = if cfg!(target_os = "macos") {
        let mut c = Command::new("open");
        c.arg(url);
        c
    } else if cfg!(windows) {
        // `start` is a shell built-in that mangles `&`; this opener is not.
        let mut c = Command::new("rundll32");
        c.args(["url.dll,FileProtocolHandler", url]);
        c
    } else {
        let mut c = Command::new("xdg-open");
        c.arg(url);
        c
    };
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .is_ok()
}
