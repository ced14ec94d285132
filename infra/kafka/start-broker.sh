#!/bin/bash
# The kafka container's command. Formats the storage on the first start only, with the SCRAM
# credential of the broker's admin (the one super user that talks SASL: kafka-setup uses it to add
# the services' users, the topics and the ACLs), then runs the broker from server.properties.
# The admin password counts only on that first start: to change it later, use kafka-configs.sh
# --alter --entity-type users --entity-name admin as the admin.
set -euo pipefail
: "${KAFKA_ADMIN_PASSWORD:?KAFKA_ADMIN_PASSWORD is not set: copy infra/.env.example to infra/.env and fill it in}"
config=/etc/hamerslag/kafka/server.properties
if [ ! -f /var/lib/kafka/data/meta.properties ]; then
  /opt/kafka/bin/kafka-storage.sh format --config "$config" \
    --cluster-id "$(/opt/kafka/bin/kafka-storage.sh random-uuid)" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=${KAFKA_ADMIN_PASSWORD}]"
fi
exec /opt/kafka/bin/kafka-server-start.sh "$config"
