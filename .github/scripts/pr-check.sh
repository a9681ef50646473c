#!/usr/bin/env bash
# What the pull-request workflow runs, runnable locally:
#   .github/scripts/pr-check.sh BASE_REF [OUT_DIR]
# Writes OUT_DIR/kientruc.sarif (whole model, for code scanning) and OUT_DIR/pr-report.md (the
# comment), prints GitHub annotations for the changed files, and exits 1 when they have errors.
set -uo pipefail
kientruc=${KIENTRUC:-pnpm -s kientruc}
base=${1:?usage: pr-check.sh BASE_REF [OUT_DIR]}
out=${2:-kientruc-out}
mkdir -p "$out"

$kientruc check --format sarif > "$out/kientruc.sarif"
[ $? -le 1 ] || { echo "kientruc check --format sarif failed" >&2; exit 2; }

$kientruc pr-report --base "$base" --output "$out/pr-report.md"
[ $? -le 1 ] || { echo "kientruc pr-report failed" >&2; exit 2; }

$kientruc check --format github --changed-since "$base"
