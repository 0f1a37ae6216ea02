#!/usr/bin/env bash
# Installs everything ParkZone needs on a fresh Debian machine: npm packages (from the lock file),
# and for the browser tests Debian's Chromium and the Noto CJK fonts (Chinese labels in screenshots).
# Safe to run again: installed packages are kept.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need_apt+=(fonts-noto-cjk)

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else sudo="none"; fi
  if [ "$sudo" = none ]; then
    echo "setup: missing Debian packages: ${need_apt[*]} — install them as root: apt-get install -y ${need_apt[*]}" >&2
  else
    echo "setup: installing Debian packages: ${need_apt[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need_apt[@]}"
  fi
fi

echo "setup: installing npm packages (npm ci)"
npm ci --no-audit --no-fund
