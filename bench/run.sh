#!/usr/bin/env bash
# Times the Native AOT binary on the seed sample: `check` and `build` per process (hyperfine medians),
# a batch of N copies in one process (reports/s), and peak RSS for one report; and the page
# (reportgen-web, published beside it): findings after the debounce in chromium, and its size.
# Usage: bench/run.sh [N]   (N copies for the batch, default 1000)
# Env:   RUNS (hyperfine runs per command, default 30), SKIP_PUBLISH=1 with AOT_DIR=... to time an existing binary.
set -euo pipefail
cd "$(dirname "$0")/.."

N="${1:-1000}"
RUNS="${RUNS:-30}"
SAMPLE="samples/liaocheng-culture-tourism-2023"

need_apt=()
command -v hyperfine >/dev/null 2>&1 || need_apt+=(hyperfine)
[[ -x /usr/bin/time ]] || need_apt+=(time)
command -v clang >/dev/null 2>&1 || need_apt+=(clang)
dpkg -s zlib1g-dev >/dev/null 2>&1 || need_apt+=(zlib1g-dev)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
if ((${#need_apt[@]} > 0)); then
  echo "installing: ${need_apt[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/reportgen-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

AOT_DIR="${AOT_DIR:-$WORK/aot}"
if [[ "${SKIP_PUBLISH:-0}" != 1 ]]; then
  echo "publishing the Native AOT binary to $AOT_DIR ..." >&2
  dotnet publish src/ReportGen.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$AOT_DIR" >"$WORK/publish.log" 2>&1 \
    || { cat "$WORK/publish.log" >&2; exit 1; }
  dotnet publish src/ReportGen.Web -c Release -r linux-x64 -p:PublishAot=true -o "$AOT_DIR" >"$WORK/publish-web.log" 2>&1 \
    || { cat "$WORK/publish-web.log" >&2; exit 1; }
fi
BIN="$AOT_DIR/reportgen"
[[ -x "$BIN" ]] || { echo "no binary at $BIN" >&2; exit 1; }

# The sample must pass, or the timings measure the error path.
"$BIN" check "$SAMPLE" >/dev/null
"$BIN" build "$SAMPLE" -o "$WORK/one.docx" >/dev/null
# The same report in the workbook form: its tables as tables.xlsx in place of the three CSVs.
mkdir -p "$WORK/workbook"
cp "$SAMPLE"/* "$WORK/workbook/"
rm "$WORK/workbook/"*.csv
"$BIN" build "$SAMPLE" -o "$WORK/workbook/tables.xlsx" >/dev/null
"$BIN" check "$WORK/workbook" >/dev/null

echo "per-process timings ($RUNS runs each) ..." >&2
hyperfine -N --style basic --warmup 5 --runs "$RUNS" --export-json "$WORK/process.json" \
  -n check "$BIN check $SAMPLE" \
  -n check-workbook "$BIN check $WORK/workbook" \
  -n build "$BIN build $SAMPLE -o $WORK/one.docx" >&2

# Reading a published report (import of a real PDF, in one process) must stay under 0.5 s.
PUBLISHED="${PUBLISHED:-../shared/real-reports/huaian-city-gov-2024.pdf}"
if [[ -f "$PUBLISHED" ]]; then
  echo "import of a published PDF ($RUNS runs) ..." >&2
  hyperfine -N -i --style basic --warmup 3 --runs "$RUNS" --prepare "rm -rf $WORK/imported" --export-json "$WORK/import.json" \
    -n import "$BIN import $PUBLISHED -o $WORK/imported" >&2
else
  echo '{"results": []}' >"$WORK/import.json"
fi

echo "batch of $N copies ..." >&2
mkdir -p "$WORK/batch"
for i in $(seq -w 1 "$N"); do
  cp -r "$SAMPLE" "$WORK/batch/r$i"
done
# One warm-up pass puts the copies in the page cache; then three timed passes, median kept.
"$BIN" check "$WORK/batch" >/dev/null
hyperfine -N --style basic --warmup 0 --runs 3 --export-json "$WORK/batch.json" \
  -n batch-check "$BIN check $WORK/batch" \
  -n batch-build "$BIN build $WORK/batch -o $WORK/out" >&2

# The same N as distinct agencies whose sections are all near copies of each other: the worst case of
# the cross-unit similarity rule (S02), on by default when several agencies are checked together.
mkdir -p "$WORK/units"
for i in $(seq -w 1 "$N"); do
  cp -r "$SAMPLE" "$WORK/units/u$i"
  sed -i "s/聊城市文化和旅游局/第${i}单位/" "$WORK/units/u$i/report.json"
  printf '\n本单位编号%s。\n' "$i" >>"$WORK/units/u$i/problems.md"
done
"$BIN" check "$WORK/units" >/dev/null
hyperfine -N --style basic --warmup 0 --runs 3 --export-json "$WORK/similar.json" \
  -n batch-check-similar "$BIN check $WORK/units" >&2

peak_kb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'; }
RSS_CHECK="$(peak_kb "$BIN" check "$SAMPLE")"
RSS_BUILD="$(peak_kb "$BIN" build "$SAMPLE" -o "$WORK/one.docx")"

python3 - "$WORK/process.json" "$WORK/batch.json" "$WORK/similar.json" "$WORK/import.json" "$N" "$RSS_CHECK" "$RSS_BUILD" "$(stat -c %s "$BIN")" <<'PY'
import json, sys
proc, batch, similar, imported = (json.load(open(p))["results"] for p in sys.argv[1:5])
n, rss_check, rss_build, size = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7]), int(sys.argv[8])
t = {r["command"]: r for r in proc + batch + similar + imported}
ms = lambda r: r["median"] * 1000
check, build = ms(t["check"]), ms(t["build"])
bc, bb = t["batch-check"]["median"], t["batch-build"]["median"]
rows = [
    ("check, one report (median)", f"{check:.1f} ms", "<= 25 ms", check <= 25),
    ("check, one report as tables.xlsx (median)", f"{ms(t['check-workbook']):.1f} ms", "< 30 ms", ms(t["check-workbook"]) < 30),
    ("build, one report (median)", f"{build:.1f} ms", "<= 60 ms", build <= 60),
    *([("import, one published PDF (median)", f"{ms(t['import']):.1f} ms", "< 500 ms", ms(t["import"]) < 500)] if "import" in t else []),
    (f"batch check, {n} reports", f"{n / bc:.0f} reports/s ({bc:.2f} s)", "", None),
    (f"batch build, {n} reports", f"{n / bb:.0f} reports/s ({bb:.2f} s)", "", None),
    (f"batch check, {n} agencies, near-copies (S02 on)", f"{t['batch-check-similar']['median']:.2f} s", "< 10 s", t["batch-check-similar"]["median"] < 10),
    (f"batch check+build, {n} reports", f"{n / (bc + bb):.0f} reports/s ({bc + bb:.2f} s)", ">= 800 reports/s", n / (bc + bb) >= 800),
    ("peak RSS, check one report", f"{rss_check / 1024:.1f} MB", "", None),
    ("peak RSS, build one report", f"{rss_build / 1024:.1f} MB", "< 50 MB", rss_build / 1024 < 50),
    ("binary size", f"{size / 1024 / 1024:.1f} MB", "", None),
]
print("| measure | result | target | met |")
print("| --- | --- | --- | --- |")
for name, value, target, ok in rows:
    print(f"| {name} | {value} | {target} | {'' if ok is None else ('yes' if ok else 'NO')} |")
PY

# The page: from the end of the debounce to the frame that shows the findings, in chromium (target 100 ms).
WEB="$AOT_DIR/reportgen-web"
if [[ -x "$WEB" ]] && command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "page latency ($RUNS keystrokes) ..." >&2
  dotnet run -c Release --project bench/ReportGen.Benchmarks -- page-latency "$WEB" "$RUNS"
  echo "| page binary size (reportgen-web) | $(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1024 / 1024:.1f} MB')" "$WEB") | | |"
else
  echo "page latency skipped: needs $WEB, chromium and chromedriver (apt-get install chromium chromium-driver)" >&2
fi
