#!/usr/bin/env bash
# services.sh — make sure PostgreSQL and Redis (and Chromium for tests) are there for Chi bộ trực tuyến.
#
# As a command:
#   bash infra/scripts/services.sh ensure            # PostgreSQL + Redis answer (installs/starts local ones)
#   bash infra/scripts/services.sh ensure-chromium   # /usr/bin/chromium present (installs on Debian as root)
#   bash infra/scripts/services.sh ensure-jdk        # java + javac >= 17 present
#   bash infra/scripts/services.sh create-db NAME    # CREATE DATABASE NAME if absent (idempotent)
# As a library (run.sh, test.sh):  source infra/scripts/services.sh; services_ensure; ...
#
# Environment (same variables as the application):
#   DATABASE_URL       jdbc:postgresql://host:port/db  or  postgres[ql]://user:pass@host:port/db
#   DATABASE_USERNAME  (default: user from DATABASE_URL, else postgres)
#   DATABASE_PASSWORD  (default: password from DATABASE_URL, else none)
#   REDIS_URL          redis[s]://[[user]:password@]host:port[/db]   (default redis://127.0.0.1:6379)
# When DATABASE_URL / REDIS_URL are set the server is only checked, never installed or started.
# Without them the local server (127.0.0.1) is checked, started, or installed (root on Debian only).
#
# Quiet on success; one clear line on stderr and a non-zero exit on failure.

# --------------------------------------------------------------------------- helpers
# shellcheck disable=SC2016 # the single-quoted bash -c programs expand their own \$0/\$1

_svc_log()  { printf 'services: %s\n' "$*" >&2; }
_svc_fail() { printf 'services: ERROR: %s\n' "$*" >&2; return 1; }

_svc_is_root_debian() { [[ -r /etc/debian_version && "$(id -u)" == 0 ]]; }

_SVC_APT_UPDATED=${_SVC_APT_UPDATED:-0}

# _svc_apt_install PKG... — apt-get update (once per shell) and install.
_svc_apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  local -a opts=(-q -o DPkg::Lock::Timeout=300)
  if [[ $_SVC_APT_UPDATED != 1 ]]; then
    _svc_log "apt-get update"
    apt-get "${opts[@]}" update >/dev/null || { _svc_fail "apt-get update failed"; return 1; }
    _SVC_APT_UPDATED=1
  fi
  _svc_log "apt-get install -y $*"
  apt-get "${opts[@]}" install -y --no-install-recommends "$@" >/dev/null \
    || { _svc_fail "apt-get install $* failed (run it by hand to see why)"; return 1; }
}

# _svc_tcp_open HOST PORT — true when a TCP connection succeeds within 3 s.
_svc_tcp_open() {
  local host=$1 port=$2
  if command -v timeout >/dev/null 2>&1; then
    timeout 3 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$host" "$port" 2>/dev/null
  else
    bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$host" "$port" 2>/dev/null
  fi
}

_svc_urldecode() { local s=${1//+/ }; printf '%b' "${s//%/\\x}"; }

# --------------------------------------------------------------------------- URL parsing

# Sets PG_HOST PG_PORT PG_DB PG_USER PG_PASSWORD PG_FROM_URL (1 when DATABASE_URL is set).
_svc_parse_database_url() {
  PG_HOST=127.0.0.1 PG_PORT=5432 PG_DB=postgres PG_USER=postgres PG_PASSWORD='' PG_FROM_URL=0
  local url=${DATABASE_URL:-}
  if [[ -n $url ]]; then
    PG_FROM_URL=1
    local rest=$url query='' auth='' hostport
    case $rest in
      jdbc:postgresql://*) rest=${rest#jdbc:postgresql://} ;;
      postgres://*)        rest=${rest#postgres://} ;;
      postgresql://*)      rest=${rest#postgresql://} ;;
      *) _svc_fail "DATABASE_URL must look like jdbc:postgresql://host:5432/db or postgres://user:pass@host:5432/db (got '${url%%\?*}')"; return 1 ;;
    esac
    if [[ $rest == *\?* ]]; then query=${rest#*\?}; rest=${rest%%\?*}; fi
    if [[ $rest == */* ]]; then PG_DB=${rest#*/}; rest=${rest%%/*}; else PG_DB=postgres; fi
    if [[ $rest == *@* ]]; then auth=${rest%@*}; rest=${rest##*@}; fi
    hostport=${rest%%,*}                       # first host of a multi-host JDBC URL
    if [[ $hostport == \[*\]* ]]; then         # [ipv6]:port
      PG_HOST=${hostport%%]*}; PG_HOST=${PG_HOST#[}
      hostport=${hostport#*]}; [[ $hostport == :* ]] && PG_PORT=${hostport#:}
    elif [[ $hostport == *:* ]]; then
      PG_HOST=${hostport%%:*}; PG_PORT=${hostport#*:}
    else
      PG_HOST=${hostport:-127.0.0.1}
    fi
    [[ -n $PG_DB ]] || PG_DB=postgres
    PG_DB=$(_svc_urldecode "$PG_DB")
    if [[ -n $auth ]]; then
      if [[ $auth == *:* ]]; then PG_USER=$(_svc_urldecode "${auth%%:*}"); PG_PASSWORD=$(_svc_urldecode "${auth#*:}")
      else PG_USER=$(_svc_urldecode "$auth"); fi
    fi
    local kv
    local IFS='&'
    for kv in $query; do                        # jdbc:postgresql://h/db?user=x&password=y
      case $kv in
        user=*)     PG_USER=$(_svc_urldecode "${kv#user=}") ;;
        password=*) PG_PASSWORD=$(_svc_urldecode "${kv#password=}") ;;
      esac
    done
  fi
  [[ -n ${DATABASE_USERNAME:-} ]] && PG_USER=$DATABASE_USERNAME
  [[ -n ${DATABASE_PASSWORD:-} ]] && PG_PASSWORD=$DATABASE_PASSWORD
  [[ $PG_PORT =~ ^[0-9]+$ ]] || { _svc_fail "DATABASE_URL has a bad port '$PG_PORT'"; return 1; }
  return 0
}

# Sets REDIS_HOST REDIS_PORT REDIS_USER REDIS_PASSWORD REDIS_TLS REDIS_FROM_URL.
_svc_parse_redis_url() {
  REDIS_HOST=127.0.0.1 REDIS_PORT=6379 REDIS_USER='' REDIS_PASSWORD='' REDIS_TLS=0 REDIS_FROM_URL=0
  local url=${REDIS_URL:-}
  [[ -n $url ]] || return 0
  REDIS_FROM_URL=1
  local rest=$url auth=''
  case $rest in
    redis://*)  rest=${rest#redis://} ;;
    rediss://*) rest=${rest#rediss://}; REDIS_TLS=1 ;;
    *) _svc_fail "REDIS_URL must look like redis://[:password@]host:6379[/db] (got '$url')"; return 1 ;;
  esac
  rest=${rest%%\?*}; rest=${rest%%/*}
  if [[ $rest == *@* ]]; then auth=${rest%@*}; rest=${rest##*@}; fi
  if [[ $rest == \[*\]* ]]; then
    REDIS_HOST=${rest%%]*}; REDIS_HOST=${REDIS_HOST#[}; rest=${rest#*]}; [[ $rest == :* ]] && REDIS_PORT=${rest#:}
  elif [[ $rest == *:* ]]; then
    REDIS_HOST=${rest%%:*}; REDIS_PORT=${rest#*:}
  else
    REDIS_HOST=${rest:-127.0.0.1}
  fi
  if [[ -n $auth ]]; then
    if [[ $auth == *:* ]]; then REDIS_USER=$(_svc_urldecode "${auth%%:*}"); REDIS_PASSWORD=$(_svc_urldecode "${auth#*:}")
    else REDIS_PASSWORD=$(_svc_urldecode "$auth"); fi
  fi
  [[ $REDIS_PORT =~ ^[0-9]+$ ]] || { _svc_fail "REDIS_URL has a bad port '$REDIS_PORT'"; return 1; }
  return 0
}

# --------------------------------------------------------------------------- probes

# _svc_pg_state — prints: ok | down | auth:<message> | starting
_svc_pg_state() {
  if command -v pg_isready >/dev/null 2>&1; then
    local rc=0
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 3 >/dev/null 2>&1 || rc=$?
    case $rc in
      0) ;;
      1) echo starting; return 0 ;;
      *) echo down; return 0 ;;
    esac
  else
    _svc_tcp_open "$PG_HOST" "$PG_PORT" || { echo down; return 0; }
  fi
  # The server answers; check that we can log in (catches pg_hba/password problems early).
  if command -v psql >/dev/null 2>&1; then
    local out
    if ! out=$(PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=5 psql -X -w -q -At -h "$PG_HOST" -p "$PG_PORT" \
                 -U "$PG_USER" -d postgres -c 'select 1' 2>&1 </dev/null); then
      out=$(printf '%s' "$out" | grep -m1 -E 'FATAL|error|ERROR' || printf '%s' "$out" | head -n1)
      # a server without a "postgres" database still answers and accepts us
      if [[ $out != *'database "postgres" does not exist'* ]]; then
        echo "auth:${out#*FATAL:  }"
        return 0
      fi
    fi
  fi
  echo ok
}

# _svc_redis_state — prints: ok | down | error:<reply>
_svc_redis_state() {
  local reply
  if command -v redis-cli >/dev/null 2>&1; then
    local -a cli=(redis-cli --no-auth-warning -h "$REDIS_HOST" -p "$REDIS_PORT")
    [[ $REDIS_TLS == 1 ]] && cli+=(--tls)
    [[ -n $REDIS_USER ]] && cli+=(--user "$REDIS_USER")
    [[ -n $REDIS_PASSWORD ]] && cli+=(-a "$REDIS_PASSWORD")
    if command -v timeout >/dev/null 2>&1; then cli=(timeout 5 "${cli[@]}"); fi
    reply=$("${cli[@]}" ping 2>&1 </dev/null) || true
    case $reply in
      PONG) echo ok ;;
      *"Connection refused"*|*"Could not connect"*|*"timed out"*|"") echo down ;;
      *) echo "error:$(printf '%s' "$reply" | head -n1)" ;;
    esac
    return 0
  fi
  # No redis-cli: speak RESP over bash /dev/tcp (TLS cannot be checked this way: TCP only).
  _svc_tcp_open "$REDIS_HOST" "$REDIS_PORT" || { echo down; return 0; }
  if [[ $REDIS_TLS == 1 ]]; then echo ok; return 0; fi
  reply=$(REDIS_USER=$REDIS_USER REDIS_PASSWORD=$REDIS_PASSWORD timeout 5 bash -c '
    exec 3<>"/dev/tcp/$0/$1" || exit 1
    if [[ -n $REDIS_PASSWORD ]]; then
      if [[ -n $REDIS_USER ]]; then printf "AUTH %s %s\r\n" "$REDIS_USER" "$REDIS_PASSWORD" >&3
      else printf "AUTH %s\r\n" "$REDIS_PASSWORD" >&3; fi
      IFS= read -r line <&3; [[ $line == +OK* ]] || { printf "%s" "${line%$'"'"'\r'"'"'}"; exit 0; }
    fi
    printf "PING\r\n" >&3; IFS= read -r line <&3; printf "%s" "${line%$'"'"'\r'"'"'}"' \
    "$REDIS_HOST" "$REDIS_PORT" 2>/dev/null) || true
  case $reply in
    +PONG) echo ok ;;
    "") echo down ;;
    *) echo "error:${reply#-}" ;;
  esac
}

_svc_wait() { # _svc_wait FUNC SECONDS — poll until FUNC prints ok
  local fn=$1 secs=$2 i state
  for ((i = 0; i < secs * 2; i++)); do
    state=$($fn)
    [[ $state == ok ]] && return 0
    sleep 0.5
  done
  return 1
}

# --------------------------------------------------------------------------- local servers

_svc_pg_cluster_version() { # highest version that has a "main" cluster
  local d v best=''
  for d in /etc/postgresql/*/main/postgresql.conf; do
    [[ -f $d ]] || continue
    v=${d#/etc/postgresql/}; v=${v%%/*}
    if [[ -z $best ]] || [[ $(printf '%s\n%s\n' "$best" "$v" | sort -V | tail -n1) == "$v" ]]; then best=$v; fi
  done
  [[ -n $best ]] && printf '%s\n' "$best"
}

_svc_pg_installed()    { command -v pg_ctlcluster >/dev/null 2>&1 && _svc_pg_cluster_version >/dev/null; }
_svc_redis_installed() { command -v redis-server >/dev/null 2>&1; }

# Allow passwordless TCP logins from localhost, as the app's defaults expect (dev machines/CI only;
# called only right after this script installed PostgreSQL itself).
_svc_pg_trust_localhost() {
  local v hba
  v=$(_svc_pg_cluster_version) || return 0
  hba=/etc/postgresql/$v/main/pg_hba.conf
  [[ -f $hba ]] || return 0
  grep -q '# chibo: trust localhost' "$hba" && return 0
  _svc_log "allowing passwordless localhost logins in $hba (development machine)"
  { printf '# chibo: trust localhost (added by infra/scripts/services.sh)\n'
    printf 'host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n'
    cat "$hba"; } >"$hba.chibo.tmp" && cat "$hba.chibo.tmp" >"$hba" && rm -f "$hba.chibo.tmp"
}

_svc_pg_start() {
  local v
  v=$(_svc_pg_cluster_version) || { _svc_fail "PostgreSQL is installed but no cluster exists in /etc/postgresql/*/main (create one: pg_createcluster 15 main)"; return 1; }
  _svc_log "starting PostgreSQL $v (cluster main)"
  pg_ctlcluster --skip-systemctl-redirect "$v" main start >/dev/null 2>&1 \
    || pg_ctlcluster --skip-systemctl-redirect "$v" main restart >/dev/null 2>&1 \
    || { _svc_fail "could not start PostgreSQL $v: see /var/log/postgresql/postgresql-$v-main.log"; return 1; }
}

_svc_redis_start() {
  _svc_log "starting Redis on 127.0.0.1:$REDIS_PORT"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no >/dev/null \
    || { _svc_fail "could not start redis-server"; return 1; }
}

# --------------------------------------------------------------------------- commands

services_ensure() {
  _svc_parse_database_url || return 1
  _svc_parse_redis_url || return 1
  local pg redis
  pg=$(_svc_pg_state)
  redis=$(_svc_redis_state)
  [[ $pg == ok && $redis == ok ]] && return 0

  # Configured (remote or explicit) servers: check only, say exactly what is wrong.
  if [[ $PG_FROM_URL == 1 && $pg != ok ]]; then
    case $pg in
      starting) _svc_fail "PostgreSQL at $PG_HOST:$PG_PORT (from DATABASE_URL) is starting up and rejects connections; retry in a moment"; return 1 ;;
      auth:*)   _svc_fail "PostgreSQL at $PG_HOST:$PG_PORT (from DATABASE_URL) refuses user '$PG_USER': ${pg#auth:} — check DATABASE_USERNAME/DATABASE_PASSWORD"; return 1 ;;
      *)        _svc_fail "PostgreSQL at $PG_HOST:$PG_PORT (from DATABASE_URL) does not answer — start it or fix DATABASE_URL"; return 1 ;;
    esac
  fi
  if [[ $REDIS_FROM_URL == 1 && $redis != ok ]]; then
    case $redis in
      error:*) _svc_fail "Redis at $REDIS_HOST:$REDIS_PORT (from REDIS_URL) answered '${redis#error:}' — check the password in REDIS_URL"; return 1 ;;
      *)       _svc_fail "Redis at $REDIS_HOST:$REDIS_PORT (from REDIS_URL) does not answer — start it or fix REDIS_URL"; return 1 ;;
    esac
  fi

  # Local servers answering but misconfigured: nothing to start, say what is wrong.
  case $pg in
    auth:*) _svc_fail "local PostgreSQL at $PG_HOST:$PG_PORT refuses user '$PG_USER': ${pg#auth:} — set DATABASE_PASSWORD or allow it in pg_hba.conf"; return 1 ;;
  esac
  case $redis in
    error:*) _svc_fail "local Redis at $REDIS_HOST:$REDIS_PORT answered '${redis#error:}' — set REDIS_URL=redis://:PASSWORD@127.0.0.1:$REDIS_PORT"; return 1 ;;
  esac

  # Install what is missing (root on Debian), otherwise say what to install.
  local -a missing=()
  local fresh_pg=0
  [[ $pg != ok && $pg != starting ]] && ! _svc_pg_installed && missing+=(postgresql)
  [[ $redis != ok ]] && ! _svc_redis_installed && missing+=(redis-server)
  if ((${#missing[@]})); then
    if _svc_is_root_debian; then
      _svc_apt_install "${missing[@]}" || return 1
      [[ " ${missing[*]} " == *" postgresql "* ]] && fresh_pg=1
      pg=$(_svc_pg_state); redis=$(_svc_redis_state)
    else
      _svc_fail "missing ${missing[*]}: install it (Debian/Ubuntu: sudo apt-get install -y ${missing[*]}) or point DATABASE_URL/REDIS_URL at running servers"
      return 1
    fi
  fi

  # Start what is installed but stopped (a freshly installed cluster may already run: start falls back to restart).
  if [[ $pg != ok ]]; then
    [[ $fresh_pg == 1 ]] && _svc_pg_trust_localhost
    [[ $pg == starting ]] || _svc_pg_start || return 1
    if ! _svc_wait _svc_pg_state 30; then
      pg=$(_svc_pg_state)
      case $pg in
        auth:*) _svc_fail "PostgreSQL at $PG_HOST:$PG_PORT runs but refuses user '$PG_USER': ${pg#auth:}" ;;
        *)      _svc_fail "PostgreSQL at $PG_HOST:$PG_PORT still does not answer after start: see /var/log/postgresql/" ;;
      esac
      return 1
    fi
  fi
  if [[ $redis != ok ]]; then
    _svc_redis_start || return 1
    _svc_wait _svc_redis_state 15 || { _svc_fail "Redis at $REDIS_HOST:$REDIS_PORT still does not answer after start"; return 1; }
  fi
  return 0
}

# services_create_db NAME — create the database on the configured server if it is absent.
services_create_db() {
  local name=${1:-}
  [[ $name =~ ^[A-Za-z_][A-Za-z0-9_]{0,62}$ ]] \
    || { _svc_fail "create-db: database name must match [A-Za-z_][A-Za-z0-9_]* (got '${name}')"; return 1; }
  _svc_parse_database_url || return 1
  command -v psql >/dev/null 2>&1 \
    || { _svc_fail "psql not found: install postgresql-client (apt-get install -y postgresql-client)"; return 1; }
  local -a psql=(env "PGPASSWORD=$PG_PASSWORD" PGCONNECT_TIMEOUT=5
                 psql -X -w -q -At -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres)
  local exists out
  if ! exists=$("${psql[@]}" -c "select 1 from pg_database where datname = '$name'" 2>&1 </dev/null); then
    _svc_fail "create-db: cannot query PostgreSQL at $PG_HOST:$PG_PORT as '$PG_USER': $(printf '%s' "$exists" | head -n1)"
    return 1
  fi
  [[ $exists == 1 ]] && return 0
  if ! out=$("${psql[@]}" -c "create database \"$name\"" 2>&1 </dev/null); then
    # A concurrent creator may have won the race: fine if it exists now.
    exists=$("${psql[@]}" -c "select 1 from pg_database where datname = '$name'" 2>/dev/null </dev/null || true)
    [[ $exists == 1 ]] && return 0
    _svc_fail "create-db: could not create database '$name' on $PG_HOST:$PG_PORT: $(printf '%s' "$out" | head -n1)"
    return 1
  fi
  _svc_log "created database '$name' on $PG_HOST:$PG_PORT"
}

# services_ensure_chromium — the browser the end-to-end tests drive.
services_ensure_chromium() {
  [[ -x /usr/bin/chromium ]] && return 0
  if _svc_is_root_debian; then
    _svc_apt_install chromium || return 1
    [[ -x /usr/bin/chromium ]] || { _svc_fail "chromium was installed but /usr/bin/chromium is missing"; return 1; }
    return 0
  fi
  _svc_fail "/usr/bin/chromium is missing: install Chromium (Debian: sudo apt-get install -y chromium; Ubuntu: a chromium package that provides /usr/bin/chromium)"
}

# services_ensure_jdk — Maven and the app need a JDK 17 or newer.
services_ensure_jdk() {
  local v=''
  if command -v java >/dev/null 2>&1 && command -v javac >/dev/null 2>&1; then
    v=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1)
    [[ ${v%%.*} =~ ^[0-9]+$ ]] && ((${v%%.*} >= 17)) && return 0
  fi
  if _svc_is_root_debian; then
    _svc_apt_install openjdk-17-jdk-headless || return 1
    return 0
  fi
  _svc_fail "a JDK 17+ is required (found: ${v:-none}): install one (Debian: sudo apt-get install -y openjdk-17-jdk-headless) or put it first on PATH"
}

_svc_usage() {
  cat >&2 <<'EOF'
usage: services.sh ensure | ensure-chromium | ensure-jdk | create-db NAME
  ensure           make sure PostgreSQL and Redis answer (DATABASE_URL/REDIS_URL, else local; installs/starts local ones)
  ensure-chromium  make sure /usr/bin/chromium exists (installs it as root on Debian)
  ensure-jdk       make sure a JDK 17+ is on PATH (installs openjdk-17 as root on Debian)
  create-db NAME   create database NAME on the configured server if it does not exist
EOF
}

services_main() {
  local cmd=${1:-}
  case $cmd in
    ensure)          services_ensure ;;
    ensure-chromium) services_ensure_chromium ;;
    ensure-jdk)      services_ensure_jdk ;;
    create-db)       shift; services_create_db "${1:-}" ;;
    -h|--help|help)  _svc_usage ;;
    *)               _svc_usage; return 2 ;;
  esac
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  services_main "$@"
fi
