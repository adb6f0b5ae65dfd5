#!/usr/bin/env python3
"""Answer files as other programs write them, for `cargo bench`.

A consultant who fills answer files with a script writes them with PyYAML,
ruamel.yaml or yq, not with wen-assess. This program fills the blank answer
file that `wen-assess template` made (levels, notes over several lines and
paragraphs, text in other languages, evidence, participants, findings) and
writes N files with one writer, each with the settings people use with it:

  pyyaml  yaml.safe_dump: its defaults (keys sorted, non-ASCII escaped in
          double quotes); unicode kept, keys in order and `|` for text of
          several lines (the usual representer); the flow style for lists
          and mappings of scalars (default_flow_style=None)
  ruamel  ruamel.yaml: the round-trip dumper on the template (comments
          kept), with `|` and `>` for long text, or with the dashes of lists
          indented; YAML(typ="safe"), whose default puts lists of scalars in
          flow style
  yq      yq -y (the jq wrapper, Debian package `yq`) from a stream of
          documents, written as one run and split

Usage: write_answers.py WRITER TEMPLATE.yaml OUT_DIR N
Exits with status 3 and says why when the writer is not installed.
"""
import copy
import io
import json
import os
import random
import shutil
import subprocess
import sys

WORDS = (
    "the secretariat meeting customs police prosecutors seizure ivory pangolin "
    "report focal point budget donor training border airport port agreed "
    "pending minutes members national task force network annual plan was "
    "were has not yet only two three of in for and with by at since after "
    "cases officers agency agencies request requests sent received decision "
    "Executive Committee court sentence route shipment investigation"
).split()
WORDS_ABROAD = [
    "Réseau", "Ministère", "Forêts", "São Tomé", "Lucía", "d’Afrique",
    "“Annual Meeting”", "naïve", "€2,000", "—", "Zoë", "Côte", "año",
    "Eaux", "Protección", "l’Environnement",
]
EVIDENCE = [
    "Minutes of the March 2026 Executive Committee, item 4",
    "https://example.org/reports/2026-annual-meeting-attendance-list.pdf",
    "Rapport annuel 2025 (français)",
    "Annex 2: budget",
    "Decision 3/2024 of the Ministerial Meeting",
    "minutes-2026.pdf",
    "Memorandum of Understanding (2019, as amended 2024)",
    "Informe de la reunión de Lima, año 2025",
]
NAMES = ["Amina Example", "Lucía Muestra", "Jonas Placeholder", "Zoë Exemple",
         "Kofi Sample", "João Exemplo", "Grace Testa"]
AGENCIES = ["Customs Administration, risk management unit", "National Police",
            "Ministère des Eaux et Forêts", "Office of the Prosecutor General",
            "Financial Intelligence Unit"]
COUNTRIES = ["Example Republic", "Côte Fictive", "São Exemplo",
             "Republic of Portmere", "Costa Ficticia", "Island Example"]


def sentence(rng):
    words = []
    for _ in range(rng.randint(6, 24)):
        if rng.random() < 0.08:
            words.append(rng.choice(WORDS_ABROAD))
        else:
            words.append(rng.choice(WORDS))
    r = rng.random()
    if r < 0.08:
        words.insert(rng.randint(0, len(words)), "status: pending")
    elif r < 0.12:
        words.append("(item #%d)" % rng.randint(1, 9))
    elif r < 0.15:
        words.insert(0, "'%s'" % rng.choice(WORDS))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def text(rng, most):
    """A note or finding: one to `most` sentences, sometimes in paragraphs
    or with a list of points on lines of their own."""
    sentences = [sentence(rng) for _ in range(rng.randint(1, most))]
    r = rng.random()
    if r < 0.08 and len(sentences) > 1:
        return sentences[0] + "\n\n" + " ".join(sentences[1:])
    if r < 0.12:
        return sentences[0] + "\n- " + "\n- ".join(rng.choice(WORDS) for _ in range(3)) + "\n"
    return " ".join(sentences)


def filled(template, rng, ids):
    """The template's content with everything a respondent fills in."""
    doc = template
    doc["network"]["name"] = rng.choice(["Example Regional WEN", "Réseau régional d’Afrique centrale"])
    doc["network"]["region"] = "a fictional coastal region"
    doc["respondent"]["name"] = rng.choice(NAMES)
    doc["respondent"]["role"] = "Focal point, " + rng.choice(["customs", "police", "wildlife authority"])
    doc["respondent"]["country"] = rng.choice(COUNTRIES)
    doc["date"] = "2026-11-%02d" % rng.randint(1, 30)
    if rng.random() < 0.3:
        doc["targets"] = {"finance": 4}
    if rng.random() < 0.3:
        doc["participants"] = [
            {"name": rng.choice(NAMES), "agency": rng.choice(AGENCIES), "country": rng.choice(COUNTRIES)}
            for _ in range(rng.randint(2, 6))
        ]
    if rng.random() < 0.3:
        areas = sorted({i.split(".")[0] for i in ids})
        doc["findings"] = {
            a: {k: text(rng, 3) for k in ("strengths", "challenges", "priorities")} for a in areas
        }
    for cid in ids:
        entry = doc["answers"][cid]
        r = rng.random()
        if r < 0.05:
            entry["level"] = None
        elif r < 0.1:
            entry["level"] = "na"
            entry["reason"] = text(rng, 1)
        else:
            entry["level"] = rng.randint(0, 4)
        entry["note"] = text(rng, 4) if rng.random() < 0.7 else None
        if rng.random() < 0.35:
            entry["evidence"] = rng.sample(EVIDENCE, rng.randint(1, 3))
    return doc


def plain(doc):
    """A copy in plain dicts and lists, without the template's unset values,
    as a script that builds its data itself would have it."""
    if isinstance(doc, dict):
        return {str(k): plain(v) for k, v in doc.items() if v is not None and v != []}
    if isinstance(doc, list):
        return [plain(v) for v in doc]
    return doc


def write_pyyaml(template_text, out, n):
    import yaml

    class LiteralDumper(yaml.SafeDumper):
        pass

    def text_presenter(dumper, data):
        style = "|" if "\n" in data else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)

    LiteralDumper.add_representer(str, text_presenter)
    template = yaml.safe_load(template_text)
    ids = list(template["answers"])
    for i in range(n):
        rng = random.Random(i)
        doc = plain(filled(copy.deepcopy(template), rng, ids))
        if i % 3 == 0:
            body = yaml.safe_dump(doc)
        elif i % 3 == 1:
            body = yaml.dump(doc, Dumper=LiteralDumper, allow_unicode=True, sort_keys=False)
        else:
            body = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, default_flow_style=None)
        write(out, i, body)


def write_ruamel(template_text, out, n):
    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

    round_trip = YAML()
    indented = YAML()
    indented.indent(mapping=2, sequence=4, offset=2)
    safe = YAML(typ="safe", pure=True)
    template = round_trip.load(template_text)
    ids = list(template["answers"])
    for i in range(n):
        rng = random.Random(i)
        doc = filled(copy.deepcopy(template), rng, ids)
        stream = io.StringIO()
        if i % 3 == 0:
            for entry in doc["answers"].values():
                note = entry.get("note")
                if isinstance(note, str) and "\n" in note:
                    entry["note"] = LiteralScalarString(note)
            for area in (doc.get("findings") or {}).values():
                for k, v in area.items():
                    area[k] = FoldedScalarString(v) if "\n" not in v else LiteralScalarString(v)
            round_trip.dump(doc, stream)
        elif i % 3 == 1:
            indented.dump(doc, stream)
        else:
            safe.dump(plain(doc), stream)
        write(out, i, stream.getvalue())


def write_yq(template_text, out, n):
    import yaml

    if shutil.which("yq") is None:
        raise ImportError("yq")
    template = yaml.safe_load(template_text)
    ids = list(template["answers"])
    # yq reads YAML: the JSON documents, one per line, each opened by `---`.
    stream = "".join(
        "---\n" + json.dumps(plain(filled(copy.deepcopy(template), random.Random(i), ids))) + "\n"
        for i in range(n)
    )
    result = subprocess.run(["yq", "-y", "."], input=stream, capture_output=True, text=True, check=True)
    # yq writes the documents one after the other, each after the first
    # opened by a line `---`; no line of a document is `---` itself, since
    # every value of an answer file is indented under its key.
    docs = result.stdout.split("\n---\n")
    if len(docs) != n:
        sys.exit("yq wrote %d documents for %d" % (len(docs), n))
    for i, body in enumerate(docs):
        write(out, i, body.removeprefix("---\n").rstrip("\n") + "\n")


def write(out, i, body):
    with open(os.path.join(out, "answers-%05d.yaml" % i), "w", encoding="utf-8") as f:
        f.write(body)


def main():
    writer, template_path, out, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    with open(template_path, encoding="utf-8") as f:
        template_text = f.read()
    os.makedirs(out, exist_ok=True)
    write_one = {"pyyaml": write_pyyaml, "ruamel": write_ruamel, "yq": write_yq}[writer]
    try:
        write_one(template_text, out, n)
    except ImportError as e:
        print("%s is not installed (%s)" % (writer, e), file=sys.stderr)
        sys.exit(3)


if __name__ == "__main__":
    main()
