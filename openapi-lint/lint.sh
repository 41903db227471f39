#!/usr/bin/env bash
# Lints an OpenAPI document with the pinned Redocly CLI and this folder's redocly.yaml: lint.sh DOCUMENT.
# Installs the CLI once into the repository's target/openapi-lint. Exits non-zero on any error the rules find.
set -euo pipefail
src="$(cd "$(dirname "$0")" && pwd)"
document="${1:?usage: lint.sh DOCUMENT}"
dir="$src/../target/openapi-lint"
"$src/../tools/npm-ci-once.sh" "The OpenAPI lint (Redocly CLI)" "$src" "$dir"
# Offline and quiet: no usage data sent, no update check.
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  node "$dir/node_modules/@redocly/cli/bin/cli.js" lint --config "$src/redocly.yaml" --format stylish "$document"
