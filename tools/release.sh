#!/usr/bin/env bash
# Builds every release artifact from a clean checkout, with Debian's packages and NuGet only, and
# checks each one (docs/release.md lists them and the last run's results):
#   linux-x64 and linux-arm64 Native AOT binaries of reportgen and of the page, reportgen-web, linked
#   against Debian bullseye (glibc floor <= 2.31, checked with objdump -T), the arm64 ones run under
#   qemu-user against the x64 ones; .deb packages for amd64 and arm64 (the desktop entry opens the
#   page); a Windows .zip (self-contained single-file exes, tried under wine);
#   the .NET tool packages (native on linux-x64/arm64, portable elsewhere); SHA256SUMS.
#
#   tools/release.sh            artifacts in artifacts/release, scratch in artifacts/release-work
#
# Needs root for apt-get (it installs what is missing). Takes 15-30 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/artifacts/release
work=$root/artifacts/release-work
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
floor_max=2.31
sample=samples/liaocheng-culture-tourism-2023
results=$work/results.md
cli=src/ReportGen.Cli
web=src/ReportGen.Web

step() { printf '\n== %s\n' "$*"; }
note() { printf '%s\n' "$*" | tee -a "$results"; }

# ---------------------------------------------------------------- host tools
step "host tools"
host_pkgs=(clang zlib1g-dev binutils-aarch64-linux-gnu qemu-user-static dpkg-dev python3 hyperfine wine wine64)
missing=()
for p in "${host_pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]} > 0)); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

rm -rf "$out" "$work/stage" "$work/nupkg" "$work/tool" "$work/check"
mkdir -p "$out" "$work/stage" "$work/check"
: > "$results"
note "# Release $version, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ' (with local changes)')"
note ""
note "Host: $(. /etc/os-release && echo "$PRETTY_NAME"), $(nproc) cores; dotnet $(dotnet --version), $(clang --version | head -n 1), $(qemu-aarch64-static --version | head -n 1), $(wine --version 2>/dev/null)"

# ---------------------------------------------------------------- sysroots and native binaries
step "bullseye sysroots"
tools/bullseye-sysroot.sh amd64 "$work/sysroot-amd64"
tools/bullseye-sysroot.sh arm64 "$work/sysroot-arm64"

declare -A objdump_of=([linux-x64]=objdump [linux-arm64]=aarch64-linux-gnu-objdump)
declare -A sysroot_of=([linux-x64]=$work/sysroot-amd64 [linux-arm64]=$work/sysroot-arm64)
declare -A target_of=([linux-x64]=x86_64-linux-gnu [linux-arm64]=aarch64-linux-gnu)
declare -A floor_of web_floor_of native_of
for rid in linux-x64 linux-arm64; do
  step "Native AOT $rid"
  clang -O2 -fPIC -c --target="${target_of[$rid]}" --sysroot="${sysroot_of[$rid]}" tools/release/glibc-compat.c -o "$work/glibc-compat-$rid.o"
  native_of[$rid]="-p:SysRoot=${sysroot_of[$rid]} -p:GlibcCompatObject=$work/glibc-compat-$rid.o"
  # shellcheck disable=SC2086 # two properties, paths without spaces
  dotnet publish "$cli" -c Release -r "$rid" -p:PublishAot=true ${native_of[$rid]} -o "$work/$rid" -v:q -nologo
  floor_of[$rid]=$(tools/glibc-floor.sh "$work/$rid/reportgen" "$floor_max" "${objdump_of[$rid]}")
  cp "$work/$rid/reportgen" "$out/reportgen-$version-$rid"
  # The page's executable, beside reportgen (where `reportgen serve` and a double-click look for it), built the same way.
  step "Native AOT $rid: reportgen-web"
  # shellcheck disable=SC2086
  dotnet publish "$web" -c Release -r "$rid" -p:PublishAot=true ${native_of[$rid]} -o "$work/$rid" -v:q -nologo
  web_floor_of[$rid]=$(tools/glibc-floor.sh "$work/$rid/reportgen-web" "$floor_max" "${objdump_of[$rid]}")
  cp "$work/$rid/reportgen-web" "$out/reportgen-web-$version-$rid"
done

x64=$work/linux-x64/reportgen
arm64=(qemu-aarch64-static -L "$work/sysroot-arm64" "$work/linux-arm64/reportgen")
# The x64 binary run by bullseye's own loader and C library: the floor is not only read, it is used.
old_glibc=("$work/sysroot-amd64/lib64/ld-linux-x86-64.so.2" --library-path "$work/sysroot-amd64/lib/x86_64-linux-gnu" "$x64")

# Same findings, same exit code and same document bytes from every native build.
compare_with_x64() { # name, command...
  local name=$1; shift
  local c=$work/check/$name
  mkdir -p "$c"
  set +e
  "$@" check "$sample" > "$c/check.txt"; echo $? >> "$c/check.txt"
  "$@" check "$sample" --format json > "$c/check.json"; echo $? >> "$c/check.json"
  "$@" build "$sample" -o "$c/report.docx" > /dev/null; echo $? > "$c/build.status"
  set -e
  for f in check.txt check.json build.status report.docx; do
    cmp "$work/check/x64/$f" "$c/$f"
  done
}
step "compare: x64, x64 on glibc 2.31, arm64 under qemu"
compare_with_x64 x64 "$x64"
grep -q '^0$' "$work/check/x64/build.status"
compare_with_x64 x64-glibc-2.31 "${old_glibc[@]}"
compare_with_x64 arm64-qemu "${arm64[@]}"
note ""
note "Native binaries: \`check\` (text and json) and \`build\` of $sample give byte-identical output and exit codes from linux-x64, linux-x64 under bullseye's ld.so/libc 2.31, and linux-arm64 under qemu-user (bullseye arm64 libc)."

# The page serves: started on a copy of the sample, it prints its URL, serves the page to the token and
# answers /api/report with the folder's agency (tools/release/web-smoke.py; a run prints its start-up).
served=$work/check/served
rm -rf "$served" && cp -r "$sample" "$served"
web_x64=$work/linux-x64/reportgen-web
# The page also loads OpenSSL (bullseye's libssl1.1 in the sysroot, under usr/lib: tools/bullseye-sysroot.sh).
web_old_glibc=("$work/sysroot-amd64/lib64/ld-linux-x86-64.so.2"
  --library-path "$work/sysroot-amd64/lib/x86_64-linux-gnu:$work/sysroot-amd64/usr/lib/x86_64-linux-gnu" "$web_x64")
qemu_web=(qemu-aarch64-static -L "$work/sysroot-arm64" -E LD_LIBRARY_PATH=/usr/lib/aarch64-linux-gnu)
web_arm64=("${qemu_web[@]}" "$work/linux-arm64/reportgen-web")
step "reportgen-web serves: x64, x64 on glibc 2.31, arm64 under qemu"
tools/release/web-smoke.py 1 "$served" -- "$web_x64" >/dev/null
tools/release/web-smoke.py 1 "$served" -- "${web_old_glibc[@]}" >/dev/null
tools/release/web-smoke.py 1 "$served" -- "${web_arm64[@]}" >/dev/null
note "reportgen-web: linux-x64, linux-x64 under bullseye's ld.so/libc 2.31 and linux-arm64 under qemu-user each start on a copy of the sample, print the URL with its token, serve the page and answer /api/report with the folder's agency."

# ---------------------------------------------------------------- Windows
step "win-x64 single file"
dotnet publish "$cli" -c Release -r win-x64 --self-contained -p:PublishSingleFile=true -p:PublishTrimmed=true \
  -p:EnableCompressionInSingleFile=true -p:DebugType=none -o "$work/win-x64" -v:q -nologo
zipdir=$work/stage/ReportGen-$version-win-x64
mkdir -p "$zipdir"
dotnet publish "$web" -c Release -r win-x64 --self-contained -p:PublishSingleFile=true -p:PublishTrimmed=true \
  -p:EnableCompressionInSingleFile=true -p:DebugType=none -o "$work/win-x64-web" -v:q -nologo
ls "$work/win-x64" "$work/win-x64-web"
cp "$work/win-x64/reportgen.exe" "$work/win-x64-web/reportgen-web.exe" "$zipdir/"
# UTF-8 with a BOM and CRLF: every Notepad (also Windows 7's) opens it as Chinese, not as ANSI.
{ printf '\xef\xbb\xbf'; sed 's/$/\r/' tools/release/usage-windows.zh.txt; } > "$zipdir/使用说明.txt"
# Python's zipfile marks non-ASCII names as UTF-8 (flag bit 11), which Explorer reads.
(cd "$work/stage" && python3 - "ReportGen-$version-win-x64" "$out/ReportGen-$version-win-x64.zip" <<'PY'
import os, sys, zipfile
folder, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    for name in sorted(os.listdir(folder)):
        z.write(os.path.join(folder, name), f"{folder}/{name}")
PY
)

step "win-x64 under wine"
export WINEPREFIX=$work/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
wine_ok=no
web_wine_ok=no
if wineboot -i >/dev/null 2>&1 && wine "$zipdir/reportgen.exe" --version > "$work/check/wine-version.txt" 2>/dev/null; then
  mkdir -p "$work/check/wine"
  set +e
  wine "$zipdir/reportgen.exe" check "$sample" > "$work/check/wine/check.raw"; echo $? >> "$work/check/wine/check.raw"
  wine "$zipdir/reportgen.exe" build "$sample" -o "$work/check/wine/report.docx" > /dev/null; echo $? > "$work/check/wine/build.status"
  set -e
  # Windows ends lines with CRLF; the text (UTF-8 into a pipe) must be the same. In the document's zip
  # only "made by" (DOS, not Unix) and the Unix permission bits differ: every part must be the same.
  tr -d '\r' < "$work/check/wine/check.raw" > "$work/check/wine/check.txt"
  for f in check.txt build.status; do cmp "$work/check/x64/$f" "$work/check/wine/$f"; done
  python3 - "$work/check/x64/report.docx" "$work/check/wine/report.docx" <<'PY'
import sys, zipfile
parts = [[(i.filename, z.read(i)) for i in z.infolist()] for z in map(zipfile.ZipFile, sys.argv[1:])]
sys.exit(0 if parts[0] == parts[1] else "the win-x64 document's parts differ from linux-x64's")
PY
  wine_ok=yes
  note "win-x64 under $(wine --version): \`check\` output (UTF-8 into a pipe, CRLF removed) and exit codes are byte-identical to linux-x64; every part of the \`build\` document is too (its zip headers differ only in made-by DOS vs Unix)."
  # The folder as a path relative to here: wine maps the working directory, not every Unix path.
  if tools/release/web-smoke.py 1 "$(realpath --relative-to=. "$served")" -- wine "$zipdir/reportgen-web.exe" >/dev/null; then
    web_wine_ok=yes
    note "reportgen-web.exe under wine: starts, prints the URL, serves the page and /api/report."
  else
    note "reportgen-web.exe under wine: did not serve (see the log); the exe was built but not checked."
  fi
else
  note "win-x64: wine could not run reportgen.exe on this machine; the exe was built but not run."
fi

# ---------------------------------------------------------------- .deb
manpage() { # binary -> man page on stdout, made from the tool's own --help of every command
  local bin=("$@")
  printf '.TH REPORTGEN 1 "" "ReportGen %s" "ReportGen"\n.SH NAME\nreportgen \\- 检查并生成政府信息公开工作年度报告\n.SH SYNOPSIS\n.nf\n' "$version"
  "${bin[@]}" --help | sed 's/\\/\\\\/g; s/^\./\\\&./'
  for c in check build init import aggregate rules serve; do
    printf '\n.fi\n.SH %s\n.nf\n' "$(echo "$c" | tr a-z A-Z)"
    "${bin[@]}" "$c" --help | sed 's/\\/\\\\/g; s/^\./\\\&./'
  done
  printf '.fi\n.SH SEE ALSO\n/usr/share/doc/reportgen/使用说明.txt\n'
}
declare -A deb_arch_of=([linux-x64]=amd64 [linux-arm64]=arm64)
for rid in linux-x64 linux-arm64; do
  arch=${deb_arch_of[$rid]}
  step ".deb $arch"
  pkg=$work/stage/deb-$arch
  rm -rf "$pkg"
  install -D -m 755 "$work/$rid/reportgen" "$pkg/usr/bin/reportgen"
  install -D -m 755 "$work/$rid/reportgen-web" "$pkg/usr/bin/reportgen-web"
  install -D -m 644 tools/release/reportgen.desktop "$pkg/usr/share/applications/reportgen.desktop"
  install -D -m 644 tools/release/usage-linux.zh.txt "$pkg/usr/share/doc/reportgen/使用说明.txt"
  mkdir -p "$pkg/usr/share/man/man1"
  manpage "$x64" | gzip -9n > "$pkg/usr/share/man/man1/reportgen.1.gz"
  printf 'ReportGen %s\nLicence and sources: see the project README.\n' "$version" > "$pkg/usr/share/doc/reportgen/copyright"
  mkdir -p "$pkg/DEBIAN"
  cat > "$pkg/DEBIAN/control" <<EOF
Package: reportgen
Version: $version
Architecture: $arch
Maintainer: ReportGen <reportgen@invalid>
Depends: libc6 (>= $(printf '%s\n' "${floor_of[$rid]#GLIBC_}" "${web_floor_of[$rid]#GLIBC_}" | sort -V | tail -n 1)), libssl3 | libssl1.1
Section: utils
Priority: optional
Installed-Size: $(du -sk "$pkg/usr" | cut -f1)
Description: 政府信息公开工作年度报告的检查与生成工具
 Checks the statutory annual report on government information disclosure
 (国办公开办函〔2021〕30号) cell by cell and writes it as a Word document.
 The menu entry opens a page in the browser to fill in the tables (reportgen-web,
 served on 127.0.0.1 only; it loads the system's OpenSSL for hashing and its
 token). Native binaries: no .NET runtime, no network needed.
EOF
  dpkg-deb --root-owner-group -Zxz --build "$pkg" "$out/reportgen_${version}_$arch.deb" >/dev/null
  dpkg-deb -c "$out/reportgen_${version}_$arch.deb" > "$work/check/deb-$arch.list"
  grep -q ' ./usr/bin/reportgen$' "$work/check/deb-$arch.list"
  grep -q ' ./usr/bin/reportgen-web$' "$work/check/deb-$arch.list"
  grep -qx 'Exec=reportgen-web --exit-when-idle' "$pkg/usr/share/applications/reportgen.desktop"
  # What the package installs runs: unpack it and run its binary.
  rm -rf "$work/check/deb-$arch" && dpkg-deb -x "$out/reportgen_${version}_$arch.deb" "$work/check/deb-$arch"
  if [[ $arch == amd64 ]]; then run_deb=(); else run_deb=("${qemu_web[@]}"); fi
  "${run_deb[@]}" "$work/check/deb-$arch/usr/bin/reportgen" --version
  tools/release/web-smoke.py 1 "$served" -- "${run_deb[@]}" "$work/check/deb-$arch/usr/bin/reportgen-web" >/dev/null
done
man -l "$work/stage/deb-amd64/usr/share/man/man1/reportgen.1.gz" 2>/dev/null | head -n 5 || true

# ---------------------------------------------------------------- .NET tool packages
step ".NET tool packages"
# The pointer package names the native packages and the portable fallback ("any"); dotnet tool
# install picks by the machine's RID. The native packages are the floored binaries above.
tool_rids='-p:RidToolPackages=true'  # the RID list is in the Cli project
dotnet pack "$cli" -c Release -o "$work/nupkg" "$tool_rids" -p:PublishAot=true -v:q -nologo
for rid in linux-x64 linux-arm64; do
  # shellcheck disable=SC2086
  dotnet pack "$cli" -c Release -r "$rid" -o "$work/nupkg" "$tool_rids" -p:PublishAot=true ${native_of[$rid]} -v:q -nologo
done
dotnet pack "$cli" -c Release -r any -o "$work/nupkg" "$tool_rids" -p:PublishAot=false -v:q -nologo
cp "$work/nupkg"/*.nupkg "$out/"
dotnet tool install ReportGen --version "$version" --tool-path "$work/tool/x64" --add-source "$work/nupkg" >/dev/null
# `dotnet pack -r RID` links its own Native AOT binary (not byte-identical to the publish above: a
# second link), so each installed one is checked the same way: native, floored, and the same findings.
installed=$(readlink -f "$work/tool/x64/reportgen")
file -b "$installed" | grep -q 'ELF 64-bit.*x86-64' || { echo "tool install did not give the native binary"; file "$work"/tool/x64/reportgen; exit 1; }
tools/glibc-floor.sh "$installed" "$floor_max" objdump >/dev/null
compare_installed() { # the installed binary's findings and exit code equal the published x64 one's
  local c=$work/check/$1; shift
  mkdir -p "$c"
  set +e
  "$@" check "$sample" --format json > "$c/check.json"; echo $? >> "$c/check.json"
  set -e
  cmp "$work/check/x64/check.json" "$c/check.json"
}
compare_installed tool-x64 "$installed"
# `dotnet tool install --arch arm64` is refused on a linux-x64 host (it knows only win/osx RIDs for
# --arch), so the arm64 package is opened as the install would lay it out.
mkdir -p "$work/tool/arm64"
unzip -q -o "$work/nupkg/ReportGen.linux-arm64.$version.nupkg" -d "$work/tool/arm64"
installed_arm64=$(find "$work/tool/arm64/tools" -type f -name reportgen | head -n 1)
chmod +x "$installed_arm64"  # a zip keeps no mode; the install sets it
file -b "$installed_arm64" | grep -q 'ELF 64-bit.*aarch64' || { echo "tool install --arch arm64 did not give the native binary"; exit 1; }
tools/glibc-floor.sh "$installed_arm64" "$floor_max" aarch64-linux-gnu-objdump >/dev/null
compare_installed tool-arm64 qemu-aarch64-static -L "$work/sysroot-arm64" "$installed_arm64"
note "dotnet tool install: on linux-x64 it installs, and the linux-arm64 package holds, a native binary (ELF for the RID) with the same glibc floor check, whose \`check --format json\` of the sample is byte-identical to the published linux-x64 binary's."
ls "$work/nupkg"

# ---------------------------------------------------------------- linux-loongarch64
step "linux-loongarch64"
# The SDK lists the RID, but Microsoft publishes no runtime or NativeAOT packs for it on NuGet; a
# restore says so. Recorded, not fatal (docs/release.md: why there is no loongarch64 build).
if dotnet restore "$cli" -r linux-loongarch64 -p:PublishAot=true -v:q -nologo > "$work/check/loongarch64.txt" 2>&1; then
  note "linux-loongarch64: restore succeeded: runtime packs are now served; a build can be added."
else
  note "linux-loongarch64: not built: $(grep -o 'error NU1101[^[]*' "$work/check/loongarch64.txt" | sed 's/ *$//' | sort -u | paste -sd ';' -)"
fi

# ---------------------------------------------------------------- sums and results
step "SHA256SUMS"
(cd "$out" && sha256sum -- * > SHA256SUMS && sha256sum -c --quiet SHA256SUMS)

step "measure"
note ""
note "| artifact | bytes | glibc floor |"
note "| --- | ---: | --- |"
for f in "$out"/*; do
  name=$(basename "$f")
  floor=""
  case $name in
    reportgen-web-*linux-x64) floor=${web_floor_of[linux-x64]} ;;
    reportgen-web-*linux-arm64) floor=${web_floor_of[linux-arm64]} ;;
    *linux-x64) floor=${floor_of[linux-x64]} ;;
    *linux-arm64) floor=${floor_of[linux-arm64]} ;;
    *.deb) floor="Depends: $(dpkg-deb -f "$f" Depends)" ;;
  esac
  note "| $name | $(stat -c %s "$f") | $floor |"
done
note "| reportgen.exe (inside the zip) | $(stat -c %s "$zipdir/reportgen.exe") | |"
note "| reportgen-web.exe (inside the zip) | $(stat -c %s "$zipdir/reportgen-web.exe") | |"

# Start-up: `--version` is the process start alone; `check` of the sample is start plus a real job.
timing=$work/check/timing
mkdir -p "$timing"
hyper() { # name, command string
  hyperfine -N --warmup 2 --runs "${RUNS:-10}" --export-json "$timing/$1.json" "$2" >/dev/null 2>&1 \
    && python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.0f ± %.0f" % (r["mean"]*1000, r["stddev"]*1000))' "$timing/$1.json" \
    || echo "not measured"
}
dotnet tool install ReportGen --version "$version" --tool-path "$work/tool/portable" --add-source "$work/nupkg" --arch x86 >/dev/null 2>&1 || true
portable_dll=$(find "$work/tool/portable" -name reportgen.dll 2>/dev/null | head -n 1)
[[ -n "$portable_dll" ]] || portable_dll=$root/$cli/bin/Release/net10.0/reportgen.dll
note ""
note "Start-up, mean ± sd over ${RUNS:-10} runs (hyperfine), in ms, on this machine:"
note ""
note "| artifact | \`--version\` | \`check\` sample | note |"
note "| --- | ---: | ---: | --- |"
note "| linux-x64 AOT | $(hyper x64-v "$x64 --version") | $(hyper x64-c "$x64 check $sample") | |"
note "| linux-x64 AOT on bullseye libc 2.31 | $(hyper old-v "${old_glibc[*]} --version") | $(hyper old-c "${old_glibc[*]} check $sample") | |"
note "| portable (dotnet reportgen.dll, JIT) | $(hyper jit-v "dotnet $portable_dll --version") | $(hyper jit-c "dotnet $portable_dll check $sample") | needs the .NET 10 runtime |"
note "| linux-arm64 AOT under qemu-user | $(hyper arm-v "${arm64[*]} --version") | $(hyper arm-c "${arm64[*]} check $sample") | emulated: not a speed figure |"
if [[ $wine_ok == yes ]]; then
  note "| win-x64 single file under wine | $(RUNS=5 hyper win-v "wine $zipdir/reportgen.exe --version") | $(RUNS=5 hyper win-c "wine $zipdir/reportgen.exe check $sample") | wine start-up included: not a Windows figure |"
fi
note ""
note "reportgen-web start-up, mean ± sd over ${RUNS:-10} runs (tools/release/web-smoke.py), in ms: from the start to the URL on stdout (listening), and to /api/report answered (the page's first request, after opening the URL):"
note ""
note "| artifact | URL printed | report answered | note |"
note "| --- | ---: | ---: | --- |"
web_time() { tools/release/web-smoke.py "$@" 2>/dev/null || echo "not measured | not measured"; }
note "| reportgen-web linux-x64 AOT | $(web_time "${RUNS:-10}" "$served" -- "$web_x64") | |"
note "| reportgen-web linux-x64 AOT on bullseye libc 2.31 | $(web_time "${RUNS:-10}" "$served" -- "${web_old_glibc[@]}") | |"
note "| reportgen-web linux-arm64 AOT under qemu-user | $(web_time 3 "$served" -- "${web_arm64[@]}") | emulated: not a speed figure |"
if [[ $web_wine_ok == yes ]]; then
  note "| reportgen-web.exe single file under wine | $(web_time 3 "$(realpath --relative-to=. "$served")" -- wine "$zipdir/reportgen-web.exe") | wine start-up included: not a Windows figure |"
fi
# wine leaves its server running after the last program; nothing of the run stays behind.
[[ $wine_ok == no ]] || wineserver -k || true
note ""
note "All checks passed."
step "done: $out"
cat "$out/SHA256SUMS"
