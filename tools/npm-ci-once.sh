#!/usr/bin/env bash
# Installs the pinned packages of SRC's package-lock.json into DIR/node_modules with npm ci: npm-ci-once.sh WHY SRC
# DIR [NPM_FLAG...]. WHY names what needs them, for the message when Node.js or npm is missing. Idempotent: nothing is
# fetched while DIR already holds exactly this lock's packages. No package's install scripts run.
set -euo pipefail
why="${1:?usage: npm-ci-once.sh WHY SRC DIR [NPM_FLAG...]}"
src="${2:?usage: npm-ci-once.sh WHY SRC DIR [NPM_FLAG...]}"
dir="${3:?usage: npm-ci-once.sh WHY SRC DIR [NPM_FLAG...]}"
shift 3
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "$why needs Node.js 20.19+ and npm on the PATH; install them (Debian: apt-get install nodejs npm) or run" \
       "./suite test, which does." >&2
  exit 1
fi
mkdir -p "$dir"
cp "$src/package.json" "$src/package-lock.json" "$dir/"
if cmp -s "$src/package-lock.json" "$dir/node_modules/.installed-lock.json" 2>/dev/null; then
  exit 0
fi
(cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error "$@")
cp "$src/package-lock.json" "$dir/node_modules/.installed-lock.json"
