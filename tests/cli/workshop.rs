//! Workshop records: the participants stand after the title block, the
//! findings agreed for an area stand before that area's answers, in the
//! Markdown and in the PDF; the answers schema describes both.

use super::{pdf_tool, repo, wen};

const EXAMPLE: &str = "examples/strengthening-example.yaml";

/// Where `needle` starts in `text`, failing with the text when absent.
fn at(text: &str, needle: &str) -> usize {
    text.find(needle).unwrap_or_else(|| {
        let shown: String = text.chars().take(3000).collect();
        panic!("{needle:?} not found in:\n{shown}")
    })
}

#[test]
fn markdown_shows_participants_then_summary_and_findings_before_answers() {
    let r = wen(&["report", EXAMPLE, "-o", "-"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let md = r.stdout;
    let participants = "## Participants\n\n\
        | Name | Agency | Country |\n\
        |---|---|---|\n\
        | Amina Example | Network secretariat | Example Republic |\n\
        | Jonas Placeholder | Customs Administration, risk management unit | Republic of Portmere |\n\
        | Lucía Muestra | National Police, environmental crime unit | Costa Ficticia |\n\
        | Tomasz Dummy | Office of the Prosecutor General | Northern Example State |\n\
        | Grace Testa | Wildlife and Parks Authority, investigations | Island Example |\n\
        | Kofi Sample | Financial Intelligence Unit | Example Republic |\n";
    assert!(
        at(&md, "| Overall maturity |") < at(&md, participants),
        "participants after the title block"
    );
    assert!(at(&md, participants) < at(&md, "## Summary by area"));
    let finance = "### Finance\n\n\
        **Findings agreed**\n\n\
        - Strengths: Grant spending is reported at each Annual Meeting.\n\
        - Challenges: One donor pays all core costs, there is no network budget and no member contributions, and the grant ends on 30 June 2027.\n\
        - Agreed priorities: Draft the transition plan by March 2027, propose a member contribution scheme, and submit the two concept notes written in 2026.\n\n\
        #### Source of core funding (`finance.core-funding`)\n";
    assert!(md.contains(finance), "{md}");
    // Every area has its findings right after its heading, before its
    // first criterion.
    for area in [
        "Membership",
        "Governance",
        "Finance",
        "Support",
        "Deliverables",
    ] {
        let heading = at(&md, &format!("\n### {area}\n"));
        let rest = &md[heading..];
        assert!(
            rest.find("**Findings agreed**") < rest.find("\n#### "),
            "{area}"
        );
    }
}

#[test]
#[ignore = "needs poppler-utils (CI runs it)"]
fn pdf_shows_participants_on_the_first_page_and_findings_before_answers() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("report.pdf");
    let r = wen(&[
        "report",
        EXAMPLE,
        "--format",
        "pdf",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let squeezed = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let first = pdf_tool("pdftotext", &["-f", "1", "-l", "1", "-layout"], &pdf);
    let page1 = squeezed(&first);
    assert!(
        at(&page1, "Overall maturity 1.5 / 4") < at(&page1, "Participants Name Agency Country")
    );
    for person in [
        "Amina Example Network secretariat Example Republic",
        "Tomasz Dummy Office of the Prosecutor General Northern Example State",
        "Kofi Sample Financial Intelligence Unit Example Republic",
    ] {
        assert!(page1.contains(person), "{person} not on page 1:\n{page1}");
    }
    let text = squeezed(&pdf_tool("pdftotext", &[], &pdf));
    // In the answers part: the area heading, its findings in three columns,
    // then its first criterion.
    let heading = at(&text, "Finance maturity 1.0 (Initial), target 3");
    let rest = &text[heading..];
    assert!(rest.starts_with(
        "Finance maturity 1.0 (Initial), target 3 Findings agreed Strengths Challenges Agreed priorities \
         Grant spending is reported at each Annual Meeting. One donor pays all core costs"
    ), "{}", &rest[..600.min(rest.len())]);
    assert!(
        at(rest, "submit the two concept notes written in 2026.")
            < at(rest, "Source of core funding finance.core-funding")
    );
}

#[test]
fn answers_schema_describes_participants_and_findings() {
    let r = wen(&["schema", "answers"]);
    assert_eq!(r.code, 0);
    let schema: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let text = std::fs::read_to_string(repo(EXAMPLE)).unwrap();
    let good = wen_assess::yaml::parse(&text).unwrap().root.to_json();
    assert!(validator.is_valid(&good));
    assert!(
        good["participants"]
            .as_array()
            .is_some_and(|p| p.len() == 6)
    );
    assert!(good["findings"]["finance"]["challenges"].is_string());
    let broken = |path: &[&str], value: serde_json::Value| {
        let mut doc = good.clone();
        let mut at = &mut doc;
        for key in &path[..path.len() - 1] {
            at = match key.parse::<usize>() {
                Ok(i) => &mut at[i],
                Err(_) => &mut at[*key],
            };
        }
        at[path[path.len() - 1]] = value;
        validator.is_valid(&doc)
    };
    use serde_json::json;
    assert!(!broken(&["participants"], json!("everyone")));
    assert!(!broken(&["participants", "0", "name"], json!(3)));
    assert!(!broken(&["findings"], json!(["strengths"])));
    assert!(!broken(
        &["findings", "finance", "strengths"],
        json!(["a", "b"])
    ));
    assert!(broken(&["findings", "finance"], json!(null)));
}
