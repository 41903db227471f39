#!/usr/bin/env bash
# Installs the pinned axe-core of package-lock.json into DIR/node_modules, for the browser journeys of system-tests.
# Idempotent: nothing is fetched while DIR already holds exactly this lock's packages.
set -euo pipefail
src="$(cd "$(dirname "$0")" && pwd)"
dir="${1:?usage: install.sh DIR}"
if ! command -v npm >/dev/null; then
  echo "The browser journeys run axe-core from npm and need npm on the PATH; install it (Debian: apt-get install" \
       "nodejs npm) or run ./suite test, which does." >&2
  exit 1
fi
mkdir -p "$dir"
cp "$src/package.json" "$src/package-lock.json" "$dir/"
if cmp -s "$src/package-lock.json" "$dir/node_modules/.installed-lock.json" 2>/dev/null; then
  exit 0
fi
(cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
cp "$src/package-lock.json" "$dir/node_modules/.installed-lock.json"
