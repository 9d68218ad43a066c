#!/usr/bin/env bash
# Command (2) of the README: the whole test suite, with the real servers it needs
# (PostgreSQL is installed from Debian's packages if missing and started by the
# test fixtures on loopback, then torn down).  Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/system-packages.sh
export POSTMOTTAK_TEST_REQUIRE_SERVERS=1
exec .venv/bin/python -m pytest "$@"
