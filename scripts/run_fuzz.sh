#!/usr/bin/env bash
# Runs a libFuzzer target for N seconds over a seed corpus made of the test scripts.
# Any crash, leak, sanitizer report or timeout fails (exit status non-zero).
set -euo pipefail
bin=$1; secs=${2:-60}
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
find tests/scripts examples bench -name '*.m' -exec cp {} "$corpus"/ \; 2>/dev/null || true
"$bin" -max_total_time="$secs" -timeout=10 -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1 "$corpus"
