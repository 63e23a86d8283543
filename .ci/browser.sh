#!/bin/sh
# Install Debian's Chromium for the browser tests (tests/test_browser.py, marker "browser").
# Playwright's Python package drives it through CLAIMTRACK_CHROMIUM; never run
# `playwright install` (it downloads its own browser, which is not reachable here).
set -eu
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update
        apt-get install -y --no-install-recommends chromium
    else
        sudo apt-get update
        sudo apt-get install -y --no-install-recommends chromium
    fi
fi
CLAIMTRACK_CHROMIUM="${CLAIMTRACK_CHROMIUM:-$(command -v chromium)}"
export CLAIMTRACK_CHROMIUM
"$CLAIMTRACK_CHROMIUM" --version
