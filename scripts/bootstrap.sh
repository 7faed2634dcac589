#!/usr/bin/env bash
# Installs the Debian packages runmat needs to build and test (Debian 12, as root or via sudo).
# Idempotent: packages already present are skipped, so repeated runs take a second.
set -euo pipefail
PKGS=(build-essential cmake ninja-build pkg-config ccache python3
      libeigen3-dev libopenblas-dev libedit-dev libgtest-dev libasio-dev
      clang libclang-rt-14-dev)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "bootstrap: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
