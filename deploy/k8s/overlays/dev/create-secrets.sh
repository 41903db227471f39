#!/usr/bin/env bash
# Creates the Secrets the dev overlay reads, with random passwords, in namespace checkout (or $NAMESPACE).
# Idempotent: an existing Secret is left as it is (PostgreSQL and RabbitMQ keep the passwords they were first given).
# Needs kubectl pointed at your local cluster, and openssl or /dev/urandom.
set -euo pipefail

NAMESPACE="${NAMESPACE:-checkout}"

random() { openssl rand -hex 16 2>/dev/null || head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

secret() {
  local name="$1"; shift
  if kubectl -n "$NAMESPACE" get secret "$name" >/dev/null 2>&1; then
    echo "secret/$name exists, kept"
  else
    kubectl -n "$NAMESPACE" create secret generic "$name" "$@" >/dev/null
    echo "secret/$name created"
  fi
}

kubectl get namespace "$NAMESPACE" >/dev/null 2>&1 || kubectl create namespace "$NAMESPACE"

# service           database/RabbitMQ user
for entry in "order-service orders" "email-worker email" "fraud-worker fraud" "analytics-worker analytics" "fulfilment-worker fulfilment"; do
  read -r service user <<<"$entry"
  secret "$service-db" --type=kubernetes.io/basic-auth --from-literal=username="$user" --from-literal=password="$(random)"
  secret "$service-rabbitmq" --type=kubernetes.io/basic-auth --from-literal=username="$user" --from-literal=password="$(random)"
done
# order-service's client secret in the realm (client order-service): set the realm's client to this value.
secret order-service-oidc-client --from-literal=client-secret="$(random)"
# Encrypts the sessions of order-service's pages (the dead-letter console's sign-in).
secret order-service-web-session --from-literal=secret="$(random)"
secret status-link-key --from-literal=current="local:$(head -c 32 /dev/urandom | base64 | tr -d '\n')"
secret rabbitmq-admin --type=kubernetes.io/basic-auth --from-literal=username=admin --from-literal=password="$(random)"
secret postgres-superuser --type=kubernetes.io/basic-auth --from-literal=username=postgres --from-literal=password="$(random)"

echo
echo "RabbitMQ management UI:                            admin / $(kubectl -n "$NAMESPACE" get secret rabbitmq-admin -o jsonpath='{.data.password}' | base64 -d)"
