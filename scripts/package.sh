#!/usr/bin/env bash
# Builds the release archive of wen-assess for one target:
#
#   dist/wen-assess-<version>-<target>.tar.gz
#   dist/wen-assess-<version>-<target>.tar.gz.sha256   (checks with sha256sum -c)
#
# For a Windows target the archive is a .zip holding wen-assess.exe (made
# with 7z or zip; Git Bash on the Windows runners has 7z).
#
# The archive holds one folder, wen-assess-<version>-<target>/, with the
# binary, README.md and the user's guide it links to (docs/), the licences (the crate's, that of the DejaVu font
# the PDF reports embed, and THIRD-PARTY-LICENSES.txt with the notices of
# every crate linked into the binary), the man pages (man/man1/) and the shell completions
# (completions/). Man pages and completions are made by running the binary,
# so they always match it. The release workflow
# (.github/workflows/release.yml) runs this script for every target.
#
# Usage: scripts/package.sh [--target TRIPLE] [--binary PATH] [--out-dir DIR]
#   --target TRIPLE  build for TRIPLE and name the archive after it
#                    (default: the triple of this machine's rustc)
#   --binary PATH    package this binary instead of building one (the
#                    tests package the test build this way)
#   --out-dir DIR    where to write the archive (default: dist/ at the
#                    repository root)
#
# Progress goes to standard error; the path of the archive is printed on
# standard output. File dates in the archive are those of the last commit
# (or SOURCE_DATE_EPOCH), so the same binary gives the same archive.
set -euo pipefail

fail() {
  echo "package.sh: error: $*" >&2
  exit 1
}

say() {
  echo "package.sh: $*" >&2
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target=""
binary=""
out_dir="$root/dist"

while [ $# -gt 0 ]; do
  case "$1" in
    --target) [ $# -ge 2 ] || fail "--target needs a value"; target="$2"; shift 2 ;;
    --binary) [ $# -ge 2 ] || fail "--binary needs a value"; binary="$2"; shift 2 ;;
    --out-dir) [ $# -ge 2 ] || fail "--out-dir needs a value"; out_dir="$2"; shift 2 ;;
    -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; exit 0 ;;
    *) fail "unknown argument '$1' (see --help)" ;;
  esac
done

if command -v sha256sum >/dev/null 2>&1; then
  checksum() { sha256sum "$1"; }
elif command -v shasum >/dev/null 2>&1; then
  checksum() { shasum -a 256 "$1"; }
else
  fail "'sha256sum' or 'shasum' is needed for the checksum file and neither was found"
fi

# Without --target, cargo builds for this machine into target/release, the
# folder `cargo build --release` already fills.
cargo_target=()
release_dir="release"
if [ -n "$target" ]; then
  cargo_target=(--target "$target")
  release_dir="$target/release"
else
  command -v rustc >/dev/null 2>&1 || fail "give --target TRIPLE: rustc, which knows this machine's triple, was not found"
  target="$(rustc -vV | sed -n 's/^host: //p')"
  [ -n "$target" ] || fail "could not read the host triple from 'rustc -vV'"
fi

exe=""
kind="tar.gz"
case "$target" in
  *windows*) exe=".exe"; kind="zip" ;;
esac
if [ "$kind" = "zip" ]; then
  if command -v 7z >/dev/null 2>&1; then
    zipper=7z
  elif command -v zip >/dev/null 2>&1; then
    zipper=zip
  else
    fail "'7z' or 'zip' is needed to make the .zip archive and neither was found"
  fi
else
  for tool in tar gzip; do
    command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is needed to make the archive and was not found"
  done
fi

if [ -n "$binary" ]; then
  [ -f "$binary" ] || fail "$binary: no such file"
  binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
else
  say "building wen-assess for $target: cargo build --release --locked ${cargo_target[*]}"
  (cd "$root" && cargo build --release --locked "${cargo_target[@]}")
  target_dir="${CARGO_TARGET_DIR:-target}"
  case "$target_dir" in
    /*) ;;
    *) target_dir="$root/$target_dir" ;;
  esac
  binary="$target_dir/$release_dir/wen-assess$exe"
  [ -f "$binary" ] || fail "the build succeeded but $binary is missing"
fi
[ -x "$binary" ] || fail "$binary: is not executable"

# The binary names its own version, so a given binary is never packaged
# under another version's name.
# (`-V` prints the one line `wen-assess X.Y.Z`; `--version` adds the
# built-in guidelines and the languages.)
version="$("$binary" -V)" || fail "$binary -V failed; is it a wen-assess binary for this machine?"
version="${version#wen-assess }"
version="${version%$'\r'}"
case "$version" in
  [0-9]*.[0-9]*.[0-9]*) ;;
  *) fail "$binary -V printed '$version', not 'wen-assess X.Y.Z'" ;;
esac

name="wen-assess-$version-$target"
mkdir -p "$out_dir" || fail "cannot create the folder $out_dir"
out_dir="$(cd "$out_dir" && pwd)"
archive="$out_dir/$name.$kind"

staging="$(mktemp -d "${TMPDIR:-/tmp}/wen-assess-package.XXXXXX")"
trap 'rm -rf "$staging" "$archive.part"' EXIT
stage="$staging/$name"
mkdir -p "$stage/man/man1" "$stage/completions"

say "collecting the files of $name"
cp "$binary" "$stage/wen-assess$exe"
cp "$root/README.md" "$root/LICENSE-MIT" "$root/LICENSE-APACHE" "$stage/"
cp -R "$root/docs" "$stage/docs"
cp "$root/assets/fonts/LICENSE-DejaVu.txt" "$stage/"
# The notices of the crates linked into the binary (MIT, BSD and Apache ask
# that they travel with it), from Cargo.lock and the crates' own files.
python="$(command -v python3 || command -v python || true)"
[ -n "$python" ] || fail "'python3' (or 'python') is needed to collect the third-party licences and was not found"
"$python" "$root/scripts/third-party-licenses.py" --target "$target" >"$stage/THIRD-PARTY-LICENSES.txt" ||
  fail "could not collect the third-party licences (run 'cargo fetch' first if the crates are not downloaded)"

# The message of `man --output-dir` follows the locale; only the files matter.
"$binary" man --output-dir "$stage/man/man1" >/dev/null
"$binary" completions bash >"$stage/completions/wen-assess.bash"
"$binary" completions zsh >"$stage/completions/_wen-assess"
"$binary" completions fish >"$stage/completions/wen-assess.fish"
"$binary" completions powershell >"$stage/completions/_wen-assess.ps1"
chmod -R u=rwX,go=rX "$stage"
chmod 755 "$stage/wen-assess$exe"

epoch="${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}"
# macOS tar would add AppleDouble `._` files for extended attributes.
export COPYFILE_DISABLE=1
say "writing $archive"
if [ "$kind" = "zip" ]; then
  # Same dates for every file; entries in name order.
  find "$stage" -exec touch -d "@$epoch" {} + 2>/dev/null || true
  if [ "$zipper" = 7z ]; then
    (cd "$staging" && 7z a -tzip -bso0 -bsp0 "$archive.part" "$name")
  else
    (cd "$staging" && find "$name" | LC_ALL=C sort | zip -X -q "$archive.part" -@)
  fi
elif tar --version 2>/dev/null | grep -q 'GNU tar'; then
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" \
    --format=gnu -C "$staging" -cf - "$name" | gzip -n >"$archive.part"
else
  # bsdtar (macOS): fixed owners; entries in the order the folder lists them.
  tar --uid 0 --gid 0 --uname root --gname root -C "$staging" -cf - "$name" | gzip -n >"$archive.part"
fi
mv -f "$archive.part" "$archive"

(cd "$out_dir" && checksum "$name.$kind" >"$name.$kind.sha256")
size_kb=$(($(wc -c <"$archive") / 1024))
say "wrote $name.$kind ($size_kb KiB) and $name.$kind.sha256 in $out_dir"
echo "$archive"
