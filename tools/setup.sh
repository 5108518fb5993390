#!/usr/bin/env bash
# Installs everything Unnag's build, demo and tests need on a Debian machine with Node 20:
# the npm packages from the lock file, and Debian's Chromium and Firefox ESR (with its Arabic
# language pack) when missing.
# Test tools never download a browser of their own.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
# The tests also run Firefox in Arabic, a right-to-left language, which needs its language pack
# (Chromium takes it from its --lang flag, with no package).
[ -f /usr/lib/firefox-esr/browser/extensions/langpack-ar@firefox-esr.mozilla.org.xpi ] || missing+=(firefox-esr-l10n-ar)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]} from Debian"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "setup: npm ci"
npm ci --no-audit --no-fund --loglevel=error
