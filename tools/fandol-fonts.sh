#!/usr/bin/env bash
# Extracts the Fandol OTFs (the only GB-coverage FangSong/Kai in Debian) into tools/fonts/, where
# tools/fonts.conf finds them. They ship inside the TeX package, so the .deb is downloaded and
# unpacked instead of installing TeX. Used by tools/preview.sh and by .ci/run for the render tests,
# so a developer's render and CI's measure the same faces.
set -euo pipefail
tools_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fonts_dir="$tools_dir/fonts"
if compgen -G "$fonts_dir/FandolFang-*.otf" >/dev/null; then
    exit 0
fi
echo "提取 Fandol 字体到 $fonts_dir" >&2
mkdir -p "$fonts_dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && apt-get download texlive-lang-chinese >/dev/null)
dpkg-deb --fsys-tarfile "$tmp"/texlive-lang-chinese_*.deb \
    | tar -x -C "$tmp" --wildcards './usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/Fandol[FHKS]*.otf'
cp "$tmp"/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/*.otf "$fonts_dir/"
