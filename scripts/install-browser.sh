#!/usr/bin/env bash
# Install what `kg export` and its tests use outside Python: Graphviz (`dot`, for
# --format dot --render svg|png), headless Chromium (tests/test_browser_view.py) and a
# Devanagari font so both draw Hindi labels; plus the DevTools-protocol client the
# browser test speaks through. Safe to run again: installed packages are left alone.
set -euo pipefail

packages=(graphviz chromium fonts-noto-core)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
python -c "import websocket" 2>/dev/null || python -m pip install -q "websocket-client>=1.6"
command -v dot >/dev/null && command -v chromium >/dev/null
echo "install-browser: graphviz, chromium, fonts-noto-core and websocket-client are ready"
