#!/usr/bin/env bash
# Installs the pinned packages of package-lock.json into DIR/node_modules (with validate.mjs beside them), for the
# deploy tests. Idempotent: nothing is fetched while DIR already holds exactly this lock's packages.
set -euo pipefail
src="$(cd "$(dirname "$0")" && pwd)"
dir="${1:?usage: install.sh DIR}"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "The deploy tests validate custom resources with npm packages (deploy/schemas/README.md) and need Node.js 20+" \
       "and npm on the PATH; install them (Debian: apt-get install nodejs npm) or run ./suite test, which does." >&2
  exit 1
fi
mkdir -p "$dir"
cp "$src/package.json" "$src/package-lock.json" "$src/validate.mjs" "$dir/"
if cmp -s "$src/package-lock.json" "$dir/node_modules/.installed-lock.json" 2>/dev/null; then
  exit 0
fi
(cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error --engine-strict=false)
cp "$src/package-lock.json" "$dir/node_modules/.installed-lock.json"
