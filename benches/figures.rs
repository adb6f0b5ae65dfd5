//! The benchmark behind the performance figures of `docs/performance.md`: `cargo bench`.
//!
//! It is a program, not a timed test: it prints figures and checks results,
//! and never fails because the machine is busy. What it measures:
//! 0. start-up: `wen-assess --version` against `score FILE` and `report FILE`
//!    (Markdown), side by side (median of interleaved runs);
//! 1. `wen-assess score` over 10,000 generated answer files (one process),
//!    against the same job by `benches/score_pyyaml.py` (PyYAML), checking
//!    that both give the same overall score for every file;
//! 2. the floor: reading and parsing the same files in-process, nothing else;
//! 3. peak memory of `score` over 1,000 and 10,000 files (flat = streaming);
//! 4. `validate` on a generated guideline of 2,000 criteria;
//! 5. the Markdown report against the PDF report of the same file;
//! 6. reading a filled workbook (.xlsx, and .ods when LibreOffice is
//!    installed) against reading the same answers from YAML, in-process
//!    and as `wen-assess score` runs;
//! 7. the workbook reader's worst cases, each against a tenth of it, so
//!    that time linear in the size shows as a ratio near 10: a hidden
//!    sheet keeping entries for 80,000 answers (and as many findings and
//!    participants), an Answers sheet of 90,000 rows (distinct ids, and
//!    one id over and over);
//! 8. the answer files' worst cases, the same way;
//! 9. `wen-assess score` over answer files written by PyYAML, ruamel.yaml
//!    and yq (`benches/write_answers.py`, 2,000 files each), against the
//!    PyYAML C-loader script, on one thread and on every core. A writer
//!    that is not installed is named and skipped. The files take minutes
//!    to write, so they are kept in `target/bench-writers/` and written
//!    again only when the script, the template or the number changes;
//! 10. a network at real size over the years: 25 member states and the
//!     network's own file each year for 5 years (130 files, a third of the
//!     member states' as workbooks), the trend as a PDF (`compare` of the
//!     five folders), and one year's network report;
//! 11. `wen-assess serve` with a room of 40 participants on loopback, each
//!     with its live stream open, proposing levels all at once: the latency
//!     of each proposal (p50, p99), and errors.
//!
//! Options: `cargo bench --bench figures -- --files N` (default 10000);
//! `-- --writer-files N` (default 2000); `-- --only workbook` runs parts 6
//! and 7 alone, `-- --only worst` the worst cases (parts 7 and 8),
//! `-- --only writers` part 9, `-- --only network` part 10, `-- --only
//! serve` part 11.

// This program exists to print figures; the library itself never prints.
#![allow(clippy::print_stdout)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use wen_assess::yaml;

const BIN: &str = env!("CARGO_BIN_EXE_wen-assess");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A small deterministic generator, so every run measures the same files.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const WORDS: &[&str] = &[
    "secretariat",
    "meeting",
    "customs",
    "police",
    "prosecutors",
    "seizure",
    "ivory",
    "pangolin",
    "report",
    "focal",
    "point",
    "budget",
    "donor",
    "training",
    "border",
    "airport",
    "port",
    "agreed",
    "pending",
    "minutes",
    "2026",
    "members",
    "national",
    "task",
    "force",
    "I-24/7",
];

/// The built-in strengthening guideline: its version and criterion ids.
fn strengthening() -> (String, Vec<String>) {
    let all = wen_assess::model::builtin();
    let g = all
        .iter()
        .find(|g| g.id == "strengthening")
        .expect("built-in");
    (
        g.version.clone(),
        g.criteria().map(|(_, c)| c.id.clone()).collect(),
    )
}

fn generate(dir: &Path, n: usize) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).expect("bench dir");
    let (version, ids) = strengthening();
    let mut rng = Lcg(42);
    (0..n)
        .map(|i| {
            let path = dir.join(format!("answers-{i:05}.yaml"));
            let mut t = format!(
                "format: 1\nguideline: strengthening\nguideline-version: \"{version}\"\nnetwork:\n  name: \"Example Regional WEN\"\n  region: \"Fictional\"\nrespondent:\n  name: \"Focal point {i}\"\n  role: \"Focal point\"\n  country: \"Country {}\"\ndate: \"2026-11-23\"\nlanguage: \"en\"\nanswers:\n",
                i % 40,
            );
            for id in &ids {
                let _ = writeln!(t, "  {id}:");
                match rng.below(20) {
                    0 => t.push_str("    level: ~\n"),
                    1 => t.push_str("    level: na\n    reason: \"Not relevant for this member\"\n"),
                    _ => {
                        let _ = writeln!(t, "    level: {}", rng.below(5));
                    }
                }
                if rng.below(3) > 0 {
                    let words: Vec<&str> = (0..5 + rng.below(25))
                        .map(|_| WORDS[rng.below(WORDS.len() as u64) as usize])
                        .collect();
                    let _ = writeln!(t, "    note: \"{}\"", words.join(" "));
                }
                if rng.below(4) == 0 {
                    t.push_str("    evidence:\n      - \"minutes-2026.pdf\"\n");
                }
            }
            std::fs::write(&path, t).expect("write bench file");
            path
        })
        .collect()
}

/// Wall time and peak memory (KiB) of a command, best of `runs`.
fn measure(
    args: &[&str],
    files: &[PathBuf],
    runs: usize,
    env: &[(&str, &str)],
) -> (Duration, u64, String) {
    let mut best = (Duration::MAX, 0, String::new());
    for _ in 0..runs {
        let mut cmd = Command::new("/usr/bin/time");
        cmd.arg("-f")
            .arg("%M")
            .args(args)
            .args(files)
            .current_dir(ROOT);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let start = Instant::now();
        let out = cmd
            .stderr(Stdio::piped())
            .stdout(Stdio::piped())
            .output()
            .expect("run /usr/bin/time (apt-get install time)");
        let took = start.elapsed();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?} failed: {stderr}");
        let kib = stderr
            .lines()
            .last()
            .and_then(|l| l.trim().parse().ok())
            .unwrap_or(0);
        if took < best.0 {
            best = (took, kib, String::from_utf8_lossy(&out.stdout).into_owned());
        }
    }
    best
}

/// Start-up (figure 0): the median wall time of `--version`, `score FILE`
/// and `report FILE` (Markdown to standard output), run in turns so that a
/// busy moment of the machine falls on all three alike.
fn startup() {
    let example = "examples/strengthening-example.yaml";
    let commands: [(&str, Vec<&str>); 3] = [
        ("wen-assess --version", vec!["--version"]),
        ("wen-assess score FILE", vec!["score", example]),
        (
            "wen-assess report FILE (Markdown)",
            vec!["report", example, "-o", "-"],
        ),
    ];
    let runs = 61;
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); commands.len()];
    for round in 0..runs + 5 {
        for (i, (_, args)) in commands.iter().enumerate() {
            let start = Instant::now();
            let status = Command::new(BIN)
                .args(args)
                .current_dir(ROOT)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("run wen-assess");
            let took = start.elapsed();
            assert!(status.success(), "{args:?} failed");
            if round >= 5 {
                times[i].push(took);
            }
        }
    }
    let median = |t: &mut Vec<Duration>| {
        t.sort();
        t[t.len() / 2]
    };
    let medians: Vec<Duration> = times.iter_mut().map(median).collect();
    println!("start-up, median of {runs} runs each:");
    println!("| command | median | against --version |");
    println!("|---|---:|---:|");
    for ((name, _), m) in commands.iter().zip(&medians) {
        println!(
            "| {name} | {:.1} ms | {:.1}x |",
            m.as_secs_f64() * 1e3,
            m.as_secs_f64() / medians[0].as_secs_f64()
        );
    }
    println!("(target: score and report within 3x of --version)");
}

fn per_sec(n: usize, d: Duration) -> f64 {
    n as f64 / d.as_secs_f64()
}

/// The number given after `option` on the command line, if any.
fn number_after(option: &str) -> Option<usize> {
    std::env::args()
        .skip_while(|a| a != option)
        .nth(1)
        .and_then(|v| v.parse().ok())
}

fn main() {
    let n = number_after("--files").unwrap_or(10_000);
    let writer_files = number_after("--writer-files").unwrap_or(2_000);
    let data = Path::new(ROOT).join("target/bench-data");
    let _ = std::fs::remove_dir_all(&data);
    if std::env::args().any(|a| a == "worst") {
        worst_cases(&data);
        workbook_worst_cases(&data);
        return;
    }
    if std::env::args().any(|a| a == "serve") {
        serve_room(&data);
        return;
    }
    if std::env::args().any(|a| a == "workbook") {
        workbook_figures(&data);
        workbook_worst_cases(&data);
        return;
    }
    if std::env::args().any(|a| a == "writers") {
        writer_figures(&data, writer_files);
        return;
    }
    if std::env::args().any(|a| a == "network") {
        network_figures(&data);
        return;
    }
    startup();
    println!(
        "\nwen-assess benchmark: {n} answer files for `strengthening` ({} criteria each)",
        strengthening().1.len()
    );
    let files = generate(&data.join("answers"), n);
    let bytes: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).map_or(0, |m| m.len()))
        .sum();
    println!("generated {:.1} MB of answer files\n", bytes as f64 / 1e6);

    // 1. score, one process, on every core and on one.
    let (rust, rust_kib, csv) = measure(&[BIN, "score", "--format", "csv"], &files, 3, &[]);
    let (rust_one, _, csv_one) = measure(
        &[BIN, "score", "--format", "csv"],
        &files,
        3,
        &[("WEN_ASSESS_JOBS", "1")],
    );
    assert_eq!(csv, csv_one, "one thread and many must print the same");
    // 2. the floor: read + parse in this process.
    let mut floor = Duration::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        for f in &files {
            let text = std::fs::read_to_string(f).expect("read");
            std::hint::black_box(yaml::parse(&text).expect("parse"));
        }
        floor = floor.min(start.elapsed());
    }
    // 3. Python with PyYAML, pure-Python loader (what `yaml.safe_load` uses) and libyaml's.
    let guideline = Path::new(ROOT).join("guidelines/strengthening.yaml");
    let py_args = [
        "python3",
        "benches/score_pyyaml.py",
        guideline.to_str().unwrap_or(""),
    ];
    let (py, py_kib, py_out) = measure(&py_args, &files, 1, &[]);
    let (py_c, _, py_c_out) = measure(&py_args, &files, 1, &[("WEN_PY_LOADER", "c")]);

    // Same overall score for every file?
    let rust_overall: Vec<String> = csv
        .lines()
        .filter(|l| l.contains(",overall,"))
        .map(|l| {
            // file,network,country,guideline,version,area,maturity,...
            let cols: Vec<&str> = l.split(',').collect();
            format!("{},{}", cols[0], cols[6])
        })
        .collect();
    let py_overall: Vec<&str> = py_out.lines().collect();
    let same = rust_overall.len() == n
        && rust_overall.iter().zip(&py_overall).all(|(a, b)| a == b)
        && py_out == py_c_out;
    println!("| job | time | files/s | peak memory |");
    println!("|---|---:|---:|---:|");
    println!(
        "| wen-assess score | {:.2} s | {:.0} | {:.1} MiB |",
        rust.as_secs_f64(),
        per_sec(n, rust),
        rust_kib as f64 / 1024.0
    );
    println!(
        "| wen-assess score, one thread (WEN_ASSESS_JOBS=1) | {:.2} s | {:.0} | - |",
        rust_one.as_secs_f64(),
        per_sec(n, rust_one)
    );
    println!(
        "| read + parse only (floor, in-process) | {:.2} s | {:.0} | - |",
        floor.as_secs_f64(),
        per_sec(n, floor)
    );
    println!(
        "| Python + PyYAML SafeLoader | {:.2} s | {:.0} | {:.1} MiB |",
        py.as_secs_f64(),
        per_sec(n, py),
        py_kib as f64 / 1024.0
    );
    println!(
        "| Python + PyYAML CSafeLoader (libyaml) | {:.2} s | {:.0} | - |",
        py_c.as_secs_f64(),
        per_sec(n, py_c)
    );
    println!();
    println!(
        "speed-up over PyYAML SafeLoader: {:.1}x (target >= 20x)",
        py.as_secs_f64() / rust.as_secs_f64()
    );
    println!(
        "speed-up over PyYAML CSafeLoader: {:.1}x (target >= 10x)",
        py_c.as_secs_f64() / rust.as_secs_f64()
    );
    println!(
        "speed-up over PyYAML SafeLoader, one thread: {:.1}x",
        py.as_secs_f64() / rust_one.as_secs_f64()
    );
    println!(
        "speed-up over PyYAML CSafeLoader, one thread: {:.1}x",
        py_c.as_secs_f64() / rust_one.as_secs_f64()
    );
    println!(
        "score / parse floor: {:.2}x, one thread {:.2}x (target <= 2x)",
        rust.as_secs_f64() / floor.as_secs_f64(),
        rust_one.as_secs_f64() / floor.as_secs_f64()
    );
    println!(
        "same overall score as Python for all {n} files: {}",
        if same { "yes" } else { "NO" }
    );

    // 4. Memory does not grow with the number of files.
    let tenth = &files[..(n / 10).max(1)];
    let (_, small_kib, _) = measure(&[BIN, "score", "--format", "csv"], tenth, 1, &[]);
    println!(
        "peak memory of score: {:.1} MiB for {} files, {:.1} MiB for {n} files",
        small_kib as f64 / 1024.0,
        tenth.len(),
        rust_kib as f64 / 1024.0
    );

    // 5. validate on a large guideline.
    let big = data.join("big-guideline.yaml");
    std::fs::write(&big, big_guideline(2_000)).expect("write guideline");
    let (val, val_kib, val_out) = measure(&[BIN, "validate"], std::slice::from_ref(&big), 3, &[]);
    println!(
        "validate, 2,000 criteria ({:.1} MB): {:.0} ms, {:.1} MiB ({})",
        std::fs::metadata(&big).map_or(0, |m| m.len()) as f64 / 1e6,
        val.as_secs_f64() * 1e3,
        val_kib as f64 / 1024.0,
        val_out.lines().last().unwrap_or("")
    );

    // 6. Markdown against PDF report of the same file.
    let example = [PathBuf::from("examples/strengthening-example.yaml")];
    let (md, _, _) = measure(
        &[BIN, "report", "--format", "md", "-o", "-"],
        &example,
        10,
        &[],
    );
    println!("report, Markdown: {:.1} ms", md.as_secs_f64() * 1e3);
    let pdf_ok = Command::new(BIN)
        .args([
            "report",
            "--format",
            "pdf",
            "-o",
            "-",
            "examples/strengthening-example.yaml",
        ])
        .current_dir(ROOT)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if pdf_ok {
        let (pdf, _, _) = measure(
            &[BIN, "report", "--format", "pdf", "-o", "-"],
            &example,
            10,
            &[],
        );
        println!(
            "report, PDF: {:.1} ms ({:.1}x the Markdown one, target <= 5x)",
            pdf.as_secs_f64() * 1e3,
            pdf.as_secs_f64() / md.as_secs_f64()
        );
    } else {
        println!("report, PDF: not available in this build");
    }

    workbook_figures(&data);
    worst_cases(&data);
    workbook_worst_cases(&data);
    writer_figures(&data, writer_files);
    network_figures(&data);
    serve_room(&data);
}

/// Member states of the generated network: names of one to four words.
const STATES: [&str; 25] = [
    "Atlantis Coast",
    "Borealia",
    "Costa Serena",
    "Dunmore Islands",
    "Estavia",
    "Fenmoor",
    "Gallindor",
    "Republic of the Southern Isles",
    "Hollow Reach",
    "Ironvale",
    "Juniper Bay",
    "Kestrel Highlands",
    "Lowmarsh",
    "Miravel",
    "Northwatch",
    "Oakhaven",
    "Port Verity",
    "Quillon",
    "Ravenholm",
    "Saltspire",
    "Thornbury",
    "Upper Vashti",
    "Westmarch",
    "Yarrow Fields",
    "Zephyr Cays",
];

/// Part 10: a network of 25 member states over 5 years. Each year is a
/// folder of the member states' files (every third one a workbook, as
/// member states send them back) and the network's own file; the trend is
/// `compare` of the five folders as a PDF (target: within 1 s), printed
/// with one year's network report for comparison.
fn network_figures(data: &Path) {
    let root = data.join("network-years");
    let _ = std::fs::remove_dir_all(&root);
    let all = wen_assess::model::builtin();
    let g = all
        .iter()
        .find(|g| g.id == "strengthening")
        .expect("built-in");
    let member: Vec<&str> = g
        .criteria_for(wen_assess::model::Scope::Member)
        .map(|(_, c)| c.id.as_str())
        .collect();
    let mut rng = Lcg(2026);
    let mut folders = Vec::new();
    let (mut files, mut workbooks) = (0usize, 0usize);
    for (y, year) in (2022..2027).enumerate() {
        let dir = root.join(year.to_string());
        std::fs::create_dir_all(&dir).expect("bench folder");
        for (i, state) in STATES.iter().enumerate() {
            let mut text = format!(
                "format: 1\nguideline: strengthening\nguideline-version: \"{}\"\nnetwork: {{name: \"Generated Regional WEN\"}}\nrespondent: {{name: \"Focal point {i}\", country: \"{state}\"}}\ndate: \"{year}-10-{:02}\"\nlanguage: \"en\"\nscope: member\nanswers:\n",
                g.version,
                1 + i
            );
            for id in &member {
                // Levels drift up a little each year, as a network's do.
                let level = (rng.below(3) as usize + (i % 3) + y / 2).min(4);
                let _ = writeln!(text, "  {id}:\n    level: {level}");
                if rng.below(2) == 0 {
                    let _ = writeln!(
                        text,
                        "    note: \"{}\"",
                        WORDS[rng.below(WORDS.len() as u64) as usize]
                    );
                }
            }
            let yaml = dir.join(format!("state-{i:02}.yaml"));
            std::fs::write(&yaml, &text).expect("write member file");
            if i % 3 == 0 {
                let (answers, _) = wen_assess::answers::parse_answers(&text, "member.yaml")
                    .expect("generated answers parse");
                let book =
                    wen_assess::answers::write_workbook(g, &answers, "en").expect("a workbook");
                std::fs::write(yaml.with_extension("xlsx"), book).expect("write workbook");
                std::fs::remove_file(&yaml).expect("the YAML gives way to the workbook");
                workbooks += 1;
            }
            files += 1;
        }
        let mut text = format!(
            "format: 1\nguideline: strengthening\nguideline-version: \"{}\"\nnetwork: {{name: \"Generated Regional WEN\"}}\nrespondent: {{name: \"Secretariat\"}}\ndate: \"{year}-11-20\"\nlanguage: \"en\"\nscope: network\nanswers:\n",
            g.version
        );
        for (_, c) in g.criteria() {
            let _ = writeln!(
                text,
                "  {}:\n    level: {}",
                c.id,
                (rng.below(3) as usize + y / 2).min(4)
            );
        }
        std::fs::write(dir.join("network.yaml"), text).expect("write network file");
        files += 1;
        folders.push(dir);
    }
    println!(
        "\nnetwork over the years: {} member states × {} years and the network's own file each year ({files} files, {workbooks} of them workbooks)",
        STATES.len(),
        folders.len()
    );
    let out = root.join("trend.pdf");
    let mut trend_args = vec![BIN.to_string(), "compare".to_string()];
    trend_args.extend(folders.iter().map(|f| f.display().to_string()));
    trend_args.extend(["--format", "pdf", "-o"].map(String::from));
    trend_args.push(out.display().to_string());
    let args: Vec<&str> = trend_args.iter().map(String::as_str).collect();
    let (trend, trend_kib, _) = measure(&args, &[], 5, &[]);
    let pages = lopdf::Document::load(&out).map_or(0, |d| d.get_pages().len());
    println!(
        "trend report, PDF (compare of the 5 folders): {:.0} ms, {:.1} MiB, {} KB (target: within 1 s){}",
        trend.as_secs_f64() * 1e3,
        trend_kib as f64 / 1024.0,
        std::fs::metadata(&out).map_or(0, |m| m.len()) / 1024,
        if pages > 0 {
            format!(", {pages} pages")
        } else {
            String::new()
        }
    );
    let report = root.join("network.pdf");
    let last = folders.last().expect("five folders").display().to_string();
    let report_s = report.display().to_string();
    let args = [
        BIN,
        "report",
        "--aggregate",
        last.as_str(),
        "--format",
        "pdf",
        "-o",
        report_s.as_str(),
    ];
    let (one, _, _) = measure(&args, &[], 5, &[]);
    println!(
        "network report of one year (25 member states and the network's file), PDF: {:.0} ms",
        one.as_secs_f64() * 1e3
    );
}

/// Runs `wen-assess ARGS` once in `dir` under /usr/bin/time: wall time,
/// peak memory (KiB), exit code and standard error.
fn run_once(dir: &Path, args: &[&str]) -> (Duration, u64, i32, String) {
    let start = Instant::now();
    let out = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M")
        .arg(BIN)
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("run /usr/bin/time (apt-get install time)");
    let took = start.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let kib = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0);
    (took, kib, out.status.code().unwrap_or(-1), stderr)
}

/// The worst cases of hardening round 3 (issue #19): files at and past the
/// limits, each read or refused in bounded time and memory.
fn worst_cases(data: &Path) {
    let dir = data.join("worst-answers");
    std::fs::create_dir_all(&dir).expect("bench folder");
    let (version, ids) = strengthening();
    println!("\nworst cases (one run each; time, peak memory, exit code):");
    println!("| case | time | peak memory | exit |");
    println!("|---|---:|---:|---:|");
    let row = |case: &str, (took, kib, code, _): &(Duration, u64, i32, String)| {
        println!(
            "| {case} | {:.0} ms | {:.1} MiB | {code} |",
            took.as_secs_f64() * 1e3,
            *kib as f64 / 1024.0
        );
    };
    // At the limit of answers: 4,999 kept answers migrated in place (the
    // in-place editor and the read-back, once each).
    let mut text = format!(
        "format: 1\nguideline: strengthening\nguideline-version: 1.0.0\nanswers:\n  {}:\n    level: 2\n",
        ids[0]
    );
    for i in 0..4_999 {
        let _ = write!(text, "  kept.answer-{i}:\n    level: 2\n    note: kept\n");
    }
    let many = dir.join("many.yaml");
    std::fs::write(&many, &text).expect("write");
    row(
        "migrate, 5,000 answers (the limit)",
        &run_once(&dir, &["migrate", "many.yaml"]),
    );
    // Past the limit of unknown keys: 7.8 MB of them, refused.
    let mut text = String::from("format: 1\nguideline: strengthening\n");
    let mut i = 0;
    while text.len() < 7_800_000 {
        let _ = writeln!(text, "unknown-key-{i}: v");
        i += 1;
    }
    text.push_str("answers: {}\n");
    std::fs::write(dir.join("keys.yaml"), &text).expect("write");
    row(
        &format!("score, {i} unknown keys (7.8 MB), refused"),
        &run_once(&dir, &["score", "keys.yaml"]),
    );
    // A 7 MB level: refused with an 80-character quote.
    let text = format!(
        "format: 1\nguideline: strengthening\nanswers:\n  {}:\n    level: {}\n",
        ids[0],
        "x".repeat(7_000_000)
    );
    std::fs::write(dir.join("level.yaml"), &text).expect("write");
    let level = run_once(&dir, &["score", "level.yaml"]);
    row("score, a 7 MB level, refused", &level);
    println!("  (its message: {} bytes)", level.3.len());
    // Every criterion with a note just under the 100,000-character limit,
    // as a PDF report.
    let note = WORDS
        .join(" ")
        .repeat(100_000 / 200)
        .chars()
        .take(99_000)
        .collect::<String>();
    let mut text =
        format!("format: 1\nguideline: strengthening\nguideline-version: {version}\nanswers:\n");
    for id in &ids {
        let _ = write!(text, "  {id}:\n    level: 2\n    note: \"{note}\"\n");
    }
    std::fs::write(dir.join("notes.yaml"), &text).expect("write");
    row(
        &format!(
            "report --format pdf, {} notes of 99,000 characters ({:.1} MB)",
            ids.len(),
            text.len() as f64 / 1e6
        ),
        &run_once(
            &dir,
            &["report", "notes.yaml", "--format", "pdf", "-o", "notes.pdf"],
        ),
    );
}

/// A workbook with some parts replaced: (part name, new text).
fn with_parts(xlsx: &[u8], parts: &[(&str, String)]) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).expect("zip");
    let mut out = std::io::Cursor::new(Vec::new());
    let mut w = zip::ZipWriter::new(&mut out);
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("part");
        let name = f.name().expect("name").to_string();
        let mut data = Vec::new();
        f.read_to_end(&mut data).expect("inflate");
        if let Some((_, text)) = parts.iter().find(|(n, _)| *n == name) {
            data = text.clone().into_bytes();
        }
        w.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("start");
        w.write_all(&data).expect("write");
    }
    w.finish().expect("finish");
    out.into_inner()
}

/// The text of one part of a workbook.
fn part_text(xlsx: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).expect("zip");
    let mut text = String::new();
    zip.by_name(name)
        .expect("part")
        .read_to_string(&mut text)
        .expect("UTF-8");
    text
}

/// An inline string cell.
fn inline_cell(cell: &str, text: &str) -> String {
    format!("<c r=\"{cell}\" t=\"inlineStr\"><is><t>{text}</t></is></c>")
}

/// The shortest of three reads of a workbook (one call each: the slowest
/// cases took seconds before they were made linear), and what it gave.
fn read_time(bytes: &[u8], name: &str) -> (Duration, String) {
    let guidelines = wen_assess::model::builtin();
    let mut best = Duration::MAX;
    let mut outcome = String::new();
    for _ in 0..3 {
        let start = Instant::now();
        let read = wen_assess::answers::read_workbook(bytes, name, &guidelines);
        best = best.min(start.elapsed());
        outcome = match read {
            Ok(book) => format!(
                "read, {} answers, {} warnings",
                book.answers.answers.len(),
                book.warnings.len()
            ),
            Err(e) => format!("refused, {} findings", e.to_string().lines().count()),
        };
    }
    (best, outcome)
}

/// Figure 7, the workbook reader's worst cases: hidden-sheet entries and
/// Answers rows by the tens of thousands, each beside a tenth of it.
fn workbook_worst_cases(data: &Path) {
    use wen_assess::answers;
    std::fs::create_dir_all(data).expect("bench dir");
    let guidelines = wen_assess::model::builtin();
    let g = guidelines
        .iter()
        .find(|g| g.id == "strengthening")
        .expect("built in");
    // A workbook with one kept entry, so that the hidden sheet has a
    // `kept` row (B5) to forge.
    let text = format!(
        "format: 1\nguideline: strengthening\nguideline-version: \"{}\"\nlanguage: en\nreviewer: someone\nanswers: {{}}\n",
        g.version
    );
    let (file, _) = answers::parse_answers(&text, "a.yaml").expect("valid");
    let base = answers::write_workbook(g, &file, "en").expect("workbook");
    let hidden = part_text(&base, "xl/worksheets/sheet4.xml");
    let sheet = part_text(&base, "xl/worksheets/sheet2.xml");
    let kept_cell = |kept: &str| {
        let start = hidden.find("<c r=\"B5\"").expect("kept cell");
        let end = start + hidden[start..].find("</c>").expect("end") + 4;
        let mut xml = hidden.clone();
        xml.replace_range(start..end, &inline_cell("B5", kept));
        with_parts(&base, &[("xl/worksheets/sheet4.xml", xml)])
    };
    let kept_answers = |n: usize| {
        let mut k = String::from("answers:\n");
        for i in 0..n {
            let _ = writeln!(k, "  x.c{i}: {{k: 1}}");
        }
        kept_cell(&k)
    };
    let kept_findings = |n: usize| {
        let mut k = String::from("findings:\n");
        for i in 0..n {
            let _ = writeln!(k, "  area{i}: {{k: 1}}");
        }
        kept_cell(&k)
    };
    let kept_people = |n: usize| {
        let mut k = String::from("participants:\n");
        for i in 0..n {
            let _ = writeln!(k, "  - {{name: p{i}, agency: a, country: c, k: 1}}");
        }
        kept_cell(&k)
    };
    // Rows after the table: (id, level) as inline text and a number.
    let rows = |n: usize, id: &dyn Fn(usize) -> String| {
        let mut extra = String::new();
        let first = 100;
        for i in 0..n {
            let r = first + i;
            let _ = write!(
                extra,
                "<row r=\"{r}\">{}<c r=\"F{r}\"><v>2</v></c></row>",
                inline_cell(&format!("B{r}"), &id(i))
            );
        }
        let xml = sheet.replacen("</sheetData>", &format!("{extra}</sheetData>"), 1);
        with_parts(&base, &[("xl/worksheets/sheet2.xml", xml)])
    };
    let distinct = |n: usize| rows(n, &|i| format!("x.c{i}"));
    let repeated = |n: usize| rows(n, &|_| "governance.mandate".to_string());
    type Make<'a> = &'a dyn Fn(usize) -> Vec<u8>;
    let cases: [(&str, usize, Make); 5] = [
        (
            "hidden sheet keeping entries of answers",
            80_000,
            &kept_answers,
        ),
        (
            "hidden sheet keeping findings of areas",
            80_000,
            &kept_findings,
        ),
        (
            "hidden sheet keeping participants' entries",
            80_000,
            &kept_people,
        ),
        ("Answers sheet, rows of distinct ids", 90_000, &distinct),
        ("Answers sheet, one id on every row", 90_000, &repeated),
    ];
    println!(
        "\nworkbook reader, worst cases (in-process read; linear time shows as a ratio near 10):"
    );
    println!("| case | n | .xlsx | read | read of n/10 | ratio | outcome |");
    println!("|---|---:|---:|---:|---:|---:|---|");
    let dir = data.join("worst");
    std::fs::create_dir_all(&dir).expect("bench dir");
    for (i, (what, n, make)) in cases.iter().enumerate() {
        let (big, small) = (make(*n), make(n / 10));
        // Kept for timing other builds: `wen-assess score FILE`.
        std::fs::write(dir.join(format!("worst-{i}.xlsx")), &big).expect("write");
        let (t, outcome) = read_time(&big, "worst.xlsx");
        let (t10, _) = read_time(&small, "worst.xlsx");
        println!(
            "| {what} | {n} | {:.0} KB | {:.0} ms | {:.1} ms | {:.1} | {outcome} |",
            big.len() as f64 / 1e3,
            t.as_secs_f64() * 1e3,
            t10.as_secs_f64() * 1e3,
            t.as_secs_f64() / t10.as_secs_f64()
        );
    }
    // Exit codes vary (most of these files are refused): only the time counts.
    let run = |path: &Path| {
        let start = Instant::now();
        let _ = Command::new(BIN)
            .arg("score")
            .arg(path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        start.elapsed()
    };
    let worst = (0..cases.len())
        .map(|i| run(&dir.join(format!("worst-{i}.xlsx"))))
        .max()
        .unwrap_or_default();
    println!(
        "slowest `wen-assess score` of these files: {:.0} ms (files in {})",
        worst.as_secs_f64() * 1e3,
        dir.display()
    );
}

/// Figure 9: `score` over answer files written by other programs,
/// against the PyYAML C-loader script on the same files.
fn writer_figures(data: &Path, n: usize) {
    std::fs::create_dir_all(data).expect("bench dir");
    let template = data.join("template.yaml");
    let made = Command::new(BIN)
        .args(["template", "--guideline", "strengthening", "-o"])
        .arg(&template)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(made, "wen-assess template failed");
    let script = Path::new(ROOT).join("benches/write_answers.py");
    // What the files depend on; the template's date changes every day.
    let template_text = std::fs::read_to_string(&template).expect("template");
    let template_text: String = template_text
        .lines()
        .filter(|l| !l.starts_with("date:"))
        .collect();
    let stamp = format!(
        "{n} {:x} {:x}",
        fingerprint(&std::fs::read(&script).expect("write_answers.py")),
        fingerprint(template_text.as_bytes())
    );
    println!(
        "\nanswer files written by other programs ({n} each), scored by wen-assess and by the PyYAML C-loader script:"
    );
    println!(
        "| writer | wen-assess, one thread | wen-assess, every core | Python + CSafeLoader | ratio, one thread | ratio, every core | same scores |"
    );
    println!("|---|---:|---:|---:|---:|---:|---|");
    let guideline = Path::new(ROOT).join("guidelines/strengthening.yaml");
    let mut skipped = Vec::new();
    for writer in ["pyyaml", "ruamel", "yq"] {
        let dir = Path::new(ROOT).join("target/bench-writers").join(writer);
        let stamp_file = dir.join("stamp");
        if std::fs::read_to_string(&stamp_file).ok().as_deref() != Some(stamp.as_str()) {
            let _ = std::fs::remove_dir_all(&dir);
            let out = Command::new("python3")
                .arg(&script)
                .arg(writer)
                .arg(&template)
                .arg(&dir)
                .arg(n.to_string())
                .output()
                .expect("run python3");
            if !out.status.success() {
                let why = String::from_utf8_lossy(&out.stderr);
                assert_eq!(out.status.code(), Some(3), "{writer}: {why}");
                skipped.push(format!("{writer}: {}", why.trim()));
                continue;
            }
            std::fs::write(&stamp_file, &stamp).expect("stamp");
        }
        let files: Vec<PathBuf> = (0..n)
            .map(|i| dir.join(format!("answers-{i:05}.yaml")))
            .collect();
        let score = [BIN, "score", "--format", "csv"];
        let (every, _, csv) = measure(&score, &files, 3, &[]);
        let (one, _, csv_one) = measure(&score, &files, 3, &[("WEN_ASSESS_JOBS", "1")]);
        let py_args = [
            "python3",
            "benches/score_pyyaml.py",
            guideline.to_str().unwrap_or(""),
        ];
        let (py, _, py_out) = measure(&py_args, &files, 2, &[("WEN_PY_LOADER", "c")]);
        let overall: Vec<String> = csv
            .lines()
            .filter(|l| l.contains(",overall,"))
            .map(|l| {
                let cols: Vec<&str> = l.split(',').collect();
                format!("{},{}", cols[0], cols[6])
            })
            .collect();
        let same = csv == csv_one
            && overall.len() == n
            && overall.iter().zip(py_out.lines()).all(|(a, b)| a == b);
        println!(
            "| {writer} | {:.2} s | {:.2} s | {:.2} s | {:.1}x | {:.1}x | {} |",
            one.as_secs_f64(),
            every.as_secs_f64(),
            py.as_secs_f64(),
            py.as_secs_f64() / one.as_secs_f64(),
            py.as_secs_f64() / every.as_secs_f64(),
            if same { "yes" } else { "NO" }
        );
    }
    for s in skipped {
        println!("not measured, writer not installed: {s}");
    }
    println!("(target: 10x or more on every core)");
}

/// A digest of `bytes` (FNV-1a), to tell whether the bench files are
/// still those the current script and template make.
fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Mean time per call of `f`, over enough calls to take about half a
/// second, best of three rounds.
fn per_call(mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    let mut calls = 0u32;
    while start.elapsed() < Duration::from_millis(100) {
        f();
        calls += 1;
    }
    let n = (calls * 5).max(5);
    (0..3)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..n {
                f();
            }
            start.elapsed() / n
        })
        .min()
        .unwrap_or_default()
}

/// 6. A filled workbook read against the same answers in YAML.
fn workbook_figures(data: &Path) {
    use wen_assess::answers;
    std::fs::create_dir_all(data).expect("bench dir");
    let guidelines = wen_assess::model::builtin();
    // A full answer file: every criterion answered, with notes and evidence.
    let yaml_path = generate(&data.join("workbook"), 1).remove(0);
    let text = std::fs::read_to_string(&yaml_path).expect("read");
    let (file, _) = answers::parse_answers(&text, "answers.yaml").expect("valid");
    let g = guidelines
        .iter()
        .find(|g| g.id == file.guideline)
        .expect("built in");
    let xlsx = answers::write_workbook(g, &file, "en").expect("workbook");
    let xlsx_path = yaml_path.with_extension("xlsx");
    std::fs::write(&xlsx_path, &xlsx).expect("write workbook");

    let yaml_read = per_call(|| {
        let text = std::fs::read_to_string(&yaml_path).expect("read");
        std::hint::black_box(answers::parse_answers(&text, "a.yaml").expect("valid"));
    });
    let xlsx_read = per_call(|| {
        let bytes = std::fs::read(&xlsx_path).expect("read");
        std::hint::black_box(answers::read_workbook(&bytes, "a.xlsx", &guidelines).expect("valid"));
    });
    // The same answers, read back from the workbook, score the same.
    let back = answers::read_workbook(&xlsx, "a.xlsx", &guidelines).expect("valid");
    let same = wen_assess::scoring::score(g, &back.answers) == wen_assess::scoring::score(g, &file);
    println!(
        "\nreading one filled answer file ({} criteria, notes and evidence):",
        g.criterion_count()
    );
    println!("| answers as | size | read + parse |");
    println!("|---|---:|---:|");
    println!(
        "| YAML | {:.1} KB | {:.3} ms |",
        text.len() as f64 / 1e3,
        yaml_read.as_secs_f64() * 1e3
    );
    println!(
        "| .xlsx workbook | {:.1} KB | {:.3} ms |",
        xlsx.len() as f64 / 1e3,
        xlsx_read.as_secs_f64() * 1e3
    );
    let ods_path = xlsx_path.with_extension("ods");
    let ods_ok = Command::new("soffice")
        .args(["--headless", "--convert-to", "ods", "--outdir"])
        .arg(xlsx_path.parent().unwrap_or(Path::new(".")))
        .arg(&xlsx_path)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
        && ods_path.exists();
    if ods_ok {
        let ods_read = per_call(|| {
            let bytes = std::fs::read(&ods_path).expect("read");
            std::hint::black_box(
                answers::read_workbook(&bytes, "a.ods", &guidelines).expect("valid"),
            );
        });
        println!(
            "| .ods (saved by LibreOffice) | {:.1} KB | {:.3} ms |",
            std::fs::metadata(&ods_path).map_or(0, |m| m.len()) as f64 / 1e3,
            ods_read.as_secs_f64() * 1e3
        );
    }
    println!(
        "workbook read / YAML read: {:.2}x (target <= 3x); same scores: {}",
        xlsx_read.as_secs_f64() / yaml_read.as_secs_f64(),
        if same { "yes" } else { "NO" }
    );
    // The floor under any reader: inflating the parts a reader must look
    // at (the Answers sheet and the shared strings, which hold the criteria
    // texts the workbook shows), with nothing parsed.
    let inflate = per_call(|| {
        let bytes = std::fs::read(&xlsx_path).expect("read");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
        for name in ["xl/sharedStrings.xml", "xl/worksheets/sheet2.xml"] {
            let mut part = zip.by_name(name).expect("part");
            let mut out = Vec::new();
            std::io::Read::read_to_end(&mut part, &mut out).expect("inflate");
            std::hint::black_box(out);
        }
    });
    println!(
        "inflating the Answers sheet and the shared strings alone: {:.3} ms ({:.2}x the YAML read; the reader adds {:.2}x)",
        inflate.as_secs_f64() * 1e3,
        inflate.as_secs_f64() / yaml_read.as_secs_f64(),
        xlsx_read.as_secs_f64() / inflate.as_secs_f64()
    );
    let run = |path: &Path| {
        measure(
            &[BIN, "score", "--format", "csv"],
            &[path.to_path_buf()],
            20,
            &[],
        )
        .0
    };
    let (yaml_run, xlsx_run) = (run(&yaml_path), run(&xlsx_path));
    println!(
        "wen-assess score, one file: YAML {:.1} ms, .xlsx {:.1} ms ({:.2}x)",
        yaml_run.as_secs_f64() * 1e3,
        xlsx_run.as_secs_f64() * 1e3,
        xlsx_run.as_secs_f64() / yaml_run.as_secs_f64()
    );
}

/// A valid guideline with `n` criteria in five areas.
fn big_guideline(n: usize) -> String {
    let mut t = String::from(
        "format: 1\nid: big\nversion: 1.0.0\nlanguages: [en]\ntitle: {en: Big}\nsource: Generated\nscale:\n",
    );
    for (i, l) in ["Absent", "Initial", "Developing", "Established", "Advanced"]
        .iter()
        .enumerate()
    {
        let _ = writeln!(t, "  - {{level: {i}, label: {{en: {l}}}}}");
    }
    t.push_str("target: 3\nareas:\n");
    for a in 0..5 {
        let _ = write!(
            t,
            "  - id: area{a}\n    title: {{en: \"Area {a}\"}}\n    criteria:\n"
        );
        for c in 0..n / 5 {
            let _ = write!(
                t,
                "      - id: area{a}.criterion-{c}\n        title: {{en: \"Criterion {c}\"}}\n        question: {{en: \"Is criterion {c} of area {a} met?\"}}\n        guidance: {{en: \"Look at the records of the last twelve months.\"}}\n        levels:\n"
            );
            for l in 0..5 {
                let _ = writeln!(
                    t,
                    "          {l}: {{en: \"Descriptor of level {l} for criterion {c}.\"}}"
                );
            }
            t.push_str("        next-steps:\n");
            for l in 0..4 {
                let _ = writeln!(t, "          {l}: {{en: \"Next step from level {l}.\"}}");
            }
            t.push_str("        references: [ref]\n");
        }
    }
    t.push_str(
        "references:\n  - {id: ref, title: {en: Reference}, url: \"https://example.org\"}\n",
    );
    t
}

/// Participants in the room, and proposals each makes.
const ROOM: usize = 40;
const PROPOSALS: usize = 50;

/// One keep-alive HTTP/1.1 connection to the server, as a browser holds.
struct Connection {
    reader: std::io::BufReader<std::net::TcpStream>,
    port: u16,
}

/// A response's status, headers (lower-case names) and body.
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> &str {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }
    /// `name=value` of the cookie it sets.
    fn cookie(&self) -> String {
        self.header("set-cookie")
            .split(';')
            .next()
            .unwrap_or_default()
            .to_string()
    }
}

impl Connection {
    fn open(port: u16) -> Connection {
        let stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("the server listens");
        stream.set_nodelay(true).ok();
        stream.set_read_timeout(Some(Duration::from_secs(30))).ok();
        Connection {
            reader: std::io::BufReader::new(stream),
            port,
        }
    }

    fn send(&mut self, method: &str, path: &str, cookie: &str, body: &str) -> Answer {
        use std::io::{BufRead, Read, Write};
        let mut request = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nCookie: {cookie}\r\n",
            self.port
        );
        if method == "POST" {
            request.push_str(&format!(
                "Origin: http://127.0.0.1:{}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
                self.port,
                body.len()
            ));
        }
        request.push_str("\r\n");
        request.push_str(body);
        self.reader
            .get_mut()
            .write_all(request.as_bytes())
            .expect("the request is sent");
        let mut status_line = String::new();
        self.reader
            .read_line(&mut status_line)
            .expect("a status line");
        let status = status_line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let mut headers = Vec::new();
        loop {
            let mut line = String::new();
            self.reader.read_line(&mut line).expect("a header");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some((k, v)) = line.split_once(':') {
                headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
            }
        }
        let length: usize = headers
            .iter()
            .find(|(k, _)| k == "content-length")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        let mut body = vec![0u8; length];
        self.reader.read_exact(&mut body).expect("the body");
        Answer {
            status,
            headers,
            body: String::from_utf8_lossy(&body).into_owned(),
        }
    }
}

/// The value after `marker` in a page, `len` characters long.
fn after(page: &str, marker: &str, len: usize) -> String {
    page.split(marker)
        .nth(1)
        .map(|rest| rest.chars().take(len).collect())
        .unwrap_or_default()
}

/// Opens a live stream (`path`) and reads it on its own thread, as a page
/// keeps it open and reads it, so that the server never waits on a full
/// socket. The thread ends when the server closes the stream, or after
/// `limit` at the latest.
fn read_stream(
    port: u16,
    path: &str,
    cookie: &str,
    limit: Duration,
) -> std::thread::JoinHandle<()> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("the stream opens");
    stream
        .write_all(
            format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\n\r\n")
                .as_bytes(),
        )
        .expect("the stream is asked for");
    stream
        .set_read_timeout(Some(Duration::from_millis(200)))
        .ok();
    std::thread::spawn(move || {
        let mut sink = [0u8; 4096];
        let until = Instant::now() + limit;
        while Instant::now() < until {
            match stream.read(&mut sink) {
                Ok(0) => return,
                Ok(_) => {}
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) => {}
                Err(_) => return,
            }
        }
    })
}

/// Part 11: the room. One server (the release build of this crate's
/// binary), one facilitator, 40 participants who each join (their live
/// stream open and read, as their page keeps it) and propose a level 50
/// times, all starting together; every proposal's round trip is timed.
/// The loops are bounded (two minutes at most) and the server is stopped
/// at the end, killed if it has not stopped within ten seconds.
fn serve_room(data: &Path) {
    use std::io::BufRead;
    use std::sync::{Arc, Barrier};
    let dir = data.join("serve");
    std::fs::create_dir_all(&dir).expect("bench dir");
    let mut child = Command::new(BIN)
        .args([
            "serve",
            "--no-browser",
            "--lang",
            "en",
            "--guideline",
            "strengthening",
        ])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("wen-assess serve starts");
    let mut out = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    out.read_line(&mut first).expect("the link");
    let url = first
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_string();
    let rest = url.trim_start_matches("http://127.0.0.1:");
    let (port, token) = rest.split_once("/?t=").expect("a link with a token");
    let port: u16 = port.parse().expect("a port");
    // The facilitator starts a new assessment.
    let mut f = Connection::open(port);
    let cookie = f.send("GET", &format!("/?t={token}"), "", "").cookie();
    let page = f.send("GET", "/", &cookie, "").body;
    let form = after(&page, "name=\"_form\" value=\"", 32);
    let started = f.send(
        "POST",
        "/start",
        &cookie,
        &format!("_form={form}&guideline=strengthening&network=Bench+WEN&language=en"),
    );
    assert_eq!(started.status, 303, "the assessment starts");
    let page = f.send("GET", "/", &cookie, "").body;
    let join = after(&page, "/join?t=", 32);
    let criterion = after(&page, "data-at=\"", 200)
        .split('"')
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(
        !join.is_empty() && !criterion.is_empty(),
        "the page shows the join link and the criterion"
    );
    let limit = Duration::from_secs(130);
    // The facilitator's live stream too: it renders the spread at each change.
    let facilitator_stream = read_stream(port, "/events", &cookie, limit);
    let barrier = Arc::new(Barrier::new(ROOM));
    let deadline = Instant::now() + Duration::from_secs(120);
    let workers: Vec<_> = (0..ROOM)
        .map(|i| {
            let barrier = barrier.clone();
            let join = join.clone();
            let criterion = criterion.clone();
            std::thread::spawn(move || {
                let mut c = Connection::open(port);
                let token = c.send("GET", &format!("/join?t={join}"), "", "").cookie();
                let page = c.send("GET", "/p", &token, "");
                let cookie = format!("{token}; {}", page.cookie());
                let form = after(&page.body, "name=\"_form\" value=\"", 32);
                let stream = read_stream(port, "/p/events", &cookie, limit);
                barrier.wait();
                let mut times = Vec::with_capacity(PROPOSALS);
                let mut errors = 0;
                for n in 0..PROPOSALS {
                    if Instant::now() > deadline {
                        break;
                    }
                    let level = (i + n) % 5;
                    let body =
                        format!("_form={form}&criterion={criterion}&level={level}&name=P{i}");
                    let start = Instant::now();
                    let r = c.send("POST", "/p", &cookie, &body);
                    times.push(start.elapsed());
                    if r.status != 303 {
                        errors += 1;
                    }
                }
                (times, errors, stream)
            })
        })
        .collect();
    let mut times = Vec::new();
    let mut errors = 0;
    let mut streams = vec![facilitator_stream];
    for w in workers {
        let (t, e, stream) = w.join().expect("a participant");
        times.extend(t);
        errors += e;
        streams.push(stream);
    }
    // The spread the facilitator sees counts every participant once.
    let page = f.send("GET", "/", &cookie, "").body;
    let counted = page.contains(&format!("{ROOM} proposals, {ROOM} participants joined"));
    let stop = f.send("POST", "/stop", &cookie, &format!("_form={form}"));
    let stopping = Instant::now();
    let stopped = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status.success(),
            _ if stopping.elapsed() > Duration::from_secs(10) => {
                let _ = child.kill();
                let _ = child.wait();
                break false;
            }
            _ => std::thread::sleep(Duration::from_millis(50)),
        }
    };
    // The server closed every stream as it stopped.
    for stream in streams {
        let _ = stream.join();
    }
    times.sort();
    let pct = |p: f64| {
        let i = ((times.len() as f64 * p).ceil() as usize).clamp(1, times.len()) - 1;
        times[i].as_secs_f64() * 1000.0
    };
    println!(
        "\n`wen-assess serve`: {ROOM} participants on loopback, each with its live stream open, proposing {PROPOSALS} levels each, all at once"
    );
    println!("| proposals | errors | p50 | p99 | max | spread counted | stopped |");
    println!("|---:|---:|---:|---:|---:|---|---|");
    println!(
        "| {} | {errors} | {:.1} ms | {:.1} ms | {:.1} ms | {} | {} |",
        times.len(),
        pct(0.50),
        pct(0.99),
        times.last().map_or(0.0, |t| t.as_secs_f64() * 1000.0),
        if counted { "yes" } else { "NO" },
        if stop.status == 200 && stopped {
            "yes"
        } else {
            "NO"
        }
    );
    println!("(goal: p99 under 50 ms on a 2-core machine)");
}
