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
# The registry clients' secrets are the realm's (`npm run mesh -- realm` writes the same files into the realm it
# exports): made here when missing, copied for compose to mount.
identity="$(cd "$(dirname "$0")/../.." && pwd)/.mesh/secrets/$city/identity"
mkdir -p "$identity"
for client in registry-ingest registry-privacy registry-consent registry-federation registry-datasets registry-validation registry-labels; do
  [ -s "$identity/$client.secret" ] || (umask 077; openssl rand -base64 24 | tr '+/' '-_' | tr -d '=\n' > "$identity/$client.secret")
  cp "$identity/$client.secret" "$dir/$client.secret"
  chmod 0644 "$dir/$client.secret"
done
# The datasets service signs download URLs with this key (32 random bytes).
[ -s "$dir/datasets-url-signing.secret" ] || openssl rand 32 > "$dir/datasets-url-signing.secret"
chmod 0644 "$dir/datasets-url-signing.secret"
# The privacy service's pseudonymisation key (HMAC-SHA-256, 32 random bytes as text): pseudonyms are stable while it is.
[ -s "$dir/privacy-hmac.secret" ] || openssl rand -base64 32 | tr -d '\n' > "$dir/privacy-hmac.secret"
chmod 0644 "$dir/privacy-hmac.secret"
printf 'apicurio.datasource.password=%s\n' "$(cat "$dir/registry.password")" > "$dir/registry-datasource.properties"
chmod 0644 "$dir/registry-datasource.properties"
echo "secrets in $dir"
