//! The `wen-assess` binary: parse arguments, run, map the result to an exit code.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use wen_assess::answers::civil_date;
use wen_assess::cli_text::{self, Parsed};
use wen_assess::commands::{self, Context, Output};
use wen_assess::questionnaire::Interrupt;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match cli_text::parse(&args, &env_locale()) {
        Parsed::Run(cli) => *cli,
        Parsed::Show(help_or_version) => {
            // clap prints it, in colour where the terminal has colours.
            let _ = help_or_version.print();
            let code = u8::try_from(help_or_version.exit_code()).unwrap_or(commands::EXIT_ERROR);
            return ExitCode::from(code);
        }
        Parsed::Rejected(message) => {
            let _ = io::stderr().write_all(message.as_bytes());
            return ExitCode::from(commands::EXIT_ERROR);
        }
    };
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let width = table_width(io::stdout().is_terminal());
    let interactive =
        io::stdin().is_terminal() && io::stdout().is_terminal() && io::stderr().is_terminal();
    let interrupt = Interrupt::new();
    if interactive {
        // Without a handler Ctrl-C kills the process mid-prompt with the
        // cursor hidden. With it, the session ends at its next prompt, or
        // while one waits, having saved every confirmed answer.
        let handle = interrupt.clone();
        let _ = ctrlc::set_handler(move || handle.request());
    }
    let ctx = Context {
        today: civil_date(secs.div_euclid(86_400)),
        width,
        interactive,
        env_lang: env_locale(),
        lang_flag: None,
        jobs: jobs(),
        guidelines_path: None,
        dumb_terminal: std::env::var("TERM").is_ok_and(|t| t == "dumb"),
        interrupt,
        source_date_epoch: std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|v| v.trim().parse().ok()),
    };
    let stdout = io::stdout();
    let stderr = io::stderr();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut err = stderr.lock();
    let code = commands::run(
        cli,
        &ctx,
        &mut Output {
            out: &mut out,
            err: &mut err,
        },
    );
    if let Err(e) = out.flush() {
        // A broken pipe (`| head`) is the reader's choice, not an error; a
        // command that failed has said why already.
        if e.kind() != io::ErrorKind::BrokenPipe && code == commands::EXIT_OK {
            let _ = writeln!(
                err,
                "error: cannot write to standard output: {}",
                wen_assess::files::describe_io(&e)
            );
            return ExitCode::from(commands::EXIT_ERROR);
        }
    }
    ExitCode::from(code)
}

/// The locale as POSIX defines its precedence: `LC_ALL`, then `LC_MESSAGES`,
/// then `LANG`; empty when none is set.
fn env_locale() -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default()
}

/// Threads for batch scoring: `WEN_ASSESS_JOBS` if set to a number, else
/// one per core (at most 8).
fn jobs() -> usize {
    std::env::var("WEN_ASSESS_JOBS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|n| *n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get().min(8)))
}

/// The width tables are laid out for: the terminal's own when standard
/// output is one (a shell seldom exports `COLUMNS`, and a resized window
/// changes it), else `COLUMNS` when set (a script that says how wide its
/// output may be), else 100.
fn table_width(stdout_is_terminal: bool) -> u16 {
    let from_terminal = stdout_is_terminal
        .then(|| console::Term::stdout().size_checked())
        .flatten()
        .map(|(_, columns)| columns);
    from_terminal
        .or_else(|| std::env::var("COLUMNS").ok()?.trim().parse().ok())
        .filter(|w| *w > 0)
        .unwrap_or(100)
}

#[cfg(test)]
mod tests {
    use wen_assess::answers::civil_date;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(20_415), "2025-11-23");
        assert_eq!(civil_date(11_016), "2000-02-29");
    }
}
