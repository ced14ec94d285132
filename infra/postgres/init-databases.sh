#!/bin/bash
# Run once by the postgres image on an empty data volume (docker-entrypoint-initdb.d):
# one database per service, plus one for Keycloak, all owned by $POSTGRES_USER.
set -euo pipefail
for db in drafting approval meeting publication followup keycloak; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
SELECT 'CREATE DATABASE $db OWNER "$POSTGRES_USER"'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db')\gexec
SQL
done
