#!/usr/bin/env bash
# Renders a .docx to PDF and PNG pages with LibreOffice, using free fonts aliased to the official
# names (tools/fonts.conf). A visual check only; not meant for CI (see docs/layout.md).
#
#   tools/preview.sh report.docx [out-dir]      → out-dir/report.pdf, out-dir/page-N.png
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "用法：tools/preview.sh 报告.docx [输出目录]" >&2
    exit 2
fi
docx=$(realpath "$1")
if [[ ! -f "$docx" ]]; then
    echo "找不到文件：$1" >&2
    exit 2
fi
tools_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out_dir=$(realpath -m "${2:-$tools_dir/../out/preview}")
mkdir -p "$out_dir"

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

need_pkgs=()
command -v soffice >/dev/null || need_pkgs+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null || need_pkgs+=(poppler-utils)
dpkg -s fonts-liberation2 >/dev/null 2>&1 || need_pkgs+=(fonts-liberation2)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need_pkgs+=(fonts-noto-cjk)
if [[ ${#need_pkgs[@]} -gt 0 ]]; then
    echo "安装：${need_pkgs[*]}" >&2
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need_pkgs[@]}"
fi

"$tools_dir/fandol-fonts.sh"

export FONTCONFIG_FILE="$tools_dir/fonts.conf"
fc-cache -f "$tools_dir/fonts" >/dev/null 2>&1 || true

# A private profile per run: a shared one makes parallel conversions fail or block.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out_dir" "$docx" >/dev/null

pdf="$out_dir/$(basename "${docx%.*}").pdf"
rm -f "$out_dir"/page-*.png
pdftoppm -png -r "${PREVIEW_DPI:-60}" "$pdf" "$out_dir/page"
echo "$pdf"
ls "$out_dir"/page-*.png
