//! wen-assess: self-assessment of Wildlife Enforcement Networks against
//! criteria structured after the ICCWC Guidelines for WENs (2020).
//!
//! The library never prints; the binary (`main.rs`) turns results into
//! output and exit codes.

pub mod answers;
pub mod cli;
pub mod commands;
pub mod diagnostic;
pub mod model;
pub mod questionnaire;
pub mod report;
pub mod scoring;
pub mod source_file;
pub mod template;
pub mod tree_reader;
pub mod validate;
pub mod yaml;
