#!/usr/bin/env bash
# Command (1) of the README: install and run postmottak on its embedded default:
# SQLite and the local archive in $POSTMOTTAK_HOME (default ./var), the drop-folder
# inbox $POSTMOTTAK_HOME/inbox, the bundled model.  Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export POSTMOTTAK_HOME=${POSTMOTTAK_HOME:-$PWD/var}
mkdir -p "$POSTMOTTAK_HOME/inbox"
echo "postmottak: legg .eml-filer i $POSTMOTTAK_HOME/inbox  –  oversikt på http://127.0.0.1:${POSTMOTTAK_API__PORT:-8000}/"
exec .venv/bin/postmottak run "$@"
