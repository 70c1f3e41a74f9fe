#!/bin/bash
# Starts the compose Kafka secured like the local stack's (ADR 0010): clients on SASL_SSL with SCRAM-SHA-512,
# controller and inter-broker listeners on mutual TLS with the broker certificate, StandardAuthorizer denying by
# default. Secrets come from the mounted directory (the files `npm run stack -- up` generates under
# .mesh/secrets/<city>/kafka): ca.pem, broker.p12, broker-keystore.secret and one <principal>.password per SCRAM user.
set -euo pipefail
secrets=/etc/kafka/secrets
config=/tmp/server.properties
keystore_password="$(cat "$secrets/broker-keystore.secret")"
cat > "$config" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@kafka:9093
listeners=SASL_SSL://:9092,CONTROLLER://:9093,INTERNAL://:9094,HOST://:19092
advertised.listeners=SASL_SSL://kafka:9092,INTERNAL://kafka:9094,HOST://127.0.0.1:${KAFKA_PORT:-19092}
controller.listener.names=CONTROLLER
inter.broker.listener.name=INTERNAL
listener.security.protocol.map=SASL_SSL:SASL_SSL,HOST:SASL_SSL,CONTROLLER:SSL,INTERNAL:SSL
ssl.keystore.type=PKCS12
ssl.keystore.location=$secrets/broker.p12
ssl.keystore.password=$keystore_password
ssl.key.password=$keystore_password
ssl.truststore.type=PEM
ssl.truststore.location=$secrets/ca.pem
listener.name.controller.ssl.client.auth=required
listener.name.internal.ssl.client.auth=required
sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.host.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:admin;User:CN=kafka-${CITY:-incheon}
log.dirs=/var/lib/kafka/data
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
auto.create.topics.enable=false
PROPERTIES
if [ ! -f /var/lib/kafka/data/meta.properties ]; then
  scram=()
  for file in "$secrets"/*.password; do
    scram+=(--add-scram "SCRAM-SHA-512=[name=$(basename "$file" .password),password=$(cat "$file")]")
  done
  /opt/kafka/bin/kafka-storage.sh format --cluster-id="$(/opt/kafka/bin/kafka-storage.sh random-uuid)" -c "$config" "${scram[@]}"
fi
exec /opt/kafka/bin/kafka-server-start.sh "$config"
