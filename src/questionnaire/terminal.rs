//! What the questionnaire needs from a terminal ([`Prompter`]) and the one
//! implementation that talks to a real, full-screen terminal through
//! dialoguer. `plain.rs` has the line-by-line one; tests use a scripted fake.

use std::io::{self, Write};

use console::{Key, Term};
use dialoguer::theme::{ColorfulTheme, Theme};
use dialoguer::{Input, Select};

use super::interrupt::Interrupt;
use super::screen::Item;

/// The words a prompter itself shows, in the session's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Words {
    /// "yes", "oui", "sí", "sim".
    pub yes: String,
    /// "no", "non", "no", "não".
    pub no: String,
    /// Said when a typed answer is not one of the choices (line mode).
    pub not_a_choice: String,
    /// What ends a prompt before the answer is typed (line mode): `:`, or
    /// in French a no-break space and `:`.
    pub colon: String,
}

impl Default for Words {
    fn default() -> Self {
        Words {
            yes: "yes".into(),
            no: "no".into(),
            not_a_choice: "Not one of the choices.".into(),
            colon: ":".into(),
        }
    }
}

impl Words {
    /// A prompt as line mode writes it, with the keys it takes in brackets
    /// when there are some, ended by the language's colon, or by a space
    /// alone after a question mark or a colon the prompt has already.
    pub(crate) fn ask(&self, prompt: &str, keys: Option<&str>) -> String {
        let asked = prompt.trim_end().ends_with(['?', ':']);
        let keys = keys.map(|k| format!(" [{k}]")).unwrap_or_default();
        if asked {
            format!("{prompt}{keys} ")
        } else {
            format!("{prompt}{keys}{} ", self.colon)
        }
    }

    /// The letter that answers yes (`y`, `o`, `s`).
    pub(crate) fn yes_letter(&self) -> char {
        first_letter(&self.yes)
    }

    /// The letter that answers no (`n`).
    pub(crate) fn no_letter(&self) -> char {
        first_letter(&self.no)
    }

    /// `o/N`: both letters, the default's in capitals.
    pub(crate) fn letters(&self, default: bool) -> String {
        let (y, n) = (self.yes_letter(), self.no_letter());
        if default {
            format!("{}/{n}", y.to_uppercase())
        } else {
            format!("{y}/{}", n.to_uppercase())
        }
    }

    /// What a typed answer means: yes, no, or neither. The language's word
    /// or its first letter, in any case (and `y`/`n`, which everyone types).
    pub(crate) fn reads(&self, typed: &str) -> Option<bool> {
        let t = typed.trim().to_lowercase();
        let is = |word: &str, letter: char, english: &str| {
            t == word.to_lowercase() || t == letter.to_string() || t == english
        };
        if t.is_empty() {
            None
        } else if is(&self.yes, self.yes_letter(), "y") {
            Some(true)
        } else if is(&self.no, self.no_letter(), "n") {
            Some(false)
        } else {
            None
        }
    }
}

fn first_letter(word: &str) -> char {
    word.chars()
        .next()
        .map_or('?', |c| c.to_lowercase().next().unwrap_or(c))
}

/// What the questionnaire needs from a terminal.
pub(crate) trait Prompter {
    /// The terminal's size as (columns, rows), read again at every call.
    fn size(&self) -> (u16, u16);
    /// The words the prompter shows itself, in the session's language.
    fn set_words(&mut self, words: Words);
    /// Starts a new screen with `text` at its top (a full-screen terminal
    /// clears first; line mode just prints).
    fn screen(&mut self, text: &str) -> io::Result<()>;
    /// Shows text below what is on screen.
    fn say(&mut self, text: &str) -> io::Result<()>;
    /// Picks one of `items`; `None` when the user backs out (Esc), which
    /// only menus with `can_go_back` allow. The menu opens on `default`; in
    /// line mode Enter alone takes it, and with no default asks again.
    fn select(
        &mut self,
        prompt: &str,
        items: &[Item],
        default: Option<usize>,
        can_go_back: bool,
    ) -> io::Result<Option<usize>>;
    /// Reads a line, starting from `initial` (empty input allowed).
    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<String>;
    /// Asks yes or no, in the words given to [`Prompter::set_words`].
    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool>;
    /// True when answers are typed line by line (no arrow keys).
    fn line_mode(&self) -> bool {
        false
    }
}

/// Prompts on the real terminal with dialoguer (drawn on stderr, as
/// dialoguer does; text goes to stdout, the same terminal).
pub(crate) struct TerminalPrompter {
    theme: ColorfulTheme,
    words: Words,
    interrupt: Interrupt,
    /// Screen lines written since the screen was last cleared, so a long
    /// menu pages within what is left of the screen.
    above: usize,
}

/// Screen lines `text` takes on a terminal `cols` wide (a line longer than
/// the terminal wraps).
fn screen_lines(text: &str, cols: usize) -> usize {
    text.split('\n')
        .map(|l| console::measure_text_width(l).div_ceil(cols.max(1)).max(1))
        .sum::<usize>()
        - 1
}

impl TerminalPrompter {
    /// A prompter that ends the session once `interrupt` is set.
    pub(crate) fn new(interrupt: Interrupt) -> Self {
        TerminalPrompter {
            theme: ColorfulTheme::default(),
            words: Words::default(),
            interrupt,
            above: 0,
        }
    }
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

    fn set_words(&mut self, words: Words) {
        self.words = words;
    }

    fn screen(&mut self, text: &str) -> io::Result<()> {
        self.interrupt.check()?;
        Term::stderr().clear_screen()?;
        self.above = 0;
        self.say(text)
    }

    fn say(&mut self, text: &str) -> io::Result<()> {
        self.interrupt.check()?;
        let (cols, _) = self.size();
        self.above += screen_lines(text, usize::from(cols));
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[Item],
        default: Option<usize>,
        can_go_back: bool,
    ) -> io::Result<Option<usize>> {
        self.interrupt.check()?;
        let (_, rows) = self.size();
        let texts: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
        let lines: usize = items.iter().map(Item::height).sum();
        let mut select = Select::with_theme(&self.theme);
        select = select
            .with_prompt(prompt)
            .items(&texts)
            .default(default.unwrap_or(0).min(items.len().saturating_sub(1)));
        // Items of one line each page by themselves; a long list of them
        // (the review) gets a page as high as what is left of the screen
        // below the lines already written allows (one line for the prompt,
        // one kept free).
        let (cols, _) = self.size();
        // The prompt line, as the theme draws it with a page number
        // ("? prompt › [Page 1/3]"), may wrap on a narrow terminal.
        let prompt_lines =
            (console::measure_text_width(prompt) + 18).div_ceil(usize::from(cols).max(1));
        let room = usize::from(rows)
            .saturating_sub(self.above + prompt_lines + 1)
            .max(3);
        if lines == items.len() && items.len() > room {
            select = select.max_length(room);
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
        self.interrupt.check()?;
        Input::<String>::with_theme(&self.theme)
            .with_prompt(prompt)
            .with_initial_text(initial)
            .allow_empty(true)
            .interact_text()
            .map(|s| s.trim().to_string())
            .map_err(io_error)
    }

    /// The language's letters (`o/n` in French): a letter chooses, Enter
    /// confirms (so an Enter meant for the next question never answers
    /// this one by itself), Enter alone takes the default; the answer is
    /// echoed as the language's word.
    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool> {
        self.interrupt.check()?;
        let term = Term::stderr();
        let mut choice = default;
        let line = |choice: bool| {
            let word = if choice {
                &self.words.yes
            } else {
                &self.words.no
            };
            format!(
                "{} {prompt} ({}) › {word}",
                console::style("?").yellow(),
                self.words.letters(default)
            )
        };
        term.write_str(&line(choice))?;
        loop {
            let key = term.read_key();
            self.interrupt.check()?;
            match key? {
                Key::Enter => break,
                Key::Char(c) => match self.words.reads(&c.to_string()) {
                    Some(yes) => choice = yes,
                    None => continue,
                },
                _ => continue,
            }
            term.clear_line()?;
            term.write_str(&line(choice))?;
        }
        term.clear_line()?;
        let word = if choice {
            &self.words.yes
        } else {
            &self.words.no
        };
        let mut echo = String::new();
        let _ = self
            .theme
            .format_select_prompt_selection(&mut echo, prompt, word);
        term.write_line(&echo)?;
        Ok(choice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_and_no_in_each_language() {
        let fr = Words {
            yes: "oui".into(),
            no: "non".into(),
            not_a_choice: String::new(),
            colon: ":".into(),
        };
        assert_eq!(fr.letters(false), "o/N");
        assert_eq!(fr.reads("o"), Some(true));
        assert_eq!(fr.reads("OUI"), Some(true));
        assert_eq!(fr.reads("y"), Some(true));
        assert_eq!(fr.reads("n"), Some(false));
        assert_eq!(fr.reads("x"), None);
        let pt = Words {
            yes: "sim".into(),
            no: "não".into(),
            not_a_choice: String::new(),
            colon: ":".into(),
        };
        assert_eq!(pt.letters(true), "S/n");
        assert_eq!(pt.reads("não"), Some(false));
        assert_eq!(pt.reads("nao"), None);
        assert_eq!(pt.reads("s"), Some(true));
    }
}
