#!/bin/sh
# Run once by the postgres image's entrypoint, on the first start with an empty data directory: one user and one
# database per service (deploy/README.md). Passwords come from the services' Secrets through the environment.
set -eu
for name in orders email fraud analytics fulfilment; do
  var="$(printf '%s' "$name" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  eval "password=\${$var:-}"
  if [ -z "$password" ]; then
    echo "10-service-databases: $var is not set" >&2
    exit 1
  fi
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
-- PostgreSQL lets every role connect to a new database; each service's role connects to its own only.
REVOKE CONNECT ON DATABASE :"name" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"name" TO :"name";
SQL
  echo "10-service-databases: created user and database $name"
done
