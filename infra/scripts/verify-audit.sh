#!/usr/bin/env bash
# verify-audit.sh — check the audit log's hash chain (docs/audit.md) with the application's own code.
#
#   bash infra/scripts/verify-audit.sh [path/to/chibo.jar]     # default: backend/target/chibo.jar
#
# Uses the same environment as the application (DATABASE_URL, DATABASE_USERNAME, DATABASE_PASSWORD,
# REDIS_URL). Opens no port and delivers no pending events, so it can run beside live nodes.
# Prints one line; exits 0 when the chain holds, 1 when it is broken (the line names the first broken
# seq) or could not be checked. In a container: `docker run --rm -e DATABASE_URL=… -e REDIS_URL=… chibo:local
# --chibo.audit.verify`; in Kubernetes: a Job running the image with that argument.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="${1:-$root/backend/target/chibo.jar}"
if [[ ! -f "$jar" ]]; then
  echo "verify-audit: no jar at $jar (build it with ./mvnw -DskipTests package)" >&2
  exit 1
fi
exec java ${JAVA_OPTS:-} -jar "$jar" --chibo.audit.verify
