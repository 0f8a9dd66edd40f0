#!/usr/bin/env bash
# test.sh — run every test (frontend, backend unit, integration, browser end-to-end).
#
#   bash infra/test.sh                 # ./mvnw -B verify
#   bash infra/test.sh -pl backend     # extra arguments go to Maven
#
# Installs/starts what a clean Debian machine lacks (as root): JDK 17, PostgreSQL, Redis, Chromium.
# Each test run creates its own database and Redis key prefix (the Java test harness does it).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=SCRIPTDIR/scripts/services.sh
source "$ROOT/infra/scripts/services.sh"

services_ensure_jdk
services_ensure
services_ensure_chromium

if [[ -f mvnw ]]; then
  [[ -x mvnw ]] || chmod +x mvnw 2>/dev/null || true
  exec ./mvnw -B verify "$@"
fi
command -v mvn >/dev/null 2>&1 || { echo "test.sh: ERROR: neither ./mvnw nor mvn found in $ROOT" >&2; exit 1; }
exec mvn -B verify "$@"
