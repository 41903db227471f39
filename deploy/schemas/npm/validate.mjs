// Validates custom resources against their projects' own API schemas, as published on npm by kubernetes-models
// (package.json here pins them). Reads a JSON array of objects on stdin; prints a JSON array with, for each object,
// {"supported": bool, "errors": [...]}: supported is false when no installed package describes its kind.
//
// Each package's validator checks types, enums, required fields and formats, but lets unknown fields pass (its
// schemas carry no additionalProperties: false). The API server with strict field validation refuses them, so this
// script is strict too: it records which fields the validator looked up in each object. An object whose schema
// lists its properties has each of them looked up; any other field of that object is unknown. An object the
// validator enumerated (a map: additionalProperties) or never looked into (free-form JSON, preserve-unknown-fields)
// accepts any field, as on the server.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const MODULES = join(dirname(fileURLToPath(import.meta.url)), "node_modules");
const PACKAGES = {
  "keda.sh": "@kubernetes-models/keda",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
  "gateway.networking.k8s.io": "@kubernetes-models/gateway-api",
  "cert-manager.io": "@kubernetes-models/cert-manager",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
};

async function validatorFor(apiVersion, kind) {
  const [group, version] = apiVersion.split("/");
  const pkg = PACKAGES[group];
  if (!pkg || !version || !/^[A-Za-z0-9]+$/.test(kind)) {
    return null;
  }
  let model;
  try {
    model = readFileSync(join(MODULES, pkg, group, version, `${kind}.js`), "utf8");
  } catch {
    return null;
  }
  // The model class imports its generated validator from _schemas/; the package does not export that path, so it
  // is loaded by file.
  const schema = /from\s*"(\.\.\/\.\.\/_schemas\/[A-Za-z0-9]+\.js)"/.exec(model);
  if (!schema) {
    throw new Error(`${pkg}/${group}/${version}/${kind}.js names no validator`);
  }
  const file = join(MODULES, pkg, group, version, schema[1]);
  return (await import(pathToFileURL(file).href)).validate;
}

function tracked(value, path, records) {
  if (value === null || typeof value !== "object") {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((item, i) => tracked(item, `${path}/${i}`, records));
  }
  const record = { path, value, read: new Set(), enumerated: false };
  records.push(record);
  const copy = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tracked(v, `${path}/${k}`, records)]));
  return new Proxy(copy, {
    get(target, key, receiver) {
      if (typeof key === "string") {
        record.read.add(key);
      }
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === "string") {
        record.read.add(key);
      }
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      record.enumerated = true;
      return Reflect.ownKeys(target);
    },
  });
}

function unknownFields(records) {
  const errors = [];
  for (const { path, value, read, enumerated } of records) {
    if (enumerated || read.size === 0) {
      continue;
    }
    for (const key of Object.keys(value)) {
      if (!read.has(key)) {
        errors.push(`${path}/${key}: unknown field "${key}"`);
      }
    }
  }
  return errors;
}

const objects = JSON.parse(readFileSync(0, "utf8"));
const results = [];
for (const object of objects) {
  const validate = await validatorFor(String(object.apiVersion), String(object.kind));
  if (!validate) {
    results.push({ supported: false, errors: [] });
    continue;
  }
  const records = [];
  const valid = validate(tracked(object, "", records));
  const errors = valid ? [] : validate.errors.map(e => `${e.instancePath || "/"}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
  results.push({ supported: true, errors: [...errors, ...unknownFields(records)] });
}
process.stdout.write(JSON.stringify(results));
