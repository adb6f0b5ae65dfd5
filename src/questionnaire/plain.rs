//! The questionnaire line by line (`--plain`, or `TERM=dumb`): no cursor
//! movement, no redrawing, nothing a screen reader or a serial console
//! cannot follow. A menu prints numbered choices with their keys, and the
//! answer is typed: `0`-`4`, `na`, `s` (skip), `p` (previous), `q` (save and
//! quit), or a choice's number.

use std::io::{self, BufRead, Write};

use super::screen::{Item, wrap};
use super::terminal::{Prompter, check_interrupt};

/// Reads typed lines from `input` and writes to `output`.
pub struct PlainPrompter<R, W> {
    input: R,
    output: W,
    /// Width to wrap to: a line-mode terminal has none to report.
    cols: u16,
    /// Shown when a typed answer is not one of the choices.
    not_a_choice: String,
    /// Shown after "no" answers: "yes/no" words the user may type.
    yes_no: (String, String),
}

impl<R: BufRead, W: Write> PlainPrompter<R, W> {
    /// A prompter over `input` and `output`. `not_a_choice` is said when a
    /// typed answer matches no choice; `yes`/`no` are the words accepted (the
    /// first letter of each too, and y/n).
    pub fn new(input: R, output: W, not_a_choice: String, yes: String, no: String) -> Self {
        PlainPrompter {
            input,
            output,
            cols: 80,
            not_a_choice,
            yes_no: (yes, no),
        }
    }

    /// Wraps to `cols` columns instead of 80 (a terminal that reports its
    /// width); narrower than 40 is taken as 40.
    pub fn with_width(mut self, cols: u16) -> Self {
        self.cols = cols.max(40);
        self
    }

    fn line(&mut self) -> io::Result<String> {
        check_interrupt()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            // End of input: nothing more will be typed.
            return Err(io::Error::new(io::ErrorKind::Interrupted, "end of input"));
        }
        check_interrupt()?;
        Ok(line.trim().to_string())
    }
}

impl<R: BufRead, W: Write> Prompter for PlainPrompter<R, W> {
    fn size(&self) -> (u16, u16) {
        // No cursor movement means no screen to fit: only a width to wrap to.
        (self.cols, u16::MAX)
    }

    fn screen(&mut self, text: &str) -> io::Result<()> {
        self.say("\n")?;
        self.say(text)
    }

    fn say(&mut self, text: &str) -> io::Result<()> {
        check_interrupt()?;
        self.output.write_all(text.as_bytes())?;
        self.output.flush()
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[Item],
        default: usize,
        can_go_back: bool,
    ) -> io::Result<Option<usize>> {
        let mut text = String::new();
        for (i, item) in items.iter().enumerate() {
            let key = if item.key.is_empty() {
                (i + 1).to_string()
            } else {
                item.key.clone()
            };
            // The item's lines were wrapped for a menu; here they follow
            // the typed key, so they are wrapped again under it, and a level
            // does not repeat its number (`[2] Developing: ...`).
            let whole: Vec<&str> = item.text.lines().map(str::trim).collect();
            let whole = whole.join(" ");
            let body = whole
                .strip_prefix(&format!("{key} "))
                .unwrap_or(&whole)
                .to_string();
            let prefix = format!("  [{key}] ");
            let indent = prefix.chars().count();
            let width = usize::from(self.cols).saturating_sub(indent).max(20);
            for (n, line) in wrap(&body, width).iter().enumerate() {
                if n == 0 {
                    text.push_str(&prefix);
                } else {
                    text.push_str(&" ".repeat(indent));
                }
                text.push_str(line);
                text.push('\n');
            }
        }
        self.say(&text)?;
        loop {
            let default_key = items
                .get(default)
                .map(|i| i.key.clone())
                .filter(|k| !k.is_empty())
                .unwrap_or_else(|| (default + 1).to_string());
            self.say(&format!("{prompt} [{default_key}]: "))?;
            let typed = self.line()?;
            if typed.is_empty() {
                return Ok(Some(default.min(items.len().saturating_sub(1))));
            }
            if can_go_back && typed == "-" {
                return Ok(None);
            }
            if let Some(i) = items
                .iter()
                .position(|it| !it.key.is_empty() && it.key.eq_ignore_ascii_case(&typed))
            {
                return Ok(Some(i));
            }
            if let Ok(n) = typed.parse::<usize>()
                && items.iter().all(|it| it.key.is_empty())
                && (1..=items.len()).contains(&n)
            {
                return Ok(Some(n - 1));
            }
            let message = format!("{}\n", self.not_a_choice);
            self.say(&message)?;
        }
    }

    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<String> {
        if initial.is_empty() {
            self.say(&format!("{prompt}: "))?;
        } else {
            self.say(&format!("{prompt} [{initial}]: "))?;
        }
        let typed = self.line()?;
        Ok(if typed.is_empty() {
            initial.to_string()
        } else {
            typed
        })
    }

    fn line_mode(&self) -> bool {
        true
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool> {
        let (yes, no) = self.yes_no.clone();
        loop {
            // The default, taken by Enter alone, in capitals.
            let shown = if default {
                format!("{prompt} [{}/{no}]: ", yes.to_uppercase())
            } else {
                format!("{prompt} [{yes}/{}]: ", no.to_uppercase())
            };
            self.say(&shown)?;
            let typed = self.line()?.to_lowercase();
            let starts = |word: &str, t: &str| {
                !t.is_empty() && (word.to_lowercase().starts_with(t) || word.to_lowercase() == t)
            };
            if typed.is_empty() {
                return Ok(default);
            }
            if starts(&yes, &typed) || typed == "y" {
                return Ok(true);
            }
            if starts(&no, &typed) || typed == "n" {
                return Ok(false);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_numbers_and_defaults() {
        let input = b"x\nna\n\n2\n-\n";
        let mut out = Vec::new();
        let mut p = PlainPrompter::new(
            &input[..],
            &mut out,
            "Not a choice.".into(),
            "yes".into(),
            "no".into(),
        );
        let menu = [Item::new("0", "0 Absent"), Item::new("na", "N/A")];
        assert_eq!(p.select("Your answer", &menu, 0, false).unwrap(), Some(1));
        assert_eq!(p.select("Your answer", &menu, 0, false).unwrap(), Some(0));
        let plain = [Item::new("", "one"), Item::new("", "two")];
        assert_eq!(p.select("Which", &plain, 0, true).unwrap(), Some(1));
        assert_eq!(p.select("Which", &plain, 0, true).unwrap(), None);
        let shown = String::from_utf8(out).unwrap();
        assert!(shown.contains("  [0] Absent\n  [na] N/A\nYour answer [0]: Not a choice.\n"));
        assert!(!shown.contains('\u{1b}'), "no escape codes in line mode");
    }
}
