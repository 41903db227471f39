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
# Each service user gets only what its code needs (see grants below); ./suite applies the same grants locally.
# Usage: render-definitions.sh <topology.json> <output directory>
#        render-definitions.sh --grants    prints the grants, one line per user, tab-separated: user, the regex of the
#                                          exchanges and queues it may configure, write and read, and the regexes of
#                                          the routing keys it may publish (write) and bind (read) on checkout.events
set -eu

# A service user whose consumer is C: configure, write and read only the shared exchanges (which it declares, binds
# to and publishes to; checkout.unroutable names the alternate exchange and its queue) and C's own queues (checkout.C,
# its retry tiers checkout.C.retry.<tier>, its parking lot checkout.C.dlq); not amq.default, through which it could
# write into any queue. On checkout.events it publishes its own events, retry.C (replay) and delay.C.<tier> (retry)
# only, and binds its queue to the events it consumes plus those two.
# Arguments: user, consumer (mp.messaging.incoming.<consumer> in the service's application.properties), the routing
# keys it publishes (the event types its outbox records), the routing keys its queue is bound to (routing-keys).
grant() {
  own="retry\\.$2|delay\\.$2\\.[0-9a-z]+"
  printf '%s\t%s\t%s\t%s\n' "$1" "^checkout\\.(events|dlx|unroutable|$2(\\.retry\\.[0-9a-z]+|\\.dlq)?)\$" \
    "^($3|$own)\$" "^($4|$own)\$"
}

# The services' RabbitMQ users (rabbitmq-username in each service's application.properties).
grants() {
  grant orders    order-status 'order\.placed'             '(email\.(sent|failed)|fraud\.(assessed|failed)|analytics\.(recorded|failed)|fulfilment\.(requested|held|failed))'
  grant email     email        'email\.(sent|failed)'      'order\.placed'
  grant fraud     fraud        'fraud\.(assessed|failed)'  'order\.placed'
  grant analytics analytics    'analytics\.(recorded|failed)' 'order\.placed'
  grant fulfilment fulfilment  'fulfilment\.(requested|held|failed)' '(order\.placed|fraud\.assessed)'
}

if [ "${1:-}" = --grants ]; then
  grants
  exit 0
fi

topology="$1"
out="$2"
vhost=checkout
admin="${RABBITMQ_ADMIN_USERNAME:-admin}"
users="$(grants | cut -f1 | tr '\n' ' ')"
users="${users% }"

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
  grants | while IFS="$(printf '\t')" read -r user resources publish bind; do
    printf ',\n    {"user": "%s", "vhost": "%s", "configure": "%s", "write": "%s", "read": "%s"}' "$user" "$vhost" \
      "$(json_string "$resources")" "$(json_string "$resources")" "$(json_string "$resources")"
  done
  if [ -n "${KEDA_RABBITMQ_PASSWORD:-}" ]; then
    printf ',\n    {"user": "keda", "vhost": "%s", "configure": "^$", "write": "^$", "read": "^$"}' "$vhost"
  fi
  printf '\n  ],\n  "topic_permissions": ['
  separator=''
  grants | while IFS="$(printf '\t')" read -r user resources publish bind; do
    printf '%s\n    {"user": "%s", "vhost": "%s", "exchange": "checkout.events", "write": "%s", "read": "%s"}' "$separator" \
      "$user" "$vhost" "$(json_string "$publish")" "$(json_string "$bind")"
    separator=','
  done
  printf '\n  ]\n}\n'
} > "$tmp"
mv "$tmp" "$out/00-access.json"
cp "$topology" "$out/10-topology.json"
echo "render-definitions: wrote $out/00-access.json (vhost $vhost, users $admin $users${KEDA_RABBITMQ_PASSWORD:+ keda}) and $out/10-topology.json"
