#!/bin/sh
# Makes src/main/resources/dev/octavo/pdf/finish/octavo-fogra39.icc, the CMYK output profile of Octavo's PDF/X-4
# files, from Fogra's FOGRA39L characterisation data as Debian's icc-profiles-free ships it (Zlib licence, see
# FOGRA39-NOTICE.txt). Run by hand when the profile is to change; the build and CI only use the profile committed.
#
# Needs ArgyllCMS (Debian: apt-get install argyll). FOGRA39L.ti3 beside this script is the file of Debian's
# icc-profiles-free 2.0.1+dfsg-1.1 (usr/share/color/icc/FOGRA39L.ti3), unchanged.
#   src/main/icc/make-fogra39.sh [another/FOGRA39L.ti3]
#
# The options: an ICC v2 output profile (what colprof writes; PDF/X-4 and PDF/A take v2), Lab PCS, A2B tables at
# colprof's medium quality (the measured patches back within ΔE 0.7, 0.16 on average) and B2A tables at low quality
# (71 KB in all: each PDF/X file embeds it; -qm -bm is 120 KB, -ql -bl 28 KB with ΔE 1.9 at most), the total ink
# limit of FOGRA39's print condition (330 %), black generated on a ramp, the measurements left out (-nc).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ti3=${1:-"$here/FOGRA39L.ti3"}
out="$here/../resources/dev/octavo/pdf/finish/octavo-fogra39.icc"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ti3" "$work/fogra39.ti3"
colprof -qm -bl -nc -l330 -L100 -kr \
  -D "Octavo FOGRA39 (from Fogra's FOGRA39L data)" \
  -C "Made with ArgyllCMS colprof from FOGRA39L.ti3 (Fogra, www.fogra.org; packaged by Kai-Uwe Behrmann, Zlib licence)" \
  -A "Octavo" \
  "$work/fogra39" > "$work/colprof.log"
# The header's creation date (bytes 24 to 35) is fixed, so that the same data makes the same file.
printf '\007\352\000\014\000\010\000\000\000\000\000\000' | dd of="$work/fogra39.icc" bs=1 seek=24 conv=notrunc 2>/dev/null
cp "$work/fogra39.icc" "$out"
profcheck "$work/fogra39.ti3" "$out" 2>&1 | tail -1
ls -l "$out"
