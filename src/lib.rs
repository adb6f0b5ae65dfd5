//! wen-assess: self-assessment of Wildlife Enforcement Networks against
//! criteria structured after the ICCWC Guidelines for WENs (2020).
//!
//! The library never prints; the binary (`main.rs`) turns results into
//! output and exit codes.
//!
//! ```
//! use wen_assess::{answers, model, scoring};
//!
//! let guideline = model::builtin()
//!     .into_iter()
//!     .find(|g| g.id == "strengthening")
//!     .expect("built in");
//! let text = "format: 1\nguideline: strengthening\nanswers:\n  membership.active-members: {level: 3}\n";
//! let (file, warnings) = answers::parse_answers(text, "answers.yaml").expect("valid");
//! assert!(warnings.is_empty());
//! let card = scoring::score(&guideline, &file);
//! assert_eq!(card.areas[0].maturity, Some(3.0));
//! assert_eq!(card.coverage.scored, 1);
//! ```

// Items are `pub(crate)` unless the binary, the tests or the benchmark use
// them; with this lint (an error under clippy's -D warnings) a `pub` that
// nothing outside can reach is refused, so dead code shows up as dead code.
#![warn(unreachable_pub)]

// The public door: what the binary, the tests and the benchmark use.
pub mod answers;
pub mod cli;
pub mod cli_text;
pub mod commands;
pub mod files;
pub mod model;
pub mod position;
pub mod questionnaire;
pub mod scoring;
pub mod yaml;

// Everything else is internal, so the compiler finds what nothing uses.
mod aggregate;
mod compare;
mod diagnostic;
mod escape;
mod i18n;
mod report;
mod schema;
mod serve;
mod template;
mod tree_reader;
