//! The Workshop sheet: the findings table (a row per area, with its
//! target, strengths, challenges and priorities) and the participants
//! table (name, agency, country), each found by its headers and running
//! to the other's header or to the end of the sheet.

use std::collections::HashMap;

use super::{
    Labels, LevelCell, SheetAt, WbReader, col_of, header_row, level_cell, map_header, row_named,
    shown,
};
use crate::answers::workbook::layout::{AreaCol, Names, PersonCol};
use crate::answers::{AreaFindings, Participant};
use crate::diagnostic::{Code, quoted};
use crate::i18n::Msg;
use crate::model::{Guideline, MAX_LEVEL};
use crate::msg;
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
    pub(super) fn workshop_sheet(
        &mut self,
        s: &SheetAt,
        g: Option<&Guideline>,
        labels: &Labels,
    ) -> Option<WorkshopSheet> {
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
                msg!(
                    "workbook-no-tables",
                    findings = vocab.area_cols[3].1.shown(&self.lang),
                    participants = vocab.person_cols[1].1.shown(&self.lang)
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
                .text_at(s, row, acol(AreaCol::Id), || msg!("workbook-what-area-id"))
                .trim()
                .to_string();
            if id.is_empty() {
                continue;
            }
            let title = g
                .and_then(|g| g.area(&id))
                .map(|a| a.title.get(&self.lang).to_string());
            let named = row_named(row, &id, title.as_deref());
            let what = |which: &'static str| {
                let named = &named;
                move || Msg::new(which).arg("area", named)
            };
            let target_at = s.cell(row, acol(AreaCol::Target));
            let target = self.target(s, row, acol(AreaCol::Target), &named, labels);
            let strengths = self.text_at(
                s,
                row,
                acol(AreaCol::Strengths),
                what("workbook-what-strengths"),
            );
            let challenges = self.text_at(
                s,
                row,
                acol(AreaCol::Challenges),
                what("workbook-what-challenges"),
            );
            let priorities = self.text_at(
                s,
                row,
                acol(AreaCol::Priorities),
                what("workbook-what-priorities"),
            );
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
                let message = msg!(
                    "workbook-duplicate-area",
                    area = &named,
                    first = first.to_string()
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
            let name = self.text_at(s, row, pcol(PersonCol::Name), || {
                msg!("workbook-what-participant-name")
            });
            let agency = self.text_at(s, row, pcol(PersonCol::Agency), || {
                msg!("workbook-what-participant-agency")
            });
            let country = self.text_at(s, row, pcol(PersonCol::Country), || {
                msg!("workbook-what-participant-country")
            });
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
    /// error at the cell. `area` names the row (see [`row_named`]).
    fn target(
        &mut self,
        s: &SheetAt,
        row: u32,
        col: u32,
        area: &Msg,
        labels: &Labels,
    ) -> Option<u8> {
        let cell = s.sheet.get(row, col)?;
        let at = s.cell(row, col);
        if cell.formula.is_some() {
            self.error(
                Code::FormulaInCell,
                at,
                msg!(
                    "workbook-target-formula",
                    area = area,
                    max = MAX_LEVEL.to_string()
                ),
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
                    msg!(
                        "workbook-target-invalid",
                        found = quoted(&shown(&cell.value)),
                        area = area,
                        max = MAX_LEVEL.to_string()
                    ),
                );
                None
            }
        }
    }
}
