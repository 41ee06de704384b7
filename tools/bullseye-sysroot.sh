#!/usr/bin/env bash
# A minimal Debian bullseye (glibc 2.31) sysroot to link Native AOT binaries against: linked against
# the host's glibc 2.36 they need 2.34, linked here they need at most 2.31 (docs/release.md has the
# measured floor). Only the C library, the kernel headers and GCC's start files: the runtime links its
# own zlib and brotli statically, and InvariantGlobalization needs no ICU. And bullseye's OpenSSL 1.1,
# not linked but loaded at run time: the page (reportgen-web) hashes and draws its token through the
# runtime's OpenSSL shim, and the binary is run on this sysroot's libc, where the host's libssl3
# (which needs glibc 2.33) cannot load.
#
#   tools/bullseye-sysroot.sh amd64|arm64 DEST
#
# Packages come from the archive this machine's apt already uses, through a private apt state in
# DEST.apt, so the machine's own package lists and installed set are not touched. A finished DEST is
# reused (it has .complete).
set -euo pipefail
arch=${1:?amd64 or arm64}
dest=${2:?destination folder}
# apt reads a relative path in its options as relative to /etc/apt: make every path absolute.
mkdir -p "$dest"
dest=$(cd "$dest" && pwd)
[[ -f "$dest/.complete" ]] && exit 0

packages=(libc6 libc6-dev linux-libc-dev libgcc-10-dev libgcc-s1 libcrypt1 libcrypt-dev libssl1.1)

# The main Debian archive of this machine's sources (not -security or -updates).
archive=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 'Identifier: Packages' | awk '$2 !~ /-/ { print $1; exit }')
if [[ -z "$archive" ]]; then
  echo "bullseye-sysroot: no Debian archive in this machine's apt sources" >&2
  exit 1
fi

state="$dest.apt"
rm -rf "$dest" "$state"
mkdir -p "$state/lists/partial" "$state/cache/archives/partial" "$state/debs" "$dest"
touch "$state/status"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $archive bullseye main" > "$state/sources.list"
apt_private=(
  -o "Dir::Etc::SourceList=$state/sources.list" -o Dir::Etc::SourceParts=/nonexistent
  -o Dir::Etc::Parts=/nonexistent -o "Dir::State=$state" -o "Dir::State::status=$state/status"
  -o "Dir::Cache=$state/cache" -o "APT::Architecture=$arch" -o "APT::Architectures::=$arch"
  -o Acquire::Check-Valid-Until=false -o Debug::NoLocking=1 -o APT::Sandbox::User=root
)
apt-get -qq "${apt_private[@]}" update
(cd "$state/debs" && apt-get -qq "${apt_private[@]}" download "${packages[@]}")
for deb in "$state/debs"/*.deb; do
  dpkg-deb -x "$deb" "$dest"
done

# Debian's links are absolute (/lib/x86_64-linux-gnu/...); inside a sysroot they must stay inside it.
find "$dest" -type l -lname '/*' | while read -r link; do
  ln -sfn "$(realpath -m --relative-to="$(dirname "$link")" "$dest$(readlink "$link")")" "$link"
done
rm -rf "$state"
touch "$dest/.complete"
