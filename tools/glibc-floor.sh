#!/usr/bin/env bash
# The newest glibc symbol version an ELF binary needs (its glibc floor), from objdump -T; fails if
# that is newer than MAX.
#
#   tools/glibc-floor.sh BINARY MAX [OBJDUMP]      prints e.g. "GLIBC_2.29"
set -euo pipefail
binary=${1:?binary}
max=${2:?highest allowed glibc version, e.g. 2.31}
objdump=${3:-objdump}

floor=$("$objdump" -T "$binary" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1)
if [[ -z "$floor" ]]; then
  echo "glibc-floor: $binary needs no versioned glibc symbol (not a dynamic glibc binary?)" >&2
  exit 1
fi
if [[ "$(printf '%s\n%s\n' "$floor" "$max" | sort -V | tail -n 1)" != "$max" ]]; then
  echo "glibc-floor: $binary needs GLIBC_$floor, newer than the allowed $max; symbols:" >&2
  "$objdump" -T "$binary" | grep -E "GLIBC_($(printf '%s\n' "$floor" | sed 's/\./\\./g'))" >&2
  exit 1
fi
echo "GLIBC_$floor"
