#!/usr/bin/env bash
# Counts the instructions one `--version`, `check` and `build` of the sample execute, and the page
# faults of one `check`, for each binary given: figures the load of a shared machine does not move, for
# comparing two builds when wall times are noise (bench/README.md, "Start-up"). Instructions miss the
# kernel's share: the faults column is there because a PIE image's relocations cost page faults, not
# user instructions (bench/README.md, "Start-up (fifth round)"). Valgrind cannot read the .dbg of a Native AOT binary, so
# each binary is copied alone into a temp folder first.
# Usage: bench/instructions.sh BIN [BIN...]    e.g. bench/instructions.sh /tmp/before/reportgen artifacts/aot/reportgen
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null 2>&1 || { apt-get install -y -qq --no-install-recommends valgrind >/dev/null; }
[[ -x /usr/bin/time ]] || { apt-get install -y -qq --no-install-recommends time >/dev/null; }
SAMPLE="samples/liaocheng-culture-tourism-2023"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/reportgen-instr.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

count() { valgrind --tool=lackey --basic-counts=yes "$@" 2>&1 >/dev/null | awk '/guest instrs:/ {gsub(",", "", $NF); print $NF}'; }

faults() { /usr/bin/time -f %R "$@" 2>&1 >/dev/null | tail -1; }

echo "| binary | size (bytes) | --version | check | build | page faults of check |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
i=0
for bin in "$@"; do
  i=$((i + 1))
  mkdir -p "$WORK/$i"
  cp "$bin" "$WORK/$i/reportgen"
  b="$WORK/$i/reportgen"
  printf '| %s | %s | %s | %s | %s | %s |\n' "$bin" "$(stat -c %s "$b")" \
    "$(count "$b" --version)" "$(count "$b" check "$SAMPLE")" "$(count "$b" build "$SAMPLE" -o "$WORK/$i.docx")" \
    "$(faults "$b" check "$SAMPLE")"
done
