#!/bin/sh
# Runs in an init container before RabbitMQ starts (in-cluster-infra's StatefulSet and the prod RabbitmqCluster).
# Writes the directory RabbitMQ imports at boot (definitions.local.path), in file-name order:
#   00-access.json    the virtual host, the users with their passwords (from Secrets, via the environment) and
#                     their permissions: written here, so no password is ever in a manifest or a ConfigMap;
#   10-topology.json  deploy/rabbitmq/definitions.json unchanged (ConfigMap rabbitmq-topology).
# Environment: RABBITMQ_ADMIN_PASSWORD (and RABBITMQ_ADMIN_USERNAME, default admin: the management UI's
# administrator; in prod the RabbitMQ Cluster Operator's default user, so the operator keeps its login) and
# <USER>_RABBITMQ_PASSWORD for each service user below; optionally
# KEDA_RABBITMQ_PASSWORD, which adds the read-only user `keda` (tag monitoring) the prod autoscaler queries.
# Usage: render-definitions.sh <topology.json> <output directory>
set -eu

topology="$1"
out="$2"
vhost=checkout
admin="${RABBITMQ_ADMIN_USERNAME:-admin}"
# The services' RabbitMQ users (rabbitmq-username in each service's application.properties).
users="orders email fraud analytics"

# JSON string body: escapes backslashes and double quotes; control characters are refused.
json_string() {
  if printf '%s' "$1" | grep -q '[[:cntrl:]]'; then
    echo "render-definitions: a password contains a control character" >&2
    exit 1
  fi
  printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'
}

password_of() {
  var="$(printf '%s' "$1" | tr '[:lower:]' '[:upper:]')_RABBITMQ_PASSWORD"
  eval "value=\${$var:-}"
  if [ -z "$value" ]; then
    echo "render-definitions: $var is not set (Secret missing?)" >&2
    exit 1
  fi
  json_string "$value"
}

[ -n "${RABBITMQ_ADMIN_PASSWORD:-}" ] || { echo "render-definitions: RABBITMQ_ADMIN_PASSWORD is not set" >&2; exit 1; }
[ -f "$topology" ] || { echo "render-definitions: no topology at $topology" >&2; exit 1; }
mkdir -p "$out"

tmp="$out/.00-access.json.tmp"
{
  printf '{\n  "vhosts": [{"name": "%s"}],\n' "$vhost"
  printf '  "users": [\n    {"name": "%s", "password": "%s", "tags": "administrator"}' "$(json_string "$admin")" "$(json_string "$RABBITMQ_ADMIN_PASSWORD")"
  for user in $users; do
    printf ',\n    {"name": "%s", "password": "%s", "tags": ""}' "$user" "$(password_of "$user")"
  done
  if [ -n "${KEDA_RABBITMQ_PASSWORD:-}" ]; then
    printf ',\n    {"name": "keda", "password": "%s", "tags": "monitoring"}' "$(json_string "$KEDA_RABBITMQ_PASSWORD")"
  fi
  printf '\n  ],\n  "permissions": [\n    {"user": "%s", "vhost": "%s", "configure": ".*", "write": ".*", "read": ".*"}' "$(json_string "$admin")" "$vhost"
  for user in $users; do
    printf ',\n    {"user": "%s", "vhost": "%s", "configure": ".*", "write": ".*", "read": ".*"}' "$user" "$vhost"
  done
  if [ -n "${KEDA_RABBITMQ_PASSWORD:-}" ]; then
    printf ',\n    {"user": "keda", "vhost": "%s", "configure": "^$", "write": "^$", "read": "^$"}' "$vhost"
  fi
  printf '\n  ]\n}\n'
} > "$tmp"
mv "$tmp" "$out/00-access.json"
cp "$topology" "$out/10-topology.json"
echo "render-definitions: wrote $out/00-access.json (vhost $vhost, users $admin $users${KEDA_RABBITMQ_PASSWORD:+ keda}) and $out/10-topology.json"
