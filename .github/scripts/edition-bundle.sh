#!/usr/bin/env bash
# What the tag workflow runs for a tag edition-YYYY, runnable locally:
#   .github/scripts/edition-bundle.sh YYYY [OUT_DIR]
# The edition must already be frozen and committed (`pnpm kientruc publish YYYY`); this builds
# the site of every edition and writes the upload bundle and its SHA-256 manifest to OUT_DIR.
set -euo pipefail
kientruc=${KIENTRUC:-pnpm -s kientruc}
year=${1:?usage: edition-bundle.sh YYYY [OUT_DIR]}
out=${2:-kientruc-bundle}
case "$year" in [0-9][0-9][0-9][0-9]) ;; *) echo "not an edition year: $year" >&2; exit 2;; esac
[ -f "model/editions/$year.yaml" ] || { echo "edition $year is not published: run pnpm kientruc publish $year and commit model/editions/$year.yaml" >&2; exit 2; }
$kientruc bundle --edition "$year" --out "$out"
