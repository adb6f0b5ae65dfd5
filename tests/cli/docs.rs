//! The README's and the docs' command blocks, run as a reader would run
//! them, and their links, followed. A reader copying a command from the
//! docs gets what the docs say, and following them never touches the
//! repository: each document's blocks run in order in a scratch folder of
//! its own, holding copies of `examples/`, `guidelines/` and
//! `tests/fixtures/`, with the test build first on the PATH and HOME in the
//! scratch folder too.
//!
//! The convention (also in CONTRIBUTING.md), by a fenced block's info string:
//! - ```` ```sh ````: commands; the block runs with `bash -e` and must exit 0,
//!   or N with ```` ```sh exit=N ````.
//! - ```` ```console ````: a transcript: each `$ COMMAND` line (a line ending
//!   in `\` continues it) runs, and what it prints (standard output and
//!   error together) must be the lines that follow, where a line `...`
//!   stands for any number of lines; every command exits 0, or N with
//!   ```` ```console exit=N ````.
//! - `skip` after `sh` or `console` marks a block that cannot run in a test
//!   (installing, `cargo`, the interactive `assess`, downloads).
//! - Other blocks (`text`, `yaml`, `powershell`, ...) are not run; a `text`
//!   block may not start with `$ `, which is a transcript to mark `console`.
//!
//! `WEN_ASSESS_BLESS=1 cargo test --test cli docs::` writes what each
//! transcript's commands print into the documents in place of what they
//! said (a `...` line included): read the diff, put back the `...` lines
//! worth keeping, and commit.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::repo;

/// The documents whose blocks run: the README, CONTRIBUTING.md and every
/// page under `docs/`.
fn documents() -> Vec<PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|x| x == "md") {
                found.push(path);
            }
        }
    }
    let mut found = vec![repo("README.md"), repo("CONTRIBUTING.md")];
    walk(&repo("docs"), &mut found);
    found.sort();
    found
}

/// One fenced block of a document.
#[derive(Debug)]
struct Block {
    /// Where it starts, for messages: `docs/x.md:12`.
    place: String,
    /// The first word of the info string: `sh`, `console`, `text`, ...
    language: String,
    /// `skip` was given.
    skip: bool,
    /// The exit code every command must give (`exit=N`, else 0).
    exit: i32,
    /// The block's lines, without the fence's indentation.
    lines: Vec<String>,
    /// The document's line (from 0) of the block's first line.
    first_line: usize,
    /// The fence's indentation, given back to lines written by a bless.
    indent: usize,
}

/// A transcript's lines to write in place of others: a bless.
struct Rewrite {
    /// The document's first line (from 0) to replace.
    at: usize,
    /// How many lines to replace.
    count: usize,
    /// The lines to put there, indented as the block is.
    lines: Vec<String>,
}

/// The fenced blocks of a Markdown text, including those indented in lists.
fn blocks(name: &str, markdown: &str) -> Vec<Block> {
    let mut found = Vec::new();
    let mut lines = markdown.lines().enumerate();
    while let Some((number, line)) = lines.next() {
        let indent = line.len() - line.trim_start().len();
        let Some(info) = line.trim_start().strip_prefix("```") else {
            continue;
        };
        let mut words = info.split_whitespace();
        let language = words.next().unwrap_or("").to_string();
        let (mut skip, mut exit) = (false, 0);
        for word in words {
            match word.strip_prefix("exit=") {
                _ if word == "skip" => skip = true,
                Some(code) => exit = code.parse().expect("exit=N takes a number"),
                None => panic!("{name}:{}: unknown word `{word}` after ```", number + 1),
            }
        }
        let mut content = Vec::new();
        for (_, line) in lines.by_ref() {
            if line.trim() == "```" {
                break;
            }
            let cut = line.len() - line.trim_start().len();
            content.push(line[cut.min(indent)..].to_string());
        }
        found.push(Block {
            place: format!("{name}:{}", number + 1),
            language,
            skip,
            exit,
            lines: content,
            first_line: number + 1,
            indent,
        });
    }
    found
}

/// One command of a transcript.
struct Step {
    /// The command, lines ending in `\` joined.
    command: String,
    /// The lines it must print.
    expected: Vec<String>,
    /// Where those lines start among the block's lines.
    at: usize,
}

/// The commands of a transcript, each with the lines it must print.
fn transcript(lines: &[String]) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::new();
    let mut continued = false;
    for (i, line) in lines.iter().enumerate() {
        if continued {
            let step = steps.last_mut().unwrap();
            step.command.push('\n');
            step.command.push_str(line);
            step.at = i + 1;
            continued = line.ends_with('\\');
        } else if let Some(command) = line.strip_prefix("$ ") {
            steps.push(Step {
                command: command.to_string(),
                expected: Vec::new(),
                at: i + 1,
            });
            continued = command.ends_with('\\');
        } else {
            let step = steps
                .last_mut()
                .expect("a transcript starts with a `$ ` line");
            step.expected.push(line.clone());
        }
    }
    steps
}

/// True when `actual` is `expected`, where an `expected` line `...` stands
/// for any number of lines.
fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first == "..." => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => {
            actual.first() == Some(&first.as_str()) && matches(rest, &actual[1..])
        }
    }
}

/// Copies a folder of the repository into the scratch folder.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A scratch folder as a reader's clone would be, for one document.
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for folder in ["examples", "guidelines", "tests/fixtures"] {
        copy_tree(&repo(folder), &dir.path().join(folder));
    }
    std::fs::create_dir(dir.path().join("home")).unwrap();
    dir
}

/// Runs `script` with bash in `dir`, as a reader's shell would: the test
/// build first on the PATH, no locale, HOME inside the scratch folder.
/// Returns the exit code and what it printed (standard output and error
/// together, in the order written).
fn run(script: &str, dir: &Path) -> (i32, String) {
    let binary = Path::new(env!("CARGO_BIN_EXE_wen-assess"));
    let mut path = vec![binary.parent().unwrap().to_path_buf()];
    path.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    let out = super::programs::output(
        Command::new("bash")
            .arg("-e")
            .arg("-c")
            .arg(format!("exec 2>&1\n{script}"))
            .current_dir(dir)
            .env("PATH", std::env::join_paths(path).unwrap())
            .env("HOME", dir.join("home"))
            .env("NO_COLOR", "1")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .env_remove("COLUMNS"),
    );
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// What is wrong with running one block, if anything, and the rewrites
/// that would make its transcript say what the commands print.
fn check_block(block: &Block, dir: &Path) -> (Vec<String>, Vec<Rewrite>) {
    let mut problems = Vec::new();
    let mut rewrites = Vec::new();
    match block.language.as_str() {
        "sh" => {
            let (code, printed) = run(&block.lines.join("\n"), dir);
            if code != block.exit {
                problems.push(format!(
                    "{}: the block exited {code}, not {}:\n{printed}",
                    block.place, block.exit
                ));
            }
        }
        "console" => {
            for Step {
                command,
                expected,
                at,
            } in transcript(&block.lines)
            {
                let (code, printed) = run(&command, dir);
                let actual: Vec<&str> = printed.lines().collect();
                if code != block.exit {
                    problems.push(format!(
                        "{}: `{command}` exited {code}, not {}:\n{printed}",
                        block.place, block.exit
                    ));
                } else if !matches(&expected, &actual) {
                    let pad = " ".repeat(block.indent);
                    rewrites.push(Rewrite {
                        at: block.first_line + at,
                        count: expected.len(),
                        lines: actual
                            .iter()
                            .map(|l| {
                                if l.is_empty() {
                                    String::new()
                                } else {
                                    format!("{pad}{l}")
                                }
                            })
                            .collect(),
                    });
                    problems.push(format!(
                        "{}: `{command}` printed:\n{printed}---- where the docs say:\n{}\n",
                        block.place,
                        expected.join("\n")
                    ));
                }
            }
        }
        _ => {}
    }
    (problems, rewrites)
}

/// Writes the rewrites into a document.
fn bless(document: &Path, mut rewrites: Vec<Rewrite>) {
    let text = std::fs::read_to_string(document).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    rewrites.sort_by_key(|r| std::cmp::Reverse(r.at));
    for r in rewrites {
        lines.splice(r.at..r.at + r.count, r.lines);
    }
    let mut out = lines.join("\n");
    out.push('\n');
    std::fs::write(document, out).unwrap();
}

#[test]
#[cfg_attr(not(unix), ignore = "needs bash")]
fn every_command_block_runs_as_the_docs_say() {
    let mut problems = Vec::new();
    let mut ran = 0;
    for document in documents() {
        let name = document
            .strip_prefix(repo(""))
            .unwrap()
            .display()
            .to_string();
        let dir = scratch();
        let mut rewrites = Vec::new();
        for block in blocks(&name, &std::fs::read_to_string(&document).unwrap()) {
            if block.skip || !matches!(block.language.as_str(), "sh" | "console") {
                continue;
            }
            ran += 1;
            let (found, rewrite) = check_block(&block, dir.path());
            problems.extend(found);
            rewrites.extend(rewrite);
        }
        if std::env::var_os("WEN_ASSESS_BLESS").is_some() && !rewrites.is_empty() {
            bless(&document, rewrites);
        }
    }
    assert!(ran >= 20, "only {ran} blocks ran");
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// A transcript shown as plain text would never be checked.
#[test]
fn transcripts_are_marked_console_and_every_block_is_known() {
    let mut problems = Vec::new();
    for document in documents() {
        let name = document.display().to_string();
        for block in blocks(&name, &std::fs::read_to_string(&document).unwrap()) {
            if block.language == "text" && block.lines.first().is_some_and(|l| l.starts_with("$ "))
            {
                problems.push(format!("{}: a transcript: mark it ```console", block.place));
            }
            if block.language.is_empty() {
                problems.push(format!(
                    "{}: say what the block holds (```sh, ```console, ```text, ...)",
                    block.place
                ));
            }
            if block.language == "console"
                && !block.lines.first().is_some_and(|l| l.starts_with("$ "))
            {
                problems.push(format!("{}: a transcript starts with `$ `", block.place));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// GitHub's anchor for a heading: lower case, punctuation dropped, spaces
/// turned into hyphens.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The anchors of a Markdown text's headings (outside code blocks).
fn anchors(markdown: &str) -> Vec<String> {
    let mut in_code = false;
    let mut found = Vec::new();
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        } else if !in_code && line.starts_with('#') {
            found.push(anchor(line.trim_start_matches('#')));
        }
    }
    found
}

/// The targets of a Markdown text's links and images, outside code blocks
/// and code spans.
fn link_targets(markdown: &str) -> Vec<String> {
    let mut in_code = false;
    let mut found = Vec::new();
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        // Code spans may hold `](`: drop them first.
        let text: String = line.split('`').step_by(2).collect::<Vec<_>>().join("");
        let mut rest = text.as_str();
        while let Some(at) = rest.find("](") {
            rest = &rest[at + 2..];
            let end = rest.find(')').unwrap_or(rest.len());
            found.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    found
}

/// Every link between the documents, and to files of the repository,
/// leads somewhere: the file exists and, with `#anchor`, has that heading.
#[test]
fn every_link_between_the_documents_leads_somewhere() {
    let mut problems = Vec::new();
    let mut documents = documents();
    documents.push(repo("CHANGELOG.md"));
    for document in documents {
        let text = std::fs::read_to_string(&document).unwrap();
        for target in link_targets(&text) {
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            let (file, fragment) = target.split_once('#').unwrap_or((&target, ""));
            let path = if file.is_empty() {
                document.clone()
            } else {
                document.parent().unwrap().join(file)
            };
            if !path.exists() {
                problems.push(format!("{}: no {target}", document.display()));
            } else if !fragment.is_empty() {
                let linked = std::fs::read_to_string(&path).unwrap_or_default();
                if !anchors(&linked).iter().any(|a| a == fragment) {
                    problems.push(format!("{}: no heading for {target}", document.display()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_matcher_takes_dots_for_any_lines() {
    let expected: Vec<String> = ["a", "...", "d"].map(String::from).into();
    assert!(matches(&expected, &["a", "d"]));
    assert!(matches(&expected, &["a", "b", "c", "d"]));
    assert!(!matches(&expected, &["a", "b"]));
    assert!(!matches(&expected, &["x", "d"]));
    assert_eq!(
        anchor(" Workbooks: member states answer"),
        "workbooks-member-states-answer"
    );
    assert_eq!(
        anchor(" `validate`: criteria files"),
        "validate-criteria-files"
    );
}
