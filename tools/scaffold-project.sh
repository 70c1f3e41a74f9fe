#!/usr/bin/env bash
# Creates an Nx project folder with the house's jest, lint and package wiring.
# usage: tools/scaffold-project.sh <apps|libs|tools|infra>/<name> <tags comma-separated>
set -euo pipefail
dir=$1; tags=$2; name=$(basename "$dir")
mkdir -p "$dir/src"
up=$(realpath --relative-to="$dir" .)
[ -f "$dir/package.json" ] || cat > "$dir/package.json" <<JSON
{ "name": "@usm/$name", "version": "0.0.0", "private": true, "main": "src/index.ts" }
JSON
tag_json=$(printf '%s' "$tags" | awk -F, '{for(i=1;i<=NF;i++) printf "%s\"%s\"", (i>1?", ":""), $i}')
[ -f "$dir/project.json" ] || cat > "$dir/project.json" <<JSON
{
  "name": "$name",
  "\$schema": "$up/node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$dir/src",
  "projectType": "$( [[ $dir == apps/* ]] && echo application || echo library )",
  "tags": [$tag_json],
  "targets": {
    "test": {},
    "int-test": {},
    "lint": {}
  }
}
JSON
[ -f "$dir/jest.config.cjs" ] || echo "module.exports = require('$up/jest.preset.cjs')(__dirname, 'unit');" > "$dir/jest.config.cjs"
[ -f "$dir/jest.int.config.cjs" ] || echo "module.exports = require('$up/jest.preset.cjs')(__dirname, 'int');" > "$dir/jest.int.config.cjs"
echo "scaffolded $dir ($tags)"
