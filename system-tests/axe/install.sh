#!/usr/bin/env bash
# Installs the pinned axe-core of package-lock.json into DIR/node_modules, for the browser journeys of system-tests.
set -euo pipefail
src="$(cd "$(dirname "$0")" && pwd)"
"$src/../../tools/npm-ci-once.sh" "The browser journeys (axe-core)" "$src" "${1:?usage: install.sh DIR}"
