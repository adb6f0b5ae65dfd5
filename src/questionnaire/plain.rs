//! The questionnaire line by line (`--plain`, or `TERM=dumb`): no cursor
//! movement, no redrawing, nothing a screen reader or a serial console
//! cannot follow. A menu prints numbered choices with their keys, and the
//! answer is typed: `0`-`4`, `na`, `s` (skip), `p` (previous), `q` (save and
//! quit), or a choice's number.
//!
//! Lines are read on a thread of their own, so that Ctrl-C ends the session
//! while it waits for one (a read of a line is not interrupted by the
//! signal), and the session can say what it saved.

use std::io::{self, BufRead, Write};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

use super::interrupt::Interrupt;
use super::screen::{Item, wrap};
use super::terminal::{Prompter, Words};

/// Reads typed lines and writes to `output`.
pub(crate) struct PlainPrompter<W> {
    lines: Receiver<io::Result<String>>,
    output: W,
    /// Width to wrap to: a line-mode terminal has none to report.
    cols: u16,
    words: Words,
    interrupt: Interrupt,
}

impl<W: Write> PlainPrompter<W> {
    /// A prompter reading lines from `input` (on a thread of its own) and
    /// writing to `output`; it ends the session once `interrupt` is set.
    pub(crate) fn new(
        input: impl BufRead + Send + 'static,
        output: W,
        interrupt: Interrupt,
    ) -> Self {
        let (send, lines) = channel();
        std::thread::spawn(move || {
            let mut input = input;
            loop {
                let mut line = String::new();
                let read = input.read_line(&mut line).map(|n| (n, line));
                let end = matches!(read, Ok((0, _)) | Err(_));
                let sent = send.send(read.and_then(|(n, line)| {
                    if n == 0 {
                        // End of input: nothing more will be typed.
                        Err(io::Error::new(io::ErrorKind::Interrupted, "end of input"))
                    } else {
                        Ok(line)
                    }
                }));
                if end || sent.is_err() {
                    return;
                }
            }
        });
        PlainPrompter {
            lines,
            output,
            cols: 80,
            words: Words::default(),
            interrupt,
        }
    }

    /// Wraps to `cols` columns instead of 80 (a terminal that reports its
    /// width); narrower than 40 is taken as 40.
    pub(crate) fn with_width(mut self, cols: u16) -> Self {
        self.cols = cols.max(40);
        self
    }

    fn line(&mut self) -> io::Result<String> {
        loop {
            self.interrupt.check()?;
            match self.lines.recv_timeout(Duration::from_millis(50)) {
                Ok(line) => return line.map(|l| l.trim().to_string()),
                Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(io::Error::new(io::ErrorKind::Interrupted, "end of input"));
                }
            }
        }
    }
}

impl<W: Write> Prompter for PlainPrompter<W> {
    fn size(&self) -> (u16, u16) {
        // No cursor movement means no screen to fit: only a width to wrap to.
        (self.cols, u16::MAX)
    }

    fn set_words(&mut self, words: Words) {
        self.words = words;
    }

    fn screen(&mut self, text: &str) -> io::Result<()> {
        self.say("\n")?;
        self.say(text)
    }

    fn say(&mut self, text: &str) -> io::Result<()> {
        self.interrupt.check()?;
        self.output.write_all(text.as_bytes())?;
        self.output.flush()
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[Item],
        default: Option<usize>,
        can_go_back: bool,
    ) -> io::Result<Option<usize>> {
        let mut text = String::new();
        for (i, item) in items.iter().enumerate() {
            let key = if item.key.is_empty() {
                (i + 1).to_string()
            } else {
                item.key.clone()
            };
            // The whole text, not the one a menu cut to its lines: here it
            // follows the typed key, wrapped under it, and a level does not
            // repeat its number (`[2] Developing: ...`).
            let body = item
                .full
                .strip_prefix(&format!("{key} "))
                .unwrap_or(&item.full)
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
        let default = default.filter(|d| *d < items.len());
        loop {
            let shown = match default {
                Some(d) => {
                    let key = Some(items[d].key.clone())
                        .filter(|k| !k.is_empty())
                        .unwrap_or_else(|| (d + 1).to_string());
                    self.words.ask(prompt, Some(&key))
                }
                None => self.words.ask(prompt, None),
            };
            self.say(&shown)?;
            let typed = self.line()?;
            if typed.is_empty() {
                match default {
                    Some(d) => return Ok(Some(d)),
                    // A stray Enter records nothing: the question is asked again.
                    None => continue,
                }
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
            let message = format!("{}\n", self.words.not_a_choice);
            self.say(&message)?;
        }
    }

    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<String> {
        if initial.is_empty() {
            self.say(&self.words.ask(prompt, None))?;
        } else {
            self.say(&self.words.ask(prompt, Some(initial)))?;
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
        loop {
            // The default, taken by Enter alone, in capitals: [o/N].
            let shown = self.words.ask(prompt, Some(&self.words.letters(default)));
            self.say(&shown)?;
            let typed = self.line()?;
            if typed.is_empty() {
                return Ok(default);
            }
            if let Some(answer) = self.words.reads(&typed) {
                return Ok(answer);
            }
            let message = format!("{}\n", self.words.not_a_choice);
            self.say(&message)?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prompter<'o>(input: &'static [u8], out: &'o mut Vec<u8>) -> PlainPrompter<&'o mut Vec<u8>> {
        let mut p = PlainPrompter::new(input, out, Interrupt::new());
        p.set_words(Words {
            yes: "oui".into(),
            no: "non".into(),
            not_a_choice: "Pas un des choix.".into(),
            colon: ":".into(),
        });
        p
    }

    #[test]
    fn keys_numbers_and_defaults() {
        let mut out = Vec::new();
        let mut p = prompter(b"x\nna\n\n2\n-\n\n\n3\n", &mut out);
        let menu = [Item::new("0", "0 Absent"), Item::new("na", "N/A")];
        assert_eq!(
            p.select("Your answer", &menu, Some(0), false).unwrap(),
            Some(1)
        );
        assert_eq!(
            p.select("Your answer", &menu, Some(0), false).unwrap(),
            Some(0)
        );
        let plain = [Item::new("", "one"), Item::new("", "two")];
        assert_eq!(p.select("Which", &plain, Some(0), true).unwrap(), Some(1));
        assert_eq!(p.select("Which", &plain, Some(0), true).unwrap(), None);
        // No default: Enter alone asks again.
        let levels: Vec<Item> = (0..5)
            .map(|n| Item::new(n.to_string(), format!("{n} L")))
            .collect();
        assert_eq!(
            p.select("Your answer", &levels, None, false).unwrap(),
            Some(3)
        );
        drop(p);
        let shown = String::from_utf8(out).unwrap();
        assert!(shown.contains("  [0] Absent\n  [na] N/A\nYour answer [0]: Pas un des choix.\n"));
        assert!(
            shown.ends_with("Your answer: Your answer: Your answer: "),
            "{shown}"
        );
        assert!(!shown.contains('\u{1b}'), "no escape codes in line mode");
    }

    #[test]
    fn yes_and_no_in_the_language() {
        let mut out = Vec::new();
        let mut p = prompter(b"y\no\n\nmaybe\nnon\n", &mut out);
        assert!(p.confirm("Atelier ?", false).unwrap());
        assert!(p.confirm("Atelier ?", false).unwrap());
        assert!(!p.confirm("Atelier ?", false).unwrap());
        assert!(!p.confirm("Atelier ?", true).unwrap());
        drop(p);
        let shown = String::from_utf8(out).unwrap();
        // A question is not followed by a colon as well.
        assert!(shown.starts_with("Atelier ? [o/N] "), "{shown}");
        assert!(
            shown.contains("Atelier ? [O/n] Pas un des choix.\n"),
            "{shown}"
        );
    }

    #[test]
    fn prompts_end_with_the_languages_colon() {
        let fr = Words {
            colon: "\u{a0}:".into(),
            ..Words::default()
        };
        assert_eq!(fr.ask("Nom du réseau", None), "Nom du réseau\u{a0}: ");
        assert_eq!(
            fr.ask("Votre réponse", Some("0")),
            "Votre réponse [0]\u{a0}: "
        );
        assert_eq!(fr.ask("Pourquoi ?", None), "Pourquoi ? ");
        assert_eq!(Words::default().ask("Network name", None), "Network name: ");
    }

    #[test]
    fn the_whole_text_of_a_cut_item_is_shown() {
        let mut out = Vec::new();
        let mut p = prompter(b"1\n", &mut out);
        let long = "Renforcement d'un réseau de lutte contre la fraude liée aux espèces sauvages (WEN) existant, with a description long enough to be cut";
        let item = super::super::screen::wrapped_item("", long, 60, 1);
        assert!(item.text.ends_with('…'));
        p.select("Quelle évaluation ?", &[item], Some(0), false)
            .unwrap();
        drop(p);
        let shown = String::from_utf8(out).unwrap();
        assert!(shown.contains("long enough to be cut"), "{shown}");
        assert!(!shown.contains('…'), "{shown}");
    }
}
