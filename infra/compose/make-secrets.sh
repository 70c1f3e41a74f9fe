#!/bin/sh
# Generates, once, the passwords compose.yaml mounts as secrets: the PostgreSQL superuser's, one per service role
# and the registry's (plus the registry's datasource file Quarkus reads). Never in the repository: under .mesh/.
#   CITY=incheon infra/compose/make-secrets.sh
set -eu
city="${CITY:-incheon}"
dir="${COMPOSE_SECRETS_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/.mesh/secrets/compose/$city}"
umask 077
mkdir -p "$dir"
# The folder is the lock (0700); the files stay readable inside the containers, whose users are not the host's.
for name in postgres-admin ingest consent federation datasets validation labels sites registry; do
  file="$dir/$name.password"
  [ -s "$file" ] || openssl rand -base64 32 | tr '+/' '-_' | tr -d '=\n' > "$file"
  chmod 0644 "$file"
done
printf 'apicurio.datasource.password=%s\n' "$(cat "$dir/registry.password")" > "$dir/registry-datasource.properties"
chmod 0644 "$dir/registry-datasource.properties"
echo "secrets in $dir"
