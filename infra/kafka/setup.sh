#!/bin/bash
# The one-shot kafka-setup container: as the broker's admin, over SASL/SCRAM, it
#   1. gives every service a SCRAM-SHA-512 user of its own (its short name; password from .env),
#   2. creates the topics that are missing (each service's events topic: 3 partitions, kept forever;
#      and its tree-heads witness topic: 1 partition, kept forever),
#   3. applies every row of acls.csv (ALLOW; adding an ACL that exists changes nothing).
# Safe to run again: every step only adds what is missing. Rows removed from acls.csv are not taken
# back by this script: kafka-acls.sh --remove them by hand (infra/README.md).
# Each tool is a JVM start, so rows are applied in groups (one call per service, pattern and operation).
set -euo pipefail
: "${KAFKA_ADMIN_PASSWORD:?KAFKA_ADMIN_PASSWORD is not set: copy infra/.env.example to infra/.env and fill it in}"
# the defaults are the container's; KafkaSetupScriptTest runs this same script against a test broker
bin=${KAFKA_BIN:-/opt/kafka/bin}
bootstrap=${KAFKA_BOOTSTRAP:-kafka:9092}
acls=${KAFKA_ACLS:-/etc/hamerslag/kafka/acls.csv}
admin=$(mktemp)
trap 'rm -f "$admin"' EXIT
cat > "$admin" <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
PROPS

existing=" $("$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --list | tr '\n' ' ') "
create_topic() { # name partitions
  if [[ "$existing" != *" $1 "* ]]; then
    "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --create --if-not-exists \
      --topic "$1" --partitions "$2" --replication-factor 1 --config retention.ms=-1
  fi
}
for t in drafting approval meeting publication followup; do
  var="KAFKA_$(echo "$t" | tr '[:lower:]' '[:upper:]')_PASSWORD"
  password="${!var:?$var is not set: copy infra/.env.example to infra/.env and fill it in}"
  "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --alter \
    --entity-type users --entity-name "$t" --add-config "SCRAM-SHA-512=[password=${password}]"
  create_topic "hamerslag.$t.events.v1" 3
  create_topic "hamerslag.$t.tree-heads.v1" 1
done

# acls.csv: principal,resource_type,resource_name,pattern_type,operation
declare -A resources=()
groups=()
rows=0
while IFS=, read -r principal type name pattern operation; do
  case "$principal" in ''|'#'*) continue ;; esac
  case "$type" in
    TOPIC) flag=--topic ;;
    GROUP) flag=--group ;;
    *) echo "acls.csv: unknown resource type '$type' in the row for $principal" >&2; exit 1 ;;
  esac
  key="$principal,$pattern,$operation"
  [ -n "${resources[$key]+set}" ] || groups+=("$key")
  resources[$key]+="$flag"$'\n'"$name"$'\n'
  rows=$((rows + 1))
done < "$acls"
for key in "${groups[@]}"; do
  IFS=, read -r principal pattern operation <<< "$key"
  mapfile -t resource <<< "${resources[$key]%$'\n'}"
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --add \
    --allow-principal "User:$principal" --operation "$operation" "${resource[@]}" \
    --resource-pattern-type "$(echo "$pattern" | tr '[:upper:]' '[:lower:]')" > /dev/null
done
echo "kafka-setup: users, topics and $rows ACL rows from acls.csv are in place"
