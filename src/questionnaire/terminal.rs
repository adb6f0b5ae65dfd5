//! The only code that talks to the terminal: a small [`Prompter`] trait and
//! its dialoguer implementation. Tests use a scripted fake instead.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use dialoguer::theme::ColorfulTheme;
use dialoguer::{Confirm, Input, Select};

/// Set by the binary's Ctrl-C handler; checked before every prompt so an
/// interrupt between prompts (while saving, say) also ends the session.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// What the questionnaire needs from a terminal.
pub trait Prompter {
    /// Shows text (a question, guidance, a table).
    fn say(&mut self, text: &str) -> io::Result<()>;
    /// Picks one of `items`; returns its index.
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> io::Result<usize>;
    /// Reads a line, starting from `initial` (empty input allowed).
    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<String>;
    /// Asks yes or no.
    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool>;
}

/// Prompts on the real terminal with dialoguer (drawn on stderr, as
/// dialoguer does; text goes to stdout, the same terminal).
#[derive(Default)]
pub struct TerminalPrompter {
    theme: ColorfulTheme,
}

fn check_interrupt() -> io::Result<()> {
    if INTERRUPTED.load(Ordering::SeqCst) {
        return Err(io::Error::new(io::ErrorKind::Interrupted, "interrupted"));
    }
    Ok(())
}

fn io_error(e: dialoguer::Error) -> io::Error {
    match e {
        dialoguer::Error::IO(e) => e,
    }
}

impl Prompter for TerminalPrompter {
    fn say(&mut self, text: &str) -> io::Result<()> {
        check_interrupt()?;
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> io::Result<usize> {
        check_interrupt()?;
        Select::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(items)
            .default(default.min(items.len().saturating_sub(1)))
            .interact()
            .map_err(io_error)
    }

    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<String> {
        check_interrupt()?;
        Input::<String>::with_theme(&self.theme)
            .with_prompt(prompt)
            .with_initial_text(initial)
            .allow_empty(true)
            .interact_text()
            .map(|s| s.trim().to_string())
            .map_err(io_error)
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool> {
        check_interrupt()?;
        Confirm::with_theme(&self.theme)
            .with_prompt(prompt)
            .default(default)
            .interact()
            .map_err(io_error)
    }
}
