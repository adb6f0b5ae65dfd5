#!/usr/bin/env python3
"""The same job as `wen-assess score`, done the way a short Python script
would: PyYAML parses each answer file, then weighted means per area and
overall. Prints `file,overall` per file (overall rounded to one decimal, as
wen-assess shows it), so the benchmark can check both give equal results.

Usage: score_pyyaml.py GUIDELINE.yaml ANSWERS.yaml...
Set WEN_PY_LOADER=c to use libyaml's CSafeLoader instead of the default.
"""
import math
import sys

import yaml

Loader = yaml.SafeLoader
if len(sys.argv) > 1 and __import__("os").environ.get("WEN_PY_LOADER") == "c":
    Loader = yaml.CSafeLoader


def round1(x):
    return math.floor(x * 10 + 0.5) / 10


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        guideline = yaml.load(f, Loader=Loader)
    out = []
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            doc = yaml.load(f, Loader=Loader)
        answers = doc.get("answers") or {}
        total, total_weight = 0.0, 0.0
        for area in guideline["areas"]:
            s, w = 0.0, 0.0
            for c in area["criteria"]:
                a = answers.get(c["id"]) or {}
                level = a.get("level")
                if isinstance(level, int) and not isinstance(level, bool):
                    cw = c.get("weight", 1.0)
                    s += cw * level
                    w += cw
            if w > 0:
                aw = area.get("weight", 1.0)
                total += aw * (s / w)
                total_weight += aw
        overall = "" if total_weight == 0 else "%.1f" % round1(total / total_weight)
        out.append("%s,%s" % (path, overall))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
