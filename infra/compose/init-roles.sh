#!/bin/sh
# Runs once, at the postgres container's first start (docker-entrypoint-initdb.d, after init-registry-db.sql):
# a login role per service with the password of its secret file, owning a schema of its own name in the city's
# database ("$user" first and only on its search_path); nobody else may connect or use `public`. The registry's
# role owns the registry database. Same names and rights as infra/local (docs/adr/0013-postgres-roles.md).
set -eu
city="${CITY:-incheon}"
secrets="${SECRETS_DIR:-/run/secrets}"
city_db="${POSTGRES_DB:?POSTGRES_DB names the city database}"
registry_db="${REGISTRY_DB:-mesh_registry}"

run() { psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet --username "${POSTGRES_USER:-postgres}" "$@"; }

login_role() { # <role> <password file>
  [ -s "$2" ] || { echo "init-roles: $2 is missing or empty (run infra/compose/make-secrets.sh)" >&2; exit 1; }
  run --dbname postgres -v role="$1" -v password="$(cat "$2")" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOINHERIT PASSWORD :'password';
SQL
}

own_schema() { # <database> <role>
  run --dbname "$1" -v db="$1" -v role="$2" <<'SQL'
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO :"role";
CREATE SCHEMA IF NOT EXISTS :"role" AUTHORIZATION :"role";
ALTER ROLE :"role" IN DATABASE :"db" SET search_path = "$user";
SQL
}

for service in ingest consent federation datasets validation labels sites; do
  role="mesh_${city}_${service}"
  login_role "$role" "$secrets/${service}.password"
  own_schema "$city_db" "$role"
done

registry_role="mesh_${city}_registry"
login_role "$registry_role" "$secrets/registry.password"
echo 'ALTER DATABASE :"db" OWNER TO :"role";' | run --dbname postgres -v db="$registry_db" -v role="$registry_role"
own_schema "$registry_db" "$registry_role"
