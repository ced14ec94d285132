#!/bin/bash
# Run once by the postgres image on an empty data volume (docker-entrypoint-initdb.d), as the
# superuser of .env (POSTGRES_SUPERUSER_PASSWORD). One login and one database per service, plus
# Keycloak's: each login is the OWNER of its own database only (so it owns the public schema there
# and runs its own Flyway migrations) and nobody else may connect to that database; no login is a
# superuser or may create roles or databases. A leaked service password then opens one service's
# data, not everyone's. Passwords come from the environment (<DB>_DB_PASSWORD, see infra/.env.example).
set -euo pipefail
for db in drafting approval meeting publication followup keycloak; do
  var="$(echo "$db" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password="${!var:?$var is not set: copy infra/.env.example to infra/.env and fill it in}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v login="$db" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'login', :'password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'login')\gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'login', :'login')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'login')\gexec
SELECT format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', :'login')\gexec
SQL
done
# the maintenance database is the superuser's alone: a service login has nothing to do there
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -c 'REVOKE CONNECT, TEMPORARY ON DATABASE postgres FROM PUBLIC'
