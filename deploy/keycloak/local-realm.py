#!/usr/bin/env python3
"""The realm a local Keycloak imports (./suite up, ./suite test): the cluster's realm from checkout-realm.json (a
KeycloakRealmImport, the one definition of roles and clients) plus what exists only locally, from local-only.json:
the values of its placeholders (secrets a cluster reads from Secrets), local redirect URIs, the tests' one-second
client and the demo users with their passwords. Prints the realm as JSON."""
import json
import re
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
realm = json.loads((here / "checkout-realm.json").read_text())["spec"]["realm"]
local = json.loads((here / "local-only.json").read_text())

clients = {client["clientId"]: client for client in realm["clients"]}
for client_id, changes in local["clientChanges"].items():
    clients[client_id].update(changes)
realm["clients"] += local["clients"]
realm["users"] = realm.get("users", []) + local["users"]


def resolve(value):
    if isinstance(value, dict):
        return {key: resolve(item) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve(item) for item in value]
    if isinstance(value, str):
        def placeholder(match):
            name = match.group(1)
            if name not in local["placeholders"]:
                sys.exit(f"local-only.json gives no value for the placeholder ${{{name}}} of checkout-realm.json")
            return local["placeholders"][name]
        return re.sub(r"\$\{([A-Za-z0-9_]+)\}", placeholder, value)
    return value


json.dump(resolve(realm), sys.stdout, indent=2)
print()
