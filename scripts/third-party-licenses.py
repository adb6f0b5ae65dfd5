#!/usr/bin/env python3
"""Writes the licence notices of every crate compiled into the wen-assess
binary, for the release archive (THIRD-PARTY-LICENSES.txt).

MIT, BSD and Apache licences ask that their notices travel with a binary.
The crates come from `cargo metadata` (the normal dependencies of
wen-assess for the target, as resolved by Cargo.lock; build-only and
test-only crates are left out), and each crate's licence files
(LICENSE*, LICENCE*, COPYING*, NOTICE*, UNLICENSE) from its source in
Cargo's registry, which a build has just downloaded. A crate that ships no
licence file is listed with its licence expression and says so.

Usage: third-party-licenses.py [--target TRIPLE] > THIRD-PARTY-LICENSES.txt
Runs offline (`cargo metadata --offline`) once the crates are downloaded.
"""
import json
import os
import subprocess
import sys

LICENCE_PREFIXES = ("license", "licence", "copying", "notice", "unlicense")


def metadata(root, target):
    cmd = ["cargo", "metadata", "--format-version", "1", "--locked", "--offline"]
    if target:
        cmd += ["--filter-platform", target]
    out = subprocess.run(cmd, cwd=root, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def shipped_packages(meta):
    """The packages linked into the binary: wen-assess's normal dependencies,
    followed transitively through normal dependencies only (proc macros run
    at build time and are left out)."""
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = meta["resolve"]["root"]
    seen, todo = set(), [root]
    while todo:
        node = nodes[todo.pop()]
        for dep in node["deps"]:
            kinds = {k["kind"] for k in dep["dep_kinds"]}
            if None not in kinds:  # only build or dev dependencies
                continue
            if dep["pkg"] in seen:
                continue
            pkg = packages[dep["pkg"]]
            if any("proc-macro" in t["kind"] for t in pkg["targets"]):
                continue
            seen.add(dep["pkg"])
            todo.append(dep["pkg"])
    return sorted((packages[i] for i in seen), key=lambda p: (p["name"], p["version"]))


def licence_files(pkg):
    folder = os.path.dirname(pkg["manifest_path"])
    names = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isfile(path) and name.lower().startswith(LICENCE_PREFIXES):
            names.append(path)
    # A licence-file key in Cargo.toml may point elsewhere in the package.
    extra = pkg.get("license_file")
    if extra:
        path = os.path.join(folder, extra)
        if os.path.isfile(path) and path not in names:
            names.append(path)
    return names


def main():
    target = None
    args = sys.argv[1:]
    if args[:1] == ["--target"] and len(args) == 2:
        target = args[1]
    elif args:
        sys.exit(__doc__)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    meta = metadata(root, target)
    pkgs = shipped_packages(meta)
    out = sys.stdout
    out.write(
        "Licences of the third-party crates compiled into wen-assess\n"
        "============================================================\n\n"
        "wen-assess itself is under MIT OR Apache-2.0 (LICENSE-MIT,\n"
        "LICENSE-APACHE); the DejaVu font its PDF reports embed is under the\n"
        "licence in LICENSE-DejaVu.txt. The crates below are linked into the\n"
        "program; each is listed with its version, its licence expression as\n"
        "it declares it, its source, and the licence files it ships.\n\n"
    )
    for p in pkgs:
        out.write("%s %s: %s\n" % (p["name"], p["version"], p.get("license") or "see its licence file"))
    for p in pkgs:
        out.write("\n" + "=" * 76 + "\n")
        out.write("%s %s\n" % (p["name"], p["version"]))
        out.write("Licence: %s\n" % (p.get("license") or "see below"))
        if p.get("repository"):
            out.write("Source: %s\n" % p["repository"])
        files = licence_files(p)
        if not files:
            out.write("\n(The crate ships no licence file; its licence is the one named above.)\n")
        for path in files:
            out.write("\n--- %s ---\n\n" % os.path.basename(path))
            with open(path, encoding="utf-8", errors="replace") as f:
                out.write(f.read().rstrip() + "\n")


if __name__ == "__main__":
    main()
