#!/usr/bin/env bash
# Prepares infra/jitsi for `docker compose -f infra/compose.yaml -f infra/jitsi/compose.jitsi.yaml --profile jitsi up`:
# fetches the event_sync Prosody component (not part of the docker-jitsi-meet images) and renders its config
# with the webhook secret from infra/.env. Safe to run again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
env_file="$here/../.env"
[[ -f "$env_file" ]] || { echo "infra/.env is missing: cp infra/.env.example infra/.env and set the secrets" >&2; exit 1; }
secret="$(grep -E '^JITSI_WEBHOOK_SECRET=' "$env_file" | tail -1 | cut -d= -f2-)"
[[ -n "$secret" ]] || { echo "set JITSI_WEBHOOK_SECRET in infra/.env" >&2; exit 1; }
[[ "$secret" =~ ^[A-Za-z0-9._~+/=-]+$ ]] || { echo "JITSI_WEBHOOK_SECRET: use letters, digits and ._~+/=- only" >&2; exit 1; }
plugin="$here/prosody-plugins-custom/mod_event_sync_component.lua"
if [[ ! -s "$plugin" ]]; then
  curl -fsSL -o "$plugin" \
    "https://raw.githubusercontent.com/jitsi-contrib/prosody-plugins/main/event_sync/mod_event_sync_component.lua"
fi
sed "s|@JITSI_WEBHOOK_SECRET@|$secret|" "$here/prosody/event_sync.cfg.lua.template" > "$here/prosody/event_sync.cfg.lua"
chmod 600 "$here/prosody/event_sync.cfg.lua"
echo "event_sync ready: $plugin and infra/jitsi/prosody/event_sync.cfg.lua"
