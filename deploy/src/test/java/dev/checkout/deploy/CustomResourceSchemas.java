package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates custom resources against the openAPIV3Schema kept in deploy/schemas/crds, one file per
 * group/version/kind ({@code <group>_<version>_<Kind>.json}, the CRD version's {@code schema.openAPIV3Schema} under the
 * key "openAPIV3Schema"). The structural schema is turned into JSON Schema the way the API server applies it with
 * strict field validation: an object that lists its properties rejects any other (unless it says
 * x-kubernetes-preserve-unknown-fields), x-kubernetes-int-or-string accepts both, nullable accepts null.
 */
final class CustomResourceSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, Optional<JsonSchema>> SCHEMAS = new ConcurrentHashMap<>();

    private CustomResourceSchemas() {
    }

    static Path fileFor(String apiVersion, String kind) {
        return Repo.CRD_SCHEMAS.resolve(apiVersion.replace('/', '_') + "_" + kind + ".json");
    }

    /** Empty when valid; the messages otherwise. Fails when no schema is kept for the kind. */
    static List<String> validate(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        JsonSchema schema = SCHEMAS.computeIfAbsent(apiVersion + " " + kind, k -> load(fileFor(apiVersion, kind)))
                .orElseThrow(() -> new AssertionError("no schema for " + apiVersion + " " + kind + " in "
                        + Repo.DEPLOY.relativize(fileFor(apiVersion, kind)) + ": add the CRD's openAPIV3Schema there"));
        Set<ValidationMessage> errors = schema.validate(object);
        return errors.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static Optional<JsonSchema> load(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode openApi = JSON.readTree(file.toFile()).path("openAPIV3Schema");
            if (!openApi.isObject()) {
                throw new IllegalStateException(file + " has no openAPIV3Schema object");
            }
            ObjectNode jsonSchema = toJsonSchema(openApi);
            jsonSchema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            return Optional.of(FACTORY.getSchema(jsonSchema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A structural OpenAPI v3 schema (as in a CRD) as JSON Schema with the API server's strict semantics. */
    static ObjectNode toJsonSchema(JsonNode openApi) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        boolean preserve = openApi.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        boolean intOrString = openApi.path("x-kubernetes-int-or-string").asBoolean(false);
        boolean nullable = openApi.path("nullable").asBoolean(false);
        Iterator<Map.Entry<String, JsonNode>> fields = openApi.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            switch (key) {
                case "properties" -> {
                    ObjectNode props = out.putObject("properties");
                    value.fields().forEachRemaining(p -> props.set(p.getKey(), toJsonSchema(p.getValue())));
                }
                case "items" -> out.set("items", toJsonSchema(value));
                case "additionalProperties" -> out.set("additionalProperties",
                        value.isObject() ? toJsonSchema(value) : value);
                case "allOf", "anyOf", "oneOf" -> {
                    ArrayNode list = out.putArray(key);
                    value.forEach(v -> list.add(toJsonSchema(v)));
                }
                case "not" -> out.set("not", toJsonSchema(value));
                case "type", "required", "enum", "pattern", "minimum", "maximum", "exclusiveMinimum",
                     "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems",
                     "minProperties", "maxProperties", "multipleOf", "description" -> out.set(key, value);
                default -> {
                    // format (int32, int64, date-time, ...), x-kubernetes-* and documentation keys: not checked here.
                }
            }
        }
        if (intOrString) {
            out.remove("type");
            ArrayNode anyOf = out.putArray("anyOf");
            anyOf.addObject().put("type", "integer");
            anyOf.addObject().put("type", "string");
        }
        if (nullable && out.has("type")) {
            ArrayNode types = JsonNodeFactory.instance.arrayNode().add(out.get("type").asText()).add("null");
            out.set("type", types);
        }
        if ("object".equals(openApi.path("type").asText()) && openApi.has("properties")
                && !openApi.has("additionalProperties") && !preserve) {
            out.put("additionalProperties", false);
        }
        return out;
    }
}
