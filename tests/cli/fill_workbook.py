#!/usr/bin/env python3
"""Fills a wen-assess workbook with openpyxl, as a coordinator's script would.

    fill_workbook.py TEMPLATE.xlsx OUT.xlsx SPEC.json

The script knows the workbook only as a person reads it: the sheets
"Answers" and "Workshop", the column headers, the labels of the header
block, and that the cells to fill are the unlocked ones. It then does what
people do to a returned workbook: it moves the rows (reverses them), adds a
column of its own in the middle of the table and a row without an id.

SPEC (JSON):
  header:       {"Network": ..., "Country": ..., "Date": ...}   by label
  answers:      {"<criterion id>": {"level": <any JSON value>,
                                    "reason", "note", "evidence": text}}
  targets:      {"<area id>": <level>}
  findings:     {"<area id>": {"strengths", "challenges", "priorities"}}
  participants: [[name, agency, country], ...]
"""

import json
import sys

import openpyxl


def label(value):
    """A header or label as compared: the text before any "("."""
    return value.split("(")[0].strip() if isinstance(value, str) else None


def header_row(ws, wanted):
    """The row whose cells hold all the `wanted` headers, and their columns."""
    for row in ws.iter_rows(min_row=1, max_row=60):
        cols = {label(c.value): c.column for c in row if label(c.value)}
        if all(w in cols for w in wanted):
            return row[0].row, cols
    raise SystemExit(f"no header row with {wanted} in sheet {ws.title}")


def main(template, out, spec_path):
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    wb = openpyxl.load_workbook(template)
    ws = wb["Answers"]
    top, cols = header_row(ws, ["ID", "Level", "Reason", "Note", "Evidence"])

    # The header block: the first unlocked cell right of each label.
    for row in ws.iter_rows(min_row=1, max_row=top - 1):
        for cell in row:
            name = label(cell.value)
            if name not in spec.get("header", {}):
                continue
            for right in row[cell.column :]:
                if right.protection.locked is False:
                    right.value = spec["header"][name]
                    break

    # The answers, found by id.
    answers = spec.get("answers", {})
    for r in range(top + 1, ws.max_row + 1):
        given = answers.get(ws.cell(r, cols["ID"]).value)
        if not given:
            continue
        for key, header in (("level", "Level"), ("reason", "Reason"), ("note", "Note"), ("evidence", "Evidence")):
            if key in given:
                ws.cell(r, cols[header]).value = given[key]

    # What people do to a returned workbook: rows moved (here reversed), a
    # column of their own before Level, a row without an id at the end.
    last = ws.max_row
    width = ws.max_column
    rows = [[ws.cell(r, c).value for c in range(1, width + 1)] for r in range(top + 1, last + 1)]
    for i, values in enumerate(reversed(rows)):
        for c, v in enumerate(values, start=1):
            ws.cell(top + 1 + i, c).value = v
    ws.insert_cols(cols["Level"])
    ws.cell(top, cols["Level"]).value = "Checked by"
    for r in range(top + 1, last + 1):
        ws.cell(r, cols["Level"]).value = "regional office"
    ws.cell(last + 2, cols["Note"] + 1).value = "A remark below the table, on no criterion."

    # The Workshop sheet: targets and findings by area id, participants.
    ws = wb["Workshop"]
    top, cols = header_row(ws, ["ID", "Target", "Strengths", "Challenges", "Agreed priorities"])
    people, pcols = header_row(ws, ["Name", "Agency", "Country"])
    for r in range(top + 1, people):
        area = ws.cell(r, cols["ID"]).value
        if area in spec.get("targets", {}):
            ws.cell(r, cols["Target"]).value = spec["targets"][area]
        for key, header in (("strengths", "Strengths"), ("challenges", "Challenges"), ("priorities", "Agreed priorities")):
            text = spec.get("findings", {}).get(area, {}).get(key)
            if text is not None:
                ws.cell(r, cols[header]).value = text
    for i, (name, agency, country) in enumerate(spec.get("participants", [])):
        r = people + 1 + i
        ws.cell(r, pcols["Name"]).value = name
        ws.cell(r, pcols["Agency"]).value = agency
        ws.cell(r, pcols["Country"]).value = country

    wb.save(out)


if __name__ == "__main__":
    main(*sys.argv[1:4])
