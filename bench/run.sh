#!/usr/bin/env bash
# Usage: bench/run.sh path/to/runmat [args for run.py]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec python3 "$here/run.py" --runmat "$@"
