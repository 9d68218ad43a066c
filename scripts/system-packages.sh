#!/usr/bin/env bash
# Debian packages the test suite runs against: the PostgreSQL server, and Chromium
# (headless, for the dashboard page test; playwright drives it, no browser is downloaded).
# Installs only what is missing; needs root (as on CI and developer machines here).
set -euo pipefail
missing=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "mangler systempakker: ${missing[*]} (kjør som root eller installer dem selv)" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
