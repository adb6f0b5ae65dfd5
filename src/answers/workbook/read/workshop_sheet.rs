//! The Workshop sheet: the findings table (a row per area, with its
//! target, strengths, challenges and priorities) and the participants
//! table (name, agency, country), each found by its headers and running
//! to the other's header or to the end of the sheet.

use std::collections::HashMap;

use super::{
    Labels, LevelCell, SheetAt, WbReader, col_of, header_row, level_cell, map_header, shown,
};
use crate::answers::workbook::layout::{AreaCol, Names, PersonCol};
use crate::answers::{AreaFindings, Participant};
use crate::diagnostic::{Code, quoted};
use crate::model::MAX_LEVEL;
use crate::position::Location;

/// What the Workshop sheet holds.
pub(super) struct WorkshopSheet {
    /// Targets set for areas, with the cell of each.
    pub targets: Vec<(String, u8, Location)>,
    /// Findings of the areas that have any.
    pub findings: Vec<AreaFindings>,
    /// Who took part, in the rows' order.
    pub participants: Vec<Participant>,
}

impl WbReader<'_> {
    pub(super) fn workshop_sheet(&mut self, s: &SheetAt, labels: &Labels) -> Option<WorkshopSheet> {
        let rows = s.sheet.rows();
        let vocab = self.vocab;
        // The two tables, each found by its headers.
        let area_names: Vec<(AreaCol, Names)> = vocab
            .area_cols
            .iter()
            .filter(|(c, _)| !matches!(c, AreaCol::Area | AreaCol::Id))
            .cloned()
            .collect();
        let person_names: Vec<(PersonCol, Names)> = vocab
            .person_cols
            .iter()
            .filter(|(c, _)| *c != PersonCol::Country)
            .cloned()
            .collect();
        let areas = header_row(&s.sheet, &area_names, &rows);
        let people = header_row(&s.sheet, &person_names, &rows);
        let (Some((area_header, _)), Some((person_header, _))) = (&areas, &people) else {
            self.error(
                Code::MissingColumn,
                s.cell(1, 1),
                format!(
                    "the findings table (headers {}, ...) or the participants table (headers {}, ...) is missing: a header was deleted or renamed",
                    vocab.area_cols[3].1.shown(),
                    vocab.person_cols[1].1.shown()
                ),
            );
            return None;
        };
        let (area_header, person_header) = (*area_header, *person_header);
        // Full header maps, Area, ID and Country included.
        let area_cols = map_header(&s.sheet, area_header, &vocab.area_cols);
        let person_cols = map_header(&s.sheet, person_header, &vocab.person_cols);
        let ok_areas = self.require_cols(
            s,
            area_header,
            &area_cols,
            &AreaCol::ALL[1..],
            &vocab.area_cols,
        );
        let ok_people = self.require_cols(
            s,
            person_header,
            &person_cols,
            &PersonCol::ALL,
            &vocab.person_cols,
        );
        if !(ok_areas && ok_people) {
            return None;
        }
        let acol = |c: AreaCol| col_of(&area_cols, c);
        let pcol = |c: PersonCol| col_of(&person_cols, c);
        // Each table runs from its header to the other's header, or to the end.
        let section = |from: u32, other: u32| {
            rows.iter()
                .copied()
                .filter(move |r| *r > from && (other < from || *r < other))
                .collect::<Vec<u32>>()
        };

        let mut targets = Vec::new();
        let mut findings = Vec::new();
        // The first row holding something for each area.
        let mut first_row: HashMap<String, u32> = HashMap::new();
        for row in section(area_header, person_header) {
            let id = self
                .text_at(s, row, acol(AreaCol::Id), "the area id")
                .trim()
                .to_string();
            if id.is_empty() {
                continue;
            }
            let what = |f: &str| format!("the {f} of `{}`", quoted(&id));
            let target_at = s.cell(row, acol(AreaCol::Target));
            let target = self.target(s, row, acol(AreaCol::Target), &id, labels);
            let strengths = self.text_at(s, row, acol(AreaCol::Strengths), &what("strengths"));
            let challenges = self.text_at(s, row, acol(AreaCol::Challenges), &what("challenges"));
            let priorities = self.text_at(s, row, acol(AreaCol::Priorities), &what("priorities"));
            let f = AreaFindings {
                area: id.clone(),
                pos: s.cell(row, acol(AreaCol::Id)).into(),
                strengths,
                challenges,
                priorities,
                extra: Vec::new(),
            };
            if target.is_none() && f.is_empty() {
                continue;
            }
            // Two rows for one area would give it two targets or two sets
            // of findings, and an answer file one key twice.
            if let Some(first) = first_row.get(&id) {
                let message = format!(
                    "area `{}` is also in row {first}; keep one row per area",
                    quoted(&id)
                );
                self.error(Code::DuplicateId, s.cell(row, acol(AreaCol::Id)), message);
                continue;
            }
            first_row.insert(id.clone(), row);
            if let Some(t) = target {
                targets.push((id, t, target_at.into()));
            }
            if !f.is_empty() {
                findings.push(f);
            }
        }
        let mut participants = Vec::new();
        for row in section(person_header, area_header) {
            let name = self.text_at(s, row, pcol(PersonCol::Name), "a participant's name");
            let agency = self.text_at(s, row, pcol(PersonCol::Agency), "a participant's agency");
            let country = self.text_at(s, row, pcol(PersonCol::Country), "a participant's country");
            if [&name, &agency, &country]
                .iter()
                .all(|t| t.trim().is_empty())
            {
                continue;
            }
            participants.push(Participant {
                name,
                agency,
                country,
                extra: Vec::new(),
            });
        }
        Some(WorkshopSheet {
            targets,
            findings,
            participants,
        })
    }

    /// A target cell: empty, or a level 0-4 as a level cell holds it (a
    /// number, `4`, `4 Advanced`, a label); N/A and anything else is an
    /// error at the cell.
    fn target(
        &mut self,
        s: &SheetAt,
        row: u32,
        col: u32,
        area: &str,
        labels: &Labels,
    ) -> Option<u8> {
        let cell = s.sheet.get(row, col)?;
        let at = s.cell(row, col);
        let area = quoted(area);
        if cell.formula.is_some() {
            self.error(
                Code::FormulaInCell,
                at,
                format!("the target of `{area}` is a formula; type a level 0-4"),
            );
            return None;
        }
        match level_cell(&cell, labels, self.vocab) {
            LevelCell::Empty => None,
            LevelCell::Level(n) => Some(n),
            _ => {
                self.error(
                    Code::InvalidTarget,
                    at,
                    format!(
                        "target `{}` for `{area}` is not a level of the scale 0-{MAX_LEVEL}",
                        quoted(&shown(&cell.value))
                    ),
                );
                None
            }
        }
    }
}
