//! JSON Schemas of the two file formats, for editors (yaml-language-server)
//! and other validators. `wen-assess validate` and the answer loader check
//! more than a schema can express (unique ids, references, languages).

/// JSON Schema of guideline files, format 1.
pub(crate) const GUIDELINE: &str = include_str!("../schemas/guideline.schema.json");
/// JSON Schema of answer files, format 1.
pub(crate) const ANSWERS: &str = include_str!("../schemas/answers.schema.json");
