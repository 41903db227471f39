package dev.checkout.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The services serve OpenAPI 3.1, whose schemas are JSON Schema 2020-12. Atlassian's validator reads 3.1 documents
 * but then checks no schema's {@code type} (a number passes where an array is documented); it checks 3.0 documents
 * fully. This writes the served document as the 3.0 document that says the same: a type list with {@code "null"} is
 * a type that is {@code nullable}, {@code const} a one-value {@code enum}, a numeric exclusive bound a bound that is
 * exclusive, a schema's {@code examples} its first {@code example}; 3.1's top-level additions (webhooks, the
 * dialect, the info summary and license identifier) are left out, as no response is checked against them.
 */
final class OpenApi30 {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApi30() {
    }

    static String of(String openApi31) {
        try {
            ObjectNode document = (ObjectNode) JSON.readTree(openApi31);
            document.put("openapi", "3.0.3");
            document.remove(List.of("webhooks", "jsonSchemaDialect"));
            if (document.get("info") instanceof ObjectNode info) {
                info.remove("summary");
                if (info.get("license") instanceof ObjectNode license) {
                    license.remove("identifier");
                }
            }
            rewrite(document);
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("type") instanceof ArrayNode types) {
                List<String> named = new ArrayList<>();
                types.forEach(type -> named.add(type.asText()));
                if (named.remove("null")) {
                    object.put("nullable", true);
                }
                if (named.size() == 1) {
                    object.put("type", named.get(0));
                } else {
                    object.remove("type");
                }
            }
            if (object.has("const")) {
                object.putArray("enum").add(object.remove("const"));
            }
            for (String bound : List.of("exclusiveMinimum", "exclusiveMaximum")) {
                if (object.get(bound) != null && object.get(bound).isNumber()) {
                    object.set(bound.equals("exclusiveMinimum") ? "minimum" : "maximum", object.get(bound));
                    object.put(bound, true);
                }
            }
            if (object.get("examples") instanceof ArrayNode examples) {
                object.remove("examples");
                if (!examples.isEmpty()) {
                    object.set("example", examples.get(0));
                }
            }
            object.forEach(OpenApi30::rewrite);
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApi30::rewrite);
        }
    }
}
