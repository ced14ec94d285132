#!/bin/bash
# The one-shot kafka-setup container: as the broker's admin, over SASL/SCRAM, it
#   1. gives every service a SCRAM-SHA-512 user of its own (its short name; password from .env),
#   2. creates the topics (each service's events topic: 3 partitions, kept forever; and its tree-heads
#      witness topic: 1 partition, kept forever), if missing,
#   3. applies every row of acls.csv (ALLOW; adding an ACL that exists changes nothing).
# Safe to run again: every step only adds what is missing. Rows removed from acls.csv are not taken
# back by this script: kafka-acls.sh --remove them by hand (docs/security.md).
set -euo pipefail
: "${KAFKA_ADMIN_PASSWORD:?KAFKA_ADMIN_PASSWORD is not set: copy infra/.env.example to infra/.env and fill it in}"
bin=/opt/kafka/bin
bootstrap=kafka:9092
acls=/etc/hamerslag/kafka/acls.csv
admin=$(mktemp)
trap 'rm -f "$admin"' EXIT
cat > "$admin" <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
PROPS

for t in drafting approval meeting publication followup; do
  var="KAFKA_$(echo "$t" | tr '[:lower:]' '[:upper:]')_PASSWORD"
  password="${!var:?$var is not set: copy infra/.env.example to infra/.env and fill it in}"
  $bin/kafka-configs.sh --bootstrap-server $bootstrap --command-config "$admin" --alter \
    --entity-type users --entity-name "$t" --add-config "SCRAM-SHA-512=[password=${password}]"
  $bin/kafka-topics.sh --bootstrap-server $bootstrap --command-config "$admin" --create --if-not-exists \
    --topic "hamerslag.$t.events.v1" --partitions 3 --replication-factor 1 --config retention.ms=-1
  $bin/kafka-topics.sh --bootstrap-server $bootstrap --command-config "$admin" --create --if-not-exists \
    --topic "hamerslag.$t.tree-heads.v1" --partitions 1 --replication-factor 1 --config retention.ms=-1
done

rows=0
while IFS=, read -r principal type name pattern operation; do
  case "$principal" in ''|'#'*) continue ;; esac
  case "$type" in
    TOPIC) resource=(--topic "$name") ;;
    GROUP) resource=(--group "$name") ;;
    *) echo "acls.csv: unknown resource type '$type' in the row for $principal" >&2; exit 1 ;;
  esac
  $bin/kafka-acls.sh --bootstrap-server $bootstrap --command-config "$admin" --add \
    --allow-principal "User:$principal" --operation "$operation" "${resource[@]}" \
    --resource-pattern-type "$(echo "$pattern" | tr '[:upper:]' '[:lower:]')" > /dev/null
  rows=$((rows + 1))
done < "$acls"
echo "kafka-setup: users, topics and $rows ACL rows from acls.csv are in place"
