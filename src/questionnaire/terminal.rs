//! What the questionnaire needs from a terminal ([`Prompter`]) and the one
//! implementation that talks to a real, full-screen terminal through
//! dialoguer. `plain.rs` has the line-by-line one; tests use a scripted fake.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use console::Term;
use dialoguer::theme::{ColorfulTheme, Theme};
use dialoguer::{Confirm, Input, Select};

use super::screen::Item;

/// Set by the binary's Ctrl-C handler; checked before every prompt so an
/// interrupt between prompts (while saving, say) also ends the session.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// What the questionnaire needs from a terminal.
pub trait Prompter {
    /// The terminal's size as (columns, rows), read again at every call.
    fn size(&self) -> (u16, u16);
    /// Starts a new screen with `text` at its top (a full-screen terminal
    /// clears first; line mode just prints).
    fn screen(&mut self, text: &str) -> io::Result<()>;
    /// Shows text below what is on screen.
    fn say(&mut self, text: &str) -> io::Result<()>;
    /// Picks one of `items`; `None` when the user backs out (Esc), which
    /// only menus with `can_go_back` allow.
    fn select(
        &mut self,
        prompt: &str,
        items: &[Item],
        default: usize,
        can_go_back: bool,
    ) -> io::Result<Option<usize>>;
    /// Reads a line, starting from `initial` (empty input allowed).
    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<String>;
    /// Asks yes or no.
    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool>;
    /// True when answers are typed line by line (no arrow keys).
    fn line_mode(&self) -> bool {
        false
    }
}

/// Prompts on the real terminal with dialoguer (drawn on stderr, as
/// dialoguer does; text goes to stdout, the same terminal).
#[derive(Default)]
pub struct TerminalPrompter {
    theme: ColorfulTheme,
}

/// Fails with "interrupted" once Ctrl-C was pressed.
pub fn check_interrupt() -> io::Result<()> {
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
    fn size(&self) -> (u16, u16) {
        let (rows, cols) = Term::stderr().size();
        (cols, rows)
    }

    fn screen(&mut self, text: &str) -> io::Result<()> {
        check_interrupt()?;
        Term::stderr().clear_screen()?;
        self.say(text)
    }

    fn say(&mut self, text: &str) -> io::Result<()> {
        check_interrupt()?;
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[Item],
        default: usize,
        can_go_back: bool,
    ) -> io::Result<Option<usize>> {
        check_interrupt()?;
        let (_, rows) = self.size();
        let texts: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
        let lines: usize = items.iter().map(Item::height).sum();
        let mut select = Select::with_theme(&self.theme);
        select = select
            .with_prompt(prompt)
            .items(&texts)
            .default(default.min(items.len().saturating_sub(1)));
        // Items of one line each page by themselves; a long list of them
        // (the review) gets a page as high as the screen allows.
        if lines == items.len() && items.len() + 3 > usize::from(rows) {
            select = select.max_length(usize::from(rows).saturating_sub(3).max(3));
        }
        // The chosen item is echoed short (`2 Developing`), not as its
        // wrapped descriptor, which the terminal would break mid-word.
        select = select.report(false);
        let picked = if can_go_back {
            select.interact_opt().map_err(io_error)?
        } else {
            select.interact().map(Some).map_err(io_error)?
        };
        if let Some(i) = picked
            && let Some(item) = items.get(i)
        {
            let mut line = String::new();
            let _ = self
                .theme
                .format_select_prompt_selection(&mut line, prompt, item.chosen());
            Term::stderr().write_line(&line)?;
        }
        Ok(picked)
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
