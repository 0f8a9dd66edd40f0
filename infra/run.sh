#!/usr/bin/env bash
# run.sh — build and start Chi bộ trực tuyến locally with demo data.
#
#   bash infra/run.sh               # ensure PostgreSQL+Redis, create database chibo, build, run (demo profile)
#   bash infra/run.sh --no-build    # reuse backend/target/chibo.jar when it exists
#   bash infra/run.sh -- --any.spring.property=value   # extra arguments after -- go to the application
#
# Environment: DATABASE_URL, DATABASE_USERNAME, DATABASE_PASSWORD, REDIS_URL, REDIS_KEY_PREFIX,
# SERVER_PORT (8080), SPRING_PROFILES_ACTIVE (demo), JAVA_OPTS. Ctrl-C stops the application.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=SCRIPTDIR/scripts/services.sh
source "$ROOT/infra/scripts/services.sh"

JAR=backend/target/chibo.jar
build=1
app_args=()
while (($#)); do
  case $1 in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; app_args+=("$@"); break ;;
    *) app_args+=("$1") ;;
  esac
  shift
done

services_ensure_jdk
services_ensure

if [[ -z ${DATABASE_URL:-} ]]; then
  services_create_db chibo
  export DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/chibo
fi
export SPRING_PROFILES_ACTIVE=${SPRING_PROFILES_ACTIVE-demo}
export SERVER_PORT=${SERVER_PORT:-8080}

# shellcheck disable=SC2016
port_in_use() { timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0"' "$1" 2>/dev/null; }
if port_in_use "$SERVER_PORT"; then
  echo "run.sh: ERROR: port $SERVER_PORT is already in use (another chibo still running?); stop it or set SERVER_PORT" >&2
  exit 1
fi

if [[ $build == 1 || ! -f $JAR ]]; then
  [[ $build == 0 ]] && echo "run.sh: $JAR not found, building it" >&2
  if [[ -f mvnw ]]; then
    [[ -x mvnw ]] || chmod +x mvnw 2>/dev/null || true
    ./mvnw -B -DskipTests package
  elif command -v mvn >/dev/null 2>&1; then
    mvn -B -DskipTests package
  else
    echo "run.sh: ERROR: neither ./mvnw nor mvn found in $ROOT" >&2
    exit 1
  fi
fi
[[ -f $JAR ]] || { echo "run.sh: ERROR: the build did not produce $JAR" >&2; exit 1; }

URL="http://localhost:$SERVER_PORT/"
echo "run.sh: starting Chi bộ trực tuyến (profile: ${SPRING_PROFILES_ACTIVE:-default}) at $URL — Ctrl-C stops it" >&2

# Announce the URL once the application reports ready; gives up when the app exits ($$ is java after exec).
(
  main=$$
  for ((i = 0; i < 600; i++)); do
    sleep 1
    kill -0 "$main" 2>/dev/null || exit 0
    if command -v curl >/dev/null 2>&1; then
      curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$SERVER_PORT/actuator/health/readiness" 2>/dev/null || continue
    else
      port_in_use "$SERVER_PORT" || continue
    fi
    printf '\n==> Chi bộ trực tuyến is ready: %s\n\n' "$URL" >&2
    exit 0
  done
) &

# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
exec java ${JAVA_OPTS:-} -jar "$JAR" "${app_args[@]}"
