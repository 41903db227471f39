#!/usr/bin/env bash
# Lints an OpenAPI document with the pinned Redocly CLI and this folder's redocly.yaml: lint.sh DOCUMENT.
# Installs the CLI once into the repository's target/openapi-lint (nothing is fetched while it holds exactly this
# lock's packages). Exits non-zero on any error the rules find.
set -euo pipefail
src="$(cd "$(dirname "$0")" && pwd)"
document="${1:?usage: lint.sh DOCUMENT}"
dir="$src/../target/openapi-lint"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "The OpenAPI lint runs Redocly CLI (npm) and needs Node.js 20.19+ and npm on the PATH; install them" \
       "(Debian: apt-get install nodejs npm) or run ./suite test, which does." >&2
  exit 1
fi
mkdir -p "$dir"
if ! cmp -s "$src/package-lock.json" "$dir/node_modules/.installed-lock.json" 2>/dev/null; then
  cp "$src/package.json" "$src/package-lock.json" "$dir/"
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  cp "$src/package-lock.json" "$dir/node_modules/.installed-lock.json"
fi
# Offline and quiet: no usage data sent, no update check.
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  node "$dir/node_modules/@redocly/cli/bin/cli.js" lint --config "$src/redocly.yaml" --format stylish "$document"
