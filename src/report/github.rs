//! GitHub Actions workflow commands (`::error file=...::message`), so
//! findings show as annotations on a pull request.

use super::findings::Findings;
use crate::position::Location;

/// Escapes text for a workflow command; properties escape `:` and `,` too.
fn escape(s: &str, property: bool) -> String {
    let s = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    let s = crate::escape::controls(&s);
    if property {
        s.replace(':', "%3A").replace(',', "%2C")
    } else {
        s
    }
}

/// One annotation per line of findings (a code repeated in a file is one
/// annotation at its first place, its message saying how many more there
/// are: GitHub shows only the first ten of each kind per step), on the file
/// it is about: at the line and column of a text file; for a workbook, on
/// the file, the cell leading the message (GitHub places annotations on
/// lines only); for the whole file, on the file alone.
pub(crate) fn findings(f: &Findings) -> String {
    f.shown
        .iter()
        .map(|s| {
            let d = &s.diagnostic;
            let (place, lead) = match &d.location {
                Location::File => (String::new(), String::new()),
                Location::Text(pos) => {
                    (format!(",line={},col={}", pos.line, pos.col), String::new())
                }
                Location::Cell(cell) => (String::new(), format!("{cell}: ")),
            };
            format!(
                "::{} file={}{place},title={}::{}\n",
                d.severity,
                escape(&d.file, true),
                d.code,
                escape(&format!("{lead}{}{}", d.message, s.more), false)
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Code, Diagnostic};
    use crate::position::{CellRef, Pos};

    #[test]
    fn annotations_name_a_real_file_and_a_line_only_where_there_is_one() {
        let cell = CellRef {
            sheet_index: 1,
            sheet: "Answers".into(),
            row: 12,
            col: 6,
        };
        let view = crate::report::findings::build(
            vec![
                Diagnostic::error(Code::InvalidLevel, "c.xlsx", cell, "level 9"),
                Diagnostic::error(Code::NotAWorkbook, "d.xlsx", Location::File, "damaged"),
                Diagnostic::warning(Code::UnusedReference, "g.yaml", Pos::new(3, 7), "spare"),
            ],
            Vec::new(),
            0,
            false,
            "en",
        );
        assert_eq!(
            findings(&view),
            "::error file=c.xlsx,title=invalid-level::Answers!F12: level 9\n\
             ::error file=d.xlsx,title=not-a-workbook::damaged\n\
             ::warning file=g.yaml,line=3,col=7,title=unused-reference::spare\n"
        );
    }
}
