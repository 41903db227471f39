package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Validates custom resources against the schemas their projects publish on npm (KEDA, prometheus-operator, Gateway
 * API, cert-manager: deploy/schemas/npm), with Node.js running deploy/schemas/npm/validate.mjs, strict about unknown
 * fields. The build installs the pinned packages into target/crd-schemas before the tests (deploy/pom.xml).
 */
final class PublishedSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedSchemas() {
    }

    /**
     * For each object, in order: empty when no published schema covers its kind (it is validated against
     * deploy/schemas/crds instead), else the problems found (none when valid).
     */
    static List<Optional<List<String>>> validate(List<? extends JsonNode> objects) {
        ArrayNode input = JSON.createArrayNode();
        objects.forEach(input::add);
        JsonNode results;
        try {
            results = JSON.readTree(run(input.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Optional<List<String>>> out = new ArrayList<>();
        for (JsonNode result : results) {
            if (!result.path("supported").asBoolean()) {
                out.add(Optional.empty());
                continue;
            }
            List<String> errors = new ArrayList<>();
            result.path("errors").forEach(e -> errors.add(e.asText()));
            out.add(Optional.of(errors));
        }
        return out;
    }

    static Optional<List<String>> validate(JsonNode object) {
        return validate(List.of(object)).get(0);
    }

    private static String run(String input) {
        Path script = Path.of(System.getProperty("crd.schemas.validator", "target/crd-schemas/validate.mjs"));
        if (!Files.exists(script)) {
            throw new IllegalStateException(script + " is missing: the build installs it (deploy/schemas/npm/install.sh, "
                    + "phase generate-test-resources); run the tests with Maven");
        }
        try {
            Process node = new ProcessBuilder("node", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (var stdin = node.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
                throw new IllegalStateException("node " + script + " failed; its error output is above");
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("node could not be started (Node.js 20+ is needed, see deploy/schemas/README.md)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
