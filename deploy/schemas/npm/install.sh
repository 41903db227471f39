#!/usr/bin/env bash
# Installs the pinned packages of package-lock.json into DIR/node_modules (with validate.mjs beside them), for the
# deploy tests.
set -euo pipefail
src="$(cd "$(dirname "$0")" && pwd)"
dir="${1:?usage: install.sh DIR}"
"$src/../../../tools/npm-ci-once.sh" "The deploy tests' custom-resource validation (deploy/schemas/README.md)" \
  "$src" "$dir" --engine-strict=false
cp "$src/validate.mjs" "$dir/"
